/** Picking a form's version from a kind's list: the newest, or the one a sheet's marker names. */
import type { FormDefBase } from "./ids";

/** The newest version, or the one asked for; undefined when not known. */
export function versionOf<F extends FormDefBase>(all: readonly F[], version?: number): F | undefined {
  if (version === undefined) return all.reduce<F | undefined>((best, f) => (!best || f.version > best.version ? f : best), undefined);
  return all.find((f) => f.version === version);
}

/** A version the caller knows is there (found among the versions, or the newest): its absence is a programming error. */
export function requireVersion<F extends FormDefBase>(all: readonly F[], version?: number): F {
  const f = versionOf(all, version);
  if (!f) throw new RangeError(`${all[0]?.id ?? "form"} version ${version} is not among this kind's versions`);
  return f;
}
