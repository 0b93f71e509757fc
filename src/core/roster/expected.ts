/**
 * The list of units that must report, as a consolidator keeps it: a text file with one
 * name a line, or a one-column sheet. A heading such as "Tên đơn vị" and STT numbers in a
 * first column are recognised and left out, so a list copied from any roster works.
 */
import { getCell, type RawSheet } from "../cells";

const HEADINGS = new Set(["đơn vị", "tên đơn vị", "tên cơ quan, tổ chức", "tên trường", "danh sách đơn vị", "stt"]);

function clean(name: string): string {
  return name.normalize("NFC").replace(/\s+/g, " ").trim();
}

function isHeading(name: string): boolean {
  return HEADINGS.has(name.toLowerCase().replace(/:$/, ""));
}

export function expectedFromText(text: string): string[] {
  return uniqueIgnoringCase(
    text
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/)
      .map(clean)
      .filter((n) => n !== "" && !n.startsWith("#") && !isHeading(n)),
  );
}

/** The first column holding text; a column of STT numbers before it is skipped. */
export function expectedFromSheet(sheet: RawSheet): string[] {
  for (let col = 1; col <= Math.min(sheet.maxCol, 10); col++) {
    const names: string[] = [];
    for (let row = 1; row <= sheet.maxRow; row++) {
      const cell = getCell(sheet, row, col);
      if (cell?.kind === "string") names.push(clean(cell.value));
    }
    const kept = names.filter((n) => n !== "" && !isHeading(n));
    if (kept.length > 0) return uniqueIgnoringCase(kept);
  }
  return [];
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
