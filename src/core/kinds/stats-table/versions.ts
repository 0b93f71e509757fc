/**
 * Every version of the statistics table this build reads. Each is checked against the
 * schema by the tests (test/core/forms/forms-data.test.ts), not when the module loads: a
 * bad data file fails the tests, never a user's session, and no worker of the pane or the
 * command line loads zod to check the same data again. Next year's changed table is one
 * more JSON file listed here.
 */
import statsTableV1 from "../../forms/data/stats-table.v1.json";
import { requireVersion, versionOf } from "../../forms";
import type { StatsTableForm } from "./schema";

export const STATS_VERSIONS: readonly StatsTableForm[] = [statsTableV1 as StatsTableForm];

/** The newest version, or the one asked for; undefined when not known. */
export const statsForm = (version?: number): StatsTableForm | undefined => versionOf(STATS_VERSIONS, version);

/** A version the caller knows is there: its absence is a programming error. */
export const statsFormAt = (version?: number): StatsTableForm => requireVersion(STATS_VERSIONS, version);
