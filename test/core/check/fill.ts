/** Filling the template as a careful school would: every leaf answered with plausible numbers. */
import { a1 } from "../../../src/core/cells";
import type { CheckedFile } from "../../../src/core/check";
import { columnOf, rowOf } from "../../../src/core/kinds/stats-table";
import { describe, type Problem } from "../../../src/core/problems";
import type { Measure } from "../../../src/core/units";
import { STATS_FORM, type SheetEditor } from "../../helpers/raw-from-description";

export const TODAY = "2025-10-20";
export const ctx = { file: "THCS Kim Đồng.xlsx", today: TODAY };

export function cellOf(code: string, measure: Measure): string {
  return a1(rowOf(STATS_FORM, code), columnOf(measure));
}

export function plausible(code: string, measure: Measure): number {
  const row = STATS_FORM.rows.find((r) => r.code === code)!;
  if (row.maxPerUnit !== undefined) return 1;
  if (measure === "amount") return 5_000_000;
  if (measure === "people") return 40;
  return 2;
}

export function fillAll(ed: SheetEditor): SheetEditor {
  for (const row of STATS_FORM.rows) {
    if (row.kind !== "leaf") continue;
    for (const m of row.measures) ed.set(cellOf(row.code, m), plausible(row.code, m));
  }
  return ed.recalc();
}

/**
 * The problems reduced to what a test asserts: code, severity, cell, row code. On the way,
 * every problem's message must come out whole: no `{placeholder}` left without its param.
 */
export function brief(c: CheckedFile | readonly Problem[]): { code: string; severity: string; cell?: string; rowCode?: string }[] {
  const ps = "problems" in c ? c.problems : c;
  for (const p of ps) expect({ code: p.code, text: describe(p) }).not.toEqual({ code: p.code, text: expect.stringMatching(/\{\w+\}/) });
  return ps.map((p) => ({ code: p.code, severity: p.severity, ...(p.where.cell ? { cell: p.where.cell } : {}), ...(p.where.rowCode ? { rowCode: p.where.rowCode } : {}) }));
}
