/**
 * The accepted reports against what was expected of them: who has not reported, who
 * reported without being on the list, who reported after the deadline.
 */
import type { MessageCode } from "../messages";
import { matchNames, type Alias } from "../roster";
import { exactKey } from "../roster/fold";
import type { FileOutcome, Timeliness } from "./types";

export interface Missing {
  unit: string;
  /** `consolidate.missing` (nothing came) or `consolidate.missing.rejected` (files came, none usable). */
  code: MessageCode;
}

/** A sender not on the list whose name is probably an entry of it, for the consolidator to confirm. */
export interface Suggestion {
  unit: string;
  listed: string;
}

export interface RosterComparison {
  missing: Missing[];
  unexpected: Set<number>;
  /** By file index: the entry an unlisted sender probably is. */
  suggested: Map<number, Suggestion>;
  /** By file index: the entry an alias of the consolidator's made this sender. */
  aliased: Map<number, string>;
}

/**
 * A unit off the list is still consolidated, and flagged: its numbers are real, and
 * leaving them out would make the summary smaller than what was reported without anyone
 * deciding so. The consolidator sees the flag and can remove the file.
 */
export function compareRoster(expected: readonly string[] | undefined, files: readonly FileOutcome[], aliases: readonly Alias[] = []): RosterComparison {
  const none: RosterComparison = { missing: [], unexpected: new Set(), suggested: new Map(), aliased: new Map() };
  if (expected === undefined) return none;
  const list = [...new Map(expected.filter((n) => exactKey(n) !== "").map((n) => [exactKey(n), n])).values()];
  const sent = files.filter((f) => f.unit !== undefined);
  // A summary sent up reports for the units it names: they are not missing.
  const inside = (f: FileOutcome) => f.report?.contains ?? [];
  const names = [...new Set([...sent.map((f) => f.unit!), ...files.filter((f) => f.status === "accepted").flatMap(inside)])];
  const m = matchNames(list, names, aliases);
  const at = new Map(names.map((n, i) => [n, i]));
  const entryOf = (f: FileOutcome) => (f.unit === undefined ? undefined : m.matched[at.get(f.unit)!]);

  const accepted = files.filter((f) => f.status === "accepted");
  const acceptedEntries = new Set([...accepted.map(entryOf), ...accepted.flatMap((f) => inside(f).map((n) => m.matched[at.get(n)!]))]);
  const sentEntries = new Set(sent.map(entryOf));
  const missing = list
    .map((unit, i) => ({ unit, i }))
    .filter(({ i }) => !acceptedEntries.has(i))
    .map(({ unit, i }): Missing => ({ unit, code: sentEntries.has(i) ? "consolidate.missing.rejected" : "consolidate.missing" }));
  const out: RosterComparison = { missing, unexpected: new Set(), suggested: new Map(), aliased: new Map() };
  for (const f of accepted) {
    const i = at.get(f.unit ?? "");
    const holdsListed = inside(f).some((n) => m.matched[at.get(n)!] !== undefined);
    if (!holdsListed && (i === undefined || m.matched[i] === undefined)) {
      out.unexpected.add(f.index);
      const s = i === undefined ? undefined : m.suggested[i];
      if (s !== undefined) out.suggested.set(f.index, { unit: f.unit!, listed: list[s]! });
    } else if (i !== undefined && m.byAlias[i]) out.aliased.set(f.index, list[m.matched[i]!]!);
  }
  return out;
}

/** A report dated on the deadline day is on time; one with no date cannot be judged. */
export function timeliness(date: string | undefined, deadline: string): Timeliness {
  if (date === undefined || date === "") return "no-date";
  return date.slice(0, 10) > deadline ? "late" : "on-time";
}
