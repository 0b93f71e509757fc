/**
 * Remembered answers of pure text functions: a repeat is answered without asking again,
 * whatever the answer (false and "" too); a key too long, or past the bound, is asked again
 * and answered alike. And the functions remembered this way answer as they did.
 */
import { boundedMemo } from "../../src/core/memo";
import { blankSafeSum, isBlankSafeSum } from "../../src/core/layout";
import { isDateFormat } from "../../src/core/numbers";

it("answers a repeat without asking again, false and empty answers included", () => {
  const asked: string[] = [];
  const memo = boundedMemo((t: string) => (asked.push(t), t.length > 3 ? false : ""), 10, 20);
  expect([memo("abcd"), memo("abcd"), memo("ab"), memo("ab")]).toEqual([false, false, "", ""]);
  expect(asked).toEqual(["abcd", "ab"]);
});

it("asks again for a key longer than the bound, and after the memo is full, with the same answers", () => {
  const asked: string[] = [];
  const memo = boundedMemo((t: string) => (asked.push(t), t.toUpperCase()), 3, 5);
  expect([memo("abcdef"), memo("abcdef")]).toEqual(["ABCDEF", "ABCDEF"]);
  expect(asked).toEqual(["abcdef", "abcdef"]);
  asked.length = 0;
  const keys = ["a", "b", "c", "d", "a"];
  expect(keys.map(memo)).toEqual(["A", "B", "C", "D", "A"]);
  // Full at three: "d" cleared the memo, so "a" was asked again.
  expect(asked).toEqual(["a", "b", "c", "d", "a"]);
});

it("tells the template's total formula from look-alikes, asked once or many times", () => {
  const cases: [string, boolean][] = [
    [blankSafeSum("D12:D15"), true],
    [`=${blankSafeSum("E12,E14")}`, true],
    ['if( count(D12:D15) = 0 , "" , sum(D12:D15) )', true],
    ['IF(COUNT(D12:D15)=0,"",SUM(D12:D16))', false],
    ["SUM(D12:D15)", false],
    ['IF(COUNT(D12:D15)=0,0,SUM(D12:D15))', false],
  ];
  for (let round = 0; round < 3; round++) for (const [formula, expected] of cases) expect([formula, isBlankSafeSum(formula)]).toEqual([formula, expected]);
});

it("tells date formats from others however often a format is asked", () => {
  const cases: [string, boolean][] = [
    ["dd/mm/yyyy", true],
    ["[$-42A]dd/mm/yyyy", true],
    ["#,##0", false],
    ['#,##0 "đồng"', false],
    ["h:mm", false],
    ["General", false],
    ["mmm", true],
  ];
  for (let round = 0; round < 3; round++) for (const [fmt, expected] of cases) expect([fmt, isDateFormat(fmt)]).toEqual([fmt, expected]);
  expect(isDateFormat(undefined)).toBe(false);
  expect(isDateFormat("")).toBe(false);
});
