/**
 * Every known form version, checked by its schema when this module loads: a bad data
 * file fails the build's tests, never a user's session. To add next year's form, add
 * its JSON beside the others and list it here.
 */
import statsTableV1 from "./data/stats-table.v1.json";
import reportOutlineV1 from "./data/report-outline.v1.json";
import weeksData from "./data/weeks.json";
import { statsTableSchema, reportOutlineSchema, weekSchema, type FormDef, type FormId, type Week } from "./schema";

const FORMS: readonly FormDef[] = [statsTableSchema.parse(statsTableV1), reportOutlineSchema.parse(reportOutlineV1)];

const WEEKS: ReadonlyMap<number, Week> = new Map(
  Object.entries(weeksData)
    .filter(([k]) => /^\d{4}$/.test(k))
    .map(([k, v]) => [Number(k), weekSchema.parse(v)]),
);

export const FORM_IDS: readonly FormId[] = ["stats-table", "report-outline"];

export function isFormId(id: string): id is FormId {
  return (FORM_IDS as readonly string[]).includes(id);
}

/** The newest version of a form, or the given one; undefined when not known. */
export function getForm<I extends FormId>(id: I, version?: number): Extract<FormDef, { id: I }> | undefined {
  const all = FORMS.filter((f): f is Extract<FormDef, { id: I }> => f.id === id);
  if (version === undefined) return all.reduce<Extract<FormDef, { id: I }> | undefined>((best, f) => (!best || f.version > best.version ? f : best), undefined);
  return all.find((f) => f.version === version);
}

export function latestVersion(id: FormId): number {
  return getForm(id)!.version;
}

/** The Week of a year as the plans set it; a year not on record falls back to 1–7 October. */
export function weekOf(year: number): Week {
  return WEEKS.get(year) ?? { start: `${year}-10-01`, end: `${year}-10-07`, source: "mặc định" };
}

/** Years the form can be made for: the Week has been held every October since 2014. */
export const MIN_YEAR = 2014;
export const MAX_YEAR = 2100;
