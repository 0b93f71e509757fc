/**
 * dist/htsd.html, the page for offices without Microsoft 365: one file, copied on its own
 * into an empty folder (as saved from an e-mail), opened from file:// with every request
 * that is not a file refused. It must download the form, check files and consolidate 50
 * files to exactly the summary `htsd consolidate` writes.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { pathToFileURL } from "url";
import type { Page } from "playwright-core";
import { checkWorkbook, type ConsolidationJson } from "../../src/core/pipeline";
import type { StatsReport } from "../../src/core/kinds/stats-table";
import { htsd } from "../cli/run-cli";
import { launchChromium, type Browser } from "./support/chromium";
import { chooseFiles, downloadOf, panel, tab } from "./support/pane";
import { expectedResult, shownCard, shownResults, type CliCheckedFile } from "./support/read-page";
import { makeSchoolFiles, NOW, TODAY, type SchoolFile } from "./support/schools";
import { cellsOf, expectedCard, nonEmpty, read, sheetsOf } from "./support/workbooks";

let browser: Browser;
let page: Page;
let files: SchoolFile[];
const errors: string[] = [];
const requests: string[] = [];
const workers: string[] = [];
const work = mkdtempSync(join(tmpdir(), "htsd-e2e-single-"));

beforeAll(async () => {
  // Alone in its folder: nothing beside it to load.
  const attachment = join(work, "tep-dinh-kem", "htsd.html");
  mkdirSync(join(attachment, ".."));
  copyFileSync(join(process.env.HTSD_E2E_DIST!, "htsd.html"), attachment);
  [browser, files] = await Promise.all([launchChromium(), makeSchoolFiles(join(work, "inbox"))]);
  // No network: anything but the file itself (and what the page makes in memory) is refused.
  await browser.context.route("**/*", (route) => (route.request().url().startsWith("file:") ? route.continue() : route.abort()));
  page = await browser.context.newPage();
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => void (m.type() === "error" && errors.push(`console: ${m.text()}`)));
  page.on("request", (r) => void (/^(?:data|blob):/.test(r.url()) || requests.push(r.url())));
  page.on("worker", (w) => workers.push(w.url()));
  page.on("filechooser", () => undefined);
  await page.clock.setFixedTime(NOW);
  await page.goto(pathToFileURL(attachment).href, { waitUntil: "domcontentloaded" });
  await page.getByRole("tab", { name: "Tổng hợp" }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

it("is one file: it loads nothing but itself", () => {
  expect(requests).toEqual([pathToFileURL(join(work, "tep-dinh-kem", "htsd.html")).href]);
  expect(readdirSync(join(work, "tep-dinh-kem"))).toEqual(["htsd.html"]);
});

it("downloads the form, which the project's reader and checks recognise", async () => {
  await tab(page, "Chèn mẫu").click();
  await panel(page).getByRole("textbox", { name: "Tên cơ quan, tổ chức báo cáo" }).fill("Trường THCS Kim Đồng");
  const file = await downloadOf(page, () => panel(page).getByRole("button", { name: "Tải tệp mẫu (.xlsx)" }).click());
  expect(file.name).toBe("bang-so-lieu-2025.xlsx");
  const checked = checkWorkbook(read(file.bytes), { file: file.name, today: TODAY });
  expect(checked).toMatchObject({ form: "stats-table", year: 2025 });
  expect(checked.report?.unit).toBe("Trường THCS Kim Đồng");
});

it("checks 3 files and lists exactly the problems `htsd check` lists", async () => {
  // Numbers typed as text (warnings), a negative count (an error), and a CSV renamed .xlsx (unreadable).
  const three = ["02-hoa-ban-so-dang-chu.xlsx", "05-muong-thin-so-am.xlsx", "06-danh-sach.xlsx"].map((name) => files.find((f) => f.name === name)!);
  const cli = await htsd(["check", ...three.map((f) => f.path), "--json"], NOW);
  const expected = (JSON.parse(cli.stdout) as { files: CliCheckedFile[] }).files.map((f) => expectedResult(f));
  expect(expected).toHaveLength(3);

  await tab(page, "Kiểm tra").click();
  await chooseFiles(page, three.map((f) => f.path));
  await panel(page).getByRole("region", { name: `Kết quả kiểm tra “${three[2].name}”` }).waitFor();
  expect(await shownResults(panel(page))).toEqual(expected);
});

it("consolidates 50 files to the summary `htsd consolidate --json` describes and writes", async () => {
  const dir = join(work, "50");
  expect((await htsd(["generate", "--count", "50", "--seed", "15", "--year", "2025", "--out", dir], NOW)).code).toBe(0);
  const paths = readdirSync(dir).filter((f) => f.endsWith(".xlsx")).sort().map((f) => join(dir, f));
  expect(paths).toHaveLength(50);
  const out = join(work, "tong-hop-cli.xlsx");
  const cli = await htsd(["consolidate", dir, "--out", out, "--json"], NOW);
  expect(cli.code).toBe(0);
  const json = JSON.parse(cli.stdout) as ConsolidationJson;
  expect(json.accepted).toHaveLength(50);

  await tab(page, "Tổng hợp").click();
  await chooseFiles(page, paths);
  await panel(page).getByText("Đã chọn 50 tệp.").waitFor();
  const summary = await downloadOf(page, () => panel(page).getByRole("button", { name: "Tổng hợp", exact: true }).click());
  expect(summary.name).toBe("tong-hop.xlsx");
  const card = panel(page).getByRole("region", { name: /^Kết quả: / });
  await card.waitFor();
  // Every file was used: no list of files left out.
  expect(await card.locator("summary").count()).toBe(0);
  expect(await shownCard(card)).toEqual(expectedCard(json, false));

  // Cell for cell the command line's summary, where no file path shows.
  const mine = sheetsOf(summary.bytes);
  const theirs = sheetsOf(readFileSync(out));
  expect([...mine.keys()]).toEqual(["Tổng hợp", "Chi tiết", "Nhật ký"]);
  expect(cellsOf(mine.get("Tổng hợp")!)).toEqual(cellsOf(theirs.get("Tổng hợp")!));
  expect(cellsOf(mine.get("Chi tiết")!, "number")).toEqual(cellsOf(theirs.get("Chi tiết")!, "number"));
  const report = checkWorkbook(read(summary.bytes), { file: summary.name, today: TODAY }).report as StatsReport;
  expect(report.unitsCovered).toBe(50);
  expect(nonEmpty(report.values)).toEqual(nonEmpty(json.rows));
  // And both hold what the generator typed (written down beside the files).
  const typed = JSON.parse(readFileSync(join(dir, "expected-totals.json"), "utf8")) as { rows: StatsReport["values"] };
  for (const [code, measures] of Object.entries(typed.rows)) expect(report.values[code]).toMatchObject(measures);
  expect(statSync(out).size).toBeGreaterThan(0);
});

it("checked in its own worker, started from the page itself, and logged no error", () => {
  expect(workers.length).toBeGreaterThan(0);
  expect(workers.every((url) => url.startsWith("blob:"))).toBe(true);
  expect(errors).toEqual([]);
  expect(requests).toHaveLength(1);
});
