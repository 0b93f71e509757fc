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

export function matchLabels(typed: readonly TypedLabel[], targets: readonly LabelTarget[]): Map<number, string> {
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

  for (const [keyOf, sets] of [[normalizeLabel, exact], [foldLabel, folded]] as const) {
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
    if (candidates.length === 0 && key.length >= MIN_PREFIX) {
      candidates = targets
        .map((_, i) => i)
        .filter((i) => !used.has(i) && [...loose[i]!].some((l) => l.length >= MIN_PREFIX && (l.startsWith(key) || key.startsWith(l))));
      if (candidates.length > 1) return;
    }
    take(position, pick(candidates, position));
  });

  const out = new Map<number, string>();
  for (const [position, i] of matchedAt) out.set(typed[position]!.key, targets[i]!.code);
  return out;
}
