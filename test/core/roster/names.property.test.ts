/**
 * Unit names, folded: properties over generated Vietnamese school names. Replay a failure
 * with the seed fast-check prints: FC_SEED=<seed> FC_RUNS=<n> npx jest test/core/roster.
 */
import fc from "fast-check";
import { looseKey, matchNames, plainKey } from "../../../src/core/roster";

const FC = { seed: Number(process.env.FC_SEED ?? 20251010), numRuns: Number(process.env.FC_RUNS ?? 200) };

/** The test's own typist: every mark dropped (independent of the product's folding). */
const noMarks = (s: string) => s.replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFD").replace(/[\u0300-\u036f]/g, "");

const PLACES = ["Quài Cang", "Quài Nưa", "Mường Thín", "Tỏa Tình", "Nà Sáy", "Chiềng Sinh", "Ta Ma", "Pú Nhung", "Mùn Chung", "Đồng Xuân", "Ẳng Nưa", "Rạng Đông"];
/** Each level of school, written out and as offices abbreviate it. */
const LEVELS: [string, string][] = [
  ["Tiểu học", "TH"],
  ["Trung học cơ sở", "THCS"],
  ["Trung học phổ thông", "THPT"],
  ["Mầm non", "MN"],
  ["Mẫu giáo", "MG"],
  ["Phổ thông dân tộc bán trú THCS", "PTDTBT THCS"],
  ["Phổ thông dân tộc nội trú", "PTDTNT"],
  ["Trung tâm học tập cộng đồng xã", "TTHTCĐ xã"],
  ["Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên", "TT GDNN-GDTX"],
];

const school = fc.record({
  level: fc.integer({ min: 0, max: LEVELS.length - 1 }),
  place: fc.constantFrom(...PLACES),
  number: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
});
type School = { level: number; place: string; number: number | undefined };
const written = (s: School, abbreviated = false) => `${abbreviated ? LEVELS[s.level]![1] : LEVELS[s.level]![0]} ${s.number !== undefined ? `số ${s.number} ` : ""}${s.place}`;
const listed = (s: School) => (s.level >= 7 ? written(s) : `Trường ${written(s)}`);

/** Case and spacing as a typist varies them. */
const retype = (name: string, how: number) => {
  const spaced = name.replace(/ /g, how & 1 ? "  " : " ");
  return how & 2 ? spaced.toUpperCase() : how & 4 ? spaced.toLowerCase() : ` ${spaced} `;
};

test("folding is idempotent, on any text", () => {
  fc.assert(
    fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (s) => {
      expect(plainKey(plainKey(s))).toBe(plainKey(s));
      expect(looseKey(looseKey(s))).toBe(looseKey(s));
    }),
    FC,
  );
});

test("a name typed without diacritics, in another case or spacing, is the listed one", () => {
  fc.assert(
    fc.property(school, fc.integer({ min: 0, max: 7 }), fc.boolean(), (s, how, strip) => {
      const name = listed(s);
      const sent = retype(strip ? noMarks(name) : name, how);
      expect(plainKey(sent)).toBe(plainKey(name));
      expect(matchNames([name], [sent]).matched).toEqual([0]);
    }),
    FC,
  );
});

test("an abbreviated name, 'Trường' left out, is only suggested for the listed one; an alias makes it the listed one", () => {
  fc.assert(
    fc.property(school, fc.boolean(), (s, strip) => {
      const name = listed(s);
      const sent = strip ? noMarks(written(s, true)) : written(s, true);
      expect(looseKey(sent)).toBe(looseKey(name));
      const m = matchNames([name], [sent]);
      expect(m).toEqual({ matched: [undefined], byAlias: [false], suggested: [0] });
      expect(matchNames([name], [sent], [{ from: sent, to: name }])).toEqual({ matched: [0], byAlias: [true], suggested: [undefined] });
    }),
    FC,
  );
});

test("two schools that differ only by their number are never suggested for each other", () => {
  fc.assert(
    fc.property(school, fc.integer({ min: 1, max: 3 }), (s, other) => {
      fc.pre(s.number !== undefined && s.number !== other);
      const m = matchNames([listed(s)], [written({ ...s, number: other }, true)]);
      expect(m.matched).toEqual([undefined]);
      expect(m.suggested).toEqual([undefined]);
    }),
    FC,
  );
});

test("when two listed names fold to one, only the exact spelling matches, and nothing is suggested between them", () => {
  const m = matchNames(["Trường Tiểu học Nà Sáy", "Trường Tiểu học Na Say"], ["Trường Tiểu học Na Say", "truong tieu hoc na say", "TH Na Say"]);
  expect(m.matched).toEqual([1, undefined, undefined]);
  expect(m.suggested).toEqual([undefined, undefined, undefined]);
});
