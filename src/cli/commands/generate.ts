/**
 * `htsd generate`: realistic filled school workbooks, for trying the product, the README's
 * demo and the benchmark. Seeded, so the same command makes the same files; the expected
 * totals are written beside them so a consolidation can be checked against them.
 */
import * as path from "node:path";
import { MAX_YEAR, MIN_YEAR } from "../../core/forms";
import { STATS_FACE, statsFormAt, statsTableSheet } from "../../core/kinds/stats-table";
import { message } from "../../core/messages";
import type { MeasureValues } from "../../core/report";
import { fillStatsSheet, handTypedStatsSheet, isoToSerial, int, randomSchoolValues, sampleUnitName, seeded } from "../../core/sample";
import { renderWorkbook } from "../../xlsx/writer";
import { writeAtomic } from "../write-output";
import type { GenerateArgs } from "../spec";
import { say, type Out } from "../output";


export async function generateCommand(args: GenerateArgs, out: Out, thisYear: number): Promise<number> {
  const count = Number(args.count ?? "50");
  const year = Number(args.year ?? thisYear);
  const textRate = Number(args["text-numbers"] ?? "0.03");
  const handRate = Number(args["hand-typed"] ?? "0.05");
  if (!args.out) {
    out.error(message("cli.error.needOut"));
    return 2;
  }
  if (!Number.isInteger(count) || count < 1 || count > 100_000) {
    out.error(message("cli.error.badArgs", { detail: `--count ${args.count}` }));
    return 2;
  }
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    out.error(message("cli.error.badYear", { year: String(args.year) }));
    return 2;
  }
  const rng = seeded(Number(args.seed ?? "2025"));
  const form = statsFormAt();
  const totals: Record<string, MeasureValues> = {};
  const width = String(count).length;
  for (let i = 0; i < count; i++) {
    const unit = sampleUnitName(i);
    const values = randomSchoolValues(rng, form);
    for (const [code, v] of Object.entries(values)) {
      const t = (totals[code] ??= {});
      for (const [m, n] of Object.entries(v) as [keyof MeasureValues, number][]) t[m] = (t[m] ?? 0) + n;
    }
    const handTyped = rng() < handRate;
    const asText = new Set(Object.entries(values).flatMap(([code, v]) => Object.keys(v).filter(() => rng() < textRate).map((m) => `${code}/${m}`)));
    const date = `${year}-10-${String(int(rng, 7, 14)).padStart(2, "0")}`;
    const sheet = handTyped
      ? handTypedStatsSheet(form, values, { unit, year })
      : fillStatsSheet(statsTableSheet({ form, year, sheetName: message(STATS_FACE.labels.sheetName), unit }), form, values, { asText, dateSerial: isoToSerial(date) });
    const bytes = await renderWorkbook([sheet]);
    await writeAtomic(path.join(args.out, `${String(i + 1).padStart(width, "0")}-${slug(unit)}.xlsx`), bytes, Boolean(args.force), { durable: false });
  }
  const expected = new TextEncoder().encode(JSON.stringify({ units: count, rows: totals }, null, 1) + "\n");
  await writeAtomic(path.join(args.out, "expected-totals.json"), expected, Boolean(args.force), { durable: false });
  say(out, "cli.generate.done", { count, dir: args.out });
  return 0;
}

function slug(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();
}
