/**
 * The bounded .ods reader: an OpenDocument spreadsheet (a zip holding `content.xml`) into
 * the same cell model as the .xlsx reader, through the same zip reader, byte budgets and
 * XML parsers: a DOCTYPE is refused, nesting is bounded, every part is checked against
 * its checksum.
 */
import { ODF_NAMESPACES } from "./namespaces";
import type { RawDefinedName, RawSheet, RawWorkbook } from "../../core/cells";
import { problem, type Problem } from "../../core/problems";
import { fail } from "../reader/failure";
import { megabytes, type ReadLimits } from "../reader/limits";
import { PartReader } from "../reader/parts";
import type { SheetFilter } from "../reader/read-workbook";
import { readZipDirectory } from "../reader/zip";
import { readContent } from "./content";

export const ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";

/** Whether the zip's manifest says its content is encrypted (a password on the document). */
function encrypted(reader: PartReader): boolean {
  const manifest = reader.find("META-INF/manifest.xml");
  if (!manifest) return false;
  let found = false;
  reader.parseXml(manifest, {
    open(tag) {
      if (tag.local === "encryption-data") found = true;
    },
  }, ODF_NAMESPACES, "read.not-spreadsheet");
  return found;
}

export function readOdsPackage(bytes: Uint8Array, limits: ReadLimits, sheetFilter?: SheetFilter): { workbook: RawWorkbook; warnings: Problem[] } {
  if (bytes.length === 0) fail("read.empty");
  if (bytes.length > limits.maxFileBytes) fail("read.too-large", { size: megabytes(bytes.length), limit: megabytes(limits.maxFileBytes) });
  const reader = new PartReader(bytes, readZipDirectory(bytes, limits.maxEntries), limits);
  const mimetype = reader.find("mimetype");
  if (mimetype && !new TextDecoder("utf-8").decode(reader.head(mimetype, 100)).trim().startsWith(ODS_MIME)) fail("read.not-spreadsheet");
  if (encrypted(reader)) fail("read.encrypted");
  const content = reader.find("content.xml");
  if (!content) return fail("read.missing-part", { part: "content.xml" });
  reader.admit([content]);

  const { tables, names } = readContent(reader, content, {
    wanted: (name, index) => !sheetFilter || sheetFilter(name, index),
    // As many cells as one sheet may hold, twice over: a form and full tables beside it.
    maxCells: 2 * limits.maxSheetRows * limits.maxSheetCols,
  });
  const sheets: RawSheet[] = [];
  const warnings: Problem[] = [];
  const kept = new Map<number, number>();
  tables.forEach((t, index) => {
    if (t.skipped) return;
    if (!t.complete) {
      warnings.push(problem("read.sheet-too-large", "warning", {}, { sheet: t.sheet.name, maxRows: limits.maxSheetRows, maxCols: limits.maxSheetCols }));
      return;
    }
    kept.set(index, sheets.length);
    sheets.push(t.sheet);
  });
  const definedNames: RawDefinedName[] = [];
  for (const n of names) {
    if (n.table === undefined) definedNames.push({ name: n.name, value: n.value });
    else {
      const localSheet = kept.get(n.table);
      if (localSheet !== undefined) definedNames.push({ name: n.name, value: n.value, localSheet });
    }
  }
  return { workbook: { sheets, definedNames }, warnings };
}
