/** The order of reading: cheap checks first, then only the parts the wanted sheets need. */
import { emptySheet, type RawDefinedName, type RawSheet, type RawWorkbook } from "../../core/cells";
import { problem, type Problem } from "../../core/problems";
import type { ReadCodec } from "./codec";
import { fail } from "./failure";
import { megabytes, type ReadLimits } from "./limits";
import { findByKind, findWorkbookPart, refuseOpenDocument } from "./package";
import { PartReader } from "./parts";
import { readRels, relsPartFor } from "./rels";
import { readSharedStrings, type SharedStrings } from "./shared-strings";
import { readSheet } from "./sheet";
import { classifyNonZip, isZip } from "./sniff";
import { readStyles, type CellFormats } from "./styles";
import { readWorkbookPart } from "./workbook-part";
import { readZipDirectory } from "./zip";

export type SheetFilter = (name: string, index: number) => boolean;

export function readPackage(bytes: Uint8Array, limits: ReadLimits, sheetFilter?: SheetFilter, codec?: ReadCodec): { workbook: RawWorkbook; warnings: Problem[] } {
  if (bytes.length === 0) fail("read.empty");
  if (bytes.length > limits.maxFileBytes) fail("read.too-large", { size: megabytes(bytes.length), limit: megabytes(limits.maxFileBytes) });
  if (!isZip(bytes)) fail(classifyNonZip(bytes));

  const reader = new PartReader(bytes, readZipDirectory(bytes, limits.maxEntries), limits, codec);
  refuseOpenDocument(reader);
  const workbookName = findWorkbookPart(reader);
  const workbookPart = readWorkbookPart(reader, reader.find(workbookName)!);
  const rels = readRels(reader, workbookName);

  // Sheets to read, by their index in the workbook's list; chart and macro sheets hold no cells.
  const wanted: { index: number; target: string }[] = [];
  workbookPart.sheets.forEach((s, index) => {
    const rel = rels.get(s.relId);
    if (!rel) fail("read.missing-part", { part: relsPartFor(workbookName), sheet: s.name });
    if (rel.kind !== "worksheet") return;
    if (sheetFilter && !sheetFilter(s.name, index)) return;
    if (!reader.find(rel.target)) fail("read.missing-part", { part: rel.target, sheet: s.name });
    wanted.push({ index, target: rel.target });
  });

  let sharedStrings: SharedStrings = [];
  let formats: CellFormats = [];
  if (wanted.length > 0) {
    const styles = findByKind(reader, workbookName, rels, "styles", "styles.xml");
    const strings = findByKind(reader, workbookName, rels, "sharedStrings", "sharedStrings.xml");
    reader.admit([styles, strings, ...wanted.map((w) => reader.find(w.target))].filter((e) => e !== undefined));
    if (styles) formats = readStyles(reader, styles);
    if (strings) sharedStrings = readSharedStrings(reader, strings);
  }

  const sheets: RawSheet[] = [];
  const warnings: Problem[] = [];
  /** Workbook sheet index → index in `sheets`, for the names local to a sheet. */
  const kept = new Map<number, number>();
  for (const { index, target } of wanted) {
    const entry = workbookPart.sheets[index]!;
    const sheet = emptySheet(entry.name);
    sheet.state = entry.state;
    if (readSheet(reader, { sheet, entry: reader.find(target)!, sharedStrings, formats })) {
      kept.set(index, sheets.length);
      sheets.push(sheet);
    } else {
      warnings.push(problem("read.sheet-too-large", "warning", {}, { sheet: entry.name, maxRows: limits.maxSheetRows, maxCols: limits.maxSheetCols }));
    }
  }

  const definedNames: RawDefinedName[] = [];
  for (const n of workbookPart.definedNames) {
    if (n.localSheetId === undefined) {
      definedNames.push({ name: n.name, value: n.value });
    } else {
      // A name local to a sheet that was not read would point at nothing the caller has.
      const localSheet = kept.get(n.localSheetId);
      if (localSheet !== undefined) definedNames.push({ name: n.name, value: n.value, localSheet });
    }
  }
  return { workbook: { sheets, definedNames }, warnings };
}
