/** The report outline's own shapes: where its fields were found, its report, its consolidation. */
import type { Consolidation, Contribution } from "../../consolidate";
import type { Located } from "../../locate";
import type { Report } from "../../report";
import type { ReportOutlineForm } from "./schema";

export const REPORT_OUTLINE = "report-outline";

export type OutlineFieldPlace = { row: number; col: number } | { text: string; row: number; col: number };

export interface LocatedOutline extends Located {
  kind: typeof REPORT_OUTLINE;
  form: ReportOutlineForm;
  /** Where each field's value was found, by code: a cell, or text after the label's colon. */
  fields: Map<string, OutlineFieldPlace>;
}

export type FieldValue = string | number;

export interface OutlineReport extends Report {
  form: typeof REPORT_OUTLINE;
  /** By field code: text and choices as strings, dates as ISO strings, whole/money as numbers. */
  fields: Record<string, FieldValue>;
  cells: Record<string, string>;
}

export interface ChoiceTally {
  /** Every choice of the form, in its order, 0 included. */
  choices: { choice: string; units: number }[];
  blank: number;
  /** Answers that are none of the choices, as written. */
  other: { unit: string; value: string }[];
}

export interface OutlineAggregate {
  participants?: number;
  funding: { state?: number; other?: number; total?: number };
  ceremonyForms: ChoiceTally;
  assessments: ChoiceTally;
  ceremonies: { unit: string; file: string; date?: string; place?: string }[];
  recommendations: { code: string; addressee: string; items: { unit: string; file: string; text: string }[] }[];
  provenance: { participants: Contribution[]; state: Contribution[]; other: Contribution[] };
}

export interface OutlineConsolidation extends Consolidation {
  form: typeof REPORT_OUTLINE;
  outline: OutlineAggregate;
}

/** The outline's members of the JSON output. */
export interface OutlineJson {
  outline?: Omit<OutlineAggregate, "provenance">;
}

/** This kind's own objects, told apart from another kind's by their form id. */
export const isLocatedOutline = (l: Located): l is LocatedOutline => l.kind === REPORT_OUTLINE;
export const isOutlineReport = (r: Report): r is OutlineReport => r.form === REPORT_OUTLINE;
export const isOutlineConsolidation = (c: Consolidation): c is OutlineConsolidation => c.form === REPORT_OUTLINE;
