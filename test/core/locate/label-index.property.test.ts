/**
 * matchLabels indexes a target list once and matches every file against that index. Its
 * answers must be the ones of the plain matcher it replaced (kept here as the reference:
 * every target's wordings normalised again for each typed label), for typed labels made
 * from the form's own the ways people retype them, in any order and with repeats; and a
 * list indexed once must answer a second table as a fresh copy of it does. Seeded (FC_SEED).
 */
import fc from "fast-check";
import { matchLabels, type LabelTarget, type TypedLabel } from "../../../src/core/locate";
import { foldLabel, foldLabelLoose, normalizeLabel } from "../../../src/core/text";
import { STATS_FORM } from "../../helpers/raw-from-description";

const SEED = Number(process.env.FC_SEED ?? 20261208);
const RUNS = Number(process.env.FC_RUNS ?? 150);

/** The matcher as it was before the index (label-match.ts at 2dd4f92). */
function reference(typed: readonly TypedLabel[], targets: readonly LabelTarget[]): Map<number, string> {
  const exact = targets.map((t) => new Set([t.label, ...(t.aliases ?? [])].map(normalizeLabel)));
  const folded = targets.map((t) => new Set([t.label, ...(t.aliases ?? [])].map(foldLabel)));
  const loose = targets.map((t) => new Set([t.label, ...(t.aliases ?? [])].map(foldLabelLoose)));
  const used = new Set<number>();
  const matchedAt = new Map<number, number>();
  const pick = (candidates: number[], position: number): number | undefined => {
    const free = candidates.filter((i) => !used.has(i));
    if (free.length === 0) return undefined;
    const before = [...matchedAt.entries()].filter(([p]) => p < position).map(([, i]) => i);
    const after = before.length ? Math.max(...before) : -1;
    return free.find((i) => i > after) ?? free[0];
  };
  const take = (position: number, i: number | undefined) => {
    if (i === undefined) return;
    used.add(i);
    matchedAt.set(position, i);
  };
  for (const [keyOf, sets] of [
    [normalizeLabel, exact],
    [foldLabel, folded],
  ] as const) {
    typed.forEach((t, position) => {
      if (matchedAt.has(position)) return;
      const key = keyOf(t.text);
      if (key === "") return;
      take(position, pick(targets.map((_, i) => i).filter((i) => sets[i]!.has(key)), position));
    });
  }
  typed.forEach((t, position) => {
    if (matchedAt.has(position)) return;
    const key = foldLabelLoose(t.text);
    if (key === "") return;
    let candidates = targets.map((_, i) => i).filter((i) => !used.has(i) && loose[i]!.has(key));
    if (candidates.length === 0 && key.length >= 15) {
      candidates = targets.map((_, i) => i).filter((i) => !used.has(i) && [...loose[i]!].some((l) => l.length >= 15 && (l.startsWith(key) || key.startsWith(l))));
      if (candidates.length > 1) return;
    }
    take(position, pick(candidates, position));
  });
  const out = new Map<number, string>();
  for (const [position, i] of matchedAt) out.set(typed[position]!.key, targets[i]!.code);
  return out;
}

const labels = STATS_FORM.rows.map((r) => r.label);
/** Ways a label is retyped: as printed, in capitals, without diacritics, cut short, with a number or a note, or something else. */
const retyped = fc.oneof(
  fc.constantFrom(...labels),
  fc.constantFrom(...labels).map((l) => l.toUpperCase()),
  fc.constantFrom(...labels).map((l) => l.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d")),
  fc.tuple(fc.constantFrom(...labels), fc.integer({ min: 8, max: 40 })).map(([l, n]) => l.slice(0, n)),
  fc.tuple(fc.constantFrom(...labels), fc.constantFrom("1.1. ", "- ", "+ ", "a) ")).map(([l, p]) => p + l),
  fc.tuple(fc.constantFrom(...labels), fc.constantFrom(" (ghi rõ)", " (người)", ":", " trong đó")).map(([l, s]) => l + s),
  fc.constantFrom("Tổng cộng", "Ghi chú", "", "   ", "Kinh phí", "BD nâng cao trình độ cho CBCCVC", "constructor"),
  fc.string({ maxLength: 20 }),
);

/** A form that holds labels twice (each group's "Tập thể", "Cá nhân"): which occurrence a typed one takes is the order's to say. */
const TWICE: LabelTarget[] = ["a", "b", "c"].flatMap((g) => [
  { code: `${g}.1`, label: "Tập thể" },
  { code: `${g}.2`, label: "Cá nhân (người)" },
]);
const twiceTyped = fc.constantFrom("Tập thể", "TẬP THỂ", "Tap the", "Tập thể (đơn vị)", "Cá nhân (người)", "Ca nhan", "Cá nhân", "Khác");

it("answers as the plain matcher did, for a list indexed once and for a fresh copy alike", () => {
  // Aliases too, as the outline's fields give them.
  const withAliases: LabelTarget[] = STATS_FORM.rows.map((r, i) => ({ code: r.code, label: r.label, ...(i % 3 === 0 ? { aliases: [r.label.split(" ").slice(0, 4).join(" ")] } : {}) }));
  let matched = 0;
  fc.assert(
    fc.property(fc.nat(2), fc.array(retyped, { maxLength: 60 }), fc.array(twiceTyped, { maxLength: 12 }), (which, texts, twiceTexts) => {
      const targets = [STATS_FORM.rows, withAliases, TWICE][which]!;
      if (which === 2) texts = twiceTexts;
      const typed = texts.map((text, i) => ({ key: 100 + i, text }));
      const expected = reference(typed, targets);
      expect(matchLabels(typed, targets)).toEqual(expected);
      expect(matchLabels(typed, [...targets])).toEqual(expected);
      matched += expected.size;
    }),
    { seed: SEED, numRuns: RUNS },
  );
  // The drawn tables did match rows, by every kind of wording.
  expect(matched).toBeGreaterThan(RUNS * 2);
});
