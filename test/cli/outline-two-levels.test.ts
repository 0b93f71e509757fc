/**
 * Report outlines consolidated twice: school outlines → each commune's own report → the
 * district's, against school outlines → the district directly. The commune's report is a
 * report-outline submission like a school's, so the district sums it as it sums a school's.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { outlineFormAt, reportOutlineSheet } from "../../src/core/kinds/report-outline";
import { checkWorkbook } from "../../src/core/pipeline";
import { readWorkbook } from "../../src/xlsx/reader";
import { renderWorkbook } from "../../src/xlsx/writer";
import { htsd } from "./run-cli";

const form = outlineFormAt();

interface School {
  unit: string;
  people: number;
  state: number;
  other: number;
  ask: string;
}

const communes: Record<string, School[]> = {
  "UBND xã Quài Cang": [
    { unit: "Trường TH Quài Cang", people: 350, state: 10_000_000, other: 2_000_000, ask: "Tăng tài liệu học tập số" },
    { unit: "Trường THCS Quài Cang", people: 420, state: 12_500_000, other: 0, ask: "Tập huấn kỹ năng số cho giáo viên" },
    { unit: "Trường MN Quài Cang", people: 180, state: 3_000_000, other: 1_500_000, ask: "Bổ sung sách thiếu nhi" },
  ],
  "UBND xã Quài Nưa": [
    { unit: "Trường TH Quài Nưa", people: 275, state: 8_000_000, other: 4_000_000, ask: "Hỗ trợ kinh phí tổ chức" },
    { unit: "Trường THCS Quài Nưa", people: 510, state: 15_000_000, other: 2_500_000, ask: "Mở lớp tiếng Anh cho người lớn" },
  ],
};

async function writeSchool(dir: string, s: School, i: number): Promise<void> {
  const sheet = reportOutlineSheet({
    form,
    year: 2025,
    sheetName: "Báo cáo Tuần lễ",
    unit: s.unit,
    values: { "1.3.people": s.people, "1.5.state": s.state, "1.5.other": s.other, "3.1": s.ask, "1.3.time": "2025-10-06", "1.3.place": "Sân trường", "1.3.form": "Mít tinh", "1.3.assessment": "Đạt kế hoạch" },
  });
  writeFileSync(join(dir, `${String(i).padStart(2, "0")}.xlsx`), await renderWorkbook([sheet]));
}

async function outlineJson(args: string[]): Promise<Record<string, any>> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const r = await htsd([...args, "--json", "--form", "report-outline"]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

it("school outlines → commune reports → district equals school outlines → district", async () => {
  const work = mkdtempSync(join(tmpdir(), "htsd-outline-levels-"));
  const all = join(work, "all");
  const up = join(work, "communes");
  mkdirSync(all);
  mkdirSync(up);
  let n = 0;
  for (const [commune, schools] of Object.entries(communes)) {
    const dir = join(work, commune);
    mkdirSync(dir);
    for (const s of schools) {
      await writeSchool(dir, s, n);
      await writeSchool(all, s, n++);
    }
    await outlineJson(["consolidate", dir, "--out", join(up, `${commune}.xlsx`), "--unit", commune, "--parent", "UBND huyện Tuần Giáo"]);
  }

  const flat = await outlineJson(["consolidate", all, "--out", join(work, "flat.xlsx")]);
  const twice = await outlineJson(["consolidate", up, "--out", join(work, "district.xlsx")]);
  const schools = Object.values(communes).flat();
  const sum = (k: "people" | "state" | "other") => schools.reduce((s, x) => s + x[k], 0);

  expect(flat.outline.participants).toBe(sum("people"));
  expect(twice.outline.participants).toBe(sum("people"));
  expect(twice.outline.funding).toEqual({ state: sum("state"), other: sum("other"), total: sum("state") + sum("other") });
  expect(twice.outline.funding).toEqual(flat.outline.funding);
  // Each commune's report counts its schools, as the marker of a summary does.
  for (const [commune, list] of Object.entries(communes)) {
    const read = readWorkbook(readFileSync(join(up, `${commune}.xlsx`)));
    if (!read.ok) throw new Error(read.problem.code);
    expect(checkWorkbook(read.workbook, { file: `${commune}.xlsx`, today: "2025-11-24" }).report).toMatchObject({ form: "report-outline", unit: commune, unitsCovered: list.length });
  }
  // Every school's recommendation reaches the district, under its commune, with the school named.
  const asks = twice.outline.recommendations.find((r: { code: string }) => r.code === "3.1").items as { unit: string; text: string }[];
  expect(asks.map((a) => a.unit).sort()).toEqual(Object.keys(communes).sort());
  for (const [commune, list] of Object.entries(communes)) {
    const text = asks.find((a) => a.unit === commune)!.text;
    for (const s of list) expect(text).toContain(`${s.unit}: ${s.ask}`);
  }
}, 120_000);
