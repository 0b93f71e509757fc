/**
 * Every version of the report outline this build reads, each checked against the schema by
 * the tests (test/core/forms/forms-data.test.ts), not when the module loads. A changed
 * outline is one more JSON file listed here.
 */
import reportOutlineV1 from "../../forms/data/report-outline.v1.json";
import reportOutlineV2 from "../../forms/data/report-outline.v2.json";
import { requireVersion, versionOf } from "../../forms";
import type { ReportOutlineForm } from "./schema";

export const OUTLINE_VERSIONS: readonly ReportOutlineForm[] = [reportOutlineV1 as ReportOutlineForm, reportOutlineV2 as ReportOutlineForm];

/** The newest version, or the one asked for; undefined when not known. */
export const outlineForm = (version?: number): ReportOutlineForm | undefined => versionOf(OUTLINE_VERSIONS, version);

/** A version the caller knows is there: its absence is a programming error. */
export const outlineFormAt = (version?: number): ReportOutlineForm => requireVersion(OUTLINE_VERSIONS, version);
