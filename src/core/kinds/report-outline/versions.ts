/**
 * Every version of the report outline this build reads, checked by the schema when the
 * module loads. A changed outline is one more JSON file listed here.
 */
import reportOutlineV1 from "../../forms/data/report-outline.v1.json";
import reportOutlineV2 from "../../forms/data/report-outline.v2.json";
import { reportOutlineSchema, type ReportOutlineForm } from "./schema";

export const OUTLINE_VERSIONS: readonly ReportOutlineForm[] = [reportOutlineSchema.parse(reportOutlineV1), reportOutlineSchema.parse(reportOutlineV2)];

/** The newest version, or the one asked for; undefined when not known. */
export function outlineForm(version?: number): ReportOutlineForm | undefined {
  if (version === undefined) return OUTLINE_VERSIONS.reduce<ReportOutlineForm | undefined>((best, f) => (!best || f.version > best.version ? f : best), undefined);
  return OUTLINE_VERSIONS.find((f) => f.version === version);
}

/** A version the caller knows is there (found among the versions, or the newest): its absence is a programming error. */
export function outlineFormAt(version?: number): ReportOutlineForm {
  const f = outlineForm(version);
  if (!f) throw new RangeError(`report-outline version ${version} is not among this kind's versions`);
  return f;
}
