/**
 * The command line's --json is printed a unit at a time; it must be the very text
 * `JSON.stringify(whole, null, 2)` would give, whatever the inbox holds: no file
 * accepted, one, duplicates and rejections beside them, members left undefined.
 */
import { consolidate, toJson, toJsonLines } from "../../../src/core/pipeline";
import { OPTS, checked, statsReport } from "../consolidate/fixtures";

const whole = (c: ReturnType<typeof consolidate>, extra: Record<string, unknown>) => JSON.stringify({ ...toJson(c), ...extra }, null, 2);
const lines = (c: ReturnType<typeof consolidate>, extra: Record<string, unknown>) => [...toJsonLines(c, extra)].join("\n");

describe("the JSON a unit at a time", () => {
  const school = (n: number, people: number) => statsReport(`Trường Tiểu học số ${n}`, { "1.1": { count: 2, people } }, { source: { file: `truong-${n}.xlsx`, sheet: "Biểu mẫu" } });

  test.each([
    ["no file at all", []],
    ["one unit", [school(1, 30)]],
    ["units, a duplicate and text with quotes and line breaks", [school(1, 30), school(2, 45), { ...school(1, 31), source: { file: 'lai "lần 2"\n.xlsx', sheet: "B" } }]],
  ])("%s", (_name, reports) => {
    const c = consolidate(reports.map((r) => checked(r)), OPTS);
    for (const extra of [{}, { skipped: [], unfit: [{ sheet: "Chi tiết", cell: "A1", kind: "text-cut", length: 40000 }] }, { gone: undefined }]) {
      expect(lines(c, extra)).toBe(whole(c, extra));
    }
  });
});
