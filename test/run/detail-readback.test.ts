/**
 * Chi tiết and Nhật ký as openpyxl reads them from the summary the command line wrote: every
 * unit's number in its own line under its row code's column, in whichever band holds the
 * code, and every file named in the log. The schools' files are filled and saved by
 * openpyxl; what is expected comes from the numbers handed to it, never from our reader.
 * Chi tiết's numbers are read ahead in runs of bands and Nhật ký's lines made as they are
 * written: this is what a consolidator opening the file sees of both.
 */
import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { htsd } from "../cli/run-cli";
import { PYTHON, schoolFile, type RowSpec } from "./school-files";

const SCHOOLS: { file: string; unit: string; rows: Record<string, RowSpec> }[] = [
  { file: "01-quai-cang.xlsx", unit: "Trường THCS Quài Cang", rows: { "1.1": { count: 2, people: 45 }, "5.3": { count: 1, people: 250 }, "10.1": { amount: 3_500_000 } } },
  { file: "02-chieng-sinh.xlsx", unit: "Trường TH Chiềng Sinh", rows: { "1.1": { count: 7, people: 61 }, "10.1": { amount: 1_250_000 } } },
  { file: "03-muong-thin.xlsx", unit: "Trường Mầm non Mường Thín", rows: { "5.3": { count: 4, people: 19 } } },
];

/** Every sheet's rows as openpyxl gives their values. */
const READ = String.raw`
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}, default=str))
`;

type Rows = (string | number | null)[][];

describe("Chi tiết and Nhật ký read back by openpyxl", () => {
  const work = mkdtempSync(join(tmpdir(), "htsd-detail-"));
  const inbox = join(work, "inbox");
  let sheets: Record<string, Rows>;

  beforeAll(async () => {
    mkdirSync(inbox);
    for (const s of SCHOOLS) await schoolFile(join(inbox, s.file), { unit: s.unit, rows: s.rows });
    const out = join(work, "tong-hop.xlsx");
    const r = await htsd(["consolidate", inbox, "--out", out]);
    expect(r.code).toBe(0);
    sheets = JSON.parse(execFileSync(PYTHON, ["-c", READ, out], { encoding: "utf8" })) as Record<string, Rows>;
  }, 120_000);

  /** The unit's number under `code` in Chi tiết: the band whose header names the code, the line naming the unit. */
  function detailNumber(unit: string, code: string, offset: number): unknown {
    const rows = sheets["Chi tiết"]!;
    const head = rows.findIndex((r) => r.some((v) => typeof v === "string" && v.startsWith(`${code}. `)));
    expect(head).toBeGreaterThanOrEqual(0);
    const col = rows[head]!.findIndex((v) => typeof v === "string" && v.startsWith(`${code}. `)) + offset;
    // The band's unit lines follow its two header rows, each naming its unit in column B.
    const line = rows.slice(head + 2).find((r) => r[1] === unit);
    expect(line).toBeDefined();
    return line![col];
  }

  test("every unit's numbers stand in its line under its code, blank where it gave none", () => {
    for (const s of SCHOOLS) {
      for (const code of ["1.1", "5.3"]) {
        expect(detailNumber(s.unit, code, 0)).toBe(s.rows[code]?.count ?? null);
        expect(detailNumber(s.unit, code, 1)).toBe(s.rows[code]?.people ?? null);
      }
      expect(detailNumber(s.unit, "10.1", 0)).toBe(s.rows["10.1"]?.amount ?? null);
    }
  });

  test("Nhật ký names every file the consolidation read", () => {
    const logged = new Set(sheets["Nhật ký"]!.flatMap((r) => r.filter((v): v is string => typeof v === "string")));
    for (const s of SCHOOLS) expect([...logged].some((v) => v.endsWith(s.file))).toBe(true);
  });
});
