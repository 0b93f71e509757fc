/**
 * The report outline through the real writer, reader and checks: the layout the CLI
 * writes is the layout the checks read, field by field.
 */
import { formSheet, checkWorkbook, consolidate } from "../../src/core/pipeline";
import { STATS_HEADER } from "../../src/core/kinds/stats-table";
import { isoToSerial } from "../../src/core/sample";
import { isOutlineConsolidation, type OutlineReport } from "../../src/core/kinds/report-outline";
import type { SheetDescription } from "../../src/core/sheet";
import { renderWorkbook } from "../../src/xlsx/writer";
import { readWorkbook } from "../../src/xlsx/reader";

const CODE_COL = 7;
const VALUE_COL = 3;

/** Types answers into the layout's own input cells, found by the hidden code column. */
function fill(sheet: SheetDescription, answers: Record<string, string | number>, date?: string): SheetDescription {
  const rowOfCode = new Map(sheet.cells.filter((c) => c.col === CODE_COL && typeof c.value === "string").map((c) => [c.value as string, c.row]));
  // The header fields sit where the printed form puts them, as on the statistics table.
  rowOfCode.set("org.parent", STATS_HEADER.parent.row).set("org.name", STATS_HEADER.unit.row);
  const cells = sheet.cells.map((c) => {
    if (date && c.row === 5 && c.col === 4) return { ...c, value: isoToSerial(date) };
    for (const [code, value] of Object.entries(answers)) {
      const row = rowOfCode.get(code);
      const col = code.startsWith("org.") ? 1 : VALUE_COL;
      if (row === c.row && col === c.col) return { ...c, value };
    }
    return c;
  });
  return { ...sheet, cells };
}

async function roundTrip(answers: Record<string, string | number>, file: string, date = "2025-10-08") {
  const bytes = await renderWorkbook([fill(formSheet("report-outline", { year: 2025 }), answers, date)]);
  const read = readWorkbook(bytes);
  if (!read.ok) throw new Error(read.problem.code);
  return checkWorkbook(read.workbook, { file, today: "2025-11-24" });
}

describe("report-outline, written and read back", () => {
  it("reads every field of a filled outline, clean", async () => {
    const checked = await roundTrip(
      {
        "org.parent": "UBND xã Trùng Khánh",
        "org.name": "Trường PTDTNT THCS Trùng Khánh",
        "1.1": "Kế hoạch số 45/KH-THCS ngày 25/9/2025",
        "1.3.time": isoToSerial("2025-10-06"),
        "1.3.place": "Sân trường",
        "1.3.form": "Lồng ghép chào cờ đầu tuần",
        "1.3.people": 420,
        "1.3.assessment": "Đạt kế hoạch",
        "1.5.state": 2_500_000,
        "1.5.other": 1_000_000,
        "3.3": "Đề nghị Sở cấp thêm tài liệu",
      },
      "trung-khanh.xlsx",
    );
    expect(checked.problems.filter((p) => p.severity === "error")).toEqual([]);
    const report = checked.report as OutlineReport;
    expect(report.form).toBe("report-outline");
    expect(report.unit).toBe("Trường PTDTNT THCS Trùng Khánh");
    expect(report.parent).toBe("UBND xã Trùng Khánh");
    expect(report.date).toBe("2025-10-08");
    expect(report.fields).toMatchObject({
      "1.3.time": "2025-10-06",
      "1.3.place": "Sân trường",
      "1.3.form": "Lồng ghép chào cờ đầu tuần",
      "1.3.people": 420,
      "1.3.assessment": "Đạt kế hoạch",
      "1.5.state": 2_500_000,
      "1.5.other": 1_000_000,
      "3.3": "Đề nghị Sở cấp thêm tài liệu",
    });
  });

  it("warns of a ceremony outside the Week and refuses a text in a money field", async () => {
    const checked = await roundTrip({ "org.name": "Trường TH A", "1.3.time": isoToSerial("2025-11-20"), "1.5.state": "hai triệu" }, "a.xlsx");
    const codes = checked.problems.map((p) => [p.code, p.severity, p.where.cell]);
    expect(codes).toEqual(expect.arrayContaining([expect.arrayContaining(["warning"]), expect.arrayContaining(["error"])]));
    expect(checked.problems.find((p) => p.severity === "error")?.where.rowCode).toBe("1.5.state");
    expect(checked.problems.some((p) => p.severity === "warning" && p.where.rowCode === "1.3.time")).toBe(true);
  });

  it("consolidates outlines: sums, counts per choice, ceremonies and recommendations", async () => {
    const a = await roundTrip({ "org.name": "Trường A", "1.3.people": 100, "1.3.form": "Mít tinh", "1.5.state": 1_000_000, "3.1": "Kiến nghị A" }, "a.xlsx");
    const b = await roundTrip({ "org.name": "Trường B", "1.3.people": 50, "1.3.form": "Mít tinh", "1.5.other": 500_000, "1.3.place": "Nhà văn hóa" }, "b.xlsx");
    const c = consolidate([a, b], { onDuplicate: "latest", acceptErrors: false });
    if (!isOutlineConsolidation(c)) throw new Error("expected an outline consolidation");
    expect(c.outline.participants).toBe(150);
    expect(c.outline.funding).toEqual({ state: 1_000_000, other: 500_000, total: 1_500_000 });
    expect(c.outline.ceremonyForms.choices.find((x) => x.choice === "Mít tinh")?.units).toBe(2);
    expect(c.outline.recommendations.find((r) => r.code === "3.1")?.items).toEqual([{ unit: "Trường A", file: "a.xlsx", text: "Kiến nghị A" }]);
    expect(c.outline.ceremonies.map((x) => x.place)).toEqual([undefined, "Nhà văn hóa"]);
  });
});
