/**
 * The summary of a consolidation of three forms filled and saved by openpyxl (as schools
 * return them), with the totals the specs add up to: the expected numbers come from what
 * openpyxl was told to write.
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { consolidate, summarySheets } from "../../../src/core/pipeline";
import { defaultSheetNames } from "../../../src/core/consolidate";
import type { SheetDescription } from "../../../src/core/sheet";
import { checkFileBytes } from "../../../src/xlsx/check-file";
import { schoolFile, type SchoolSpec } from "../../run/school-files";

export const SPECS: SchoolSpec[] = [
  { unit: "Trường Tiểu học Quài Cang", date: "2025-10-08", rows: { "1.1": { count: 2, people: 40 }, "2": { count: 3, note: "Có 2 tin trên cổng\nthông tin" }, "10.1": { amount: 1_500_000 } } },
  { unit: "Trường THCS Quài Nưa", date: "2025-10-09", rows: { "1.1": { count: 1, people: 25 }, "5.3": { count: 1, people: 300 }, "9.2": { people: 4, note: "<ghi chú> & \"trích\"" } } },
  { unit: "Trường Mầm non Chiềng Đông", date: "2025-10-07", rows: { "1.7": { count: 5, people: 120 }, "10.2": { amount: 2_000_000 } } },
];

export async function summaryOfSchools(): Promise<SheetDescription[]> {
  const dir = mkdtempSync(join(tmpdir(), "htsd-stream-schools-"));
  try {
    const checked = [];
    for (const [i, spec] of SPECS.entries()) {
      const path = join(dir, `truong-${i}.xlsx`);
      await schoolFile(path, spec);
      checked.push(checkFileBytes(`truong-${i}.xlsx`, new Uint8Array(readFileSync(path)), { today: "2025-11-24" }));
    }
    const c = consolidate(checked, { expected: [SPECS[0]!.unit!, "Trường THCS Chưa Gửi"], deadline: "2025-10-08", onDuplicate: "latest", acceptErrors: false });
    if (c.files.filter((f) => f.status === "accepted").length !== SPECS.length) throw new Error("a school's form was not accepted");
    return summarySheets(c, defaultSheetNames(), { date: "2025-11-24T09:30", unit: "UBND xã Quài Cang", place: "Quài Cang" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
