/**
 * A consolidator's inbox after a bad week: a few good forms, and beside them every kind
 * of hostile or broken file a consolidator receives. Each file is named after its quirk, and each
 * comes with what must become of it: refused with its own problem code, or (a real form
 * carrying a hostile range, a formula-like name…) read and consolidated as if harmless.
 *
 * Shared by test/hostile (which asserts it) and bench/hostile.js (which times it).
 */
import { copyFileSync, mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { getForm } from "../../src/core/kinds";
import { statsTableSheet, type StatsTableForm } from "../../src/core/kinds/stats-table";
import { defaultSheetName } from "../../src/core/pipeline";
import type { MessageCode } from "../../src/core/messages";
import { MARKER_PREFIX } from "../../src/core/meta";
import type { MeasureValues } from "../../src/core/report";
import { fillStatsSheet, isoToSerial, randomSchoolValues, seeded } from "../../src/core/sample";
import type { SheetDescription } from "../../src/core/sheet";
import { renderWorkbook } from "../../src/xlsx/writer";
import { tooManyEntries, UNREADABLE_DIR } from "../fixtures/unreadable/make-fixtures";
import { writeZip } from "../xlsx/reader/zip-writer";
import { writeFormatFiles } from "./formats-corpus";

export type Values = Record<string, MeasureValues>;

export type Fate =
  /** Read and consolidated: the unit and numbers it must contribute. */
  | { accepted: true; unit: string; values: Values }
  /** Left out, because of the first error the check found in it. */
  | { refused: MessageCode };

export interface HostileFile {
  name: string;
  fate: Fate;
  /** Hostile files (the good forms are not). */
  hostile: boolean;
}

export const YEAR = 2025;
const form = getForm("stats-table") as StatsTableForm;
const SHEET = defaultSheetName("stats-table");

/** Fixtures of test/fixtures/unreadable, with the code each must be refused with. */
const FROM_FIXTURES: [string, MessageCode][] = [
  ["zip-bomb.xlsx", "read.part-too-large"],
  ["entity-expansion.xlsx", "read.doctype"],
  ["external-entity.xlsx", "read.doctype"],
  ["shared-string-out-of-bounds.xlsx", "read.string-index"],
  ["huge-string.xlsx", "read.string-too-long"],
  ["invalid-utf8.xlsx", "read.invalid-utf8"],
  ["truncated-zip.xlsx", "read.truncated"],
  // Read now that .xls is: an Excel 97–2003 workbook, but of no form.
  ["old-format.xls", "locate.noForm"],
  ["password-protected.xlsx", "read.encrypted"],
  ["csv-renamed.xlsx", "read.csv"],
  ["empty.xlsx", "read.empty"],
  // Of the same family: kept so the run faces them too.
  ["zip-bomb-lying-sizes.xlsx", "read.zip-corrupt"],
  ["zip-bomb-many-parts.xlsx", "read.total-too-large"],
  ["deep-nesting.xlsx", "read.xml-too-deep"],
];

function formSheet(unit: string, values: Values, date = "2025-10-08"): SheetDescription {
  return fillStatsSheet(statsTableSheet({ form, year: YEAR, sheetName: SHEET, unit }), form, values, { dateSerial: isoToSerial(date) });
}

/** A filled form as Excel-ready bytes, through the product's own writer. */
export async function filledForm(unit: string, values: Values): Promise<Uint8Array> {
  return renderWorkbook([formSheet(unit, values)]);
}

/** Rewrites parts of a package: `edit` gets each part's text by name and returns the new text. */
function editParts(bytes: Uint8Array, edits: Record<string, (xml: string) => string>): Uint8Array {
  const files = unzipSync(bytes);
  for (const [name, edit] of Object.entries(edits)) {
    const part = files[name];
    if (!part) throw new Error(`no part ${name}`);
    const before = strFromU8(part);
    const after = edit(before);
    if (after === before) throw new Error(`editing ${name} changed nothing`);
    files[name] = strToU8(after);
  }
  return zipSync(files);
}

const WHOLE = "A1:XFD1048576";
const SHEET_PART = "xl/worksheets/sheet1.xml";

/** A real form with one more merge, over the whole sheet. */
function withWholeSheetMerge(bytes: Uint8Array): Uint8Array {
  return editParts(bytes, {
    [SHEET_PART]: (xml) => xml.replace(/<mergeCells count="(\d+)">/, (_, n: string) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="${WHOLE}"/>`),
  });
}

/** A real form with one more data validation, and a conditional format, over the whole sheet. */
function withWholeSheetValidation(bytes: Uint8Array): Uint8Array {
  const rule = `<dataValidation type="whole" operator="greaterThanOrEqual" allowBlank="1" sqref="${WHOLE}"><formula1>0</formula1></dataValidation>`;
  return editParts(bytes, {
    [SHEET_PART]: (xml) =>
      xml
        .replace(/<dataValidations count="(\d+)">/, (_, n: string) => `<dataValidations count="${Number(n) + 1}">${rule}`)
        .replace("</sheetData>", `</sheetData><conditionalFormatting sqref="${WHOLE}"><cfRule type="cellIs" operator="lessThan" priority="99"><formula>0</formula></cfRule></conditionalFormatting>`),
  });
}

/** A real form whose names (the form's own two among them) all point at the whole sheet. */
function withWholeSheetNames(bytes: Uint8Array): Uint8Array {
  const whole = `&apos;${SHEET}&apos;!$A$1:$XFD$1048576`;
  return editParts(bytes, {
    "xl/workbook.xml": (xml) =>
      xml
        .replace(/(<definedName name="HTSD_(?:FORM|UNIT)"[^>]*>)[^<]*(<\/definedName>)/g, (_, open: string, close: string) => open + whole + close)
        .replace("<definedNames>", () => `<definedNames><definedName name="toan_bo">${whole}</definedName>`),
  });
}

/** A real form whose sheet declares two million rows (and every column) in its `<dimension>`. */
function withHugeDimension(bytes: Uint8Array): Uint8Array {
  return editParts(bytes, { [SHEET_PART]: (xml) => xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD2000000"/>') });
}

/**
 * A real form whose sheet is stored uncompressed and one of whose values was changed in
 * place, the zip's checksum left as it was: bit rot, or a hand with a hex editor.
 */
async function digitChangedInPlace(unit: string, values: Values): Promise<Uint8Array> {
  const parts = unzipSync(await filledForm(unit, values));
  const bytes = writeZip(Object.entries(parts).map(([name, data]) => ({ name, data, method: name === SHEET_PART ? (0 as const) : (8 as const) })));
  const text = strFromU8(bytes, true);
  const at = text.indexOf("<v>", text.indexOf("<sheetData>")) + 3;
  const digit = bytes[at]!;
  if (digit < 0x30 || digit > 0x39) throw new Error("no number found in the stored sheet");
  bytes[at] = digit === 0x39 ? 0x31 : digit + 1;
  return bytes;
}

/** Two form sheets in one workbook: which one is the report cannot be told. */
async function twoFormSheets(): Promise<Uint8Array> {
  const a = formSheet("Trường Tiểu học Hai Trang", { "1.1": { count: 1, people: 20 } });
  const b = formSheet("Trường Tiểu học Hai Trang", { "1.1": { count: 2, people: 40 } });
  // Only one sheet may hold the workbook's names; the second is found by its marker cell.
  return renderWorkbook([a, { ...b, name: `${SHEET} (2)`, definedNames: [] }]);
}

/** The form as a later version of the program would make it (version 99). */
async function newerVersionForm(): Promise<Uint8Array> {
  const sheet = formSheet("Trường THCS Phiên Bản Mới", { "2": { count: 3 } });
  const cells = sheet.cells.map((c) =>
    typeof c.value === "string" && c.value.startsWith(MARKER_PREFIX) ? { ...c, value: `${MARKER_PREFIX}form=stats-table|version=99|year=${YEAR}|units=1` } : c,
  );
  return renderWorkbook([{ ...sheet, cells }]);
}

/** A table typed by hand whose headers and rows name nothing of the form. */
async function unrecognisableTable(): Promise<Uint8Array> {
  const rows = [
    ["Nội dung", "Kết quả", "Ghi chú"],
    ["Số lượt đọc sách", 120, ""],
    ["Số buổi sinh hoạt", 4, "tháng 10"],
    ["Số tờ rơi", 300, ""],
  ];
  const cells = rows.flatMap((r, i) => r.map((value, j) => ({ row: i + 1, col: j + 1, value })));
  return renderWorkbook([{ name: "Sheet1", columns: [], cells, merges: [] }]);
}

export const FORMULA_UNIT = '=HYPERLINK("http://evil.example/x","Bấm vào đây")';

/**
 * Writes the inbox into `dir` and returns every file's expected fate. The 10,000-entry zip
 * is built here, at run time: it is too large to commit.
 */
export async function writeHostileInbox(dir: string): Promise<HostileFile[]> {
  mkdirSync(dir, { recursive: true });
  const files: HostileFile[] = [];
  const rng = seeded(6);
  const put = (name: string, bytes: Uint8Array, fate: Fate, hostile: boolean) => {
    writeFileSync(join(dir, name), bytes);
    files.push({ name, fate, hostile });
  };
  const good = async (name: string, unit: string, dress: (b: Uint8Array) => Uint8Array = (b) => b, hostile = true) => {
    const values = randomSchoolValues(rng, form);
    put(name, dress(await filledForm(unit, values)), { accepted: true, unit, values }, hostile);
  };

  await good("good-1-quai-cang.xlsx", "Trường THCS Quài Cang", undefined, false);
  await good("good-2-quai-nua.xlsx", "Trường Tiểu học Quài Nưa", undefined, false);
  await good("good-3-muong-thin.xlsx", "Trường Mầm non Mường Thín", undefined, false);
  await good("merge-whole-sheet-on-form.xlsx", "Trường THCS Nà Sáy", withWholeSheetMerge);
  await good("validation-whole-sheet-on-form.xlsx", "Trường THCS Chiềng Sinh", withWholeSheetValidation);
  await good("defined-names-whole-sheet-on-form.xlsx", "Trường Tiểu học Tỏa Tình", withWholeSheetNames);
  await good("two-million-rows-declared-on-form.xlsx", "Trường Mầm non Pú Nhung", withHugeDimension);
  await good("unit-name-like-formula.xlsx", FORMULA_UNIT);

  for (const [name, code] of FROM_FIXTURES) {
    copyFileSync(join(UNREADABLE_DIR, name), join(dir, name));
    files.push({ name, fate: { refused: code }, hostile: true });
  }
  put("too-many-entries.xlsx", tooManyEntries(), { refused: "read.too-many-entries" }, true);
  put("number-changed-checksum-kept.xlsx", await digitChangedInPlace("Trường THCS Mường Mùn", randomSchoolValues(rng, form)), { refused: "read.zip-corrupt" }, true);
  put("two-form-sheets.xlsx", await twoFormSheets(), { refused: "locate.form.ambiguous" }, true);
  put("newer-form-version.xlsx", await newerVersionForm(), { refused: "locate.form.newer" }, true);
  put("hand-typed-no-header.xlsx", await unrecognisableTable(), { refused: "locate.noForm" }, true);
  writeFormatFiles((name, bytes, fate) => put(name, bytes, fate, !name.startsWith("good-")));
  return files;
}

/** Leaf rows summed over the files that must be accepted. */
export function expectedSums(files: readonly HostileFile[]): Values {
  const sums: Values = {};
  for (const f of files) {
    if (!("accepted" in f.fate)) continue;
    for (const [code, v] of Object.entries(f.fate.values)) {
      const row = (sums[code] ??= {});
      for (const [m, n] of Object.entries(v) as [keyof MeasureValues, number][]) row[m] = (row[m] ?? 0) + n;
    }
  }
  return sums;
}
