/**
 * The invariants of consolidation, on random tables: the summary is the sum of its units
 * row by row, blank stays blank, the order of files does not matter, two levels equal
 * one, and every number adds up from its provenance. Replay a failure with the seed
 * fast-check prints: FC_SEED=<seed> FC_RUNS=<n> npx jest test/core/consolidate.
 */
import fc from "fast-check";
import { consolidate, toJson } from "../../../src/core/pipeline";
import { summaryAsReport, type StatsConsolidation, type StatsReport } from "../../../src/core/kinds/stats-table";
import type { MeasureValues } from "../../../src/core/report";
import { CELLS, OPTS, checked, statsReport } from "./fixtures";

const FC = { seed: Number(process.env.FC_SEED ?? 20251006), numRuns: Number(process.env.FC_RUNS ?? 100) };

/** Blank, 0 and numbers all common; money large enough to need whole-đồng exactness. */
const cellValue = (measure: string) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constant(0) },
    { weight: 4, arbitrary: measure === "amount" ? fc.nat({ max: 2_000_000_000 }) : fc.nat({ max: 5000 }) },
  );

const valuesArb = fc.tuple(...CELLS.map((c) => cellValue(c.measure)));

/**
 * The total rows of forms.md, written out here so the form data is checked too. A checked
 * report never holds a total below its parts: a total typed below them, or left blank, is
 * their sum ("one total everywhere"); a total typed above them stays.
 */
const TOTALS: { code: string; measure: keyof MeasureValues; parts: string[] }[] = [
  { code: "1", measure: "count", parts: ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13"] },
  { code: "1.0", measure: "people", parts: ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13"] },
  { code: "5", measure: "count", parts: ["5.1", "5.2", "5.3", "5.4", "5.5", "5.6"] },
  { code: "6", measure: "count", parts: ["6.1", "6.2", "6.3"] },
  { code: "10", measure: "amount", parts: ["10.1", "10.2"] },
];

function asChecked(byCode: Record<string, MeasureValues>): Record<string, MeasureValues> {
  for (const t of TOTALS) {
    const parts = t.parts.map((p) => byCode[p]?.[t.measure]).filter((v): v is number => v !== undefined);
    if (parts.length === 0) continue;
    const sum = parts.reduce((a, b) => a + b, 0);
    const typed = byCode[t.code]?.[t.measure];
    if (typed === undefined || typed < sum) (byCode[t.code] ??= {})[t.measure] = sum;
  }
  return byCode;
}

/** Some cells left blank by every unit, so "blank + blank" happens in most runs. */
const unitsArb = fc
  .record({
    silent: fc.subarray(CELLS.map((_, i) => i)),
    tables: fc.array(fc.record({ values: valuesArb, covered: fc.integer({ min: 1, max: 4 }) }), { minLength: 1, maxLength: 9 }),
  })
  .map(({ silent, tables }) =>
    tables.map(({ values, covered }, u) => {
      const byCode: Record<string, MeasureValues> = {};
      values.forEach((v, i) => {
        if (v === undefined || silent.includes(i)) return;
        const { code, measure } = CELLS[i]!;
        (byCode[code] ??= {})[measure] = v;
      });
      return statsReport(`Trường Tiểu học số ${u + 1}`, asChecked(byCode), { unitsCovered: covered, source: { file: `truong-${u + 1}.xlsx`, sheet: "Biểu mẫu" } });
    }),
  );

function flat(reports: readonly StatsReport[]): StatsConsolidation {
  return consolidate(reports.map((r) => checked(r)), OPTS) as StatsConsolidation;
}

function expectedSum(reports: readonly StatsReport[], code: string, measure: keyof MeasureValues): number | undefined {
  const present = reports.map((r) => r.values[code]?.[measure]).filter((v): v is number => v !== undefined);
  return present.length === 0 ? undefined : present.reduce((a, b) => a + b, 0);
}

const numbersOf = (c: StatsConsolidation) => ({ rows: toJson(c).rows, totals: toJson(c).totals, unitsCovered: c.unitsCovered });

describe("consolidation invariants", () => {
  test("the summary is the sum of its units, row by row, blank where every unit left it blank", () => {
    fc.assert(
      fc.property(unitsArb, (reports) => {
        const c = flat(reports);
        expect(c.files.every((f) => f.status === "accepted")).toBe(true);
        for (const { code, measure } of CELLS) expect(c.rows[code]![measure]).toBe(expectedSum(reports, code, measure));
        const people = (codes: string[]) => {
          const xs = codes.map((code) => expectedSum(reports, code, "people")).filter((v) => v !== undefined);
          return xs.length === 0 ? undefined : xs.reduce((a, b) => a + b, 0);
        };
        // The codes forms.md names, written out here so the form data is checked too.
        const trainees = people(["1.0"]);
        const activities = people(["5.3", "5.4", "5.5", "5.6", "6.1", "6.2", "6.3"]);
        expect(c.totals.participation.trainees).toBe(trainees);
        expect(c.totals.participation.activities).toBe(activities);
        expect(c.totals.participation.total).toBe(trainees === undefined && activities === undefined ? undefined : (trainees ?? 0) + (activities ?? 0));
        const state = expectedSum(reports, "10.1", "amount");
        const other = expectedSum(reports, "10.2", "amount");
        // The funding total is row 10's own sum; what no unit attributed to a source is said apart.
        const total = expectedSum(reports, "10", "amount");
        const unattributed = total !== undefined && total > (state ?? 0) + (other ?? 0) ? total - (state ?? 0) - (other ?? 0) : undefined;
        expect(c.totals.funding).toEqual({ state, other, total, ...(unattributed !== undefined ? { unattributed } : {}) });
        expect(c.unitsCovered).toBe(reports.reduce((n, r) => n + r.unitsCovered, 0));
      }),
      FC,
    );
  });

  test("blank + blank stays blank in the printed JSON: no key, never 0 or null", () => {
    fc.assert(
      fc.property(unitsArb, (reports) => {
        const json = toJson(flat(reports));
        for (const { code, measure } of CELLS) {
          const sum = expectedSum(reports, code, measure);
          if (sum === undefined) expect(Object.prototype.hasOwnProperty.call(json.rows[code], measure)).toBe(false);
          else expect(json.rows[code]![measure]).toBe(sum);
        }
        const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
        const state = expectedSum(reports, "10.1", "amount");
        const other = expectedSum(reports, "10.2", "amount");
        expect(has(json.totals.funding, "state")).toBe(state !== undefined);
        expect(has(json.totals.funding, "other")).toBe(other !== undefined);
        expect(has(json.totals.funding, "total")).toBe(expectedSum(reports, "10", "amount") !== undefined);
        expect(has(json.totals.participation, "trainees")).toBe(expectedSum(reports, "1.0", "people") !== undefined);
        expect(JSON.stringify(json)).not.toContain("null");
      }),
      FC,
    );
  });

  test("the order of the files does not matter", () => {
    fc.assert(
      fc.property(
        unitsArb.chain((reports) => fc.tuple(fc.constant(reports), fc.shuffledSubarray(reports, { minLength: reports.length, maxLength: reports.length }))),
        ([reports, shuffled]) => {
          expect(numbersOf(flat(shuffled))).toEqual(numbersOf(flat(reports)));
        },
      ),
      FC,
    );
  });

  test("consolidating in two levels equals consolidating flat, for every number", () => {
    fc.assert(
      fc.property(
        unitsArb.chain((reports) => fc.tuple(fc.constant(reports), fc.array(fc.boolean(), { minLength: reports.length, maxLength: reports.length }))),
        ([reports, cuts]) => {
          const groups: StatsReport[][] = [[]];
          reports.forEach((r, i) => {
            if (cuts[i] && groups[groups.length - 1]!.length > 0) groups.push([]);
            groups[groups.length - 1]!.push(r);
          });
          const summaries = groups.map((g, i) => summaryAsReport(flat(g), `Cụm trường số ${i + 1}`, { file: `cum-${i + 1}.xlsx`, sheet: "Tổng hợp" }));
          summaries.forEach((s, i) => expect(s.unitsCovered).toBe(groups[i]!.reduce((n, r) => n + r.unitsCovered, 0)));
          expect(numbersOf(flat(summaries))).toEqual(numbersOf(flat(reports)));
        },
      ),
      FC,
    );
  });

  test("every summed number, totals included, is the sum of its provenance, one entry per unit that gave it, at the cell it came from", () => {
    fc.assert(
      fc.property(unitsArb, (reports) => {
        const c = flat(reports);
        for (const { code, measure } of CELLS) {
          const from = c.provenance[code]?.[measure] ?? [];
          const sum = c.rows[code]![measure];
          if (sum === undefined) {
            expect(from).toEqual([]);
            continue;
          }
          expect(from.reduce((a, x) => a + x.value, 0)).toBe(sum);
          const givers = reports.filter((r) => r.values[code]?.[measure] !== undefined);
          expect(from.map((x) => x.unit)).toEqual(givers.map((r) => r.unit));
          from.forEach((x, i) => {
            expect(x.file).toBe(givers[i]!.source.file);
            expect(x.cell).toBe(givers[i]!.cells[code]![measure]);
            expect(x.value).toBe(givers[i]!.values[code]![measure]);
          });
        }
        const totalsFrom = c.totalsProvenance;
        for (const [group, members] of Object.entries(c.totals) as [keyof typeof c.totals, Record<string, number | undefined>][]) {
          for (const [member, value] of Object.entries(members)) {
            const list = (totalsFrom[group] as Record<string, { value: number }[]>)[member]!;
            expect(list.length === 0 ? undefined : list.reduce((a, x) => a + x.value, 0)).toBe(value);
          }
        }
      }),
      FC,
    );
  });
});
