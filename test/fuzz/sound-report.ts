/**
 * What every report a mutated file still yields must satisfy, whatever the container: a
 * statistics table, every number whole, finite and not negative, each read from a cell or
 * a total summed from its parts' cells. Returns the broken rule, or undefined.
 */
import type { StatsReport, StatsTableForm } from "../../src/core/kinds/stats-table";
import type { MeasureValues } from "../../src/core/report";

const A1 = /^[A-Z]{1,3}[1-9]\d{0,6}$/;

export function unsoundReport(report: StatsReport, form: StatsTableForm): string | undefined {
  if (report.form !== "stats-table") return `another form: ${report.form}`;
  for (const [code, v] of Object.entries(report.values)) {
    for (const [m, n] of Object.entries(v) as [keyof MeasureValues, number][]) {
      if (typeof n !== "number" || !Number.isFinite(n) || !Number.isInteger(n) || n < 0) return `unsound number ${code}/${m}: ${n}`;
      const cell = report.cells[code]?.[m];
      if (typeof cell === "string" && A1.test(cell)) continue;
      // A total with no cell of its own (blank, or its formula gone) is the sum of its parts' cells.
      const totalOf = form.rows.find((r) => r.code === code)?.totalOf;
      const parts = totalOf?.measure === m ? totalOf.codes.map((c) => report.values[c]?.[m]).filter((x): x is number => x !== undefined) : [];
      if (parts.length === 0 || parts.reduce((a, b) => a + b, 0) !== n) return `number ${code}/${m} from no cell`;
    }
  }
  return undefined;
}
