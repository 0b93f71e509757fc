/**
 * `workbook.insertWorksheetsFromBase64` (ExcelApi 1.13). The fake stays free of any .xlsx
 * library: it decodes the base64 and hands the bytes to the `parseWorkbook` function given to
 * FakeExcel (tests can build one on the project's reader). Without a parser it records the
 * call and inserts empty sheets named by `sheetNamesToInsert`. Either way `fake.insertCalls`
 * keeps what was asked. Names already taken get " (2)", " (3)"… as Excel does.
 */
import type { FakeCore } from "./context";
import { FakeOfficeError, invalidArgument, itemNotFound } from "./errors";
import { findSheet, newSheet, sameName, type SheetModel } from "./model";
import { fillSheet, type SheetSeed } from "./seed";

export type WorkbookParser = (bytes: Uint8Array) => SheetSeed[] | Promise<SheetSeed[]>;

export interface InsertOptions {
  sheetNamesToInsert?: string[];
  positionType?: "None" | "Before" | "After" | "Beginning" | "End" | string;
  relativeTo?: unknown;
}

export interface InsertCall {
  bytes: Uint8Array;
  sheetNamesToInsert?: string[];
  positionType: string;
  relativeTo?: string;
  /** The names the sheets got in the workbook (after renaming clashes). */
  insertedNames: string[];
}

function decodeBase64(text: string): Uint8Array {
  if (typeof text !== "string" || text.length === 0 || !/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(text)) {
    throw invalidArgument("Workbook.insertWorksheetsFromBase64");
  }
  const binary = atob(text.replace(/\s+/g, ""));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function freeName(existing: SheetModel[], name: string): string {
  if (!existing.some((s) => sameName(s.name, name))) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name.slice(0, 31 - ` (${n})`.length)} (${n})`;
    if (!existing.some((s) => sameName(s.name, candidate))) return candidate;
  }
}

export async function insertWorksheets(fake: FakeCore, base64: string, options: InsertOptions): Promise<string[]> {
  const where = "Workbook.insertWorksheetsFromBase64";
  const bytes = decodeBase64(base64);
  const wanted = options.sheetNamesToInsert;
  let sources: SheetSeed[];
  if (fake.parseWorkbook) {
    try {
      sources = await fake.parseWorkbook(bytes);
    } catch (e) {
      throw new FakeOfficeError("InvalidArgument", `The file could not be read as a workbook (${(e as Error).message}).`, where);
    }
    if (wanted) {
      if (wanted.some((n) => !sources.some((s) => sameName(s.name, n)))) throw invalidArgument(where);
      sources = sources.filter((s) => wanted.some((n) => sameName(n, s.name)));
    }
  } else {
    sources = (wanted ?? []).map((name) => ({ name }));
  }

  const model = fake.model;
  const positionType = options.positionType ?? "End";
  let relative: SheetModel | undefined;
  if (options.relativeTo !== undefined && options.relativeTo !== null) {
    relative = typeof options.relativeTo === "string" ? findSheet(model, options.relativeTo) : (options.relativeTo as SheetModel);
    if (!relative) throw itemNotFound(where);
  }
  if ((positionType === "Before" || positionType === "After") && !relative) throw invalidArgument(where);
  let at =
    positionType === "Beginning" ? 0
    : positionType === "Before" ? model.sheets.indexOf(relative!)
    : positionType === "After" ? model.sheets.indexOf(relative!) + 1
    : model.sheets.length;

  const inserted: SheetModel[] = [];
  for (const source of sources) {
    const sheet = newSheet(model, freeName(model.sheets, source.name));
    fillSheet(sheet, source);
    model.sheets.splice(at++, 0, sheet);
    inserted.push(sheet);
  }
  fake.insertCalls.push({
    bytes,
    ...(wanted ? { sheetNamesToInsert: [...wanted] } : {}),
    positionType,
    ...(relative ? { relativeTo: relative.name } : {}),
    insertedNames: inserted.map((s) => s.name),
  });
  return inserted.map((s) => s.id);
}
