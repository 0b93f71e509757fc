/**
 * The pane inserts what the command line writes: for report outlines, the consolidator's
 * own report beside Tổng hợp, Chi tiết and Nhật ký, the same rendering; for the statistics
 * table, the three sheets only. A name already taken is asked about, the report's included.
 */
import { consolidate, summarySheets } from "../../src/core/pipeline";
import { defaultSheetNames, type Consolidation } from "../../src/core/consolidate";
import { renderWorkbook, toBase64 } from "../../src/xlsx/writer";
import { SummaryHub, type SummaryRender } from "../../src/taskpane/services/summary-hub";
import { readWorkbook } from "../../src/xlsx/reader";
import { placeSummary } from "../../src/taskpane/services/place-summary";
import { emptySheet, type RawSheet } from "../../src/core/cells";
import { MemoryPort } from "../fakes/memory-port";
import { decodeBase64Workbook } from "./forms";
import { OPTS, checked, outlineReport, statsReport } from "../core/consolidate/fixtures";

const TODAY = "2025-10-12";
const outlines = consolidate(
  [
    checked(outlineReport("Trường TH Quài Cang", { "1.3.people": 350, "1.5.state": 10_000_000, "1.3.form": "Mít tinh", "3.1": "Tăng tài liệu số" })),
    checked(outlineReport("Trường THCS Quài Cang", { "1.3.people": 420, "1.5.other": 2_000_000, "1.3.form": "Hoạt động ngoại khóa" })),
  ],
  OPTS,
);

/** As the pane does it: the consolidation's side (the hub, here without a worker) says which sheets it makes and renders them. */
async function place(c: Consolidation, port: MemoryPort, answer: "overwrite" | "rename" = "rename", extra: { today?: string; reportDate?: string } = {}) {
  const hub = new SummaryHub(c.files.length);
  c.files.forEach((f, i) => hub.add(i, { file: f.file, report: f.report!, problems: [], excluded: [], fixes: [] }));
  const view = await hub.consolidate(OPTS);
  const rendering = { bytes: (r: SummaryRender) => hub.render(r), base64: async (r: SummaryRender) => toBase64(await hub.render(r)) };
  return placeSummary(rendering, view.sheets, { port, today: TODAY, unit: "UBND xã Quài Cang", place: "Quài Cang", download: () => undefined, askOverwrite: async () => answer, ...extra }, new AbortController().signal);
}

/** A sheet's cells by place, as a reader sees them in a rendered workbook. */
function valuesOf(sheet: RawSheet): Map<number, unknown> {
  return new Map(sheet.cells);
}

describe("the consolidator's own report in Excel", () => {
  it("is inserted after Chi tiết for report outlines, cell for cell what the command line writes", async () => {
    const port = new MemoryPort({ decode: decodeBase64Workbook });
    const placed = await place(outlines, port);
    const d = defaultSheetNames();
    expect(port.inserts[0]!.sheetNames).toEqual([d.summary, d.detail, d.report, d.log]);
    expect(placed).toMatchObject({ kind: "inserted", names: { report: d.report } });
    // What the command line writes: the same descriptions under the default names.
    const cli = readWorkbook(await renderWorkbook(summarySheets(outlines, d, { date: TODAY, unit: "UBND xã Quài Cang", place: "Quài Cang" })));
    if (!cli.ok) throw new Error(cli.problem.code);
    const inserted = decodeBase64Workbook(port.inserts[0]!.base64).find((s) => s.name === d.report)!;
    expect(valuesOf(inserted)).toEqual(valuesOf(cli.workbook.sheets.find((s) => s.name === d.report)!));
    expect([...inserted.cells.values()].some((c) => "value" in c && c.value === 350 + 420)).toBe(true);
  });

  it("takes a free name when Báo cáo is taken and the user keeps the old sheet", async () => {
    const port = new MemoryPort({ sheets: [emptySheet("Báo cáo")], decode: decodeBase64Workbook });
    const placed = await place(outlines, port);
    expect(port.inserts[0]!.sheetNames).toEqual(["Tổng hợp", "Chi tiết", "Báo cáo (2)", "Nhật ký"]);
    expect(placed).toMatchObject({ names: { report: "Báo cáo (2)" } });
  });

  it("is not made for the statistics table", async () => {
    const port = new MemoryPort({ decode: decodeBase64Workbook });
    await place(consolidate([checked(statsReport("Trường A", { "2": { count: 1 } }))], OPTS), port);
    expect(port.inserts[0]!.sheetNames).toEqual(["Tổng hợp", "Chi tiết", "Nhật ký"]);
  });
});

describe("the date line of what the pane inserts", () => {
  const table = consolidate([checked(statsReport("Trường A", { "2": { count: 1 } }))], OPTS);
  const texts = async (extra: { today?: string; reportDate?: string }) => {
    const port = new MemoryPort({ decode: decodeBase64Workbook });
    await place(table, port, "rename", extra);
    const summary = decodeBase64Workbook(port.inserts[0]!.base64).find((s) => s.name === "Tổng hợp")!;
    return [...summary.cells.values()].flatMap((c) => ("value" in c && typeof c.value === "string" ? [c.value] : []));
  };

  it("leaves day and month to fill, in the year of the reports, when no date is given (made in January of the next year)", async () => {
    expect(await texts({ today: "2026-01-05" })).toContain("Quài Cang, ngày … tháng … năm 2025");
  });

  it("writes the date given", async () => {
    expect(await texts({ today: "2026-01-05", reportDate: "2025-10-12" })).toContain("Quài Cang, ngày 12 tháng 10 năm 2025");
  });
});
