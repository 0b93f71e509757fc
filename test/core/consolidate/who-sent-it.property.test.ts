/**
 * Who sent it, as invariants on random inboxes: the same report sent again under another
 * file name (with or without a unit name) counts once; a summary plus any of the units it
 * already holds counts each unit once; every total row agrees with its stated total in the
 * summary sheet, the JSON and the pane's model. Replay a failure with the seed fast-check
 * prints: FC_SEED=<seed> FC_RUNS=<n> npx jest test/core/consolidate/who-sent-it.
 */
import fc from "fast-check";
import { consolidate, summarySheets, toJson } from "../../../src/core/pipeline";
import { columnOf, rowOf, summaryAsReport, type StatsConsolidation, type StatsReport } from "../../../src/core/kinds/stats-table";
import { defaultSheetNames } from "../../../src/core/consolidate";
import type { MeasureValues } from "../../../src/core/report";
import { CELLS, OPTS, STATS, checked, statsReport } from "./fixtures";

const FC = { seed: Number(process.env.FC_SEED ?? 20251207), numRuns: Number(process.env.FC_RUNS ?? 60) };

/** Each school fills a good share of the table, as real reports do (so identical values mean one report). */
const schoolValues = fc
  .tuple(...CELLS.map((c) => fc.option(c.measure === "amount" ? fc.integer({ min: 1000, max: 50_000_000 }) : fc.integer({ min: 1, max: 900 }), { freq: 2 })))
  .filter((v) => v.filter((x) => x !== null).length >= 8);

function toValues(values: readonly (number | null)[]): Record<string, MeasureValues> {
  const byCode: Record<string, MeasureValues> = {};
  values.forEach((v, i) => {
    if (v === null) return;
    const { code, measure } = CELLS[i]!;
    (byCode[code] ??= {})[measure] = v;
  });
  // As the checks hand reports over: every total at least its parts (a blank total is their sum).
  for (const row of STATS.rows) {
    if (!row.totalOf) continue;
    const parts = row.totalOf.codes.map((c) => byCode[c]?.[row.totalOf!.measure]).filter((v): v is number => v !== undefined);
    if (parts.length === 0) continue;
    const sum = parts.reduce((a, b) => a + b, 0);
    const typed = byCode[row.code]?.[row.totalOf.measure];
    if (typed === undefined || typed < sum) (byCode[row.code] ??= {})[row.totalOf.measure] = sum;
  }
  return byCode;
}

const schoolsArb = fc.array(schoolValues, { minLength: 2, maxLength: 8 }).map((tables) => tables.map((v, i) => statsReport(`Trường Tiểu học số ${i + 1}`, toValues(v), { source: { file: `truong-${i + 1}.xlsx`, sheet: "Biểu mẫu" } })));

const flat = (reports: readonly StatsReport[]) => consolidate(reports.map((r) => checked(r)), OPTS) as StatsConsolidation;
const numbersOf = (c: StatsConsolidation) => ({ rows: toJson(c).rows, totals: toJson(c).totals, unitsCovered: c.unitsCovered });

describe("who sent it", () => {
  test("the same report sent again under other file names, with or without its unit's name, counts once", () => {
    fc.assert(
      fc.property(
        schoolsArb.chain((reports) => fc.tuple(fc.constant(reports), fc.array(fc.record({ which: fc.nat({ max: reports.length - 1 }), nameless: fc.boolean() }), { minLength: 1, maxLength: 4 }))),
        ([reports, copies]) => {
          const resent = copies.map(({ which, nameless }, k) => {
            const r = reports[which]!;
            const file = `ban-sao-${k + 1}.xlsx`;
            // A copy without a unit name is named after its file, and says so.
            return { ...r, source: { ...r.source, file }, ...(nameless ? { unit: `ban-sao-${k + 1}`, unitFromFileName: true } : { unit: `${r.unit} (gửi lại)` }) };
          });
          const c = flat([...reports, ...resent]);
          expect(numbersOf(c)).toEqual(numbersOf(flat(reports)));
          // Of a report and its copies one file is used, and every other is in the log, set aside.
          copies.forEach(({ which }) => {
            const files = [reports[which]!.source.file, ...resent.filter((_, k) => copies[k]!.which === which).map((r) => r.source.file)];
            const fates = files.map((file) => c.files.find((f) => f.file === file)!.status);
            expect(fates.filter((s) => s === "accepted")).toHaveLength(1);
            for (const file of files.filter((_, i) => fates[i] !== "accepted")) expect(c.log.some((l) => l.file === file && l.status === "duplicate-dropped")).toBe(true);
          });
        },
      ),
      FC,
    );
  });

  test("a summary plus any subset of its units equals the summary plus the units it lacks, and flat over the distinct units", () => {
    fc.assert(
      fc.property(
        schoolsArb.chain((reports) => fc.tuple(fc.constant(reports), fc.subarray(reports.map((_, i) => i)), fc.array(schoolValues, { maxLength: 3 }))),
        ([reports, alsoSent, outsiders]) => {
          const summary = summaryAsReport(flat(reports), "UBND xã Quài Cang", { file: "tong-hop-xa.xlsx", sheet: "Tổng hợp" });
          const others = outsiders.map((v, i) => statsReport(`Trường Mầm non số ${i + 1}`, toValues(v), { source: { file: `mam-non-${i + 1}.xlsx`, sheet: "Biểu mẫu" } }));
          const inbox = [summary, ...alsoSent.map((i) => reports[i]!), ...others];
          expect(numbersOf(flat(inbox))).toEqual(numbersOf(flat([...reports, ...others])));
        },
      ),
      FC,
    );
  });

  test("every total row equals its stated total in the summary sheet, the JSON and the pane's model", () => {
    fc.assert(
      fc.property(schoolsArb, (reports) => {
        const c = flat(reports);
        const json = toJson(c);
        const [summary] = summarySheets(c, defaultSheetNames(), { date: "2025-10-20" });
        const cached = (code: string, measure: keyof MeasureValues) => summary!.cells.find((x) => x.row === rowOf(STATS, code) && x.col === columnOf(measure))?.cached;
        for (const row of STATS.rows.filter((r) => r.totalOf)) {
          const m = row.totalOf!.measure;
          const stated = c.rows[row.code]?.[m];
          expect(json.rows[row.code]?.[m]).toBe(stated);
          expect(cached(row.code, m)).toBe(stated ?? "");
          // A total row is never less than what its parts add up to.
          const parts = row.totalOf!.codes.reduce((a, code) => a + (c.rows[code]?.[m] ?? 0), 0);
          expect(stated ?? 0).toBeGreaterThanOrEqual(parts);
        }
        // The totals under the table, the JSON and the pane (which shows `c.totals`) say the same.
        expect(json.totals.funding.total).toBe(c.rows["10"]?.amount);
        expect(json.totals.participation.trainees).toBe(c.rows["1.0"]?.people);
        const line = (label: string) => {
          const at = summary!.cells.find((x) => typeof x.value === "string" && x.value.startsWith(label))!;
          return summary!.cells.find((x) => x.row === at.row && x.col === columnOf("count"))!.cached;
        };
        expect(line("Tổng kinh phí")).toBe(c.totals.funding.total ?? "");
        expect(line("Tổng số lượt người tham gia")).toBe(c.totals.participation.total ?? "");
      }),
      FC,
    );
  });
});
