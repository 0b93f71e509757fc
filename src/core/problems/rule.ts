/**
 * A rule is a row of a table: its code (which is also its message key), its severity,
 * what it looks at, and a line saying what it catches. The evaluation code only names
 * the code; the severity comes from the table, so a rule's weight is changed in one place.
 */
import { FORM_IDS, type FormId } from "../forms/ids";
import type { MessageCode } from "../messages";
import type { Params, Problem, Severity, Where } from "./problem";

export type LooksAt = "workbook" | "sheet" | "header" | "row" | "rows" | "cell" | "field";

export interface Rule {
  code: MessageCode;
  severity: Severity;
  looksAt: LooksAt;
  forms: readonly FormId[];
  /** What the rule catches, for people reading the table. */
  about: string;
}

/** A rule every kind of form can report. */
export const BOTH_FORMS: readonly FormId[] = FORM_IDS;

export type CodeOf<T extends readonly Rule[]> = T[number]["code"];

const severities = new WeakMap<readonly Rule[], ReadonlyMap<MessageCode, Severity>>();

/** Each table's severities by code, made once per table rather than once per file and sheet. */
function severityOf(rules: readonly Rule[]): ReadonlyMap<MessageCode, Severity> {
  let map = severities.get(rules);
  if (!map) severities.set(rules, (map = new Map(rules.map((r) => [r.code, r.severity]))));
  return map;
}

/** Collects problems for one file (and sheet), with each rule's severity from its table. */
export class Findings<C extends MessageCode> {
  private readonly severity: ReadonlyMap<MessageCode, Severity>;

  constructor(
    private readonly rules: readonly Rule[],
    private readonly base: Where,
    readonly problems: Problem[] = [],
  ) {
    this.severity = severityOf(rules);
  }

  /** The same collection, with problems placed on this sheet. */
  withSheet(sheet: string): Findings<C> {
    return new Findings<C>(this.rules, { ...this.base, sheet }, this.problems);
  }

  emit(code: C, where: Where = {}, params: Params = {}): Problem {
    const severity = this.severity.get(code);
    if (severity === undefined) throw new Error(`rule ${code} is in no table`);
    const p: Problem = { code, severity, where: { ...this.base, ...where }, params };
    this.problems.push(p);
    return p;
  }
}
