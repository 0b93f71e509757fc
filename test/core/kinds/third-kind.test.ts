/**
 * A third kind of form, defined only here, plugs into locating, checking, consolidating,
 * describing the summary and the JSON output without a line of generic code knowing it:
 * the generic functions take the kinds they work with, and the default is the registry.
 * The kind is a bare list of activities ("Hoạt động" | "Số người"), found by its header
 * or by a marker naming it.
 */
import { cellKey, emptySheet, getCell, setCell, type RawSheet, type RawWorkbook } from "../../../src/core/cells";
import { readNumberCell, reportBase, type CheckedFile } from "../../../src/core/check";
import { defined, type Consolidation } from "../../../src/core/consolidate";
import { ALL_KINDS, type FormKind } from "../../../src/core/kinds";
import { readHeaderFields, unitOf, yearOf, type Located } from "../../../src/core/locate";
import { encodeMarker } from "../../../src/core/meta";
import { checkWorkbook, consolidate, locateForm, summarySheets, toJson } from "../../../src/core/pipeline";
import type { Report } from "../../../src/core/report";
import { textAt } from "../../../src/core/text";

const ID = "activity-list";
interface ActivityLocated extends Located {
  rows: number[];
}
interface ActivityReport extends Report {
  people: Record<string, number>;
}
interface ActivityConsolidation extends Consolidation {
  byActivity: Record<string, number>;
}
const isMine = (l: Located): l is ActivityLocated => l.kind === ID;
const isMyReport = (r: Report | undefined): r is ActivityReport => r?.form === ID;
const isMyConsolidation = (c: Consolidation): c is ActivityConsolidation => c.form === ID;
const FORM = { id: ID, version: 1 };

function headerRow(sheet: RawSheet): number | undefined {
  for (let row = 1; row <= sheet.maxRow; row++) if (textAt(sheet, row, 1) === "Hoạt động" && textAt(sheet, row, 2) === "Số người") return row;
  return undefined;
}

function locateAt(wb: RawWorkbook, sheetIndex: number, via: Located["via"], header: number, ctx: Parameters<FormKind["recognise"]>[3], found: Parameters<Recognised["locate"]>[0], year?: number): ActivityLocated {
  const sheet = wb.sheets[sheetIndex]!;
  const rows: number[] = [];
  for (let row = header + 1; row <= sheet.maxRow; row++) if (textAt(sheet, row, 1) !== "") rows.push(row);
  const fields = readHeaderFields(wb, sheetIndex, header);
  const at = found.withSheet(sheet.name);
  return { kind: ID, form: FORM, sheet, via, ...(year !== undefined ? { year } : yearOf(sheet, header, fields, ctx, at)), header: fields, unit: unitOf(fields, ctx, at), rows };
}
type Recognised = NonNullable<ReturnType<FormKind["recognise"]>>;

const activityList: FormKind = {
  id: ID,
  labels: { name: "ui.result.activities", short: "ui.result.activities", sheetName: "ui.result.activities", fileName: "ui.result.activities" },
  participationShown: ["activities", "total"],
  versions: [FORM],
  rules: [],
  formSheet: (_version, o) => ({ name: o.sheetName, columns: [], merges: [], cells: [{ row: 1, col: 1, value: "Hoạt động" }, { row: 1, col: 2, value: "Số người" }] }),
  locateMarked: (wb, hit, ctx, found) => locateAt(wb, hit.sheetIndex, "marker", hit.row, ctx, found, hit.marker.year),
  recognise(wb, sheet, sheetIndex, ctx) {
    const header = headerRow(sheet);
    if (header === undefined) return undefined;
    return { score: sheet.maxRow - header, locate: (found) => locateAt(wb, sheetIndex, "labels", header, ctx, found) };
  },
  expectedLayout: () => "Hoạt động, Số người",
  unitValues: (r) => (isMyReport(r) ? Object.entries(r.people).map(([a, n]) => ({ code: a, label: a, measure: "people", measureName: "số người", value: n })) : []),
  fingerprint: (r) => (isMyReport(r) ? { print: JSON.stringify(Object.entries(r.people).sort()), values: Object.keys(r.people).length } : undefined),
  check(l, ctx, found) {
    if (!isMine(l)) throw new TypeError("not an activity list");
    const people: Record<string, number> = {};
    const fixes: CheckedFile["fixes"] = [];
    for (const row of l.rows) {
      const label = textAt(l.sheet, row, 1);
      const read = readNumberCell(getCell(l.sheet, row, 2), { sheet: l.sheet.name, cell: `B${row}`, rowCode: label, item: label, measure: "people" }, found, fixes);
      if (read.kind === "value") people[label] = read.value;
    }
    const report: ActivityReport = { form: ID, ...reportBase(l, ctx), people };
    return { report, excluded: [], fixes };
  },
  sum(_version, accepted) {
    const byActivity: Record<string, number> = {};
    for (const o of accepted) if (isMyReport(o.report)) for (const [a, n] of Object.entries(o.report.people)) byActivity[a] = (byActivity[a] ?? 0) + n;
    const total = Object.values(byActivity).reduce((a, b) => a + b, 0);
    return { members: { byActivity }, totals: { participation: { activities: total, total }, funding: {} }, totalsProvenance: { participation: { trainees: [], activities: [], total: [] }, funding: { state: [], other: [], total: [] } }, ignored: [] };
  },
  summarySheets(c, _year, names) {
    if (!isMyConsolidation(c)) throw new TypeError("not an activity-list consolidation");
    return [{ name: names.summary, columns: [], merges: [], cells: Object.entries(c.byActivity).map(([a, n], i) => ({ row: i + 1, col: 1, value: `${a}: ${n}` })) }];
  },
  json: (c) => ({ rows: isMyConsolidation(c) ? Object.fromEntries(Object.entries(c.byActivity).map(([a, n]) => [a, defined({ people: n })])) : {}, extra: {} }),
};

const KINDS = [...ALL_KINDS, activityList];
const CTX = { today: "2025-10-20", defaultYear: 2025 };

function activitySheet(unit: string, rows: [string, number | string][], marked = false): RawWorkbook {
  const sheet = emptySheet("Hoạt động");
  setCell(sheet, 1, 1, { kind: "string", value: "ĐƠN VỊ" });
  setCell(sheet, 2, 1, { kind: "string", value: unit });
  if (marked) setCell(sheet, 3, 4, { kind: "string", value: encodeMarker({ form: ID, version: 1, year: 2025, units: 1 }) });
  setCell(sheet, 3, 1, { kind: "string", value: "Hoạt động" });
  setCell(sheet, 3, 2, { kind: "string", value: "Số người" });
  rows.forEach(([label, n], i) => {
    setCell(sheet, 4 + i, 1, { kind: "string", value: label });
    setCell(sheet, 4 + i, 2, typeof n === "number" ? { kind: "number", value: n } : { kind: "string", value: n });
  });
  return { sheets: [sheet], definedNames: [] };
}

describe("a kind of form defined outside src/", () => {
  const a = activitySheet("Trường A", [["Đọc sách", 120], ["Hội thi", 30], ["Tọa đàm", 15]]);
  const b = activitySheet("Trường B", [["Đọc sách", 80], ["Hội thi", "1.200"], ["Tọa đàm", 5]], true);

  it("is located by its labels and by its marker", () => {
    const byLabels = locateForm(a, { ...CTX, file: "a.xlsx" }, KINDS);
    expect(byLabels.located).toMatchObject({ kind: ID, via: "labels", unit: "Trường A", year: 2025 });
    const byMarker = locateForm(b, { ...CTX, file: "b.xlsx" }, KINDS);
    expect(byMarker.located).toMatchObject({ kind: ID, via: "marker", unit: "Trường B" });
  });

  it("is unknown to the registry's kinds alone: its marker is refused as an unknown form", () => {
    const r = locateForm(b, { ...CTX, file: "b.xlsx" });
    expect(r.located).toBeUndefined();
    expect(r.problems.map((p) => [p.code, p.params.form])).toContainEqual(["locate.form.unknown", ID]);
  });

  it("is checked with the shared cell rules: a number typed as text is read and flagged", () => {
    const checked = checkWorkbook(b, { ...CTX, file: "b.xlsx" }, KINDS);
    expect(checked.form).toBe(ID);
    expect(isMyReport(checked.report) && checked.report.people).toEqual({ "Đọc sách": 80, "Hội thi": 1200, "Tọa đàm": 5 });
    expect(checked.problems.map((p) => p.code)).toEqual(["check.cell.textNumber"]);
    expect(checked.fixes).toEqual([{ sheet: "Hoạt động", cell: "B5", value: 1200, rowCode: "Hội thi" }]);
  });

  it("is consolidated, described and printed as JSON by the generic code", () => {
    const files = [checkWorkbook(a, { ...CTX, file: "a.xlsx" }, KINDS), checkWorkbook(b, { ...CTX, file: "b.xlsx" }, KINDS)];
    const c = consolidate(files, { onDuplicate: "latest", acceptErrors: false }, KINDS);
    expect(c.form).toBe(ID);
    expect(c.files.map((f) => f.status)).toEqual(["accepted", "accepted"]);
    // 120 + 30 + 15 and 80 + 1,200 + 5, as written into the two sheets.
    expect(c.totals.participation.total).toBe(120 + 30 + 15 + 80 + 1200 + 5);
    expect(isMyConsolidation(c) && c.byActivity).toEqual({ "Đọc sách": 200, "Hội thi": 1230, "Tọa đàm": 20 });
    const sheets = summarySheets(c, { summary: "Tổng hợp", detail: "Chi tiết", log: "Nhật ký" }, { date: "2025-10-20" }, KINDS);
    expect(sheets.map((s) => s.name)).toEqual(["Tổng hợp", "Nhật ký"]);
    const json = toJson(c, activityList);
    expect(json.rows).toEqual({ "Đọc sách": { people: 200 }, "Hội thi": { people: 1230 }, "Tọa đàm": { people: 20 } });
    expect(json.accepted.map((x) => x.unit)).toEqual(["Trường A", "Trường B"]);
  });

  it("does not disturb the registry's kinds in the same run", () => {
    const sheet = activitySheet("Trường C", [["Đọc sách", 1]]).sheets[0]!;
    expect(sheet.cells.get(cellKey(4, 2))).toEqual({ kind: "number", value: 1 });
    const c = consolidate([checkWorkbook({ sheets: [sheet], definedNames: [] }, { ...CTX, file: "c.xlsx" }, KINDS)], { onDuplicate: "latest", acceptErrors: false });
    // Without the third kind, the registry's first kind is consolidated and the file is turned away.
    expect(c.form).toBe(ALL_KINDS[0]!.id);
    expect(c.files[0]!.status).toBe("rejected");
  });
});
