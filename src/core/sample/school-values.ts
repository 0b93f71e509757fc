/**
 * Plausible numbers for one school's statistics table: most rows blank, counts small,
 * people within the form's outlier bounds, money in whole đồng. Used for samples,
 * demos and benchmarks, never for a real report.
 */
import type { StatsTableForm } from "../kinds/stats-table";
import type { MeasureValues } from "../report";
import { int, type Rng } from "./random";

export function randomSchoolValues(rng: Rng, form: StatsTableForm): Record<string, MeasureValues> {
  const values: Record<string, MeasureValues> = {};
  for (const row of form.rows) {
    if (row.kind !== "leaf" || rng() < 0.35) continue;
    const v: MeasureValues = {};
    for (const m of row.measures) {
      if (m === "amount") v.amount = int(rng, 1, 500) * 100_000;
      else if (m === "count") v.count = row.maxPerUnit ? 1 : int(rng, 0, 6);
    }
    if (row.measures.includes("people")) {
      const perCount = Math.min(row.peoplePerCount ?? 60, 60);
      v.people = v.count === 0 ? 0 : int(rng, 1, Math.max(1, (v.count ?? 1) * perCount));
    }
    values[row.code] = v;
  }
  return values;
}

const KINDS = ["Trường Mầm non", "Trường Tiểu học", "Trường THCS", "Trường PTDTBT THCS", "Trường THPT", "Trung tâm học tập cộng đồng xã"];
const PLACES = ["Quài Cang", "Quài Nưa", "Mường Thín", "Tỏa Tình", "Nà Sáy", "Chiềng Sinh", "Mường Mùn", "Pú Nhung", "Rạng Đông", "Ta Ma", "Trùng Khánh", "Đình Phong", "Chí Viễn", "Phong Châu", "Ngọc Khê"];

/** A distinct, realistic unit name for the i-th sample school. */
export function sampleUnitName(i: number): string {
  const kind = KINDS[i % KINDS.length]!;
  const place = PLACES[Math.floor(i / KINDS.length) % PLACES.length]!;
  const round = Math.floor(i / (KINDS.length * PLACES.length));
  return `${kind} ${place}${round > 0 ? ` số ${round + 1}` : ""}`;
}
