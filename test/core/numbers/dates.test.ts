import { excelSerialToIso, isDateFormat, isoToExcelSerial, readDateText } from "../../../src/core/numbers";

describe("dates read day first, never month first", () => {
  test.each([
    ["06/10/2025", "2025-10-06"],
    ["6/10/2025", "2025-10-06"],
    ["06-10-2025", "2025-10-06"],
    ["6.10.2025", "2025-10-06"],
    ["06/10/25", "2025-10-06"],
    ["ngày 12 tháng 10 năm 2025", "2025-10-12"],
    ["Tuần Giáo, ngày 12 tháng 10 năm 2025", "2025-10-12"],
    ["8 giờ ngày 06/10/2025", "2025-10-06"],
    ["2025-10-06", "2025-10-06"],
    ["ngày 12 tháng 10 năm 2025".normalize("NFD"), "2025-10-12"],
  ])("%j is %s", (text, iso) => {
    expect(readDateText(text)).toEqual({ kind: "date", iso });
  });

  test.each(["10/13/2025", "31/02/2025", "0/10/2025", "tháng 10", "06/10", "abc"])("%j is not a valid date", (text) => {
    expect(readDateText(text)).toEqual({ kind: "invalid" });
  });

  test("two different dates in one text are not chosen between", () => {
    expect(readDateText("từ 01/10/2025 đến 07/10/2025")).toEqual({ kind: "several", isos: ["2025-10-01", "2025-10-07"] });
  });

  test("blank is blank", () => {
    expect(readDateText("  ")).toEqual({ kind: "blank" });
  });
});

describe("Excel serial dates (1900 system)", () => {
  test.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [45936, "2025-10-06"],
    [45936.75, "2025-10-06"],
  ])("serial %d is %s", (serial, iso) => {
    expect(excelSerialToIso(serial)).toBe(iso);
  });

  test("serial 60 (Excel's phantom 29 February 1900), 0 and negatives are no date", () => {
    expect(excelSerialToIso(60)).toBeUndefined();
    expect(excelSerialToIso(0)).toBeUndefined();
    expect(excelSerialToIso(-5)).toBeUndefined();
  });

  test("round trip", () => {
    for (const iso of ["2014-10-01", "2025-10-06", "2099-12-31"]) expect(excelSerialToIso(isoToExcelSerial(iso))).toBe(iso);
  });

  test.each([
    ["dd/mm/yyyy", true],
    ["d-mmm-yy", true],
    ["[$-42A]dd/mm/yyyy", true],
    ["yyyy-mm-dd", true],
    ["#,##0", false],
    ["0.00", false],
    ["General", false],
    ['#,##0 "đ"', false],
    ["h:mm", false],
    ['_-* #,##0 _₫_-;-* #,##0 _₫_-;_-* "-"?? _₫_-;_-@_-', false],
    [undefined, false],
  ])("format %j shows a date: %s", (fmt, isDate) => {
    expect(isDateFormat(fmt)).toBe(isDate);
  });
});
