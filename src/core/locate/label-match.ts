/**
 * Matching typed labels to the form's, when a sheet carries no codes. Exact (normalised)
 * matches are taken first, everywhere; then folded ones (no diacritics, abbreviations
 * written out); then looser ones (without parenthesised parts, or a long enough prefix)
 * for what is left, but only when a single form label fits. A label the form holds twice
 * goes to the occurrence that keeps the sheet's order.
 */
import { foldLabel, foldLabelLoose, normalizeLabel } from "../text";

export interface LabelTarget {
  code: string;
  label: string;
  /** Other wordings accepted for this target. */
  aliases?: readonly string[];
}

export interface TypedLabel {
  /** The caller's key for the cell or row, in sheet order. */
  key: number;
  text: string;
}

/** A loose prefix match must be at least this long to count (so "Kinh phí" alone never prefixes). */
const MIN_PREFIX = 15;

/** A target list's wordings, each way of normalising them, to the targets that have it (in list order). */
interface TargetIndex {
  exact: Map<string, number[]>;
  folded: Map<string, number[]>;
  loose: Map<string, number[]>;
  /** Each target's loose wordings, for the prefix match. */
  looseOf: ReadonlySet<string>[];
}

/**
 * Made once per target list: a form's rows are the same list for every file, and folding
 * their labels (diacritics, abbreviations) three ways for each hand-typed table cost more
 * than matching it.
 */
const indexes = new WeakMap<readonly LabelTarget[], TargetIndex>();

function indexOf(targets: readonly LabelTarget[]): TargetIndex {
  let index = indexes.get(targets);
  if (index) return index;
  const wordings = (t: LabelTarget) => [t.label, ...(t.aliases ?? [])];
  const byKey = (keyOf: (s: string) => string) => {
    const map = new Map<string, number[]>();
    targets.forEach((t, i) => {
      for (const key of new Set(wordings(t).map(keyOf))) (map.get(key) ?? map.set(key, []).get(key)!).push(i);
    });
    return map;
  };
  index = { exact: byKey(normalizeLabel), folded: byKey(foldLabel), loose: byKey(foldLabelLoose), looseOf: targets.map((t) => new Set(wordings(t).map(foldLabelLoose))) };
  indexes.set(targets, index);
  return index;
}

const NONE: readonly number[] = [];

/**
 * `targets` is read as it is at its first match: a list is indexed once, so a caller passes
 * the same (unchanging) list for every file.
 */
export function matchLabels(typed: readonly TypedLabel[], targets: readonly LabelTarget[]): Map<number, string> {
  const { exact, folded, loose, looseOf } = indexOf(targets);
  const used = new Set<number>();
  const matchedAt = new Map<number, number>();

  const pick = (candidates: readonly number[], position: number): number | undefined => {
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

  for (const [keyOf, index] of [
    [normalizeLabel, exact],
    [foldLabel, folded],
  ] as const) {
    typed.forEach((t, position) => {
      if (matchedAt.has(position)) return;
      const key = keyOf(t.text);
      if (key === "") return;
      take(position, pick(index.get(key) ?? NONE, position));
    });
  }
  typed.forEach((t, position) => {
    if (matchedAt.has(position)) return;
    const key = foldLabelLoose(t.text);
    if (key === "") return;
    let candidates = (loose.get(key) ?? NONE).filter((i) => !used.has(i));
    if (candidates.length === 0 && key.length >= MIN_PREFIX) {
      candidates = targets
        .map((_, i) => i)
        .filter((i) => !used.has(i) && [...looseOf[i]!].some((l) => l.length >= MIN_PREFIX && (l.startsWith(key) || key.startsWith(l))));
      if (candidates.length > 1) return;
    }
    take(position, pick(candidates, position));
  });

  const out = new Map<number, string>();
  for (const [position, i] of matchedAt) out.set(typed[position]!.key, targets[i]!.code);
  return out;
}
