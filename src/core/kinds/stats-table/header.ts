/**
 * The stats table's column header, found by its labels rather than its position, so a
 * column inserted or moved by a school does not shift values into the wrong measure.
 * The printed header has two levels ("Số lượng" over "Số lớp/số cuộc thi" and "Người");
 * hand-typed copies put them on one row or two, with merged or blank cells.
 */
import type { RawSheet } from "../../cells";
import type { StatsTableForm } from "./schema";
import { textAt, foldText } from "../../text";
import type { StatsColumns } from "./types";

type Role = "stt" | "label" | "unit" | "quantity" | "count" | "people" | "note";

/** Other wordings of the printed headers seen in re-typed copies; the form's own come first. */
const ALIASES: Record<Role, readonly string[]> = {
  stt: ["TT", "Số TT", "Số thứ tự"],
  label: ["Hoạt động", "Nội dung", "Nội dung hoạt động", "Tên hoạt động"],
  unit: ["Đơn vị tính", "ĐVT"],
  quantity: ["Số liệu"],
  count: ["Số lớp/số cuộc", "Số lớp/cuộc thi", "Số lớp/số cuộc thi/số buổi"],
  people: ["Số người"],
  note: [],
};

export interface StatsHeader {
  columns: StatsColumns;
  firstRow: number;
  /** The last row of the header: the table starts below it. */
  lastRow: number;
}

/** A form's header texts, folded, to their roles: made once per form, asked for every file. */
const labelMaps = new WeakMap<StatsTableForm, Map<string, Role>>();

function labelsOf(form: StatsTableForm): Map<string, Role> {
  const known = labelMaps.get(form);
  if (known) return known;
  const own: Record<Role, string> = { stt: form.columns.stt, label: form.columns.label, unit: form.columns.unit, quantity: form.columns.quantity, count: form.columns.count, people: form.columns.people, note: form.columns.note };
  const map = new Map<string, Role>();
  for (const role of Object.keys(own) as Role[]) for (const text of [own[role], ...ALIASES[role]]) map.set(foldText(text), role);
  labelMaps.set(form, map);
  return map;
}

/** The column headers the form expects, for the message when none are found. */
export function expectedHeaders(form: StatsTableForm): string {
  const c = form.columns;
  return `${c.stt}, ${c.label}, ${c.unit}, ${c.quantity} (${c.count}; ${c.people}), ${c.note}`;
}

export function findStatsHeader(sheet: RawSheet, form: StatsTableForm, fromRow: number, toRow: number): StatsHeader | undefined {
  const labels = labelsOf(form);
  const rolesIn = (row: number) => {
    const hits = new Map<Role, number>();
    for (let col = 1; col <= sheet.maxCol; col++) {
      const role = labels.get(foldText(textAt(sheet, row, col)));
      if (role && !hits.has(role)) hits.set(role, col);
    }
    return hits;
  };
  const last = Math.min(toRow, sheet.maxRow);
  for (let row = Math.max(1, fromRow); row <= last; row++) {
    const top = rolesIn(row);
    if (!top.has("count") && !top.has("people") && !top.has("quantity")) continue;
    const below = row < last ? rolesIn(row + 1) : new Map<Role, number>();
    const twoLevel = top.has("quantity") && (below.has("count") || below.has("people"));
    const hits = twoLevel ? new Map([...below, ...top]) : top;
    const columns = assemble(hits);
    if (columns.count === undefined && columns.people === undefined) continue;
    return { columns, firstRow: row, lastRow: twoLevel ? row + 1 : row };
  }
  return undefined;
}

function assemble(hits: Map<Role, number>): StatsColumns {
  const q = hits.get("quantity");
  // "Số lượng" over two blank sub-headers: the first is the count, the next the people.
  const count = hits.get("count") ?? (q !== undefined && !hits.has("people") ? q : undefined);
  const people = hits.get("people") ?? (q !== undefined && count === q ? q + 1 : undefined);
  const unit = hits.get("unit");
  const label = hits.get("label") ?? (unit !== undefined ? unit - 1 : count !== undefined ? count - 1 : undefined);
  const valid = (col: number | undefined) => (col !== undefined && col >= 1 ? col : undefined);
  return statsColumns({ count: valid(count), people: valid(people), unit: valid(unit), label: valid(label), stt: valid(hits.get("stt")), note: valid(hits.get("note")) });
}

/**
 * The columns, every one named (undefined where the table has none) and always in one
 * order: one object shape for every file's table, marked or typed by hand, so the code
 * that reads them is made for that shape once (a member deleted or missing on some files
 * made V8 give up and remake it, file after file, in both workers).
 */
export function statsColumns(c: StatsColumns): StatsColumns {
  return { stt: c.stt, label: c.label, unit: c.unit, count: c.count, people: c.people, note: c.note, code: c.code };
}
