/**
 * Making LibreOffice compute a workbook's formulas itself, and reading what it computed.
 * LibreOffice shows the cached values of an .xlsx it loads (Tools ▸ Options ▸ Calc ▸
 * Formula ▸ "Recalculation on file load", Excel 2007 and newer: "Never recalculate" is its
 * default, OOXMLRecalcMode = 1), so a summary whose caches were wrong would still look
 * right; with the caches removed, what it shows can only be what it calculated.
 */
import { readFileSync, writeFileSync } from "fs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { convertWithLibreOffice } from "../helpers/libreoffice";

/** Field separator 44 (,), text delimiter 34 ("), character set 76 (UTF-8). */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76";

/** Copies `xlsxPath` to `outPath` with the cached value of every formula cell removed. */
export function withoutCachedValues(xlsxPath: string, outPath: string): { formulas: number } {
  const files = unzipSync(readFileSync(xlsxPath));
  let formulas = 0;
  for (const name of Object.keys(files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
    const xml = strFromU8(files[name]!).replace(/(<c [^>]*?)(?: t="(?:str|n|e|b)")?(>\s*<f(?: [^>]*)?>[^<]*<\/f>)\s*<v>[^<]*<\/v>/g, (_m, open: string, formula: string) => {
      formulas++;
      return open + formula;
    });
    if (/<\/f>\s*<v>/.test(xml)) throw new Error(`${name}: a formula kept its cached value`);
    files[name] = strToU8(xml);
  }
  writeFileSync(outPath, zipSync(files));
  return { formulas };
}

/** The first sheet as LibreOffice shows it, as rows of cell texts. */
export function firstSheetAsCsv(xlsxPath: string, outDir: string): string[][] {
  return parseCsv(readFileSync(convertWithLibreOffice(xlsxPath, CSV_FILTER, outDir), "utf8"));
}

/** RFC 4180 as LibreOffice writes it: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** A whole number as a sheet displays it ("1.500.000", "1,500,000", "1500000"); blank → undefined. */
export function shownNumber(text: string | undefined): number | undefined {
  const t = (text ?? "").trim();
  if (t === "") return undefined;
  if (!/^-?[\d.,\s\u00a0]+$/.test(t)) throw new Error(`not a whole number as shown: "${t}"`);
  return Number(t.replace(/[.,\s\u00a0]/g, ""));
}
