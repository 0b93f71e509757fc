/**
 * Text for XML, escaped as ExcelJS escapes it (its `xmlEncode`), so both writers store the
 * same characters: the five markup characters become entities, and the control characters
 * XML 1.0 cannot hold at all (all below U+0020 but tab, line feed and carriage return, and
 * DEL) are dropped, as a part holding one would make Excel refuse the file. A lone surrogate
 * is left to the UTF-8 encoder, which writes U+FFFD for it, as ExcelJS's does. `_xHHHH_`
 * sequences are written as they are, as ExcelJS writes them.
 */
// eslint-disable-next-line no-control-regex
const NEEDS = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/;
// eslint-disable-next-line no-control-regex
const EACH = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/g;

const ENTITY: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" };

export function xmlText(text: string): string {
  if (!NEEDS.test(text)) return text;
  return text.replace(EACH, (ch) => ENTITY[ch] ?? "");
}

/** Whether a `<t>` needs `xml:space="preserve"` (ExcelJS's own test), so its spaces survive. */
export function keepsSpace(text: string): boolean {
  return /^\s|\n|\s$/.test(text);
}
