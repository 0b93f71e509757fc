/**
 * A kind of form, as one object: everything that differs between the statistics table,
 * the report outline and any form added later. Generic code (finding a form, checking a
 * workbook, consolidating, describing the summary, the pane, the command line) looks the
 * kind up once and calls it; it never asks which kind it holds.
 *
 * The kind receives back only what it produced itself (its located sheet, its reports, its
 * consolidation), typed as the generic base; it narrows them with its own guards.
 */
import type { RawSheet, RawWorkbook } from "../cells";
import type { CheckContext, CheckOutcome } from "../check";
import type { Consolidation, FileOutcome, Ignored, Totals, TotalsProvenance } from "../consolidate/types";
import type { SummaryContext, SummaryNames } from "../consolidate/sheets/common";
import type { FormDefBase } from "../forms";
import type { FormSheetOptions } from "../layout";
import type { LocateContext, Located } from "../locate";
import type { FormMarkerHit } from "../locate/markers";
import type { MessageCode } from "../messages";
import type { Findings, Rule } from "../problems";
import type { MeasureValues, Report } from "../report";
import type { SheetDescription } from "../sheet";

/** The kind's names, as catalogue keys. */
export interface KindLabels {
  /** In sentences and titles: "Biểu tổng hợp số liệu kết quả tổ chức Tuần lễ". */
  name: MessageCode;
  /** In the pane's choice of form and a check's result: "Bảng số liệu (Phụ lục 02)". */
  short: MessageCode;
  /** The form sheet's default name. */
  sheetName: MessageCode;
  /** A downloaded blank form's file name, with `{year}`. */
  fileName: MessageCode;
}

/** A sheet recognised by its labels (no marker): how sure, and how to finish locating it. */
export interface Recognised {
  /** Rows or fields recognised: a sheet is taken for the form only from a few on. */
  score: number;
  locate(found: Findings<MessageCode>): Located;
}

/** What a kind adds to a consolidation: its own members, the totals, and what it could not place. */
export interface KindSums {
  members: object;
  totals: Totals;
  totalsProvenance: TotalsProvenance;
  ignored: Ignored[];
}

/** One number (or answer) of one unit's report, as the long table lists it. */
export interface UnitValue {
  code: string;
  label: string;
  /** `count`, `people`, `amount`, or `value` for an outline's answer. */
  measure: string;
  /** The measure in words, for people reading the table. */
  measureName: string;
  value: number | string;
}

/** The kind's part of the JSON output: the rows (empty for a kind without rows) and any members of its own. */
export interface KindJson {
  rows: Record<string, MeasureValues>;
  extra: object;
}

/** The kind as the hosts show it: names and which totals it carries. */
export interface KindFace {
  readonly labels: KindLabels;
  /** Which members of the participation total the pane shows beside it. */
  readonly participationShown: readonly (keyof Totals["participation"])[];
}

export interface FormKind extends KindFace {
  readonly id: string;
  /** Every version of the form this build reads, each checked by its schema when the module loads. */
  readonly versions: readonly FormDefBase[];
  /** The rules only this kind reports (cell and sheet rules shared by all kinds live in `check/rules.ts`). */
  readonly rules: readonly Rule[];

  /** The blank form, ready to fill: the official labels, validation, print setup, marker. */
  formSheet(version: number, opts: FormSheetOptions & { sheetName: string }): SheetDescription;
  /** A sheet whose marker names this kind, at a version it knows (one of `versions`). */
  locateMarked(wb: RawWorkbook, hit: FormMarkerHit, ctx: LocateContext, found: Findings<MessageCode>): Located;
  /** A sheet without a marker, recognised by the form's printed headers and labels; undefined when not. */
  recognise(wb: RawWorkbook, sheet: RawSheet, sheetIndex: number, ctx: LocateContext): Recognised | undefined;
  /** What a user should see on a sheet when no form is found, for `locate.noForm`. */
  expectedLayout(): string;
  /** Judges every cell and rule and reads the report from the good cells. */
  check(located: Located, ctx: CheckContext, found: Findings<MessageCode>): CheckOutcome;
  /** The report's values as one text (and how many values): two reports with the same are one report sent twice. */
  fingerprint(report: Report): { print: string; values: number } | undefined;
  /** Sums the accepted reports of this kind, at the version the summary is laid out in. */
  sum(version: number, accepted: readonly FileOutcome[]): KindSums;
  /** The summary and detail sheets (the log is generic), in the order they are written. */
  summarySheets(c: Consolidation, year: number, names: SummaryNames, ctx: SummaryContext): SheetDescription[];
  json(c: Consolidation): KindJson;
  /** One accepted report's values in the form's order, as they were summed. */
  unitValues(report: Report): UnitValue[];
}

/**
 * A kind's hold on what it produced: the generic code hands back a located sheet or a
 * consolidation as the base type, and the kind checks it is its own before reading it.
 * Another kind's object here is a programming error, never a user's.
 */
export function ownOnly<T, U extends T>(guard: (t: T) => t is U, what: string): (t: T) => U {
  return (t) => {
    if (!guard(t)) throw new TypeError(`another kind's ${what} was handed to this kind`);
    return t;
  };
}
