/**
 * Requirement sets, as `Office.context.requirements.isSetSupported` answers them. Office.js
 * itself checks the set of a member when the member is called and throws `ApiNotFound` at
 * once (not at sync), so the fake's proxies call {@link FakeRequirements.require} the same way.
 */
import { apiNotFound } from "./errors";

/** Compares "1.13" and "1.9" as versions (1.13 is newer), not as numbers or strings. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

export class FakeRequirements {
  /** Keyed by lower-case set name: Office matches set names case-insensitively. */
  private readonly sets = new Map<string, string>();

  constructor(sets: Record<string, string>) {
    for (const [name, version] of Object.entries(sets)) this.sets.set(name.toLowerCase(), version);
  }

  isSetSupported(name: string, minVersion?: string | number): boolean {
    const supported = this.sets.get(String(name).toLowerCase());
    if (supported === undefined) return false;
    if (minVersion === undefined || minVersion === null || minVersion === "") return true;
    // A number such as 1.1 is how callers often pass it; Office reads it as the string "1.1".
    return compareVersions(supported, String(minVersion)) >= 0;
  }

  /** Throws Office's `ApiNotFound` unless `ExcelApi <version>` (or the given set) is supported. */
  require(member: string, version: string, set = "ExcelApi"): void {
    if (!this.isSetSupported(set, version)) throw apiNotFound(member, set, version);
  }
}
