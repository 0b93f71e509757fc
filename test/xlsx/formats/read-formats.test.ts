/**
 * The .xls and .ods files as LibreOffice writes them (`soffice --convert-to`), of
 * filled forms and of tables typed by hand (written by openpyxl), read to the numbers that
 * were written into them and to the same report as the .xlsx they came from. The committed
 * fixtures are always checked; with LibreOffice present, the same sources are converted
 * afresh too, so a newer LibreOffice is tried on every run. In CI a missing LibreOffice
 * fails the test (CI installs it).
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { cellKey, type RawCell, type RawWorkbook } from "../../../src/core/cells";
import type { CheckedFile } from "../../../src/core/check";
import type { StatsReport } from "../../../src/core/kinds/stats-table";
import { checkFileBytes } from "../../../src/xlsx/check-file";
import { OTHER_READERS } from "../../../src/xlsx/other-readers";
import { readAnyWorkbook, sniffFormat } from "../../../src/xlsx/read-any";
import { ALL_TYPES, FORMATS_DIR, FORMS, HAND_TYPED, makeFormats, type Values } from "../../fixtures/formats/make-formats";
import { filledForm } from "../../hostile/corpus";
import { toolsPresent } from "../../helpers/libreoffice";

const TODAY = "2025-11-24";
const EXTS = ["xls", "ods"] as const;
const bytesOf = (path: string): Uint8Array => new Uint8Array(readFileSync(path));
const check = (name: string, bytes: Uint8Array): CheckedFile => checkFileBytes(name, bytes, { today: TODAY, readers: OTHER_READERS });

/** The report without the file it came from: what must be equal between twins. */
function comparable(c: CheckedFile) {
  const r = c.report as StatsReport;
  return { unit: r.unit, year: r.year, date: r.date, values: r.values, cells: r.cells, notes: r.notes, problems: c.problems.map((p) => [p.code, p.where.cell, p.where.rowCode]) };
}

function expectWritten(report: StatsReport, written: Values): void {
  for (const [code, v] of Object.entries(written)) expect([code, report.values[code]]).toEqual([code, v]);
}

let fresh: string | undefined;
beforeAll(async () => {
  const update = process.env.UPDATE_FIXTURES === "libreoffice";
  if (!update && !toolsPresent(["soffice"])) return;
  if (update) return makeFormats(FORMATS_DIR);
  fresh = mkdtempSync(join(tmpdir(), "formats-lo-"));
  await makeFormats(fresh);
}, 600_000);
afterAll(() => fresh && rmSync(fresh, { recursive: true, force: true }));

/** The committed fixtures, and the fresh conversions when there are any. */
const dirs = (): string[] => (fresh ? [FORMATS_DIR, fresh] : [FORMATS_DIR]);

describe.each(EXTS)("LibreOffice's .%s", (ext) => {
  it("of a filled form reads to the numbers written into it, as its .xlsx twin does", async () => {
    for (const dir of dirs()) {
      for (const f of FORMS) {
        const bytes = bytesOf(join(dir, `${f.name}.${ext}`));
        expect(sniffFormat(bytes)).toBe(ext);
        const checked = check(`${f.name}.${ext}`, bytes);
        expect(checked.format).toBe(ext);
        expect(checked.problems.filter((p) => p.severity === "error")).toEqual([]);
        const report = checked.report as StatsReport;
        expect(report.unit).toBe(f.unit);
        expectWritten(report, f.values);
        const twin = check(`${f.name}.xlsx`, await filledForm(f.unit, f.values));
        expect(twin.format).toBe("xlsx");
        expect(comparable(checked)).toEqual(comparable(twin));
      }
    }
  });

  it("of a table typed by hand reads to the numbers typed, as its .xlsx twin does", () => {
    for (const dir of dirs()) {
      const checked = check(`${HAND_TYPED.name}.${ext}`, bytesOf(join(dir, `${HAND_TYPED.name}.${ext}`)));
      const report = checked.report as StatsReport;
      expect(report.year).toBe(HAND_TYPED.year);
      expectWritten(report, HAND_TYPED.values);
      const twin = check(`${HAND_TYPED.name}.xlsx`, bytesOf(join(FORMATS_DIR, "sources", `${HAND_TYPED.name}.xlsx`)));
      expect(comparable(checked)).toEqual(comparable(twin));
    }
  });

  it("of a workbook of every cell kind reads each cell as openpyxl wrote it", () => {
    for (const dir of dirs()) {
      const read = readAnyWorkbook(bytesOf(join(dir, `${ALL_TYPES}.${ext}`)), {}, OTHER_READERS);
      if (!read.ok) throw new Error(JSON.stringify(read.problem));
      expect(read.format).toBe(ext);
      expectAllTypes(read.workbook, ext);
    }
  });
});

function expectAllTypes(wb: RawWorkbook, ext: "xls" | "ods"): void {
  expect(wb.sheets.map((s) => [s.name, s.state === "visible"])).toEqual([
    ["Kiểu ô", true],
    ["Ẩn", false],
    ["Rất ẩn", false],
  ]);
  const sheet = wb.sheets[0]!;
  const at = (a1: string): RawCell | undefined => {
    const m = /^([A-Z])(\d+)$/.exec(a1)!;
    return sheet.cells.get(cellKey(Number(m[2]), m[1]!.charCodeAt(0) - 64));
  };
  const value = (a1: string) => {
    const c = at(a1);
    return c && "value" in c ? c.value : c;
  };
  expect(value("A1")).toBe("Chữ có dấu: Trường THCS Quài Cang");
  expect(value("A2")).toBe(42);
  expect(value("A3")).toBe(-1.25);
  expect(value("A4")).toBe(1234567.891);
  // LibreOffice has no boolean cells: it imports TRUE as the formula =TRUE(), which its
  // .xls keeps as a boolean result and its .ods as the number 1 shown as TRUE.
  if (ext === "xls") {
    expect(at("A5")).toMatchObject({ kind: "boolean", value: true });
    expect(at("A6")).toMatchObject({ kind: "boolean", value: false });
  } else {
    expect(at("A5")).toMatchObject({ kind: "number", value: 1, formula: "TRUE()" });
    expect(at("A6")).toMatchObject({ kind: "number", value: 0, formula: "FALSE()" });
  }
  // 8 October 2025 is serial 45938 in Excel's 1900 date system; shown as a date.
  expect(at("A7")).toMatchObject({ kind: "number", value: 45938 });
  expect((at("A7") as { numFmt?: string }).numFmt).toMatch(/y/);
  expect(at("A8")).toMatchObject({ kind: "number", value: 84, formula: "A2*2" });
  expect(at("A9")).toMatchObject({ kind: "string", value: "abcd", formula: '"ab"&"cd"' });
  expect(at("A10")).toMatchObject({ kind: "error", value: "#DIV/0!", formula: "1/0" });
  expect(value("A11")).toBe("dòng một\ndòng hai");
  expect(at("A12")).toMatchObject(ext === "xls" ? { kind: "boolean", value: true, formula: "A2>1" } : { kind: "number", value: 1, formula: "A2>1" });
  expect(value("A13")).toBe(1e15);
  expect(value("A14")).toBe(0.1);
  expect(value("A15")).toBe('IF(COUNT(A2:A3)=0,"",SUM(A2:A3))');
  expect(at("A16")).toMatchObject({ kind: "number", value: 40.75, formula: 'IF(COUNT(A2:A3)=0,"",SUM(A2:A3))' });
  expect(value("B1")).toBe("bên phải");
  for (let i = 0; i < 800; i++) expect(value(`C${i + 1}`)).toBe(`chuỗi số ${i} của bảng chuỗi dùng chung, đủ dài để tràn nhiều bản ghi`);
  expect(wb.sheets[1]!.cells.get(cellKey(1, 1))).toEqual({ kind: "string", value: "trang ẩn" });
  expect(wb.sheets[2]!.cells.get(cellKey(1, 1))).toMatchObject({ kind: "number", value: 7 });
}
