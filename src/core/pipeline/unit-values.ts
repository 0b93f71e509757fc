/**
 * Each accepted unit's own numbers, row by row: what the JSON lists per unit and the long
 * table (`--csv`) a consolidator pivots or charts. They are the numbers the summary adds
 * up (a total row as it was summed), so a pivot of them gives the summary's own totals.
 */
import type { Consolidation } from "../consolidate";
import type { FormKind, UnitValue } from "../kinds";

export interface UnitValues {
  unit: string;
  file: string;
  values: UnitValue[];
}

export function unitValues(c: Consolidation, kind: FormKind): UnitValues[] {
  return [...eachUnitValues(c, kind)];
}

/** The same, one unit at a time: only the unit being written is ever spelled out. */
export function* eachUnitValues(c: Consolidation, kind: FormKind): Iterable<UnitValues> {
  for (const f of c.files) if (f.status === "accepted" && f.report) yield { unit: f.report.unit, file: f.file, values: kind.unitValues(f.report) };
}

/** `{ "1.1": { "count": 3, "people": 90 } }`: one unit's values by row code, then by measure. */
export function nested(values: readonly UnitValue[]): Record<string, Record<string, number | string>> {
  const out: Record<string, Record<string, number | string>> = {};
  for (const v of values) (out[v.code] ??= {})[v.measure] = v.value;
  return out;
}
