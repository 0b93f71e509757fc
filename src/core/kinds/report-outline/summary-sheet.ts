/**
 * Tổng hợp for the report outline: the sums, the counts per choice (every choice, 0
 * included), every unit's ceremony date and place, and the recommendations gathered per
 * addressee. Numbers and counts are formulas over Chi tiết with the engine's results
 * cached; names and texts from the units are plain values.
 */
import { a1 } from "../../cells";
import type { ReportOutlineForm } from "./schema";
import { blankSafeSum } from "../../layout";
import { message } from "../../messages";
import type { CellDescription, SheetDescription } from "../../sheet";
import type { ChoiceTally, OutlineConsolidation } from "./types";
import { D, LANDSCAPE, excelSerial, type SummaryNames } from "../../consolidate";
import { outlineDetailColumns, outlineDetailRange } from "./detail-sheet";

const COLS = 4;

export function outlineSummarySheet(c: OutlineConsolidation, form: ReportOutlineForm, year: number, names: SummaryNames): SheetDescription {
  const cells: CellDescription[] = [];
  const merges: string[] = [];
  const units = c.files.filter((f) => f.status === "accepted").length;
  const detailCol = new Map(outlineDetailColumns(form, units).map((d) => [d.field.code, d]));
  const label = (code: string) => form.fields.find((f) => f.code === code)!.label;
  const range = (code: string) => outlineDetailRange(names.detail, detailCol.get(code)!, units);
  let row = 1;
  const wide = (value: string, style: CellDescription["style"]) => {
    cells.push({ row, col: 1, value, style });
    merges.push(`${a1(row, 1)}:${a1(row, COLS)}`);
    row++;
  };
  const line = (...values: CellDescription[]) => {
    cells.push(...values.map((v) => ({ ...v, row })));
    row++;
  };
  const head = (...texts: string[]) => line(...texts.map((value, i) => ({ row, col: i + 1, value, style: D.head })));

  wide(message("consolidate.outline.title"), D.title);
  wide(form.subtitle.replace("{year}", String(year)), D.subtitle);
  wide(message("form.summary.header", { units: c.unitsCovered }), D.subtitle);
  row++;

  wide(message("consolidate.outline.numbers"), D.section);
  head(form.columns.stt, message("consolidate.outline.head.item"), message("consolidate.outline.head.value"), message("consolidate.outline.head.unitOfMeasure"));
  const numbersAt = row;
  const sumLine = (i: number, text: string, refs: string, cached: number | undefined, unit: string) =>
    line(
      { row, col: 1, value: i, style: D.center },
      { row, col: 2, value: text, style: D.text },
      cached === undefined || units === 0 ? { row, col: 3, value: null, style: D.total } : { row, col: 3, formula: blankSafeSum(refs), cached, style: D.total },
      { row, col: 4, value: unit, style: D.center },
    );
  const money = message("consolidate.unit.money");
  sumLine(1, label(form.participation.people), range(form.participation.people), c.outline.participants, message("consolidate.unit.people"));
  sumLine(2, label(form.funding.state), range(form.funding.state), c.outline.funding.state, money);
  sumLine(3, label(form.funding.other), range(form.funding.other), c.outline.funding.other, money);
  sumLine(4, message("consolidate.outline.fundingTotal"), `${a1(numbersAt + 1, 3)},${a1(numbersAt + 2, 3)}`, c.outline.funding.total, money);
  row++;

  tally(message("consolidate.outline.forms"), form.ceremony.form, c.outline.ceremonyForms);
  tally(message("consolidate.outline.assessments"), form.ceremony.assessment, c.outline.assessments);

  wide(message("consolidate.outline.ceremonies"), D.section);
  head(form.columns.stt, message("consolidate.detail.unit"), message("consolidate.outline.head.time"), message("consolidate.outline.head.place"));
  c.outline.ceremonies.forEach((x, i) => {
    const serial = excelSerial(x.date);
    line(
      { row, col: 1, value: i + 1, style: D.center },
      { row, col: 2, value: x.unit, style: D.text },
      { row, col: 3, value: serial ?? x.date ?? null, style: D.date },
      { row, col: 4, value: x.place ?? null, style: D.text },
    );
  });
  row++;

  wide(message("consolidate.outline.recommendations"), D.section);
  c.outline.recommendations.forEach((rec, i) => {
    wide(`${i + 1}. ${label(rec.code)}`, { ...D.section, font: { bold: true, italic: true, size: 11 } });
    if (rec.items.length === 0) {
      wide(message("consolidate.log.none"), D.plain);
      return;
    }
    // The text spans C:D; a merged area holds its top-left cell only (its style covers the rest).
    head(form.columns.stt, message("consolidate.detail.unit"), message("consolidate.outline.head.text"));
    merges.push(`${a1(row - 1, 3)}:${a1(row - 1, 4)}`);
    rec.items.forEach((item, j) => {
      merges.push(`${a1(row, 3)}:${a1(row, 4)}`);
      line({ row, col: 1, value: j + 1, style: D.center }, { row, col: 2, value: item.unit, style: D.text }, { row, col: 3, value: item.text, style: D.text });
    });
  });

  return {
    name: names.summary,
    columns: [
      { col: 1, width: 6 },
      { col: 2, width: 48 },
      { col: 3, width: 18 },
      { col: 4, width: 42 },
    ],
    cells,
    merges,
    page: { ...LANDSCAPE, orientation: "portrait", printArea: `A1:${a1(row, COLS)}`, horizontalCentered: true },
    protect: false,
    gridlines: false,
  };

  function tally(title: string, code: string, t: ChoiceTally): void {
    wide(title, D.section);
    head(form.columns.stt, label(code), message("consolidate.outline.head.units"), "");
    const first = row;
    const count = (i: number, text: string, formula: string, cached: number, note?: string) =>
      line(
        { row, col: 1, value: i, style: D.center },
        { row, col: 2, value: text, style: D.text },
        units === 0 ? { row, col: 3, value: cached, style: D.total } : { row, col: 3, formula, cached, style: D.total },
        { row, col: 4, value: note ?? null, style: D.text },
      );
    t.choices.forEach((ch, i) => count(i + 1, ch.choice, `COUNTIF(${range(code)},"${ch.choice.replace(/"/g, '""')}")`, ch.units));
    count(t.choices.length + 1, message("consolidate.outline.blank"), `COUNTBLANK(${range(code)})`, t.blank);
    if (t.other.length > 0) {
      const listed = `${a1(first, 3)}:${a1(first + t.choices.length - 1, 3)}`;
      // Names and answers of the units go in as a plain value, never into the formula.
      count(t.choices.length + 2, message("consolidate.outline.other"), `COUNTA(${range(code)})-SUM(${listed})`, t.other.length, t.other.map((o) => `${o.unit}: ${o.value}`).join("\n"));
    }
    row++;
  }
}
