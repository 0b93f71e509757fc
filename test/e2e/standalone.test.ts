/**
 * The production build in headless Chromium, without Excel (office.js blocked, as in a
 * browser tab): download the form, check received files, consolidate them, and find in
 * the page and in the downloaded files exactly what the command line says of the same files.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { checkWorkbook, type ConsolidationJson } from "../../src/core/pipeline";
import type { MeasureValues } from "../../src/core/report";
import type { StatsReport } from "../../src/core/kinds/stats-table";
import { formatNumberVi } from "../../src/core/messages";
import { htsd } from "../cli/run-cli";
import { launchChromium, type Browser } from "./support/chromium";
import { chooseFiles, downloadOf, downloadsOf, openPane, panel, screenshot, tab, throttleCpu, type Pane } from "./support/pane";
import { expectedResult, shownCard, shownResults, type CliCheckedFile } from "./support/read-page";
import { makeSchoolFiles, NOW, STATS, TODAY, type SchoolFile } from "./support/schools";
import { serveDirectory, type StaticServer } from "./support/static-server";
import { cellsOf, expectedCard, nonEmpty, read, sheetsOf } from "./support/workbooks";

let browser: Browser;
let server: StaticServer;
let pane: Pane;
let files: SchoolFile[];
const work = mkdtempSync(join(tmpdir(), "htsd-e2e-standalone-"));

beforeAll(async () => {
  [browser, server, files] = await Promise.all([launchChromium(), serveDirectory(process.env.HTSD_E2E_DIST!), makeSchoolFiles(join(work, "inbox"))]);
  pane = await openPane(browser.context, server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

it("starts on its own within 2 s when office.js cannot be loaded", async () => {
  expect(pane.startMs).toBeLessThan(2000);
  await pane.page.getByText("Đang dùng ngoài Excel").waitFor();
});

it("starts on its own after the 2 s wait when office.js never arrives", async () => {
  const { page, startMs, errors } = await openPane(browser.context, server.url, { officeJs: "hangs" });
  await page.getByText("Đang dùng ngoài Excel").waitFor();
  // 2 s of waiting for Office, plus loading the page from localhost.
  expect(startMs).toBeGreaterThanOrEqual(2000);
  expect(startMs).toBeLessThan(4000);
  expect(errors).toEqual([]);
  await page.close();
});

it("downloads the form: a stats table the project's reader and checks recognise, with the unit typed", async () => {
  const { page } = pane;
  await panel(page).getByRole("textbox", { name: "Tên cơ quan, tổ chức báo cáo" }).fill("Trường THCS Kim Đồng");
  await screenshot(page, "doc-lap-tai-mau.png");
  const file = await downloadOf(page, () => panel(page).getByRole("button", { name: "Tải tệp mẫu (.xlsx)" }).click());
  expect(file.name).toBe("bang-so-lieu-2025.xlsx");
  await panel(page).getByText("Đã tải tệp bang-so-lieu-2025.xlsx.").waitFor();

  const workbook = read(file.bytes);
  expect(workbook.sheets.map((s) => s.name)).toEqual(["Số liệu Tuần lễ"]);
  const checked = checkWorkbook(workbook, { file: file.name, today: TODAY });
  expect(checked).toMatchObject({ form: "stats-table", year: 2025 });
  expect(checked.report?.unit).toBe("Trường THCS Kim Đồng");
});

it("checks the chosen files and lists exactly the problems `htsd check` lists", async () => {
  const { page } = pane;
  const cli = await htsd(["check", ...files.map((f) => f.path), "--json"], NOW);
  const expected = (JSON.parse(cli.stdout) as { files: CliCheckedFile[] }).files.map((f) => expectedResult(f));

  await tab(page, "Kiểm tra").click();
  await chooseFiles(page, files.map((f) => f.path));
  await panel(page).getByRole("region", { name: `Kết quả kiểm tra “${files.at(-1)!.name}”` }).waitFor();
  const shown = await shownResults(panel(page));
  expect(shown).toEqual(expected);
  // The files hold every kind of problem the comparison is meant to cover.
  expect(shown.flatMap((r) => r.groups.map((g) => g.heading.replace(/ \(\d+\)/, "")))).toEqual(expect.arrayContaining(["Lỗi", "Cảnh báo"]));
  await screenshot(page, "doc-lap-kiem-tra.png");
});

it("consolidates the same files to the figures and totals `htsd consolidate` gives, in the card and in the downloaded workbook", async () => {
  const { page } = pane;
  const expectedUnits = ["Trường THCS Kim Đồng", "Trường Mầm non Hoa Ban", "Trường Tiểu học Quài Cang", "Trường THCS Mường Thín", "Trường THCS Chiềng Sinh"];
  const list = join(work, "don-vi.txt");
  writeFileSync(list, expectedUnits.join("\n") + "\n");
  const out = join(work, "tong-hop-cli.xlsx");
  const cli = await htsd(["consolidate", ...files.map((f) => f.path), "--out", out, "--expected", list, "--deadline", "2025-10-09", "--json"], NOW);
  expect(cli.code).toBe(0);
  const json = JSON.parse(cli.stdout) as ConsolidationJson;

  await tab(page, "Tổng hợp").click();
  await chooseFiles(page, files.map((f) => f.path));
  await panel(page).getByRole("textbox", { name: /Danh sách đơn vị phải báo cáo/ }).fill(expectedUnits.join("\n"));
  await panel(page).getByLabel("Hạn nộp").fill("2025-10-09");
  const summary = await downloadOf(page, () => panel(page).getByRole("button", { name: "Tổng hợp", exact: true }).click());
  expect(summary.name).toBe("tong-hop.xlsx");
  const card = panel(page).getByRole("region", { name: /^Kết quả: / });
  await card.waitFor();
  await card.locator("summary").click();
  expect(await shownCard(card)).toEqual(expectedCard(json, true));
  await screenshot(page, "tong-hop-ket-qua.png");

  // The downloaded summary is the command line's, cell for cell where no file path shows.
  const mine = sheetsOf(summary.bytes);
  const theirs = sheetsOf(readFileSync(out));
  expect([...mine.keys()]).toEqual(["Tổng hợp", "Chi tiết", "Nhật ký"]);
  expect(cellsOf(mine.get("Tổng hợp")!)).toEqual(cellsOf(theirs.get("Tổng hợp")!));
  expect(cellsOf(mine.get("Tổng hợp")!, "number").length).toBeGreaterThan(40);
  expect(cellsOf(mine.get("Chi tiết")!, "number")).toEqual(cellsOf(theirs.get("Chi tiết")!, "number"));
  // Read back as a form, it holds every row total the command line computed.
  const again = checkWorkbook(read(summary.bytes), { file: summary.name, today: TODAY });
  expect(again.form).toBe("stats-table");
  const report = again.report as StatsReport;
  expect(report.unitsCovered).toBe(json.accepted.length);
  expect(nonEmpty(report.values)).toEqual(nonEmpty(json.rows));
});

it("shows the progress of a long consolidation file by file, cancels it cleanly, then totals all 200 files", async () => {
  const dir = join(work, "200");
  expect((await htsd(["generate", "--count", "200", "--out", dir], NOW)).code).toBe(0);
  const generated = JSON.parse(readFileSync(join(dir, "expected-totals.json"), "utf8")) as { units: number; rows: Record<string, MeasureValues> };
  const paths = readdirSync(dir).filter((f) => f.endsWith(".xlsx")).sort().map((f) => join(dir, f));
  expect(paths).toHaveLength(200);

  // Two cores, as on a school's PC: two check workers, so the run takes as long on a big CI machine.
  const { page, errors } = await openPane(browser.context, server.url, { cores: 2 });
  const downloads = downloadsOf(page);
  await tab(page, "Tổng hợp").click();
  await chooseFiles(page, paths);
  await panel(page).getByText("Đã chọn 200 tệp.").waitFor();
  // A slower pane (4x CPU) so that its drawing lags as on an old PC. Chromium slows pages
  // only, not their workers: the reading takes well under a second, so the Cancel and the
  // picture below are made from within the page, at the change that shows the reading.
  const throttle = await throttleCpu(page, 4);
  const run = panel(page).getByRole("button", { name: "Tổng hợp", exact: true });

  // Cancelled mid-way (clicked as the first files are counted): nothing is downloaded.
  const cancelled = page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const observer = new MutationObserver(() => {
          const reading = Array.from(document.querySelectorAll("[role=tabpanel] *")).find((e) => e.childElementCount === 0 && /^Đang đọc \d+\/200 tệp$/.test(e.textContent ?? ""));
          const cancel = Array.from(document.querySelectorAll<HTMLButtonElement>("[role=tabpanel] button")).find((b) => b.textContent?.trim() === "Hủy");
          if (!reading || !cancel) return;
          observer.disconnect();
          cancel.click();
          resolve(reading.textContent!);
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
  );
  await run.click();
  expect(await cancelled).toMatch(/^Đang đọc \d+\/200 tệp$/);
  await panel(page).getByText("Đã hủy tổng hợp; không có gì được ghi.").waitFor();

  await run.click();
  // The picture a little way in, with the bar visibly filling (1 to 139 of 200 files read).
  // Looked for at every frame, and from the first files on: the workers are not slowed with
  // the page (Chromium throttles pages only), so the reading takes well under a second and
  // could pass a narrower range between two of locator.waitFor's polls, or end before the picture.
  const value = await page
    .waitForFunction(
      () => {
        const shown = Array.from(document.querySelectorAll("[role=tabpanel] *")).some((e) => e.childElementCount === 0 && /^Đang đọc (?:[1-9]\d?|1[0-3]\d)\/200 tệp$/.test(e.textContent ?? ""));
        return shown && Number(document.querySelector("[role=tabpanel] [role=progressbar]")?.getAttribute("aria-valuenow"));
      },
      undefined,
      { polling: "raf", timeout: 60_000 },
    )
    .then((v) => v.jsonValue() as Promise<number>);
  await screenshot(page, "tong-hop-tien-trinh.png");
  expect(value).toBeGreaterThan(0);
  expect(value).toBeLessThan(1);
  const summary = await page.waitForEvent("download", { timeout: 120_000 });
  await throttle(1);
  expect(downloads).toEqual(["tong-hop.xlsx"]);

  const card = await shownCard(panel(page).getByRole("region", { name: /^Kết quả: / }));
  const rows = generated.rows;
  // The generator lists the answers typed (leaf rows); a total row of the form (1.0) is the sum of its parts.
  const valueOf = (code: string, m: "people" | "amount"): number => {
    const total = STATS.rows.find((r) => r.code === code)?.totalOf;
    return total ? total.codes.reduce((t, c) => t + valueOf(c, m), 0) : (rows[code]?.[m] ?? 0);
  };
  const sum = (codes: readonly string[], m: "people" | "amount") => codes.reduce((t, c) => t + valueOf(c, m), 0);
  const trainees = sum(STATS.participation.trainees, "people");
  const activities = sum(STATS.participation.activities, "people");
  const state = sum([STATS.funding.state], "amount");
  const other = sum([STATS.funding.other], "amount");
  expect(card.blocks.map((b) => b.figures)).toEqual([
    expect.arrayContaining([["Đã tổng hợp", "200 tệp (200 đơn vị)"], ["Bị loại", "0 tệp"]]),
    [["Học viên các lớp", formatNumberVi(trainees)], ["Các cuộc thi, hoạt động", formatNumberVi(activities)], ["Tổng", formatNumberVi(trainees + activities)]],
    [["Ngân sách nhà nước", formatNumberVi(state)], ["Nguồn hợp pháp khác", formatNumberVi(other)], ["Tổng", formatNumberVi(state + other)]],
  ]);
  const report = checkWorkbook(read(new Uint8Array(readFileSync(await summary.path()))), { file: "tong-hop.xlsx", today: TODAY }).report as StatsReport;
  expect(report.unitsCovered).toBe(generated.units);
  expect(Object.fromEntries(Object.keys(rows).map((code) => [code, report.values[code]]))).toEqual(rows);
  expect(errors).toEqual([]);
});

it("logged no error in the page", () => {
  expect(pane.errors).toEqual([]);
});
