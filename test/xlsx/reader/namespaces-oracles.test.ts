/**
 * What other programs show of a value hidden in an ignorable namespace: LibreOffice and
 * openpyxl, two readers written apart from ours, must show what our reader reads (and
 * Excel shows): the real value, never the hidden one. In CI a missing tool fails the test.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { convertWithLibreOffice, toolsPresent } from "../../helpers/libreoffice";
import { buildXlsx, MAIN_NS } from "./build-xlsx";
import { cellsOf, readOk } from "./read-helpers";

const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const FAKE = "urn:example:hidden";

const sheet = (sheetData: string, before = "") =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN_NS}" xmlns:mc="${MC}" xmlns:x="${FAKE}" mc:Ignorable="x">${before}<sheetData>${sheetData}</sheetData></worksheet>`;

/** LibreOffice opens no package without its content types. */
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>';

const CASES: [string, string][] = [
  ["ignorable-second-value", sheet('<row r="1"><c r="A1"><v>4</v><x:v>999</x:v></c></row>')],
  ["ignorable-fake-sheetdata", sheet('<row r="1"><c r="A1"><v>4</v></c></row>', '<x:sheetData><row r="1"><c r="A1"><v>999</v></c></row></x:sheetData>')],
];

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "reader-ns-"));
  for (const [name, xml] of CASES) writeFileSync(join(work, `${name}.xlsx`), buildXlsx({ sheets: [{ name: "S", xml }], extra: [{ name: "[Content_Types].xml", data: CONTENT_TYPES }] }));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

it.each(CASES.map(([name]) => name))("%s: LibreOffice, openpyxl and this reader all show 4", (name) => {
  const path = join(work, `${name}.xlsx`);
  expect(cellsOf(readOk(new Uint8Array(readFileSync(path))).workbook.sheets[0]!)).toEqual({ A1: { kind: "number", value: 4 } });
  if (!toolsPresent(["soffice", "/usr/bin/python3"])) return;
  const csv = readFileSync(convertWithLibreOffice(path, "csv", join(work, name)), "utf8");
  expect(csv.trim()).toBe("4");
  const py = spawnSync("/usr/bin/python3", ["-c", "import sys, openpyxl; print(openpyxl.load_workbook(sys.argv[1]).active['A1'].value)", path], { encoding: "utf8" });
  expect([py.status, py.stdout.trim()]).toEqual([0, "4"]);
}, 120_000);
