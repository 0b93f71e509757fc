/**
 * One consolidation from the pane: check the chosen files (off the UI thread) and sheets,
 * consolidate, then place the three sheets. Cancel is honoured until the moment of
 * writing, so a cancelled run leaves the workbook untouched.
 */
import type { CheckedFile } from "../../core/check";
import type { Consolidation } from "../../core/consolidate";
import { MAX_YEAR, MIN_YEAR } from "../../core/forms";
import { aliasesFromText, expectedFromText } from "../../core/roster";
import { throwIfAborted, type Checker, type FileToCheck, type OnProgress } from "./checker";
import { checkSheet } from "./check-sheet";
import { loadPipeline } from "./lazy";
import { placeSummary, type PlaceDeps, type Placement } from "./place-summary";

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
  checker: Checker;
}

export interface ConsolidateOutcome {
  result: Consolidation;
  /** Absent when no report could be consolidated: nothing is written then. */
  placement?: Placement;
}

/** A year typed in the pane's field, when it is one. */
export function yearOf(text: string): number | undefined {
  const year = Number(text.trim());
  return text.trim() !== "" && Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined;
}

export async function runConsolidation(req: ConsolidateRequest, deps: ConsolidateDeps, signal: AbortSignal, onProgress: OnProgress): Promise<ConsolidateOutcome> {
  const total = req.files.length + req.sheets.length;
  const checked: CheckedFile[] = await deps.checker.checkFiles(req.files, (done) => onProgress(done, total), signal, { today: deps.today });
  for (const sheet of req.sheets) {
    throwIfAborted(signal);
    if (!deps.port) break;
    checked.push(await checkSheet(deps.port, sheet, deps.today));
    onProgress(checked.length, total);
  }
  throwIfAborted(signal);

  const { consolidate } = await loadPipeline();
  const expected = expectedFromText(req.expectedText);
  const aliases = aliasesFromText(req.aliasesText ?? "").aliases;
  const year = yearOf(req.year ?? "");
  const result = consolidate(checked, {
    ...(expected.length > 0 ? { expected } : {}),
    ...(aliases.length > 0 ? { aliases } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(req.deadline ? { deadline: req.deadline } : {}),
    onDuplicate: req.onDuplicate,
    acceptErrors: req.acceptErrors,
  });
  throwIfAborted(signal);
  if (!result.files.some((f) => f.status === "accepted")) return { result };
  return { result, placement: await placeSummary(result, { ...deps, unit: req.unit?.trim() || undefined, parent: req.parent?.trim() || undefined, place: req.place?.trim() || undefined, reportDate: req.reportDate || undefined }, signal) };
}
