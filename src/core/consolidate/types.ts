/**
 * What consolidating a set of checked files decides and produces. Every file gets one
 * recorded fate with its reason; nothing is dropped silently.
 */
import type { ExcludedCell, WorkbookFormat } from "../check";
import type { MessageCode } from "../messages";
import type { Params, Problem, Severity } from "../problems";
import type { Report } from "../report";
import type { Alias } from "../roster";

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
  form?: string;
  /** Default: the year most files of that form hold. */
  year?: number;
}

/** How the consolidation's year was settled, to be said in the log. */
export interface YearChoice {
  year: number | null;
  /** Given by the caller (`--year`, the pane's field), else the most files'. */
  given: boolean;
  /** Files of the form that state this year, and all that state one. */
  holding: number;
  stating: number;
}

export type FileStatus = "accepted" | "rejected" | "duplicate-dropped";
/** As DHIS2 reports timeliness: on time, late, or no date to judge by. */
export type Timeliness = "on-time" | "late" | "no-date";

export interface FileOutcome {
  /** Position in the input: the last tie-break between two reports of one unit. */
  index: number;
  file: string;
  /** What the file held, when it could be opened: said in the log for an .xls or .ods. */
  format?: WorkbookFormat;
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
  /** `unattributed`: part of the total that units gave without saying its source ("chưa rõ nguồn"). */
  funding: { state?: number; other?: number; unattributed?: number; total?: number };
}

/** Where each total's numbers came from, member by member: a total traces back like any row. */
export interface TotalsProvenance {
  participation: { trainees: Contribution[]; activities: Contribution[]; total: Contribution[] };
  funding: { state: Contribution[]; other: Contribution[]; unattributed?: Contribution[]; total: Contribution[] };
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

/** A value the report holds that the form being consolidated has no place for. */
export interface Ignored {
  index: number;
  rowCode: string;
  cell?: string;
  kind: "value" | "field";
}

/** A consolidation of any kind; each kind adds its own members (`src/core/kinds/`). */
export interface Consolidation {
  /** The kind of form consolidated (its id in the registry). */
  form: string;
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
