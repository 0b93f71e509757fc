/**
 * What a file is, from its first bytes, for the files that are not a zip: the point is to
 * tell the user what they actually sent (an old .xls, a CSV or web page renamed .xlsx…)
 * and so what to do, rather than a bare "cannot read".
 */
import type { MessageCode } from "../../core/messages";
import { classifyOle2, OLE2_MAGIC } from "./ole2";

const HEAD = 4096;

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

/** Binary formats people are known to send by mistake; all get the same answer. */
const OTHER_BINARY: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x52, 0x61, 0x72, 0x21], // Rar!
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x1f, 0x8b], // gzip
];

export function isZip(bytes: Uint8Array): boolean {
  // A local header first, or (an empty archive) the end record alone.
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
}

function headText(head: Uint8Array): string | undefined {
  if (startsWith(head, [0xff, 0xfe])) return new TextDecoder("utf-16le").decode(head);
  if (startsWith(head, [0xfe, 0xff])) return new TextDecoder("utf-16be").decode(head);
  let control = 0;
  for (const b of head) {
    if (b === 0) return undefined;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  if (control > head.length / 50) return undefined;
  // Legacy Vietnamese encodings (TCVN3, Windows-1258) are text too: decode leniently.
  return new TextDecoder("utf-8").decode(head);
}

function classifyText(text: string): MessageCode {
  const lower = text.toLowerCase();
  if (lower.includes("urn:schemas-microsoft-com:office:spreadsheet") || lower.includes('progid="excel.sheet"')) {
    return "read.xml-spreadsheet";
  }
  if (/<(html|!doctype html|table|head|body|meta)[\s>]/.test(lower) || (lower.startsWith("mime-version:") && lower.includes("text/html"))) {
    return "read.html";
  }
  const lines = text.split(/\r\n|\n|\r/).filter((l) => l.trim() !== "");
  const separated = lines.slice(0, 20).filter((l) => /[,;\t]/.test(l)).length;
  if (lines.length > 0 && separated >= Math.ceil(Math.min(lines.length, 20) / 2)) return "read.csv";
  return "read.text";
}

/** The problem for a file that is not a zip. */
export function classifyNonZip(bytes: Uint8Array): MessageCode {
  if (startsWith(bytes, OLE2_MAGIC)) return classifyOle2(bytes);
  if (OTHER_BINARY.some((magic) => startsWith(bytes, magic))) return "read.unknown-format";
  const text = headText(bytes.subarray(0, HEAD));
  return text === undefined ? "read.unknown-format" : classifyText(text);
}
