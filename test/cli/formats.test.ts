/**
 * The other formats at the command line: `htsd check` and `htsd consolidate` take .xls and .ods
 * (LibreOffice's own, from test/fixtures/formats) beside .xlsx, say which format each file
 * was, and sum their numbers as written into them. A .xlsx-named file holding an .xls is
 * read by its content.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { getForm } from "../../src/core/kinds";
import type { StatsTableForm } from "../../src/core/kinds/stats-table";
import { randomSchoolValues, seeded } from "../../src/core/sample";
import { FORMATS_DIR, FORMS } from "../fixtures/formats/make-formats";
import { filledForm } from "../hostile/corpus";
import { htsd } from "./run-cli";

const form = getForm("stats-table") as StatsTableForm;
const dir = mkdtempSync(join(tmpdir(), "htsd-cli-formats-"));
const xlsxValues = randomSchoolValues(seeded(77), form);
const [first, second] = FORMS;

beforeAll(async () => {
  copyFileSync(join(FORMATS_DIR, `${first!.name}.xls`), join(dir, "a.xls"));
  copyFileSync(join(FORMATS_DIR, `${second!.name}.ods`), join(dir, "b.ods"));
  writeFileSync(join(dir, "c.xlsx"), await filledForm("Trường THCS Nà Tấu", xlsxValues));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface CheckJson {
  files: { file: string; format: string | null; unit: string | null; errors: number }[];
}

it("checks .xls and .ods files and names their format", async () => {
  const r = await htsd(["check", join(dir, "a.xls"), join(dir, "b.ods"), join(dir, "c.xlsx"), "--json"]);
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout) as CheckJson;
  expect(json.files.map((f) => [f.format, f.unit, f.errors])).toEqual([
    ["xls", first!.unit, 0],
    ["ods", second!.unit, 0],
    ["xlsx", "Trường THCS Nà Tấu", 0],
  ]);
  const text = await htsd(["check", join(dir, "a.xls")]);
  expect(text.stdout).toContain("Định dạng: .xls (Excel 97–2003)");
});

it("reads an .xls renamed .xlsx by what it holds", async () => {
  const renamed = join(dir, "renamed", "d.xlsx");
  const sub = join(dir, "renamed");
  rmSync(sub, { recursive: true, force: true });
  mkdirSync(sub);
  copyFileSync(join(FORMATS_DIR, `${first!.name}.xls`), renamed);
  const json = JSON.parse((await htsd(["check", renamed, "--json"])).stdout) as CheckJson;
  expect(json.files.map((f) => [f.format, f.unit])).toEqual([["xls", first!.unit]]);
  rmSync(sub, { recursive: true, force: true });
});

it("consolidates a folder of .xls, .ods and .xlsx to the numbers written into them, the log naming each format", async () => {
  const out = join(dir, "tong-hop.xlsx");
  const r = await htsd(["consolidate", dir, "--out", out, "--json"]);
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout) as { accepted: { file: string; format?: string; unit: string; warnings: { code: string; message: string }[] }[]; rows: Record<string, Record<string, number>> };
  expect(json.accepted.map((a) => [a.file.split(/[\\/]/).pop(), a.format])).toEqual([
    ["a.xls", "xls"],
    ["b.ods", "ods"],
    ["c.xlsx", "xlsx"],
  ]);
  expect(json.accepted[0]!.warnings).toContainEqual(expect.objectContaining({ code: "consolidate.format", message: "Tệp được đọc ở định dạng .xls (Excel 97–2003)." }));
  expect(json.accepted[1]!.warnings).toContainEqual(expect.objectContaining({ code: "consolidate.format", message: "Tệp được đọc ở định dạng .ods (LibreOffice, OpenOffice)." }));
  expect(json.accepted[2]!.warnings.map((w) => w.code)).not.toContain("consolidate.format");
  const sums: Record<string, Record<string, number>> = {};
  for (const values of [first!.values, second!.values, xlsxValues]) {
    for (const [code, v] of Object.entries(values)) for (const [m, n] of Object.entries(v)) (sums[code] ??= {})[m] = (sums[code]![m] ?? 0) + n;
  }
  for (const [code, v] of Object.entries(sums)) expect([code, json.rows[code]]).toEqual([code, expect.objectContaining(v)]);
});
