/**
 * The other formats in the production build: an .xls and an .ods (LibreOffice's own) chosen in the
 * standalone pane are checked to exactly what `htsd check` says of them, and the code
 * that reads them is fetched only then: opening the pane and checking an .xlsx load none of it.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { htsd } from "../cli/run-cli";
import { FORMATS_DIR, FORMS } from "../fixtures/formats/make-formats";
import { launchChromium, type Browser } from "./support/chromium";
import { chooseFiles, openPane, panel, tab, type Pane } from "./support/pane";
import { expectedResult, shownResults, type CliCheckedFile } from "./support/read-page";
import { NOW } from "./support/schools";
import { serveDirectory, type StaticServer } from "./support/static-server";

let browser: Browser;
let server: StaticServer;
let pane: Pane;
/** Every script the page or its workers asked for. */
const scripts: string[] = [];
/** The build's chunk that holds the .xls/.ods readers (the only one with the .ods element names). */
let readersChunk: string;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveDirectory(process.env.HTSD_E2E_DIST!)]);
  const dist = process.env.HTSD_E2E_DIST!;
  const chunks = readdirSync(dist).filter((f) => f.endsWith(".js") && readFileSync(join(dist, f), "utf8").includes("number-columns-repeated"));
  expect(chunks).toHaveLength(1);
  readersChunk = chunks[0]!;
  browser.context.on("request", (r) => void (r.url().endsWith(".js") && scripts.push(r.url().split("/").pop()!)));
  pane = await openPane(browser.context, server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});


it("checks an .xls and an .ods as `htsd check` does, fetching their readers only then", async () => {
  const { page } = pane;
  const xlsx = join(FORMATS_DIR, "sources", `${FORMS[0]!.name}.xlsx`);
  await tab(page, "Kiểm tra").click();
  await chooseFiles(page, [xlsx]);
  await panel(page).getByRole("region", { name: `Kết quả kiểm tra “${FORMS[0]!.name}.xlsx”` }).waitFor();
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts).not.toContain(readersChunk);

  const paths = [join(FORMATS_DIR, `${FORMS[0]!.name}.xls`), join(FORMATS_DIR, `${FORMS[1]!.name}.ods`)];
  const cli = await htsd(["check", ...paths, "--json"], NOW);
  const expected = (JSON.parse(cli.stdout) as { files: CliCheckedFile[] }).files.map((f) => expectedResult(f));
  await chooseFiles(page, paths);
  await panel(page).getByRole("region", { name: `Kết quả kiểm tra “${FORMS[1]!.name}.ods”` }).waitFor();
  expect(await shownResults(panel(page))).toEqual(expected);
  expect(scripts).toContain(readersChunk);
  expect(pane.errors).toEqual([]);
});
