/**
 * The pane's summary as the production build makes it in Chromium: its XML made by the
 * consolidation worker, its parts deflated and zipped by the last check worker left (the
 * browser's own zlib). Python's zipfile checks every part against its CRC, and openpyxl reads
 * the numbers `htsd consolidate` writes for the same files, never through our reader.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { htsd } from "../cli/run-cli";
import { PYTHON } from "../run/school-files";
import { launchChromium, type Browser } from "./support/chromium";
import { chooseFiles, downloadOf, openPane, panel, tab } from "./support/pane";
import { NOW } from "./support/schools";
import { serveDirectory, type StaticServer } from "./support/static-server";

/** Whether every part matches its CRC, and every sheet's numbers, row by row, as openpyxl reads them. */
const READ = String.raw`
import json, sys, zipfile, openpyxl
bad = zipfile.ZipFile(sys.argv[1]).testzip()
wb = openpyxl.load_workbook(sys.argv[1])
numbers = {ws.title: [[v for v in r if isinstance(v, (int, float)) and not isinstance(v, bool)] for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}
print(json.dumps({"bad": bad, "numbers": numbers}))
`;

let browser: Browser;
let server: StaticServer;
const work = mkdtempSync(join(tmpdir(), "htsd-e2e-deflated-"));
const inbox = join(work, "inbox");

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveDirectory(process.env.HTSD_E2E_DIST!)]);
  expect((await htsd(["generate", "--count", "300", "--out", inbox], NOW)).code).toBe(0);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

function read(path: string): { bad: string | null; numbers: Record<string, number[][]> } {
  return JSON.parse(execFileSync(PYTHON, ["-c", READ, path], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })) as { bad: string | null; numbers: Record<string, number[][]> };
}

it("writes a summary, deflated by another worker, that opens whole in openpyxl with the command line's numbers", async () => {
  const { page, errors } = await openPane(browser.context, server.url, { cores: 2 });
  await tab(page, "Tổng hợp").click();
  await chooseFiles(page, readdirSync(inbox).filter((f) => f.endsWith(".xlsx")).sort().map((f) => join(inbox, f)));
  const summary = await downloadOf(page, () => panel(page).getByRole("button", { name: "Tổng hợp", exact: true }).click());
  await panel(page).getByRole("region", { name: /^Kết quả: / }).waitFor();
  const mine = join(work, "tong-hop-pane.xlsx");
  writeFileSync(mine, summary.bytes);
  const theirs = join(work, "tong-hop-cli.xlsx");
  expect((await htsd(["consolidate", inbox, "--out", theirs], NOW)).code).toBe(0);

  const pane = read(mine);
  const cli = read(theirs);
  expect(pane.bad).toBeNull();
  expect(Object.keys(pane.numbers)).toEqual(["Tổng hợp", "Chi tiết", "Nhật ký"]);
  expect(pane.numbers["Tổng hợp"]).toEqual(cli.numbers["Tổng hợp"]);
  expect(pane.numbers["Chi tiết"]).toEqual(cli.numbers["Chi tiết"]);
  expect(errors).toEqual([]);
  await page.close();
});
