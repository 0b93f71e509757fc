/**
 * What consolidating a set of checked files decides and produces. Every file gets one
 * recorded fate with its reason; nothing is dropped silently.
 */
import type { ExcludedCell } from "../check/result";
import type { FormId } from "../forms";
import type { MessageCode } from "../messages";
import type { Params, Problem, Severity } from "../problems";
import type { MeasureValues, Report } from "../report";
import type { Alias } from "../roster";
import type { Measure } from "../units";

export interface ConsolidateOptions {
  /** Units that must report; compared folded (case, spacing, punctuation, diacritics), see `core/roster`. */
  expected?: readonly string[];
  /** Names the consolidator confirmed: a sender's name and the listed name it stands for. */
  aliases?: readonly Alias[];
  /** ISO date (yyyy-mm-dd); a report dated after it is late. Without it, timeliness is not judged. */
  deadline?: string;
  /** Two accepted reports of one unit: keep the latest, or refuse both. */
  onDuplicate: "latest" | "error";
  /** Consolidate files with errors, leaving out the cells the errors kept out of their report. */
  acceptErrors: boolean;
  /** Default: the form most files hold. */
  form?: FormId;
  /** Default: the year most files of that form hold. */
  year?: number;
}

export type FileStatus = "accepted" | "rejected" | "duplicate-dropped";
/** As DHIS2 reports timeliness: on time, late, or no date to judge by. */
export type Timeliness = "on-time" | "late" | "no-date";

export interface FileOutcome {
  /** Position in the input: the last tie-break between two reports of one unit. */
  index: number;
  file: string;
  unit?: string;
  status: FileStatus;
  /** The reason, from the catalogue: `consolidate.accepted`, `consolidate.rejected.*`, `consolidate.duplicate.*`. */
  code: MessageCode;
  params: Params;
  /** The report whose numbers were used (accepted files) or would have been. */
  report?: Report;
  problems: readonly Problem[];
  excluded: readonly ExcludedCell[];
  /** Judged for accepted files when a valid deadline was given. */
  timeliness?: Timeliness;
  /** Accepted although the expected list does not name it. */
  unexpected?: boolean;
  /** Not on the list, but probably this listed unit: to be confirmed in the alias list. */
  suggested?: string;
  /** On the list through the alias list, as this listed unit. */
  aliasOf?: string;
}

/** One number that went into a sum: who said it, where. */
export interface Contribution {
  unit: string;
  file: string;
  sheet?: string;
  cell?: string;
  value: number;
}

export interface DuplicateGroup {
  unit: string;
  /** Every file of the unit that passed the other checks, in input order. */
  files: string[];
  /** Absent when `onDuplicate: "error"` refused them all. */
  kept?: string;
}

/** Absent members are totals whose every part was left blank. */
export interface Totals {
  participation: { trainees?: number; activities?: number; total?: number };
  funding: { state?: number; other?: number; total?: number };
}

/** Where each total's numbers came from, member by member: a total traces back like any row. */
export interface TotalsProvenance {
  participation: { trainees: Contribution[]; activities: Contribution[]; total: Contribution[] };
  funding: { state: Contribution[]; other: Contribution[]; total: Contribution[] };
}

export type LogStatus =
  | FileStatus
  | "problem"
  | "excluded"
  | "ignored"
  | "duplicate-kept"
  | "late"
  | "undated"
  | "unexpected"
  | "missing"
  | "note";

export interface LogLine {
  /** Links the line to `files[fileIndex]`; absent for missing units and general notes. */
  fileIndex?: number;
  file?: string;
  unit?: string;
  status: LogStatus;
  /** The severity of a problem line. */
  severity?: Severity;
  code: MessageCode;
  sheet?: string;
  cell?: string;
  rowCode?: string;
  message: string;
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

export interface UnitNote {
  unit: string;
  file: string;
  cell?: string;
  text: string;
}

interface ConsolidationBase {
  form: FormId;
  /** The form version the summary is laid out in: the newest known. */
  version: number;
  /** Null only when no option and no file gave a year (nothing was readable). */
  year: number | null;
  /** The deadline judged against, when a valid one was given. */
  deadline?: string;
  /** One per input file, in input order. */
  files: FileOutcome[];
  duplicates: DuplicateGroup[];
  /** Expected units with no accepted report, as the expected list spells them. */
  missing: string[];
  unexpected: string[];
  /** Unlisted senders that are probably a listed unit (never merged until an alias says so). */
  suggested: { unit: string; listed: string; file: string }[];
  late: string[];
  undated: string[];
  /** Units the summary covers: a summary sent up counts for every unit it sums. */
  unitsCovered: number;
  totals: Totals;
  totalsProvenance: TotalsProvenance;
  log: LogLine[];
}

export interface StatsConsolidation extends ConsolidationBase {
  form: "stats-table";
  /** Every row of the form that carries numbers; a measure every unit left blank is absent. */
  rows: Record<string, MeasureValues>;
  provenance: Record<string, Partial<Record<Measure, Contribution[]>>>;
  notes: Record<string, UnitNote[]>;
}

export interface OutlineConsolidation extends ConsolidationBase {
  form: "report-outline";
  outline: OutlineAggregate;
}

export type Consolidation = StatsConsolidation | OutlineConsolidation;
