/**
 * OpenFormula as LibreOffice stores it (`of:=IF(COUNT([.E12:.E15])=0;"";SUM([.E12:.E15]))`)
 * to the text an .xlsx holds for the same formula (`IF(COUNT(E12:E15)=0,"",SUM(E12:E15))`),
 * and ODF cell ranges (`$'Biểu mẫu'.$G$1`) to Excel references (`'Biểu mẫu'!$G$1`). The
 * checks compare formula text only to recognise the template's own totals.
 */
import { quoteSheet } from "../xls/quote-sheet";

/** Splits at `sep` outside single quotes. */
function splitOutsideQuotes(s: string, sep: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "'") quoted = !quoted;
    else if (c === sep && !quoted) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

/** `$'Sheet'.$A$1` → `['Sheet', '$A$1']`; `.A1` → `['', 'A1']`. */
function splitAddress(part: string): [string, string] {
  let quoted = false;
  let dot = -1;
  for (let i = 0; i < part.length; i++) {
    if (part[i] === "'") quoted = !quoted;
    else if (part[i] === "." && !quoted) dot = i;
  }
  if (dot < 0) return ["", part];
  let sheet = part.slice(0, dot).replace(/^\$/, "");
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return [sheet, part.slice(dot + 1)];
}

/** An ODF cell or range address as Excel writes it; the sheet is named once, before the range. */
export function odfAddress(address: string): string {
  const parts = splitOutsideQuotes(address.trim(), ":").map(splitAddress);
  const sheet = parts[0]![0];
  const cells = parts.map(([s, cell], i) => (i > 0 && s !== "" && s !== sheet ? `${quoteSheet(s)}!${cell}` : cell));
  return (sheet === "" ? "" : quoteSheet(sheet) + "!") + cells.join(":");
}

/** A `table:formula` value as the text of an .xlsx formula (no namespace prefix, no `=`). */
export function odfFormula(formula: string): string {
  const eq = formula.indexOf("=");
  const body = /^[a-z]+:=/.test(formula) || eq === 0 ? formula.slice(eq + 1) : formula;
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '"') {
      // A string literal, quotes doubled inside: copied as it is.
      let j = i + 1;
      while (j < body.length && !(body[j] === '"' && body[j + 1] !== '"')) j += body[j] === '"' ? 2 : 1;
      out += body.slice(i, j + 1);
      i = j;
    } else if (c === "[") {
      let j = i + 1;
      let quoted = false;
      while (j < body.length && (quoted || body[j] !== "]")) {
        if (body[j] === "'") quoted = !quoted;
        j++;
      }
      out += odfAddress(body.slice(i + 1, j));
      i = j;
    } else out += c === ";" ? "," : c;
  }
  return out;
}
