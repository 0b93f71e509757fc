import fc from "fast-check";
import { readNumberVi } from "../../../src/core/numbers";

const certain = (value: number) => ({ kind: "number", value, certain: true });

describe("readNumberVi: numbers typed as text, read the Vietnamese way", () => {
  test.each([
    ["1.500.000", 1500000],
    ["1 500 000", 1500000],
    ["1\u00a0500\u00a0000", 1500000],
    ["1\u202f500\u202f000", 1500000],
    ["1.500", 1500],
    ["12.345.678", 12345678],
    ["0", 0],
    ["15", 15],
    ["1,5", 1.5],
    ["1,25", 1.25],
    ["0,500", 0.5],
    ["1.500.000,5", 1500000.5],
    ["-3", -3],
    ["−3", -3],
    ["+7", 7],
    ["  42  ", 42],
  ])("%j reads as %d for certain", (text, value) => {
    expect(readNumberVi(text)).toEqual(certain(value));
  });

  test.each([
    ["1.500.000 đ", 1500000, "currency"],
    ["2.000.000đồng", 2000000, "currency"],
    ["1.500.000 VNĐ", 1500000, "currency"],
    ["VND 250.000", 250000, "currency"],
    ["15 lớp", 15, "unit"],
    ["20 người", 20, "unit"],
    ["3 cuộc", 3, "unit"],
    ["2 Đơn vị", 2, "unit"],
  ])("%j reads as %d, with a %s affix", (text, value, kind) => {
    expect(readNumberVi(text)).toMatchObject({ kind: "number", value, certain: true, affix: { kind } });
  });

  test("unknown words after a number are read, but not for certain; a whole phrase is not a number", () => {
    expect(readNumberVi("15 chiếc thuyền buồm nhỏ xinh")).toEqual({ kind: "not-a-number" });
    expect(readNumberVi("12 gói")).toMatchObject({ kind: "number", value: 12, certain: false, affix: { kind: "word" } });
  });

  test.each([
    ["1.5", "english-format", [1.5]],
    ["1.50", "english-format", [1.5]],
    ["1,500,000", "english-format", [1500000]],
    ["1234.5", "english-format", [1234.5]],
    ["1,500", "comma-three-digits", [1.5, 1500]],
    ["1.500,000", "comma-three-digits", [1500, 1500000]],
    ["1.500,000.5", "separators", []],
    ["1.50.000", "separators", []],
    ["1.500 000", "separators", []],
    ["2tr", "scale-word", [2000000]],
    ["1,5 triệu", "scale-word", [1500000]],
    ["500 nghìn đồng", "scale-word", [500000]],
    ["1.5tr", "scale-word", []],
  ])("%j is ambiguous (%s), never guessed", (text, reason, readings) => {
    expect(readNumberVi(text)).toEqual({ kind: "ambiguous", reason, readings });
  });

  test.each(["abc", "khoảng 15", "15%", "3 lớp/120 người", "1e5", "(100)", "mười lăm", "TRUE"])("%j is not a number", (text) => {
    expect(readNumberVi(text)).toEqual({ kind: "not-a-number" });
  });

  test("empty and whitespace are blank; a dash or 'x' is a blank placeholder, never 0", () => {
    expect(readNumberVi("")).toEqual({ kind: "blank" });
    expect(readNumberVi(" \u00a0 ")).toEqual({ kind: "blank" });
    expect(readNumberVi("-")).toEqual({ kind: "blank", placeholder: "-" });
    expect(readNumberVi("x")).toEqual({ kind: "blank", placeholder: "x" });
    expect(readNumberVi("…")).toEqual({ kind: "blank", placeholder: "…" });
  });

  test("decomposed diacritics in the affix read the same as composed", () => {
    expect(readNumberVi("15 lớp".normalize("NFD"))).toMatchObject({ kind: "number", value: 15, certain: true });
  });
});

describe("property: a whole number formatted the Vietnamese way reads back exactly", () => {
  const group = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const seps = fc.constantFrom(".", " ", "\u00a0", "\u202f");
  const suffixes = fc.constantFrom("", " đ", "đ", " đồng", " VNĐ");

  test("grouped by dots or spaces, with or without a currency", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), seps, suffixes, (n, sep, suffix) => {
        const r = readNumberVi(group(n, sep) + suffix);
        expect(r).toMatchObject({ kind: "number", value: n, certain: true });
      }),
      { seed: 20251006, numRuns: 500 },
    );
  });
});
