/**
 * Every version of the statistics table this build reads, checked by the schema when the
 * module loads: a bad data file fails the tests, never a user's session. Next year's
 * changed table is one more JSON file listed here.
 */
import statsTableV1 from "../../forms/data/stats-table.v1.json";
import { requireVersion, versionOf } from "../../forms";
import { statsTableSchema, type StatsTableForm } from "./schema";

export const STATS_VERSIONS: readonly StatsTableForm[] = [statsTableSchema.parse(statsTableV1)];

/** The newest version, or the one asked for; undefined when not known. */
export const statsForm = (version?: number): StatsTableForm | undefined => versionOf(STATS_VERSIONS, version);

/** A version the caller knows is there: its absence is a programming error. */
export const statsFormAt = (version?: number): StatsTableForm => requireVersion(STATS_VERSIONS, version);
