/**
 * The one dispatch point from a file's bytes to a workbook: .xlsx, .xls or .ods, told
 * by content, never by the file's name (a school's "bao-cao.xlsx" may be an old .xls
 * renamed). The .xls and .ods readers are passed in, so that the task pane can load
 * them as a chunk of their own only when such a file is picked.
 */
import type { WorkbookFormat } from "../core/check/result";
import { readWorkbook, type ReadOptions, type ReadResult } from "./reader";
import { OLE2_MAGIC, ole2Names } from "./reader/ole2";
import { readOther, type OtherReaders } from "./other-read";

export type { OtherReaders } from "./other-read";

const MIMETYPE = "mimetype";
const ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[at + i] !== magic[i]) return false;
  return true;
}

function ascii(bytes: Uint8Array, at: number, length: number): string {
  let s = "";
  for (let i = at; i < Math.min(bytes.length, at + length); i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

/**
 * The format the bytes hold, from their first bytes: an OLE2 compound file is an .xls
 * (unless it is an encrypted .xlsx), a zip whose first entry is an OpenDocument
 * spreadsheet's stored `mimetype` is an .ods, anything else goes to the .xlsx reader,
 * which names what it is when it is no workbook at all.
 */
export function sniffFormat(bytes: Uint8Array): WorkbookFormat {
  if (startsWith(bytes, OLE2_MAGIC)) {
    const names = (ole2Names(bytes) ?? []).map((n) => n.toLowerCase());
    return names.includes("encryptedpackage") || names.includes("encryptioninfo") ? "xlsx" : "xls";
  }
  // A local header: name length at 26, extra length at 28, name at 30, stored data after the extra field.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && bytes.length > 30) {
    const nameLength = bytes[26]! | (bytes[27]! << 8);
    const extraLength = bytes[28]! | (bytes[29]! << 8);
    if (nameLength === MIMETYPE.length && ascii(bytes, 30, nameLength) === MIMETYPE && ascii(bytes, 30 + nameLength + extraLength, ODS_MIME.length) === ODS_MIME) return "ods";
  }
  return "xlsx";
}

/** `format`: what the file was read as; absent when it was refused before it could be told (a .csv, an .xlsb, a PDF named .xlsx). */
export type AnyReadResult = ReadResult & { format?: WorkbookFormat };

/**
 * Reads a workbook in any of the three formats. Without `others`, an .xls or .ods is
 * refused as the .xlsx reader refuses it (asking for an .xlsx).
 */
export function readAnyWorkbook(bytes: Uint8Array, options: ReadOptions = {}, others?: OtherReaders): AnyReadResult {
  const format = sniffFormat(bytes);
  if (format !== "xlsx" && others) return { ...readOther(others[format], bytes, options), format };
  const read = readWorkbook(bytes, options);
  // An .ods whose `mimetype` is not its first entry: the .xlsx reader finds it all the same.
  if (!read.ok && read.problem.code === "read.ods" && others) return { ...readOther(others.ods, bytes, options), format: "ods" };
  return read.ok ? { ...read, format } : read;
}
