/**
 * The accepted reports against what was expected of them: who has not reported, who
 * reported without being on the list, who reported after the deadline.
 */
import type { MessageCode } from "../messages";
import { nameKey } from "./identity";
import type { FileOutcome, Timeliness } from "./types";

export interface Missing {
  unit: string;
  /** `consolidate.missing` (nothing came) or `consolidate.missing.rejected` (files came, none usable). */
  code: MessageCode;
}

/**
 * A unit off the list is still consolidated, and flagged: its numbers are real, and
 * leaving them out would make the summary smaller than what was reported without anyone
 * deciding so. The consolidator sees the flag and can remove the file.
 */
export function compareRoster(expected: readonly string[] | undefined, files: readonly FileOutcome[]): { missing: Missing[]; unexpected: Set<number> } {
  if (expected === undefined) return { missing: [], unexpected: new Set() };
  const accepted = files.filter((f) => f.status === "accepted");
  const acceptedKeys = new Set(accepted.map((f) => nameKey(f.unit ?? "")));
  const sentKeys = new Set(files.filter((f) => f.unit !== undefined).map((f) => nameKey(f.unit!)));
  const listed = new Map<string, string>();
  for (const name of expected) if (nameKey(name) !== "" && !listed.has(nameKey(name))) listed.set(nameKey(name), name);
  const missing = [...listed]
    .filter(([key]) => !acceptedKeys.has(key))
    .map(([key, unit]): Missing => ({ unit, code: sentKeys.has(key) ? "consolidate.missing.rejected" : "consolidate.missing" }));
  const unexpected = new Set(accepted.filter((f) => !listed.has(nameKey(f.unit ?? ""))).map((f) => f.index));
  return { missing, unexpected };
}

/** A report dated on the deadline day is on time; one with no date cannot be judged. */
export function timeliness(date: string | undefined, deadline: string): Timeliness {
  if (date === undefined || date === "") return "no-date";
  return date.slice(0, 10) > deadline ? "late" : "on-time";
}
