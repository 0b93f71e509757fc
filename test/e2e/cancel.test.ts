/**
 * The pane's long work in the production build, in Chromium: "Hủy" stops a consolidation in
 * every phase (reading and checking the files, reading the workbook's sheets, consolidating,
 * rendering the summary) with nothing downloaded and nothing inserted, and the pane is ready
 * again; then the same inboxes, consolidated to the end, give what the command line gives,
 * and the numbers the files were written with.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Page } from "playwright-core";
import type { ConsolidationJson } from "../../src/core/pipeline";
import type { MeasureValues } from "../../src/core/report";
import { htsd } from "../cli/run-cli";
import { schoolFile, type RowSpec } from "../run/school-files";
import { launchChromium, type Browser } from "./support/chromium";
import { cellValues, sheetNames, typeIntoSheet } from "./support/fake";
import { chooseFiles, downloadOf, downloadsOf, openPane, panel, tab, throttleCpu } from "./support/pane";
import { shownCard } from "./support/read-page";
import { cellOf, NOW, STATS, typedCells, valuesFor } from "./support/schools";
import { serveDirectory, type StaticServer } from "./support/static-server";
import { cellsOf, expectedCard, sheetsOf } from "./support/workbooks";

let browser: Browser;
let server: StaticServer;
const work = mkdtempSync(join(tmpdir(), "htsd-e2e-cancel-"));
const inbox = join(work, "200");
let paths: string[];

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveDirectory(process.env.HTSD_E2E_DIST!)]);
  expect((await htsd(["generate", "--count", "200", "--out", inbox], NOW)).code).toBe(0);
  paths = readdirSync(inbox).filter((f) => f.endsWith(".xlsx")).sort().map((f) => join(inbox, f));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The progress panel's words for each phase (ConsolidatePanel), as patterns for the page. */
const PHASES = {
  reading: "^Đang đọc (\\d+)/\\d+ tệp$",
  sheets: "^Đang đọc (\\d+)/\\d+ trang tính$",
  consolidating: "^Đang tổng hợp số liệu…$",
  rendering: "^Đang ghi kết quả tổng hợp…$",
} as const;
type PhaseName = keyof typeof PHASES;

/**
 * In the page: clicks "Tổng hợp", then "Hủy" the moment the progress panel shows `pattern`
 * (a person could not be quicker, and a short phase is not missed), and resolves with the
 * milliseconds from that click to the cancelled notice.
 */
function cancelWhen(page: Page, pattern: string, minDone: number): Promise<number> {
  return page.evaluate(
    ({ pattern, minDone }) =>
      new Promise<number>((resolve, reject) => {
        const root = document.querySelector('[role="tabpanel"]:not([hidden])')!;
        const button = (name: string) => Array.from(root.querySelectorAll("button")).find((b) => b.textContent?.trim() === name)!;
        let clicked: number | undefined;
        const observer = new MutationObserver(() => {
          if (clicked === undefined) {
            const hint = Array.from(root.querySelectorAll("*")).find((el) => el.children.length === 0 && new RegExp(pattern).test(el.textContent ?? ""));
            const done = hint ? new RegExp(pattern).exec(hint.textContent!)![1] : undefined;
            if (hint && (done === undefined || Number(done) >= minDone)) {
              clicked = performance.now();
              button("Hủy").click();
            }
          } else if (root.textContent!.includes("Đã hủy tổng hợp; không có gì được ghi.")) {
            observer.disconnect();
            resolve(performance.now() - clicked);
          }
          if (root.querySelector('[role="region"]')) {
            observer.disconnect();
            reject(new Error(`the run ended before “${pattern}” was seen`));
          }
        });
        observer.observe(root, { subtree: true, childList: true, characterData: true });
        button("Tổng hợp").click();
      }),
    { pattern, minDone },
  );
}

/** Cancels in `phase`, then checks the pane is ready again with nothing shown as done. */
async function cancelIn(page: Page, phase: PhaseName, minDone = 0): Promise<number> {
  const ms = await cancelWhen(page, PHASES[phase], minDone);
  await expect(panel(page).getByRole("progressbar").count()).resolves.toBe(0);
  await expect(panel(page).getByRole("region", { name: /^Kết quả: / }).count()).resolves.toBe(0);
  expect(await panel(page).getByRole("button", { name: "Tổng hợp", exact: true }).isEnabled()).toBe(true);
  return ms;
}

/** Long enough for a summary that was not really stopped to arrive. */
const settle = (page: Page) => page.waitForTimeout(1500);

it("stops in every phase without a file, then consolidates the same 200 files as `htsd consolidate` does", async () => {
  const { page, errors } = await openPane(browser.context, server.url);
  const downloads = downloadsOf(page);
  await tab(page, "Tổng hợp").click();
  await chooseFiles(page, paths);
  await panel(page).getByText("Đã chọn 200 tệp.").waitFor();
  // A slower CPU (4x), as on a school's PC, so that every phase lasts long enough to be seen.
  const throttle = await throttleCpu(page, 4);

  const took: Record<string, number> = {};
  took["reading at the start"] = await cancelIn(page, "reading", 1);
  took["reading half-way"] = await cancelIn(page, "reading", 100);
  took.consolidating = await cancelIn(page, "consolidating");
  took.rendering = await cancelIn(page, "rendering");
  await settle(page);
  expect(downloads).toEqual([]);
  // Every Cancel took effect at once: the pane's thread was never busy for long.
  for (const [phase, ms] of Object.entries(took)) expect({ phase, fast: ms < 1000 }).toEqual({ phase, fast: true });

  await throttle(1);
  const out = join(work, "tong-hop-cli.xlsx");
  const cli = await htsd(["consolidate", inbox, "--out", out, "--json"], NOW);
  expect(cli.code).toBe(0);
  const json = JSON.parse(cli.stdout) as ConsolidationJson;
  // The command line's sums are the generator's: the numbers the files were written with.
  const generated = JSON.parse(readFileSync(join(inbox, "expected-totals.json"), "utf8")) as { units: number; rows: Record<string, MeasureValues> };
  expect(Object.fromEntries(Object.keys(generated.rows).map((code) => [code, json.rows[code]]))).toEqual(generated.rows);

  const summary = await downloadOf(page, () => panel(page).getByRole("button", { name: "Tổng hợp", exact: true }).click());
  expect(summary.name).toBe("tong-hop.xlsx");
  const card = panel(page).getByRole("region", { name: /^Kết quả: / });
  await card.waitFor();
  expect(await shownCard(card)).toEqual(expectedCard(json, false));
  const mine = sheetsOf(summary.bytes);
  const theirs = sheetsOf(readFileSync(out));
  expect(cellsOf(mine.get("Tổng hợp")!)).toEqual(cellsOf(theirs.get("Tổng hợp")!));
  expect(cellsOf(mine.get("Chi tiết")!, "number")).toEqual(cellsOf(theirs.get("Chi tiết")!, "number"));
  expect(downloads).toEqual(["tong-hop.xlsx"]);
  expect(errors).toEqual([]);
  await page.close();
});

it("in Excel: stops in every phase with nothing inserted, then inserts the sums of what openpyxl wrote and two typed sheets", async () => {
  // Three schools' forms filled and saved by openpyxl: the expected sums come from these specs.
  const specs: Record<string, RowSpec>[] = [
    { "1.1": { count: 3, people: 90 }, "1.7": { count: 2, people: 64 }, "5.3": { count: 1, people: 120 }, "10.1": { amount: 2_000_000 }, "10.2": { amount: 500_000 }, "7.1": { count: 1 } },
    { "1.1": { count: 1, people: 25 }, "1.9": { count: 4, people: 31 }, "6.1": { count: 2, people: 80 }, "10.1": { amount: 3_000_000 }, "7.2": { count: 1 } },
    { "1.2": { count: 2, people: 40 }, "5.5": { count: 3, people: 150 }, "10.2": { amount: 1_200_000 }, "2": { count: 6 } },
  ];
  const files = specs.map((_, i) => join(work, `openpyxl-${i + 1}.xlsx`));
  for (const [i, rows] of specs.entries()) await schoolFile(files[i]!, { unit: `Trường Tiểu học số ${i + 1}`, date: "2025-10-08", rows });

  const FORM = "Số liệu Tuần lễ";
  const second = `${FORM} (2)`;
  const { page, errors } = await openPane(browser.context, server.url, { excel: { sheets: [{ name: "Trang 1" }], syncMs: 30 } });
  const downloads = downloadsOf(page);
  // Two sheets of the workbook, each a school's inserted form, typed in.
  const typed = [valuesFor(21), valuesFor(22)];
  for (const [i, sheet] of [FORM, second].entries()) {
    await panel(page).getByRole("textbox", { name: "Tên cơ quan, tổ chức báo cáo" }).fill(`Trường Mầm non số ${i + 1}`);
    await panel(page).getByRole("button", { name: "Chèn mẫu" }).click();
    await panel(page).getByText(`Đã chèn trang tính “${sheet}”.`).waitFor();
    await typeIntoSheet(page, sheet, typedCells(typed[i]!, [], "2025-10-09"));
  }
  const before = await sheetNames(page);

  await tab(page, "Tổng hợp").click();
  // The 200 generated files too, so that reading lasts long enough to be cancelled half-way.
  await chooseFiles(page, [...files, ...paths]);
  await panel(page).getByText(`Đã chọn ${files.length + paths.length} tệp.`).waitFor();
  await panel(page).getByRole("checkbox", { name: FORM, exact: true }).check();
  await panel(page).getByRole("checkbox", { name: second, exact: true }).check();
  const throttle = await throttleCpu(page, 4);
  for (const phase of ["reading", "sheets", "consolidating", "rendering"] as const) {
    await cancelIn(page, phase, phase === "reading" ? 50 : 0);
    expect({ phase, sheets: await sheetNames(page) }).toEqual({ phase, sheets: before });
  }
  await settle(page);
  expect(await sheetNames(page)).toEqual(before);
  expect(downloads).toEqual([]);
  await throttle(1);

  // To the end, with only the openpyxl files and the two sheets: their sums, cell for cell.
  await chooseFiles(page, files);
  await panel(page).getByText("Đã chọn 3 tệp.").waitFor();
  await panel(page).getByRole("button", { name: "Tổng hợp", exact: true }).click();
  await panel(page).getByText("Đã chèn các trang tính “Tổng hợp”, “Chi tiết”, “Nhật ký”.").waitFor();
  const leaves = [...new Set(specs.flatMap((s) => Object.keys(s)))];
  const wanted = leaves.flatMap((code) =>
    STATS.rows.find((r) => r.code === code)!.measures.map((m) => {
      const written = specs.reduce((t, s) => t + ((s[code] as Record<string, number> | undefined)?.[m] ?? 0), 0);
      const inSheets = typed.reduce((t, v) => t + (v[code]?.[m] ?? 0), 0);
      return [cellOf(code, m), written + inSheets] as const;
    }),
  );
  expect(await cellValues(page, "Tổng hợp", wanted.map(([a]) => a))).toEqual(wanted.map(([, v]) => v));
  expect(wanted.filter(([, v]) => v > 0).length).toBeGreaterThan(15);
  const card = await shownCard(panel(page).getByRole("region", { name: /^Kết quả: / }));
  expect(card.blocks[0]!.figures[0]).toEqual(["Đã tổng hợp", "5 tệp (5 đơn vị)"]);
  expect(downloads).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});
