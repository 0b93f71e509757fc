/**
 * What the reader must make of each fixture file: the code it refuses it with, or that
 * it reads it (and what it must find inside).
 */
import type { MessageCode } from "../../../src/core/messages";

export type Expectation = { refused: MessageCode } | { read: true; sheets: string[]; warnings?: MessageCode[] };

export const UNREADABLE_EXPECTED: Record<string, Expectation> = {
  "empty.xlsx": { refused: "read.empty" },
  "old-format.xls": { refused: "read.old-xls" },
  "password-protected.xlsx": { refused: "read.encrypted" },
  "ods-renamed.xlsx": { refused: "read.ods" },
  "docx-renamed.xlsx": { refused: "read.not-spreadsheet" },
  "csv-renamed.xlsx": { refused: "read.csv" },
  "html-renamed.xlsx": { refused: "read.html" },
  "text-renamed.xlsx": { refused: "read.text" },
  "xml-2003-renamed.xlsx": { refused: "read.xml-spreadsheet" },
  "png-renamed.xlsx": { refused: "read.unknown-format" },
  "truncated-zip.xlsx": { refused: "read.truncated" },
  "zip-bomb.xlsx": { refused: "read.part-too-large" },
  "zip-bomb-many-parts.xlsx": { refused: "read.total-too-large" },
  "zip-bomb-lying-sizes.xlsx": { refused: "read.zip-corrupt" },
  "blank-styled-cells-near-limit.xlsx": { read: true, sheets: ["Biểu mẫu", "Định dạng"] },
  "entity-expansion.xlsx": { refused: "read.doctype" },
  "deep-nesting.xlsx": { refused: "read.xml-too-deep" },
  "external-entity.xlsx": { refused: "read.doctype" },
  "too-many-entries.xlsx": { refused: "read.too-many-entries" },
  "shared-string-out-of-bounds.xlsx": { refused: "read.string-index" },
  "huge-string.xlsx": { refused: "read.string-too-long" },
  "too-many-shared-strings.xlsx": { refused: "read.too-many-strings" },
  "invalid-utf8.xlsx": { refused: "read.invalid-utf8" },
  "malformed-xml.xlsx": { refused: "read.malformed-xml" },
  "merge-whole-sheet.xlsx": { read: true, sheets: ["Biểu mẫu"] },
  "validation-whole-sheet.xlsx": { read: true, sheets: ["Biểu mẫu"] },
  "defined-name-whole-sheet.xlsx": { read: true, sheets: ["Biểu mẫu"] },
  "two-million-rows-declared.xlsx": { read: true, sheets: ["Biểu mẫu"] },
};

export const READABLE_EXPECTED: Record<string, Expectation> = {
  "big-unrelated-sheet.xlsx": { read: true, sheets: ["Biểu mẫu"], warnings: ["read.sheet-too-large"] },
  "strict-namespace.xlsx": { read: true, sheets: ["Biểu mẫu"] },
  "no-cell-references.xlsx": { read: true, sheets: ["Biểu mẫu"] },
  "inline-and-rich-strings.xlsx": { read: true, sheets: ["Biểu mẫu"] },
  "streamed-zip-local-sizes-zero.xlsx": { read: true, sheets: ["Biểu mẫu"] },
  "libreoffice-saved.xlsx": { read: true, sheets: ["Biểu mẫu", "Ẩn", "Rất ẩn"] },
};
