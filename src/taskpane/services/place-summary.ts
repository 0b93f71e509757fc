/**
 * Where a consolidation's three sheets go. In Excel: inserted into the open workbook under
 * names chosen BEFORE rendering, so the summary's formulas point at the detail sheet really
 * inserted; sheets already named "Tổng hợp"… are replaced only when the user says so.
 * Elsewhere (no Excel, or an Excel that cannot insert sheets): a downloaded tong-hop.xlsx.
 */
import type { SummaryContext, SummaryNames } from "../../core/consolidate";
import { defaultSheetNames } from "../../core/consolidate/sheets/common";
import { message } from "../../core/messages";
import { freeSheetNames, type WorkbookPort } from "../../excel/port";
import { throwIfAborted } from "./checker";
import type { SummaryRenderer } from "./consolidator";
import type { SummaryRender } from "./summary-hub";
import type { Download } from "./download";
import { isInsertUnsupported } from "./insert-unsupported";
import { namesByRole } from "./summary-names";

export type OverwriteChoice = "overwrite" | "rename" | "cancel";

export type Placement =
  | { kind: "inserted"; names: SummaryNames; replaced: string[] }
  | { kind: "downloaded"; file: string; cannotInsert: boolean }
  /** The user declined both overwriting and new names. */
  | { kind: "notWritten" };

export interface PlaceDeps {
  port?: WorkbookPort;
  today: string;
  /** The consolidating unit, written in the summary's header. */
  unit?: string;
  parent?: string;
  place?: string;
  /** ISO day of the report; its day and month are left to fill when absent. */
  reportDate?: string;
  download: Download;
  /** Asked only when sheets with the summary's names exist; receives their names as the workbook spells them. */
  askOverwrite(existing: string[]): Promise<OverwriteChoice>;
}

/** The header's names and date line as the user gave them; the pane has file names only, so no folder. */
function given(d: Omit<PlaceDeps, "download" | "askOverwrite">): Partial<SummaryContext> {
  return { ...(d.unit ? { unit: d.unit } : {}), ...(d.parent ? { parent: d.parent } : {}), ...(d.place ? { place: d.place } : {}), ...(d.reportDate ? { reportDate: d.reportDate } : {}) };
}

/** The summary's rendering under these names: its header as the user gave it. */
export function summaryRequest(names: SummaryNames, deps: Omit<PlaceDeps, "download" | "askOverwrite">): SummaryRender {
  return { names, ctx: { date: deps.today, ...given(deps) }, title: defaultSheetNames().summary };
}

/** `rendering` makes the workbook wherever the consolidation was made (a worker, as a rule). */
export async function placeSummary(rendering: SummaryRenderer, sheets: readonly string[], deps: PlaceDeps, signal: AbortSignal): Promise<Placement> {
  const defaults = defaultSheetNames();
  const request = (names: SummaryNames) => summaryRequest(names, deps);
  const port = deps.port;

  const download = async (): Promise<Placement> => {
    const bytes = await rendering.bytes(request(defaults));
    throwIfAborted(signal);
    const file = message("ui.consolidate.fileName");
    deps.download(file, bytes);
    return { kind: "downloaded", file, cannotInsert: port !== undefined };
  };
  if (!port?.canInsertSheets()) return download();

  const { names: existing } = await port.listSheets();
  // The consolidator's own report too, where the kind drafts one: the consolidation's side said which.
  const wanted = [...sheets];
  const lower = new Set(wanted.map((n) => n.toLowerCase()));
  const clashing = existing.filter((n) => lower.has(n.toLowerCase()));
  let replace: string[] = [];
  let chosen = wanted;
  if (clashing.length > 0) {
    const choice = await deps.askOverwrite(clashing);
    throwIfAborted(signal);
    if (choice === "cancel") return { kind: "notWritten" };
    if (choice === "overwrite") replace = clashing;
    else chosen = freeSheetNames(wanted, existing);
  }
  const names = namesByRole(defaults, wanted, chosen);
  const base64 = await rendering.base64(request(names));
  throwIfAborted(signal);
  try {
    await port.insertSheets({ base64, sheetNames: chosen, ...(replace.length > 0 ? { replace } : {}) });
  } catch (e) {
    if (isInsertUnsupported(e)) return download();
    throw e;
  }
  return { kind: "inserted", names, replaced: replace };
}
