/**
 * Every kind of form this build knows, listed once. The record is keyed by the form ids of
 * `forms/ids.ts`, so an id without its kind (or a kind without its id) does not compile;
 * generic code looks a kind up here and never asks which one it holds.
 */
import { FORM_IDS, versionOf, type FormId } from "../forms";
import { LOCATE_RULES } from "../locate";
import { CHECK_RULES } from "../check";
import type { Rule } from "../problems";
import type { FormKind } from "./kind";
import { reportOutline, OUTLINE_VERSIONS, type OutlineJson, type ReportOutlineForm } from "./report-outline";
import { statsTable, STATS_VERSIONS, type StatsTableForm } from "./stats-table";

export const KINDS: { readonly [K in FormId]: FormKind & { readonly id: K } } = {
  "stats-table": { ...statsTable, id: "stats-table" },
  "report-outline": { ...reportOutline, id: "report-outline" },
};

/** The kinds in the order of preference of `FORM_IDS`. */
export const ALL_KINDS: readonly FormKind[] = FORM_IDS.map((id) => KINDS[id]);

/** The kind of a form id, when this build knows it. */
export function kindOf(id: string): FormKind | undefined {
  return ALL_KINDS.find((k) => k.id === id);
}

/** Each kind's versions with their own types, for callers that work with one kind's data. */
interface FormDefs {
  "stats-table": StatsTableForm;
  "report-outline": ReportOutlineForm;
}
const VERSIONS: { readonly [K in FormId]: readonly FormDefs[K][] } = { "stats-table": STATS_VERSIONS, "report-outline": OUTLINE_VERSIONS };

/** The newest version of a form, or the given one; undefined when not known. */
export function getForm<I extends FormId>(id: I, version?: number): FormDefs[I] | undefined {
  const all: readonly FormDefs[I][] = VERSIONS[id];
  return versionOf(all, version);
}

/** The newest version of a kind's form. */
export function newestVersion(kind: FormKind): number {
  return versionOf(kind.versions)?.version ?? 0;
}



const rulesByKinds = new WeakMap<readonly FormKind[], readonly Rule[]>();

/**
 * Every rule a check can report, finding the form included, over the given kinds. The
 * same list of kinds gives the same array, made once: every file asks for it.
 */
export function rulesOf(kinds: readonly FormKind[]): readonly Rule[] {
  let rules = rulesByKinds.get(kinds);
  if (!rules) rulesByKinds.set(kinds, (rules = [...LOCATE_RULES, ...CHECK_RULES, ...kinds.flatMap((k) => k.rules)]));
  return rules;
}

export const ALL_RULES: readonly Rule[] = rulesOf(ALL_KINDS);

/** The members the kinds add to the JSON output, each optional (present for its own kind). */
export type KindJsonMembers = OutlineJson;
