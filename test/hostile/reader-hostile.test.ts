/**
 * The reader's side of the hostile inbox: an inbox of good forms beside files that try to stall the
 * reader, grow its memory, or make it sum what Excel does not show. Each hostile file must
 * be answered with its own Vietnamese message (by `htsd check` and in `htsd consolidate`'s
 * rejections), and the rest of the inbox must still be consolidated to the sums the test
 * wrote into it. Time and memory per file are measured by `npm run bench`, not here.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { getForm } from "../../src/core/kinds";
import type { StatsTableForm } from "../../src/core/kinds/stats-table";
import { randomSchoolValues, seeded } from "../../src/core/sample";
import { htsd } from "../cli/run-cli";
import { expectedSums, filledForm, type HostileFile } from "./corpus";
import { writeReaderHostiles } from "./reader-corpus";

interface JsonRun {
  accepted: { file: string; unit: string }[];
  rejected: { file: string; code: string; message: string }[];
  rows: Record<string, Record<string, number>>;
}

interface CheckJson {
  files: { file: string; issues: { code: string; severity: string; message: string; params?: Record<string, unknown> }[] }[];
}

const work = mkdtempSync(join(tmpdir(), "htsd-reader-hostile-"));
const inbox = join(work, "inbox");
let files: HostileFile[];
let run: JsonRun;
let checked: CheckJson;

const base = (p: string) => p.split(/[\\/]/).pop()!;
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

beforeAll(async () => {
  files = await writeReaderHostiles(inbox);
  const form = getForm("stats-table") as StatsTableForm;
  const rng = seeded(1212);
  for (const [name, unit] of [
    ["good-a-na-tau.xlsx", "Trường THCS Nà Tấu"],
    ["good-b-thanh-xuong.xlsx", "Trường Mầm non Thanh Xương"],
  ]) {
    const values = randomSchoolValues(rng, form);
    writeFileSync(join(inbox, name), await filledForm(unit, values));
    files.push({ name, fate: { accepted: true, unit, values }, hostile: false });
  }
  const json = await htsd(["consolidate", inbox, "--out", join(work, "tong-hop.xlsx"), "--json"]);
  expect(json.code).toBe(0);
  run = JSON.parse(json.stdout) as JsonRun;
  checked = JSON.parse((await htsd(["check", inbox, "--json"])).stdout) as CheckJson;
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const issuesOf = (name: string) => checked.files.find((f) => base(f.file) === name)!.issues;
const firstError = (name: string) => issuesOf(name).find((i) => i.severity === "error");

it("answers each hostile file with its own code, first among its errors, in Vietnamese", () => {
  for (const f of files) {
    const error = firstError(f.name);
    if ("refused" in f.fate) {
      expect([f.name, error?.code]).toEqual([f.name, f.fate.refused]);
      expect([f.name, error!.message]).toEqual([f.name, expect.stringMatching(VIETNAMESE)]);
    } else {
      expect([f.name, error]).toEqual([f.name, undefined]);
    }
  }
});

it("names the cell or the part at fault in the message", () => {
  expect(firstError("string-over-32767-chars.xlsx")!.message).toMatch(/^Ô A1 của trang tính “Số liệu Tuần lễ” chứa văn bản dài hơn 32\.767 ký tự/);
  expect(firstError("shared-formula-1mb-20000-cells.xlsx")!.message).toMatch(/^Ô A1 của trang tính “Công thức” có công thức dài hơn 8192 ký tự/);
  expect(firstError("duplicate-entry-same-name.xlsx")!.message).toContain("hai thành phần cùng tên “xl/worksheets/sheet1.xml”");
  expect(firstError("duplicate-entry-differing-case.xlsx")!.message).toContain("“xl/worksheets/sheet1.xml”");
  expect(firstError("foreign-namespace-cell.xlsx")!.message).toContain("(phần xl/worksheets/sheet1.xml)");
  expect(firstError("attributes-180000-on-one-element.xlsx")!.message).toContain("hơn 1000 thuộc tính");
  expect(firstError("date-cell-in-count.xlsx")!.message).toMatch(/chứa ngày tháng \(01\/10\/2025\) thay vì số/);
  expect(firstError("boolean-cell-in-count.xlsx")!.message).toContain('chứa "TRUE", không phải là số');
  expect(firstError("error-cell-in-count.xlsx")!.message).toContain("có lỗi công thức #N/A");
});

it("consolidates the good forms and the files whose hidden values Excel does not show, and only those", () => {
  const expected = files.filter((f) => "accepted" in f.fate).map((f) => f.name).sort();
  expect(run.accepted.map((a) => base(a.file)).sort()).toEqual(expected);
  expect(expected).toEqual(expect.arrayContaining(["ignorable-namespace-second-value.xlsx", "ignorable-namespace-fake-sheetdata.xlsx", "alternate-content-choice-over-fallback.xlsx"]));
  for (const f of files.filter((x) => "refused" in x.fate)) {
    const r = run.rejected.find((x) => base(x.file) === f.name);
    expect([f.name, r?.message]).toEqual([f.name, expect.stringMatching(VIETNAMESE)]);
  }
});

it("sums what Excel shows: never the 999 hidden in another namespace or a fallback", () => {
  const sums = expectedSums(files);
  expect(Object.keys(sums).length).toBeGreaterThan(0);
  for (const [code, v] of Object.entries(sums)) expect([code, run.rows[code]]).toEqual([code, expect.objectContaining(v)]);
});
