/**
 * Excel's hard limits. A description that breaks one is a programming error in the
 * caller (it would otherwise become a file Excel "repairs" or silently truncates), so
 * these throw plain Errors rather than returning problems.
 */

export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;
/** Characters in one cell; Excel refuses to open a file with a longer string. */
export const MAX_CELL_TEXT = 32_767;

export function checkSheetName(name: string, taken: Set<string>): void {
  const bad = (why: string): never => {
    throw new Error(`Invalid sheet name ${JSON.stringify(name)}: ${why}`);
  };
  if (name.trim() === "") bad("empty");
  // ExcelJS would truncate silently (with a console.warn), and two names could then collide.
  if (name.length > 31) bad("longer than 31 characters");
  if (/[*?:/\\[\]]/.test(name)) bad("contains one of * ? : / \\ [ ]");
  // ExcelJS quotes the name in the print area and print titles without doubling an
  // apostrophe, which would corrupt workbook.xml; no form needs one.
  if (name.includes("'")) bad("contains an apostrophe");
  if (name.toLowerCase() === "history") bad("reserved by Excel");
  const folded = name.toLowerCase();
  if (taken.has(folded)) bad("used twice (Excel compares sheet names without case)");
  taken.add(folded);
}

export function checkAddress(row: number, col: number, sheet: string): void {
  if (!Number.isInteger(row) || row < 1 || row > MAX_ROW || !Number.isInteger(col) || col < 1 || col > MAX_COL) {
    throw new Error(`Cell (row ${row}, col ${col}) of sheet ${JSON.stringify(sheet)} is outside the sheet`);
  }
}

/** Workbook-level name rules: a letter, `_` or `\` first, no spaces, not a cell reference. */
export function checkDefinedName(name: string, taken: Set<string>): void {
  const bad = (why: string): never => {
    throw new Error(`Invalid defined name ${JSON.stringify(name)}: ${why}`);
  };
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) || name.length > 255) bad("not a valid Excel name");
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr](\d*)([Cc]\d*)?$/.test(name) || /^[Cc]\d*$/.test(name)) {
    bad("reads as a cell reference");
  }
  if (name.toLowerCase().startsWith("_xlnm.")) bad("reserved by Excel (print area and titles come from the page setup)");
  const folded = name.toLowerCase();
  if (taken.has(folded)) bad("defined twice (Excel compares names without case)");
  taken.add(folded);
}

/**
 * Clips a validation text to Excel's limit. Excel treats a longer title or message as
 * corrupt content and drops the validation; a clipped message is the lesser harm.
 */
export function clip(text: string, max: number): string {
  // Excel counts UTF-16 units; never cut a surrogate pair in half.
  if (text.length <= max) return text;
  let out = "";
  for (const ch of text) {
    if (out.length + ch.length > max - 1) break;
    out += ch;
  }
  return out + "…";
}
