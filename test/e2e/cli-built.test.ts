/**
 * The built command line (dist/cli), as a consolidator runs it: files read and checked in its
 * worker threads, each report's content print made there and packed with it, the summary
 * deflated on its own thread. The unit tests run the same code from the sources in one
 * thread; here the threads are real. The schools' files are filled and saved by openpyxl,
 * what is expected comes from the numbers handed to it, and the summary is read back by
 * openpyxl, never by our reader.
 */
import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { PYTHON, schoolFile, type RowSpec } from "../run/school-files";

const A: Record<string, RowSpec> = { "1.1": { count: 3, people: 90 }, "1.7": { count: 2, people: 64 }, "5.3": { count: 1, people: 120 }, "10.1": { amount: 2_000_000 }, "10.2": { amount: 500_000 }, "7.1": { count: 1 } };
const B: Record<string, RowSpec> = { "1.1": { count: 1, people: 25 }, "1.9": { count: 4, people: 31 }, "6.1": { count: 2, people: 80 }, "10.1": { amount: 3_000_000 }, "7.2": { count: 1 } };

/** Every sheet's rows as openpyxl gives their values. */
const READ = String.raw`
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}, default=str))
`;

type Rows = (string | number | null)[][];

it("the same report sent under two names is counted once by the built command line, and its summary opens in openpyxl", async () => {
  const work = mkdtempSync(join(tmpdir(), "htsd-built-"));
  const inbox = join(work, "inbox");
  mkdirSync(inbox);
  // Sent twice without the unit's name: identical values are proof then.
  await schoolFile(join(inbox, "bao-cao.xlsx"), { date: "2025-10-08", rows: A });
  await schoolFile(join(inbox, "bao-cao (1).xlsx"), { date: "2025-10-08", rows: A });
  await schoolFile(join(inbox, "truong-b.xlsx"), { unit: "Trường Tiểu học B", rows: B });
  const out = join(work, "tong-hop.xlsx");
  const cli = join(process.env.HTSD_E2E_DIST!, "cli", "htsd.js");
  const json = JSON.parse(execFileSync(process.execPath, [cli, "consolidate", inbox, "--out", out, "--json"], { encoding: "utf8" })) as {
    accepted: unknown[];
    rejected: { code: string; message: string }[];
    rows: Record<string, Record<string, number>>;
  };

  expect(json.accepted).toHaveLength(2);
  expect(json.rejected.map((r) => r.code)).toEqual(["consolidate.sameContent.dropped"]);
  // Each number once from the report sent twice, once from the other school.
  for (const [code, measure] of [["1.1", "count"], ["1.1", "people"], ["1.7", "people"], ["1.9", "count"], ["10.1", "amount"], ["10.2", "amount"]] as const) {
    expect(json.rows[code]?.[measure]).toBe((A[code]?.[measure] ?? 0) + (B[code]?.[measure] ?? 0));
  }

  const sheets = JSON.parse(execFileSync(PYTHON, ["-c", READ, out], { encoding: "utf8" })) as Record<string, Rows>;
  expect(Object.keys(sheets)).toEqual(["Tổng hợp", "Chi tiết", "Nhật ký"]);
  // In Chi tiết's band of row 1.1, after its two header rows: one line per unit counted, two, not three.
  const detail = sheets["Chi tiết"]!;
  const head = detail.findIndex((r) => r.some((v) => typeof v === "string" && v.startsWith("1.1. ")));
  expect(head).toBeGreaterThan(0);
  const col = detail[head]!.findIndex((v) => typeof v === "string" && v.startsWith("1.1. "));
  const band = detail.slice(head + 2, head + 4);
  expect(detail[head + 4]?.[0]).not.toBe(3);
  expect(band.map((r) => r[0])).toEqual([1, 2]);
  expect(band.find((r) => r[1] === "Trường Tiểu học B")?.[col + 1]).toBe(B["1.1"]!.people);
  expect(band.find((r) => r[1] !== "Trường Tiểu học B")?.[col + 1]).toBe(A["1.1"]!.people);
  // Every number either school wrote, in its unit's line of its row's band: the count (or
  // the amount) under the row's first column, the people under the second.
  const lineOf = (head: number, isB: boolean) => detail.slice(head + 2, head + 4).find((r) => (r[1] === "Trường Tiểu học B") === isB)!;
  for (const [spec, isB] of [[A, false], [B, true]] as const) {
    for (const [code, v] of Object.entries(spec)) {
      const at = detail.findIndex((r) => r.some((x) => typeof x === "string" && x.startsWith(`${code}. `)));
      const first = detail[at]!.findIndex((x) => typeof x === "string" && x.startsWith(`${code}. `));
      const line = lineOf(at, isB);
      const seen = { count: line[first], people: line[first + 1], amount: line[first] };
      for (const measure of ["count", "people", "amount"] as const) if (v[measure] !== undefined) expect([code, measure, seen[measure]]).toEqual([code, measure, v[measure]]);
    }
  }
}, 120_000);
