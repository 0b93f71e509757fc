/**
 * The list of units that must report, as offices write it: one name a line, numbered
 * ("1.", "1)", "1 -"), under a title ("DANH SÁCH CÁC ĐƠN VỊ…"), as "STT, Tên đơn vị, Ghi
 * chú" rows (tab- or comma-separated, pasted from Excel or a dispatch), or a sheet whose
 * name column is found by its heading, with a title row above it.
 */
import { getCell, type RawSheet } from "../cells";
import { plainKey } from "./fold";

/** Headings of the name column, folded. */
const NAME_HEADINGS = new Set(["ten don vi", "don vi", "ten truong", "truong", "ten co quan to chuc", "ten co quan", "co quan don vi", "ten co so giao duc", "co so giao duc", "ten", "don vi bao cao"]);
/** Headings of the other columns: a row of only these is a heading row. */
const OTHER_HEADINGS = new Set(["stt", "tt", "so tt", "so thu tu", "ghi chu", "dia chi", "xa", "xa phuong", "cap hoc", "ma", "ma don vi"]);
/** A line that introduces or closes a list, never a unit: titles, dispatch references, a count. */
const NOT_A_UNIT = /^(danh sach|kem theo|tong cong|tong so|cong |phu luc|cong van|theo cong van|ghi chu|nguoi lap|thu truong)/;
/** "1.", "1)", "1 -", "01:", "II." in front of a name. */
const NUMBERING = /^\s*(?:\d{1,4}|[IVXLC]{1,6})\s*(?:[.):]|\s-|-\s|–)\s*/u;
const STT_CELL = /^\s*\d{1,4}\s*[.)]?\s*$/;
/** How far down a heading row is looked for. */
const HEADING_ROWS = 15;

const clean = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();

export function expectedFromText(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/).filter((l) => !l.trim().startsWith("#"));
  // Commas split a line only in a table ("1, Trường…" rows or an "STT, Tên đơn vị" heading): a name may hold a comma.
  const commaTable = lines.some((l) => /^\s*\d{1,4}\s*[,;]/.test(l)) || lines.some((l) => /[,;]/.test(l) && isHeadingRow(l.split(/[,;]/)));
  return namesFromRows(lines.map((l) => (l.includes("\t") ? l.split("\t") : commaTable && /[,;]/.test(l) ? l.split(/[,;]/) : [l])));
}

/** Every visible cell as text, row by row; the heading row (if any) says which column holds the names. */
export function expectedFromSheet(sheet: RawSheet): string[] {
  const rows: string[][] = [];
  for (let row = 1; row <= sheet.maxRow; row++) {
    const cells: string[] = [];
    for (let col = 1; col <= Math.min(sheet.maxCol, 20); col++) {
      const cell = getCell(sheet, row, col);
      cells.push(cell?.kind === "string" ? cell.value : cell?.kind === "number" ? String(cell.value) : "");
    }
    rows.push(cells);
  }
  return namesFromRows(rows);
}

function isHeadingRow(cells: readonly string[]): boolean {
  const keys = cells.map(plainKey).filter((k) => k !== "");
  return keys.some((k) => NAME_HEADINGS.has(k)) && keys.every((k) => NAME_HEADINGS.has(k) || OTHER_HEADINGS.has(k));
}

interface Candidate {
  name: string;
  /** Carried a number (a numbered line or an STT cell): a list entry, not a title. */
  numbered: boolean;
}

function namesFromRows(rows: readonly (readonly string[])[]): string[] {
  // A heading of several columns ("STT | Tên đơn vị | Ghi chú") says where the names are; a lone "Tên đơn vị" line only heads them.
  const top = rows.slice(0, HEADING_ROWS);
  const multi = top.findIndex((cells) => isHeadingRow(cells) && cells.filter((c) => c.trim() !== "").length > 1);
  const heading = multi >= 0 ? multi : top.findIndex(isHeadingRow);
  const nameCol = heading < 0 ? undefined : rows[heading]!.findIndex((c) => NAME_HEADINGS.has(plainKey(c)));
  const candidates: Candidate[] = [];
  rows.forEach((cells, i) => {
    if (i <= heading || isHeadingRow(cells)) return;
    const c = nameCol !== undefined ? fromColumn(cells, nameCol) : fromRow(cells);
    if (c && !isHeadingRow([c.name])) candidates.push(c);
  });
  // Under a heading row, or when most lines are numbered, the lines without a number are titles and notes.
  const numbered = candidates.filter((c) => c.numbered).length;
  const kept = numbered > 0 && (heading >= 0 || numbered * 2 > candidates.length) ? candidates.filter((c) => c.numbered) : candidates;
  return uniqueIgnoringCase(kept.map((c) => c.name).filter((n) => !NOT_A_UNIT.test(plainKey(n)) && !/^\(.*\)$/.test(n)));
}

function fromColumn(cells: readonly string[], col: number): Candidate | undefined {
  const name = clean(cells[col] ?? "").replace(NUMBERING, "");
  if (!/\p{L}/u.test(name)) return undefined;
  // Under a heading row every name is an entry: a roster need not number its lines.
  return { name, numbered: true };
}

/** Without a heading row: the first cell with letters in it, the cells before it being STT. */
function fromRow(cells: readonly string[]): Candidate | undefined {
  const col = cells.findIndex((c) => /\p{L}/u.test(c) && !STT_CELL.test(c));
  if (col < 0) return undefined;
  const raw = clean(cells[col]!);
  const name = raw.replace(NUMBERING, "").trim();
  if (!/\p{L}/u.test(name)) return undefined;
  return { name, numbered: name !== raw || cells.slice(0, col).some((c) => STT_CELL.test(c)) };
}

/** The names in order, each once, compared without regard to case (as Excel compares sheet names). */
export function uniqueIgnoringCase(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
