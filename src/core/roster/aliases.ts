/**
 * The alias list: names a consolidator has confirmed, "tên gửi => tên trong danh sách",
 * one pair a line (or two cells of a row, or two tab-separated columns pasted from Excel).
 * It is kept from one run to the next, so a school that always writes "TH Ta Ma" is
 * confirmed once.
 */
import { getCell, type RawSheet } from "../cells";
import { plainKey } from "./fold";

export interface Alias {
  /** The name as the unit writes it. */
  from: string;
  /** The name as the expected list writes it. */
  to: string;
}

export interface AliasList {
  aliases: Alias[];
  /** Lines that are neither a pair, a comment nor blank, as written (to tell the user). */
  unread: string[];
}

const clean = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();
const HEADINGS = new Set(["ten gui", "ten trong danh sach", "ten goi khac", "ten dung", "ten tren tep"]);

export function aliasesFromText(text: string): AliasList {
  const out: AliasList = { aliases: [], unread: [] };
  for (const raw of text.replace(/^\uFEFF/, "").split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const parts = line.includes("=>") ? line.split("=>") : line.includes("→") ? line.split("→") : line.split("\t").filter((p) => p.trim() !== "");
    const pair = parts.map(clean);
    if (pair.length === 2 && pair[0] !== "" && pair[1] !== "") {
      if (!(HEADINGS.has(plainKey(pair[0]!)) && HEADINGS.has(plainKey(pair[1]!)))) out.aliases.push({ from: pair[0]!, to: pair[1]! });
    } else out.unread.push(line);
  }
  return out;
}

/** The first two text cells of each row: sent name, listed name. A heading row is skipped. */
export function aliasesFromSheet(sheet: RawSheet): AliasList {
  const out: AliasList = { aliases: [], unread: [] };
  for (let row = 1; row <= sheet.maxRow; row++) {
    const texts: string[] = [];
    for (let col = 1; col <= Math.min(sheet.maxCol, 10) && texts.length < 2; col++) {
      const cell = getCell(sheet, row, col);
      if (cell?.kind === "string" && clean(cell.value) !== "") texts.push(clean(cell.value));
    }
    if (texts.length === 2 && !(HEADINGS.has(plainKey(texts[0]!)) && HEADINGS.has(plainKey(texts[1]!)))) out.aliases.push({ from: texts[0]!, to: texts[1]! });
  }
  return out;
}
