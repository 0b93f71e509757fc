/**
 * Every version of the statistics table this build reads, checked by the schema when the
 * module loads: a bad data file fails the tests, never a user's session. Next year's
 * changed table is one more JSON file listed here.
 */
import statsTableV1 from "../../forms/data/stats-table.v1.json";
import { statsTableSchema, type StatsTableForm } from "./schema";

export const STATS_VERSIONS: readonly StatsTableForm[] = [statsTableSchema.parse(statsTableV1)];

/** The newest version, or the one asked for; undefined when not known. */
export function statsForm(version?: number): StatsTableForm | undefined {
  if (version === undefined) return STATS_VERSIONS.reduce<StatsTableForm | undefined>((best, f) => (!best || f.version > best.version ? f : best), undefined);
  return STATS_VERSIONS.find((f) => f.version === version);
}

/** A version the caller knows is there (found among the versions, or the newest): its absence is a programming error. */
export function statsFormAt(version?: number): StatsTableForm {
  const f = statsForm(version);
  if (!f) throw new RangeError(`stats-table version ${version} is not among this kind's versions`);
  return f;
}
