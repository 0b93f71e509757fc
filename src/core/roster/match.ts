/**
 * Who on the list each sender is. A sender is matched when its name is the listed one
 * (folded: case, spacing, punctuation, diacritics) or when the consolidator said so in the
 * alias list. A name that is only probably a listed one (an abbreviation, "Trường"
 * omitted, a typing slip) is a suggestion for a person to confirm, never a match: merging
 * two schools by guess would make one of them vanish from the summary.
 */
import type { Alias } from "./aliases";
import { exactKey, looseKey, plainKey } from "./fold";
import { isClose } from "./similar";

export interface NameMatch {
  /** Index in the list of each sender's entry; undefined when it is on no entry. */
  matched: (number | undefined)[];
  /** True where the match came from the alias list. */
  byAlias: boolean[];
  /** For an unmatched sender, the one unmatched entry it is probably. */
  suggested: (number | undefined)[];
}

export function matchNames(list: readonly string[], senders: readonly string[], aliases: readonly Alias[] = []): NameMatch {
  const byExact = indexBy(list.map(exactKey));
  const byPlain = indexBy(list.map(plainKey));
  // Folding may make two listed names one ("Nà Sáng", "Na Sang"): then only the exact spelling decides.
  const entryOf = (name: string): number | undefined => {
    const exact = byExact.get(exactKey(name));
    if (exact) return exact[0];
    const hits = byPlain.get(plainKey(name));
    return hits?.length === 1 ? hits[0] : undefined;
  };
  const aliasTo = new Map<string, number>();
  for (const a of aliases) {
    const target = entryOf(a.to);
    if (target !== undefined && plainKey(a.from) !== "") aliasTo.set(plainKey(a.from), target);
  }

  const byAlias = senders.map(() => false);
  const matched = senders.map((name, i) => {
    const direct = entryOf(name);
    if (direct !== undefined) return direct;
    const alias = aliasTo.get(plainKey(name));
    if (alias !== undefined) byAlias[i] = true;
    return alias;
  });

  // A suggestion must be the only entry that fits, and one no one else is already matched to.
  const taken = new Set(matched.filter((m): m is number => m !== undefined));
  const loose = list.map(looseKey);
  const all = list.map((_, i) => i);
  const only = (fits: number[]) => (fits.length === 1 && !taken.has(fits[0]!) ? fits[0] : undefined);
  const suggested = senders.map((name, i) => {
    if (matched[i] !== undefined) return undefined;
    const key = looseKey(name);
    const same = all.filter((j) => loose[j] === key);
    return same.length > 0 ? only(same) : only(all.filter((j) => isClose(loose[j]!, key)));
  });
  return { matched, byAlias, suggested };
}

function indexBy(keys: readonly string[]): Map<string, number[]> {
  const m = new Map<string, number[]>();
  keys.forEach((k, i) => {
    if (k === "") return;
    const at = m.get(k);
    if (at) at.push(i);
    else m.set(k, [i]);
  });
  return m;
}
