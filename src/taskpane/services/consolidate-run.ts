/**
 * One consolidation from the pane: the chosen files and sheets checked and consolidated by
 * the consolidator (in workers, as a rule), then the three sheets placed. Cancel is honoured
 * until the moment of writing, so a cancelled run leaves the workbook untouched.
 */
import { MAX_YEAR, MIN_YEAR } from "../../core/forms";
import { aliasesFromText, expectedFromText } from "../../core/roster";
import type { FileToCheck } from "./checker";
import type { ConsolidateJob, Consolidator, OnPhase } from "./consolidator";
import { defaultSheetNames } from "../../core/consolidate/sheets/common";
import { placeSummary, summaryRequest, type PlaceDeps, type Placement } from "./place-summary";
import type { ConsolidationView } from "./result-view";

export interface ConsolidateRequest {
  files: readonly FileToCheck[];
  /** Sheets of the open workbook (Excel only). */
  sheets: readonly string[];
  /** One unit a line; empty for none. */
  expectedText: string;
  /** "tên gửi => tên trong danh sách" lines; empty for none. */
  aliasesText?: string;
  /** The consolidation's year as typed; empty (or not a year) for the year most files state. */
  year?: string;
  /** ISO date, or "" for none. */
  deadline: string;
  onDuplicate: "latest" | "error";
  acceptErrors: boolean;
  /** The consolidating unit for the summary's header; empty to leave it for the user. */
  unit?: string;
  /** The parent body, the place of the date line and the report's ISO day; empty to leave them to write. */
  parent?: string;
  place?: string;
  reportDate?: string;
}

export interface ConsolidateDeps extends PlaceDeps {
  consolidator: Consolidator;
}

export interface ConsolidateOutcome {
  result: ConsolidationView;
  /** Absent when no report could be consolidated: nothing is written then. */
  placement?: Placement;
}

/** A year typed in the pane's field, when it is one. */
export function yearOf(text: string): number | undefined {
  const year = Number(text.trim());
  return text.trim() !== "" && Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined;
}

export async function runConsolidation(req: ConsolidateRequest, deps: ConsolidateDeps, signal: AbortSignal, onPhase: OnPhase): Promise<ConsolidateOutcome> {
  const header = { unit: req.unit?.trim() || undefined, parent: req.parent?.trim() || undefined, place: req.place?.trim() || undefined, reportDate: req.reportDate || undefined };
  const place = { ...deps, ...header };
  // Under the default names, as a download or an insert into a workbook without such sheets writes it.
  const expected = summaryRequest(defaultSheetNames(), place);
  const consolidated = await deps.consolidator.consolidate({ files: req.files, sheets: req.sheets, port: deps.port, today: deps.today, options: optionsOf(req), expected }, onPhase, signal);
  try {
    const result = consolidated.view;
    if (result.files.accepted === 0) return { result };
    const rendering = {
      bytes: (r: Parameters<typeof consolidated.bytes>[0]) => (onPhase("rendering", 0, 0), consolidated.bytes(r)),
      base64: (r: Parameters<typeof consolidated.base64>[0]) => (onPhase("rendering", 0, 0), consolidated.base64(r)),
    };
    return { result, placement: await placeSummary(rendering, result.sheets, place, signal) };
  } finally {
    consolidated.close();
  }
}

/** The consolidation's options from what was typed in the pane. */
function optionsOf(req: ConsolidateRequest): ConsolidateJob["options"] {
  const expected = expectedFromText(req.expectedText);
  const aliases = aliasesFromText(req.aliasesText ?? "").aliases;
  const year = yearOf(req.year ?? "");
  return {
    ...(expected.length > 0 ? { expected } : {}),
    ...(aliases.length > 0 ? { aliases } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(req.deadline ? { deadline: req.deadline } : {}),
    onDuplicate: req.onDuplicate,
    acceptErrors: req.acceptErrors,
  };
}
