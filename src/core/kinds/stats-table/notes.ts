/**
 * Units' notes travel up: the summary's Ghi chú of a row (row 11 "Các nội dung khác"
 * included) gathers each unit's note, by unit, and a cell too small for them all ends
 * with a pointer to Chi tiết, where every note is kept whole.
 */
import { message } from "../../messages";
import type { StatsConsolidation } from "./types";

/** What a printed Ghi chú cell holds before it points to Chi tiết: some four lines of its column. */
export const NOTE_CELL_MAX = 90;

export function gatheredNotes(c: Pick<StatsConsolidation, "notes">, max = NOTE_CELL_MAX): Map<string, string> {
  const out = new Map<string, string>();
  for (const [code, notes] of Object.entries(c.notes)) {
    const lines = notes.filter((n) => n.text.trim() !== "").map((n) => `${n.unit}: ${n.text.trim().replace(/\s+/g, " ")}`);
    if (lines.length > 0) out.set(code, cut(lines, max));
  }
  return out;
}

function cut(lines: string[], max: number): string {
  const all = lines.join("\n");
  if (all.length <= max) return all;
  const more = message("consolidate.notes.more");
  const kept: string[] = [];
  let length = 0;
  for (const line of lines) {
    if (length + line.length + 1 + more.length > max) break;
    kept.push(line);
    length += line.length + 1;
  }
  // Even the first note too long: its start, cut at a word.
  if (kept.length === 0) {
    const room = Math.max(0, max - more.length - 2);
    const head = lines[0]!.slice(0, room);
    const space = head.lastIndexOf(" ");
    kept.push((space > room / 2 ? head.slice(0, space) : head) + "…");
  }
  return [...kept, more].join("\n");
}
