/** @jest-environment jsdom */
import "./polyfills";
import { screen, waitFor, within } from "@testing-library/react";
import { emptySheet, type RawSheet } from "../../src/core/cells";
import { checkWorkbook, consolidate } from "../../src/core/pipeline";
import type { ConsolidateOptions } from "../../src/core/consolidate";
import { formatNumberVi } from "../../src/core/messages";
import { checkFileBytes } from "../../src/xlsx/check-file";
import { inlineChecker } from "../../src/taskpane/services/inline-checker";
import { inlineConsolidator } from "../../src/taskpane/services/inline-consolidator";
import { MemoryPort } from "../fakes/memory-port";
import { decodeBase64Workbook, schoolValues, statsFile, statsSheet, TODAY } from "./forms";
import { renderApp, visiblePanel } from "./render-app";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function schoolFiles(units: readonly string[]): Promise<{ name: string; bytes: Uint8Array }[]> {
  return Promise.all(units.map(async (unit, i) => ({ name: `${unit}.xlsx`, bytes: await statsFile(unit, schoolValues(i + 1)) })));
}

const asFiles = (files: { name: string; bytes: Uint8Array }[]) => files.map((f) => new File([f.bytes as BlobPart], f.name, { type: XLSX }));

/** A workbook already holding a consolidation's sheets, plus one school's form on a sheet. */
function workbookWithSummary(): MemoryPort {
  const school = statsSheet("Trường Tiểu học Quài Cang", "Trường Tiểu học Quài Cang");
  const sheets: RawSheet[] = [emptySheet("Tổng hợp"), emptySheet("Chi tiết"), emptySheet("Nhật ký"), school.sheet];
  return new MemoryPort({ sheets, active: "Tổng hợp", definedNames: school.definedNames, decode: decodeBase64Workbook });
}

async function startConsolidation(port: MemoryPort | undefined, files: File[], sheets: string[] = []) {
  const app = renderApp({ port, tab: "consolidate" });
  const panel = visiblePanel();
  await app.user.upload(within(panel).getByLabelText("Tệp báo cáo đã nhận (.xlsx, .xls, .ods)", { selector: "input" }), files);
  for (const name of sheets) await app.user.click(await within(panel).findByRole("checkbox", { name }));
  await app.user.click(within(panel).getByRole("button", { name: "Tổng hợp" }));
  return app;
}

/** Every formula of a sheet. */
const formulas = (s: RawSheet) => [...s.cells.values()].flatMap((c) => (c.formula !== undefined ? [c.formula] : []));

describe("Tổng hợp in Excel", () => {
  it("asks before overwriting “Tổng hợp”; “Tạo tên mới” inserts “Tổng hợp (2)”… whose formulas read “Chi tiết (2)”", async () => {
    const port = workbookWithSummary();
    const files = await schoolFiles(["Trường THCS Kim Đồng", "Trường Mầm non Hoa Ban"]);
    const { user } = await startConsolidation(port, asFiles(files), ["Trường Tiểu học Quài Cang"]);

    const dialog = await screen.findByRole("alertdialog", { name: "Đã có trang tính cùng tên", hidden: true });
    expect(dialog).toHaveTextContent("Sổ làm việc đã có trang tính “Tổng hợp”, “Chi tiết”, “Nhật ký”.");
    expect(port.inserts).toEqual([]);
    await user.click(dialogButton(dialog, "Tạo tên mới"));

    await screen.findByText("Đã chèn các trang tính “Tổng hợp (2)”, “Chi tiết (2)”, “Nhật ký (2)”.");
    expect(port.inserts.map((r) => [r.sheetNames, r.replace])).toEqual([[["Tổng hợp (2)", "Chi tiết (2)", "Nhật ký (2)"], undefined]]);
    expect(port.names).toEqual(["Tổng hợp", "Tổng hợp (2)", "Chi tiết (2)", "Nhật ký (2)", "Chi tiết", "Nhật ký", "Trường Tiểu học Quài Cang"]);
    const summary = formulas(port.sheet("Tổng hợp (2)")!);
    expect(summary.filter((f) => f.includes("'Chi tiết (2)'!")).length).toBeGreaterThan(20);
    expect(summary.filter((f) => /'Chi tiết'!|[^']Chi tiết!/.test(f))).toEqual([]);
    // The old sheets are untouched.
    expect(port.sheet("Tổng hợp")!.cells.size).toBe(0);
  });

  it("“Ghi đè” replaces the existing sheets, by their names, and only then", async () => {
    const port = workbookWithSummary();
    const { user } = await startConsolidation(port, asFiles(await schoolFiles(["Trường THCS Kim Đồng"])));
    const dialog = await screen.findByRole("alertdialog", { hidden: true });
    await user.click(dialogButton(dialog, "Ghi đè"));
    await screen.findByText("Đã ghi đè các trang tính “Tổng hợp”, “Chi tiết”, “Nhật ký”.");
    expect(port.inserts.map((r) => [r.sheetNames, r.replace])).toEqual([[["Tổng hợp", "Chi tiết", "Nhật ký"], ["Tổng hợp", "Chi tiết", "Nhật ký"]]]);
    expect(port.sheet("Tổng hợp")!.cells.size).toBeGreaterThan(0);
    expect(formulas(port.sheet("Tổng hợp")!).some((f) => f.includes("'Chi tiết'!"))).toBe(true);
  });

  it("writes nothing when the user declines both", async () => {
    const port = workbookWithSummary();
    const { user } = await startConsolidation(port, asFiles(await schoolFiles(["Trường THCS Kim Đồng"])));
    await user.click(dialogButton(await screen.findByRole("alertdialog", { hidden: true }), "Hủy, không ghi"));
    await screen.findByText("Không ghi kết quả vào sổ làm việc.");
    expect(port.inserts).toEqual([]);
    // The consolidation itself is still shown.
    expect(screen.getByRole("region", { name: /^Kết quả: / })).toBeVisible();
  });

  it("shows the same numbers as the core's consolidation, the Vietnamese way", async () => {
    const port = workbookWithSummary();
    port.sheets.splice(0, 3); // no clash: straight in
    port.active = port.names[0]!;
    const files = await schoolFiles(["Trường THCS Kim Đồng", "Trường Mầm non Hoa Ban", "Trường THPT Tuần Giáo"]);
    const { user } = await startConsolidation(port, asFiles(files), ["Trường Tiểu học Quài Cang"]);
    await screen.findByText("Đã chèn các trang tính “Tổng hợp”, “Chi tiết”, “Nhật ký”.");
    void user;

    const sheetChecked = checkWorkbook(await port.readSheets(["Trường Tiểu học Quài Cang"]), { file: "Trường Tiểu học Quài Cang", today: TODAY });
    const options: ConsolidateOptions = { onDuplicate: "latest", acceptErrors: false };
    const expected = consolidate([...files.map((f) => checkFileBytes(f.name, f.bytes, { today: TODAY })), sheetChecked], options);
    const { participation, funding } = expected.totals;
    expect([participation.trainees, participation.activities, participation.total, funding.state, funding.other, funding.total].every((n) => typeof n === "number" && n > 0)).toBe(true);

    const card = screen.getByRole("region", { name: "Kết quả: Biểu tổng hợp số liệu kết quả tổ chức Tuần lễ, năm 2025" });
    expect(figures(card, "Đơn vị và tệp")).toEqual({ "Đã tổng hợp": "4 tệp (4 đơn vị)", "Bị loại": "0 tệp", "Trùng đơn vị, không dùng": "0 tệp", "Chưa có báo cáo dùng được": "0 đơn vị" });
    expect(figures(card, "Lượt người tham gia")).toEqual({
      "Học viên các lớp": formatNumberVi(participation.trainees!),
      "Các cuộc thi, hoạt động": formatNumberVi(participation.activities!),
      Tổng: formatNumberVi(participation.total!),
    });
    expect(figures(card, "Kinh phí (đồng)")).toEqual({ "Ngân sách nhà nước": formatNumberVi(funding.state!), "Nguồn hợp pháp khác": formatNumberVi(funding.other!), Tổng: formatNumberVi(funding.total!) });
    expect(funding.total).toBeGreaterThan(10_000_000); // so the grouping dots are really exercised
  });

  it("passes the expected units, the deadline and the options to the consolidation", async () => {
    const port = new MemoryPort({ decode: decodeBase64Workbook });
    const files = await schoolFiles(["Trường THCS Kim Đồng", "Trường Mầm non Hoa Ban"]);
    const app = renderApp({ port, tab: "consolidate" });
    const panel = visiblePanel();
    await app.user.upload(within(panel).getByLabelText("Tệp báo cáo đã nhận (.xlsx, .xls, .ods)", { selector: "input" }), asFiles([...files, { ...files[0]!, name: "Kim Đồng lần 2.xlsx" }]));
    await app.user.type(within(panel).getByRole("textbox", { name: /Danh sách đơn vị phải báo cáo/ }), "Trường THCS Kim Đồng{Enter}Trường Mầm non Hoa Ban{Enter}Trường Tiểu học Nà Sáy");
    expect(within(panel).getByText("3 đơn vị trong danh sách.")).toBeVisible();
    // The reports are dated 8 October.
    const deadline = within(panel).getByLabelText("Hạn nộp");
    await app.user.type(deadline, "2025-10-05");
    expect(deadline).toHaveValue("2025-10-05");
    await app.user.click(within(panel).getByRole("radio", { name: "Không dùng báo cáo nào của đơn vị đó" }));
    await app.user.click(within(panel).getByRole("button", { name: "Tổng hợp" }));

    const card = await screen.findByRole("region", { name: /^Kết quả: / });
    // Refusing a unit's duplicates rejects both files (only "latest" drops one as a duplicate).
    expect(figures(card, "Đơn vị và tệp")).toEqual({
      "Đã tổng hợp": "1 tệp (1 đơn vị)",
      "Bị loại": "2 tệp",
      "Trùng đơn vị, không dùng": "0 tệp",
      "Chưa có báo cáo dùng được": "2 đơn vị",
      "Nộp muộn": "1 đơn vị",
    });
    expect(within(card).getByText("Chưa có báo cáo dùng được (chưa gửi, hoặc mọi tệp đều bị loại): Trường THCS Kim Đồng; Trường Tiểu học Nà Sáy")).toBeVisible();
    const notUsed = within(card).getByText("Tệp không được tổng hợp (2)").closest("details")!;
    expect(within(notUsed).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Trường THCS Kim Đồng\.xlsx: Đơn vị “Trường THCS Kim Đồng” gửi nhiều báo cáo/),
      expect.stringMatching(/^Kim Đồng lần 2\.xlsx: Đơn vị “Trường THCS Kim Đồng” gửi nhiều báo cáo/),
    ]);
  });

  it("downloads tong-hop.xlsx where Excel cannot insert sheets", async () => {
    const port = new MemoryPort({ canInsert: false });
    const { downloads } = await startConsolidation(port, asFiles(await schoolFiles(["Trường THCS Kim Đồng"])));
    await screen.findByText(/cần ExcelApi 1\.13\), nên kết quả được tải về thành tệp tong-hop\.xlsx\./);
    expect(port.inserts).toEqual([]);
    expect(downloads.map((d) => d.fileName)).toEqual(["tong-hop.xlsx"]);
  });

  it("moves the progress bar per file, and Cancel stops a long run with nothing written", async () => {
    const port = new MemoryPort({ decode: decodeBase64Workbook });
    const [one] = await schoolFiles(["Trường THCS Kim Đồng"]);
    const files = Array.from({ length: 200 }, (_, i) => new File([one!.bytes as BlobPart], `truong-${i + 1}.xlsx`, { type: XLSX }));
    const { user, downloads } = await startConsolidation(port, files);

    const bar = await screen.findByRole("progressbar");
    await screen.findByText(/^Đang đọc \d+\/200 tệp$/);
    const seen: number[] = [];
    await waitFor(() => {
      seen.push(Number(bar.getAttribute("aria-valuenow")));
      expect(seen[seen.length - 1]).toBeGreaterThanOrEqual(0.02);
    });
    const before = Number(/Đang đọc (\d+)\//.exec(screen.getByText(/^Đang đọc \d+\/200/).textContent!)![1]);
    expect(before).toBeGreaterThanOrEqual(4);

    await user.click(screen.getByRole("button", { name: "Hủy" }));
    await screen.findByText("Đã hủy tổng hợp; không có gì được ghi.");
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.queryByRole("region", { name: /^Kết quả: / })).toBeNull();
    expect(port.inserts).toEqual([]);
    expect(downloads).toEqual([]);
    // Nothing kept working behind the notice.
    const reads = port.reads.length;
    await new Promise((r) => setTimeout(r, 50));
    expect(port.reads.length).toBe(reads);
  });

  it("asks for something to consolidate", async () => {
    const port = new MemoryPort();
    const { user } = renderApp({ port, tab: "consolidate" });
    await user.click(within(visiblePanel()).getByRole("button", { name: "Tổng hợp" }));
    expect(await screen.findByText("Hãy chọn ít nhất một tệp hoặc một trang tính để tổng hợp.")).toBeVisible();
    expect(port.inserts).toEqual([]);
  });
});

describe("Tổng hợp without Excel", () => {
  it("downloads the summary workbook tong-hop.xlsx", async () => {
    const files = await schoolFiles(["Trường THCS Kim Đồng", "Trường Mầm non Hoa Ban"]);
    const { downloads } = await startConsolidation(undefined, asFiles(files));
    await screen.findByText("Đã tải tệp tong-hop.xlsx.");
    expect(downloads.map((d) => d.fileName)).toEqual(["tong-hop.xlsx"]);
    expect(decodeBase64Workbook(Buffer.from(downloads[0]!.bytes).toString("base64")).map((s) => s.name)).toEqual(["Tổng hợp", "Chi tiết", "Nhật ký"]);
    expect(screen.queryByRole("checkbox", { name: /Trường/ })).toBeNull();
  });
});

/**
 * A button of the open dialog. `hidden: true` because in jsdom (no layout, so nothing is
 * "visible" to tabster) the first modal of a document can keep an aria-hidden that a
 * browser clears once focus settles (microsoft/fluentui#33897); the e2e tests cover the
 * real accessibility tree.
 */
function dialogButton(dialog: HTMLElement, name: string): HTMLElement {
  return within(dialog).getByRole("button", { name, hidden: true });
}

/** A section of the result card as { term: value }. */
function figures(card: HTMLElement, title: string): Record<string, string> {
  const section = within(card).getByRole("region", { name: title });
  const terms = within(section).getAllByRole("term").map((e) => e.textContent!);
  const values = within(section).getAllByRole("definition").map((e) => e.textContent!);
  return Object.fromEntries(terms.map((t, i) => [t, values[i]!]));
}

describe("Tổng hợp: names as offices write them, aliases and the year", () => {
  beforeEach(() => localStorage.clear());

  it("suggests an abbreviated name without merging it; the confirmed alias is kept for the next run; the year field decides", async () => {
    const files = asFiles(await schoolFiles(["TH Ta Ma", "Trường THCS Kim Đồng"]));
    const list = "DANH SÁCH ĐƠN VỊ\nSTT\tTên đơn vị\tGhi chú\n1\tTrường Tiểu học Ta Ma\t\n2\tTRƯỜNG THCS KIM ĐỒNG\tđiểm chính";
    const first = renderApp({ port: undefined, tab: "consolidate" });
    let panel = visiblePanel();
    await first.user.upload(within(panel).getByLabelText("Tệp báo cáo đã nhận (.xlsx, .xls, .ods)", { selector: "input" }), files);
    await first.user.click(within(panel).getByRole("textbox", { name: /Danh sách đơn vị phải báo cáo/ }));
    await first.user.paste(list);
    expect(within(panel).getByText("2 đơn vị trong danh sách.")).toBeVisible();
    await first.user.click(within(panel).getByRole("button", { name: "Tổng hợp" }));
    let card = await screen.findByRole("region", { name: /^Kết quả: / }, { timeout: 15_000 });
    expect(within(card).getByText(/^Có thể cùng một đơn vị \(chưa gộp\): “TH Ta Ma” và “Trường Tiểu học Ta Ma”/)).toBeVisible();
    expect(within(card).getByText("Chưa có báo cáo dùng được (chưa gửi, hoặc mọi tệp đều bị loại): Trường Tiểu học Ta Ma")).toBeVisible();
    await first.user.click(within(panel).getByRole("textbox", { name: /Tên gọi khác đã xác nhận/ }));
    await first.user.paste("TH Ta Ma => Trường Tiểu học Ta Ma");
    first.unmount();

    // The next run (a new pane) finds the alias again; only the list and the year are typed.
    const next = renderApp({ port: undefined, tab: "consolidate" });
    panel = visiblePanel();
    expect(within(panel).getByRole("textbox", { name: /Tên gọi khác đã xác nhận/ })).toHaveValue("TH Ta Ma => Trường Tiểu học Ta Ma");
    await next.user.upload(within(panel).getByLabelText("Tệp báo cáo đã nhận (.xlsx, .xls, .ods)", { selector: "input" }), files);
    await next.user.click(within(panel).getByRole("textbox", { name: /Danh sách đơn vị phải báo cáo/ }));
    await next.user.paste(list);
    await next.user.type(within(panel).getByRole("textbox", { name: "Năm tổng hợp" }), "2025");
    await next.user.click(within(panel).getByRole("button", { name: "Tổng hợp" }));
    card = await screen.findByRole("region", { name: /^Kết quả: / }, { timeout: 15_000 });
    expect(within(card).queryByText(/^Có thể cùng một đơn vị/)).toBeNull();
    expect(figures(card, "Đơn vị và tệp")).toMatchObject({ "Chưa có báo cáo dùng được": "0 đơn vị" });
    expect(within(card).getByText("Tổng hợp báo cáo năm 2025 (năm được chọn khi tổng hợp).")).toBeVisible();
  });
});

describe("Tổng hợp: workers ready before the click", () => {
  it("starts the consolidator's workers when the tab opens, and again for the files chosen", async () => {
    const prepared: (number | undefined)[] = [];
    const inline = inlineConsolidator(inlineChecker());
    const app = renderApp({ port: undefined, tab: "insert", consolidator: { ...inline, prepare: (files) => prepared.push(files) } });
    expect(prepared).toEqual([]);
    await app.user.click(screen.getByRole("tab", { name: "Tổng hợp" }));
    expect(prepared).toEqual([undefined]);
    const files = asFiles(await schoolFiles(["Trường THCS Kim Đồng"]));
    await app.user.upload(within(visiblePanel()).getByLabelText("Tệp báo cáo đã nhận (.xlsx, .xls, .ods)", { selector: "input" }), files);
    expect(prepared).toEqual([undefined, 1]);
  });
});
