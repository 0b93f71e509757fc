/**
 * The bounded .xls reader: an Excel 97–2003 workbook (BIFF8 records in the `Workbook`
 * stream of an OLE2 compound file) into the same cell model as the .xlsx reader. Only the
 * records the cell model needs are read; everything else is skipped by its length.
 */
import { emptySheet, type RawDefinedName, type RawSheet, type RawWorkbook } from "../../core/cells";
import { problem, type Problem } from "../../core/problems";
import { fail } from "../reader/failure";
import { megabytes, type ReadLimits } from "../reader/limits";
import type { SheetFilter } from "../reader/read-workbook";
import { CompoundFile } from "./cfb";
import { formulaText } from "./formula";
import { checkBof, readGlobals } from "./globals";
import { quoteSheet } from "./quote-sheet";
import { readXlsSheet } from "./sheet";

export function readXlsPackage(bytes: Uint8Array, limits: ReadLimits, sheetFilter?: SheetFilter): { workbook: RawWorkbook; warnings: Problem[] } {
  if (bytes.length === 0) fail("read.empty");
  if (bytes.length > limits.maxFileBytes) fail("read.too-large", { size: megabytes(bytes.length), limit: megabytes(limits.maxFileBytes) });
  const cfb = new CompoundFile(bytes);
  if (cfb.find("EncryptedPackage") || cfb.find("EncryptionInfo")) fail("read.encrypted");
  const entry = cfb.find("Workbook");
  if (!entry) {
    if (cfb.find("Book")) fail("read.xls-biff-old");
    fail("read.not-spreadsheet");
  }
  const stream = cfb.stream(entry, limits.maxPartBytes);
  checkBof(stream);
  const globals = readGlobals(stream, limits);

  const sheetOf = (ixti: number): string | undefined => {
    const index = globals.externSheets[ixti];
    return index === undefined || index < 0 ? undefined : quoteSheet(globals.sheets[index]!.name);
  };
  const nameOf = (index: number): string | undefined => globals.names[index - 1]?.name;

  const sheets: RawSheet[] = [];
  const warnings: Problem[] = [];
  const kept = new Map<number, number>();
  const budget = { bytes: stream.length };
  globals.sheets.forEach((s, index) => {
    if (s.kind !== 0) return;
    if (sheetFilter && !sheetFilter(s.name, index)) return;
    if (s.offset >= stream.length) fail("read.xls-corrupt", { part: s.name });
    const sheet = emptySheet(s.name);
    sheet.state = s.state;
    if (readXlsSheet(stream, s.offset, sheet, { globals, limits, sheetOf, nameOf, budget })) {
      kept.set(index, sheets.length);
      sheets.push(sheet);
    } else {
      warnings.push(problem("read.sheet-too-large", "warning", {}, { sheet: s.name, maxRows: limits.maxSheetRows, maxCols: limits.maxSheetCols }));
    }
  });

  const definedNames: RawDefinedName[] = [];
  for (const n of globals.names) {
    const value = formulaText(n.rgce, { row: 0, col: 0, sheetOf, nameOf });
    if (value === undefined) continue;
    if (n.itab === 0) definedNames.push({ name: n.name, value });
    else {
      const localSheet = kept.get(n.itab - 1);
      if (localSheet !== undefined) definedNames.push({ name: n.name, value, localSheet });
    }
  }
  return { workbook: { sheets, definedNames }, warnings };
}
