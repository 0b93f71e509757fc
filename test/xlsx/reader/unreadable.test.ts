/**
 * Every fixture file, read for real: refused with its own code and a Vietnamese message
 * that says what to do, or read without being led astray.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { catalogue } from "../../../src/core/messages";
import { describe as describeProblem } from "../../../src/core/problems";
import { readMessages } from "../../../src/core/messages/read";
import { readWorkbook } from "../../../src/xlsx/reader";
import { READABLE_DIR, tooManyEntries, UNREADABLE_DIR } from "../../fixtures/unreadable/make-fixtures";
import { READABLE_EXPECTED, UNREADABLE_EXPECTED, type Expectation } from "./fixture-expectations";
import { cellsOf, expectSameValues, readOk, sheetNamed } from "./read-helpers";

/** Letters only Vietnamese among the languages in play uses. */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

function fixtureBytes(dir: string, name: string): Uint8Array {
  return name === "too-many-entries.xlsx" ? tooManyEntries() : new Uint8Array(readFileSync(join(dir, name)));
}

const onDisk = (dir: string): string[] => readdirSync(dir).filter((n) => /\.(xlsx|xls)$/.test(n));

it("has an expectation for every fixture file, and a file for every expectation", () => {
  expect(onDisk(UNREADABLE_DIR).sort()).toEqual(Object.keys(UNREADABLE_EXPECTED).filter((n) => n !== "too-many-entries.xlsx").sort());
  expect(onDisk(READABLE_DIR).sort()).toEqual(Object.keys(READABLE_EXPECTED).sort());
});

const cases: [string, string, Expectation][] = [
  ...Object.entries(UNREADABLE_EXPECTED).map(([name, e]): [string, string, Expectation] => [name, UNREADABLE_DIR, e]),
  ...Object.entries(READABLE_EXPECTED).map(([name, e]): [string, string, Expectation] => [name, READABLE_DIR, e]),
];

it.each(cases)("%s", (name, dir, expectation) => {
  const result = readWorkbook(fixtureBytes(dir, name));
  if ("refused" in expectation) {
    if (result.ok) throw new Error(`${name} was read, expected ${expectation.refused}`);
    expect(result.problem.code).toBe(expectation.refused);
    expect(result.problem.severity).toBe("error");
    expect(result.problem.where).toEqual({});
    const text = describeProblem(result.problem);
    expect(text).toMatch(VIETNAMESE);
    // Every placeholder of the message is filled by the problem's params.
    expect(text).not.toMatch(/\{\w+\}/);
  } else {
    if (!result.ok) throw new Error(`${name} was refused with ${result.problem.code}`);
    expect(result.workbook.sheets.map((s) => s.name)).toEqual(expectation.sheets);
    expect(result.warnings.map((w) => w.code)).toEqual(expectation.warnings ?? []);
    for (const w of result.warnings) expect(describeProblem(w)).not.toMatch(/\{\w+\}/);
  }
});

describe("what the readable fixtures hold", () => {
  const read = (dir: string, name: string) => readOk(fixtureBytes(dir, name)).workbook;

  it("reads the form beside hostile ranges and declarations", () => {
    for (const name of ["merge-whole-sheet.xlsx", "validation-whole-sheet.xlsx", "defined-name-whole-sheet.xlsx", "two-million-rows-declared.xlsx"]) {
      const sheet = read(UNREADABLE_DIR, name).sheets[0]!;
      expect([name, cellsOf(sheet)]).toEqual([name, { A1: { kind: "string", value: "Biểu mẫu" }, A2: { kind: "string", value: "Số lớp" }, B2: { kind: "number", value: 12 } }]);
      expect([sheet.maxRow, sheet.maxCol]).toEqual([2, 2]);
    }
    expect(read(UNREADABLE_DIR, "defined-name-whole-sheet.xlsx").definedNames).toEqual([
      { name: "all", value: "'Biểu mẫu'!$A$1:$XFD$1048576" },
      { name: "_xlnm.Print_Area", value: "'Biểu mẫu'!$A:$XFD", localSheet: 0 },
    ]);
  });

  it("reads the quirky writers' files", () => {
    expect(cellsOf(read(READABLE_DIR, "strict-namespace.xlsx").sheets[0]!)).toEqual({
      A1: { kind: "string", value: "Biểu mẫu" },
      B1: { kind: "number", value: 45936, numFmt: "mm-dd-yy" },
    });
    expect(cellsOf(read(READABLE_DIR, "no-cell-references.xlsx").sheets[0]!)).toEqual({
      A1: { kind: "string", value: "Biểu mẫu" },
      A2: { kind: "string", value: "Số lớp" },
      B2: { kind: "number", value: 12 },
    });
    expect(cellsOf(read(READABLE_DIR, "inline-and-rich-strings.xlsx").sheets[0]!)).toEqual({
      A1: { kind: "string", value: "Tổng cộng" },
      B1: { kind: "string", value: "Kinh phí\r" },
      C1: { kind: "number", value: 45936, numFmt: "yyyy-mm-dd" },
    });
    expect(cellsOf(read(READABLE_DIR, "streamed-zip-local-sizes-zero.xlsx").sheets[0]!)).toMatchObject({ B2: { kind: "number", value: 12 } });
  });

  it("reads a workbook saved by LibreOffice with the values ExcelJS wrote", () => {
    const sheet = sheetNamed(read(READABLE_DIR, "libreoffice-saved.xlsx"), "Biểu mẫu");
    expectSameValues(cellsOf(sheet));
  });
});

describe("the messages", () => {
  it("are Vietnamese, say what to do, and are in the one catalogue", () => {
    for (const [code, text] of Object.entries(readMessages)) {
      expect([code, VIETNAMESE.test(text), /[Hh]ãy/.test(text)]).toEqual([code, true, true]);
      expect(catalogue[code as keyof typeof catalogue]).toBe(text);
    }
  });
});
