/** The report outline consolidated: sums, counts per choice, ceremonies, recommendations. */
import { consolidate, summarySheets, toJson } from "../../../src/core/pipeline";
import { defaultSheetNames } from "../../../src/core/consolidate";
import type { OutlineConsolidation } from "../../../src/core/kinds/report-outline";
import { eachCell, type SheetDescription } from "../../../src/core/sheet";
import { Book } from "./evaluate";
import { OPTS, checked, outlineReport } from "./fixtures";

const units = [
  checked(
    outlineReport("Trường Tiểu học Trùng Khánh", {
      "1.3.time": "2025-10-06",
      "1.3.place": "Sân trường",
      "1.3.form": "Mít tinh",
      "1.3.people": 450,
      "1.3.assessment": "Đạt kế hoạch",
      "1.5.state": 3_000_000,
      "3.1": "Bổ sung tài liệu hướng dẫn",
      "3.4": "Hỗ trợ kinh phí tổ chức",
    }),
  ),
  checked(
    outlineReport("Trường THCS Trùng Khánh", {
      "1.3.time": "2025-10-06",
      "1.3.place": "Nhà văn hóa xã",
      "1.3.form": "  lồng ghép chào cờ   đầu tuần ",
      "1.3.people": 300,
      "1.3.assessment": "Vượt kế hoạch",
      "1.5.other": 800_000,
      "3.4": "=HYPERLINK(\"http://x\",\"y\")",
    }),
  ),
  checked(outlineReport("Trường Mầm non Hoa Mai", { "1.3.form": "Văn nghệ", "1.3.assessment": "Đạt kế hoạch" })),
];
const c = consolidate(units, OPTS) as OutlineConsolidation;

test("sums participants and both funding lines, with their total; blank stays absent", () => {
  expect(c.form).toBe("report-outline");
  expect(c.outline.participants).toBe(750);
  expect(c.outline.funding).toEqual({ state: 3_000_000, other: 800_000, total: 3_800_000 });
  expect(c.outline.provenance.participants.map((p) => [p.unit, p.value])).toEqual([
    ["Trường Tiểu học Trùng Khánh", 450],
    ["Trường THCS Trùng Khánh", 300],
  ]);
  const blank = consolidate([units[2]!], OPTS) as OutlineConsolidation;
  expect(toJson(blank).outline).toMatchObject({ funding: {} });
  expect(toJson(blank).outline!.participants).toBeUndefined();
  expect(toJson(blank).totals).toEqual({ participation: {}, funding: {} });
});

test("counts units per form of ceremony and per self-assessment, every choice listed, 0 included", () => {
  expect(c.outline.ceremonyForms).toEqual({
    choices: [
      { choice: "Mít tinh", units: 1 },
      { choice: "Hoạt động ngoại khóa", units: 0 },
      { choice: "Hoạt động tập thể khác", units: 0 },
      { choice: "Lồng ghép chào cờ đầu tuần", units: 1 },
    ],
    blank: 0,
    other: [{ unit: "Trường Mầm non Hoa Mai", value: "Văn nghệ" }],
  });
  expect(c.outline.assessments.choices).toEqual([
    { choice: "Vượt kế hoạch", units: 1 },
    { choice: "Đạt kế hoạch", units: 2 },
    { choice: "Chưa đạt kế hoạch", units: 0 },
  ]);
});

test("lists every unit's ceremony date and place, and gathers recommendations per addressee", () => {
  expect(c.outline.ceremonies.map((x) => [x.unit, x.date, x.place])).toEqual([
    ["Trường Tiểu học Trùng Khánh", "2025-10-06", "Sân trường"],
    ["Trường THCS Trùng Khánh", "2025-10-06", "Nhà văn hóa xã"],
    ["Trường Mầm non Hoa Mai", undefined, undefined],
  ]);
  expect(c.outline.recommendations.map((r) => [r.addressee, r.items.map((i) => i.unit)])).toEqual([
    ["Bộ GDĐT", ["Trường Tiểu học Trùng Khánh"]],
    ["UBND tỉnh", []],
    ["Sở GDĐT", []],
    ["UBND xã, phường", ["Trường Tiểu học Trùng Khánh", "Trường THCS Trùng Khánh"]],
  ]);
  const json = toJson(c);
  expect(json.rows).toEqual({});
  expect(json.totals).toEqual({ participation: { total: 750 }, funding: { state: 3_000_000, other: 800_000, total: 3_800_000 } });
  expect(json.outline!.ceremonies[2]).toEqual({ unit: "Trường Mầm non Hoa Mai", file: "Trường Mầm non Hoa Mai.xlsx" });
});

describe("sheets", () => {
  const names = defaultSheetNames();
  const sheets = summarySheets(c, names, { date: "2025-10-12" });
  const [summary, detail] = sheets as [SheetDescription, SheetDescription, SheetDescription];
  const book = new Book(sheets);
  const rowOf = (text: string) => summary.cells.find((x) => x.value === text)!.row;
  const valueAt = (row: number) => summary.cells.find((x) => x.row === row && x.col === 3)!;

  test("every number and count of Tổng hợp is a formula over Chi tiết that computes to the engine's result", () => {
    const formulas = summary.cells.filter((x) => x.formula !== undefined);
    expect(formulas.length).toBe(4 + 5 + 1 + 4);
    for (const f of formulas) expect(book.evaluate(summary.name, f.formula!)).toBe(f.cached);
    expect(valueAt(rowOf("Số lượng người tham gia")).cached).toBe(750);
    expect(valueAt(rowOf("Tổng kinh phí")).cached).toBe(3_800_000);
    // Over the three units' lines of the band that holds the field.
    const [, from, to] = /^COUNTIF\('Chi tiết'!\$[A-Z]+\$(\d+):\$[A-Z]+\$(\d+),"Hoạt động ngoại khóa"\)$/.exec(valueAt(rowOf("Hoạt động ngoại khóa")).formula!)!;
    expect(Number(to) - Number(from)).toBe(2);
  });

  test("Chi tiết writes choices as the form spells them, so COUNTIF counts what the engine counted", () => {
    expect([...eachCell(detail)].some((x) => x.value === "Lồng ghép chào cờ đầu tuần")).toBe(true);
    expect(valueAt(rowOf("Lồng ghép chào cờ đầu tuần")).cached).toBe(1);
    expect([...eachCell(detail)].find((x) => x.value === 45936)).toMatchObject({ style: { numFmt: "dd/mm/yyyy" } });
  });

  test("recommendations and names are plain values, formula-looking ones included", () => {
    const hostile = '=HYPERLINK("http://x","y")';
    for (const s of sheets) {
      // Tổng hợp and Chi tiết quote it alone; the own report quotes it after the unit's name; Nhật ký has no texts.
      const cells = [...eachCell(s)];
      expect(cells.some((x) => x.value === hostile)).toBe(s === sheets[0] || s === sheets[1]);
      if (s === sheets[2]) expect(cells.some((x) => typeof x.value === "string" && x.value.includes(hostile))).toBe(true);
      for (const x of cells) expect(x.formula ?? "").not.toContain("HYPERLINK");
    }
  });
});
