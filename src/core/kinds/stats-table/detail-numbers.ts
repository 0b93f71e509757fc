/**
 * Chi tiết's numbers, made while the units are summed. Summing is the one other pass that
 * unpacks every unit's numbers: a summary whose numbers fit what Chi tiết reads ahead anyway
 * (8 MB, some 14,000 units) then has each unit's numbers unpacked once, not twice. They are
 * kept beside the summed rows (an object the consolidation carries) and taken by Chi tiết
 * once, only for the very reports and columns they were made from.
 */
import type { MeasureValues } from "../../report";
import type { Measure } from "../../units";
import type { StatsReport } from "./types";

/** Numbers read ahead for Chi tiết at most: 8 MB, whatever the number of units. */
export const READ_AHEAD = 1 << 20;

/** A column of Chi tiết: one row code's measure. */
export interface NumberColumn {
  code: string;
  measure: Measure;
}

interface Made {
  reports: readonly StatsReport[];
  columns: readonly NumberColumn[];
  numbers: Float64Array;
}

const kept = new WeakMap<object, Made>();

/** Room for `units` lines of `columns`, every number NaN (none given), when it fits the budget. */
export function detailNumbers(units: number, columns: number, budget = READ_AHEAD): Float64Array | undefined {
  return units * columns <= budget ? new Float64Array(units * columns).fill(NaN) : undefined;
}

/** Line `i`: the unit's numbers (its totals made whole) in the columns' order. */
export function fillLine(out: Float64Array, i: number, columns: readonly NumberColumn[], values: Readonly<Record<string, MeasureValues>>): void {
  const at = i * columns.length;
  for (let k = 0; k < columns.length; k++) {
    const c = columns[k]!;
    const v = values[c.code]?.[c.measure];
    if (typeof v === "number") out[at + k] = v;
  }
}

export function keepDetailNumbers(owner: object, made: Made): void {
  kept.set(owner, made);
}

/** The numbers kept for `owner`, taken once, if they were made from these reports in this order and these columns. */
export function takeDetailNumbers(owner: object, reports: readonly StatsReport[], columns: readonly NumberColumn[]): Float64Array | undefined {
  const made = kept.get(owner);
  if (!made) return undefined;
  const same =
    made.reports.length === reports.length &&
    made.columns.length === columns.length &&
    made.columns.every((c, k) => c.code === columns[k]!.code && c.measure === columns[k]!.measure) &&
    made.reports.every((r, i) => r === reports[i]);
  if (!same) return undefined;
  // Garbage once Chi tiết is written: 8 MB need not outlive it.
  kept.delete(owner);
  return made.numbers;
}
