/**
 * The rules across cells and rows of the stats table: totals against their parts, the
 * count/people pairs of `X/người` rows, people per class or session, and the ceremony
 * rows a single unit reports once. They look only at good values: a total below the sum of
 * its good parts is wrong whatever the other parts hold, while a total above them may be
 * explained by a part an error kept out. Totals the template computes (or that are blank,
 * missing, or below their parts) are derived from the good parts, so a report's total is
 * never less than its parts and the summary's total rows agree with their parts.
 */
import type { StatsFinding } from "./rules";
import { a1 } from "../../cells";
import type { StatsRow } from "./schema";
import type { LocatedStats } from "./types";
import type { MeasureValues } from "../../report";
import { normalizeUnit, type Measure } from "../../units";
import { itemName } from "../../text";
import type { Findings } from "../../problems";
import type { StatsCells } from "./cells";

export function checkStatsRows(loc: LocatedStats, read: StatsCells, unitsCovered: number, found: Findings<StatsFinding>): void {
  const excluded = new Set(read.excluded.map((x) => `${x.rowCode}|${x.measure}`));
  // Most files exclude no cell: no key is made then.
  const usable = (code: string, m: Measure) => loc.rows.has(code) && !read.leftOut.has(code) && (excluded.size === 0 || !excluded.has(`${code}|${m}`));
  for (const row of loc.form.rows) {
    // A total row left out of a hand-made table is what a blank total is: the sum of its parts.
    if (row.totalOf && !loc.rows.has(row.code)) computeMissingTotal(row.code, row.totalOf, read, usable);
    const values = read.values[row.code];
    if (!values) continue;
    const cells = read.cells[row.code] ?? {};
    const where = (m: Measure) => ({ rowCode: row.code, ...(cells[m] ? { cell: cells[m] } : {}) });
    const item = itemName(row.label);

    if (row.totalOf) checkTotal(row.code, row.totalOf, values, read, usable, where(row.totalOf.measure), found);

    const count = values.count;
    const people = values.people;
    const { count: countCol, people: peopleCol } = loc.columns;
    if (normalizeUnit(row.unit).endsWith("/người") && countCol !== undefined && peopleCol !== undefined && usable(row.code, "count") && usable(row.code, "people")) {
      const r = loc.rows.get(row.code)!;
      if ((count ?? 0) > 0 && !((people ?? 0) > 0)) found.emit("check.pair.countOnly", { rowCode: row.code, cell: a1(r, peopleCol) }, { item, count: count! });
      if ((people ?? 0) > 0 && !((count ?? 0) > 0)) found.emit("check.pair.peopleOnly", { rowCode: row.code, cell: a1(r, countCol) }, { item, people: people! });
      // Every class, contest or session has at least one person: fewer people than those is a slip.
      if (count !== undefined && people !== undefined && people > 0 && people < count) found.emit("check.pair.peopleFewer", { rowCode: row.code, cell: a1(r, peopleCol) }, { item, people, count, unit: row.unit });
    }
    if (row.peoplePerCount !== undefined && count !== undefined && people !== undefined && count > 0 && people / count > row.peoplePerCount) {
      found.emit("check.outlier.peoplePerCount", where("people"), { item, people, count, unit: row.unit, ratio: Math.round((people / count) * 10) / 10, bound: row.peoplePerCount });
    }
    if (row.maxPerUnit !== undefined && unitsCovered === 1 && count !== undefined && count > row.maxPerUnit) {
      found.emit("check.maxPerUnit", where("count"), { item, value: count, max: row.maxPerUnit });
    }
  }
}

/**
 * A total holding the template's formula is derived, not said: it is recomputed from the
 * good parts (a spreadsheet's SUM skips numbers typed as text and counts wrong ones).
 * A blank total over filled parts is what that formula would show, so it gets the sum too.
 * Only a total typed over, or a school's own formula, is compared with its parts.
 */
function checkTotal(
  code: string,
  totalOf: NonNullable<StatsRow["totalOf"]>,
  values: MeasureValues,
  read: StatsCells,
  usable: (code: string, m: Measure) => boolean,
  where: { rowCode: string; cell?: string },
  found: Findings<StatsFinding>,
): void {
  const m = totalOf.measure;
  const parts = totalOf.codes.map((c) => read.values[c]?.[m]).filter((v): v is number => v !== undefined);
  const sum = parts.reduce((a, b) => a + b, 0);
  if (!usable(code, m)) {
    // The total cell was kept out by its own error: the report's total is its good parts.
    if (parts.length > 0) values[m] = sum;
    return;
  }
  const total = values[m];
  if (read.derived.has(code) || total === undefined) {
    if (parts.length > 0) {
      values[m] = sum;
      return;
    }
    forget(read, code, m);
    return;
  }
  const range = `${totalOf.codes[0]}–${totalOf.codes[totalOf.codes.length - 1]}`;
  if (total < sum) {
    // An error keeps the cell out, as for any other: which side is wrong is the school's to
    // say. What the report then holds is the sum of its good parts, as for a blank total.
    found.emit("check.total.less", where, { total, sum, parts: range });
    if (where.cell) read.excluded.push({ rowCode: code, measure: m, cell: where.cell });
    values[m] = sum;
    const cells = read.cells[code];
    if (cells) delete cells[m];
  } else if (total > sum && totalOf.codes.every((c) => usable(c, m))) found.emit("check.total.more", where, { total, sum, parts: range });
}

function computeMissingTotal(code: string, totalOf: NonNullable<StatsRow["totalOf"]>, read: StatsCells, usable: (code: string, m: Measure) => boolean): void {
  const parts = totalOf.codes.filter((c) => usable(c, totalOf.measure)).map((c) => read.values[c]?.[totalOf.measure]).filter((v): v is number => v !== undefined);
  if (parts.length > 0) read.values[code] = { [totalOf.measure]: parts.reduce((a, b) => a + b, 0) };
}

/** A total with no value to report: neither a number nor the cell it would come from. */
function forget(read: StatsCells, code: string, m: Measure): void {
  delete read.values[code]?.[m];
  const cells = read.cells[code];
  if (cells) delete cells[m];
  if (cells && Object.keys(cells).length === 0) delete read.cells[code];
}
