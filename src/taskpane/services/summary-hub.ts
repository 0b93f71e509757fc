/**
 * Where a pane's consolidation comes together: every file's and sheet's check result, in
 * any order, then the consolidation, then the summary workbook rendered for the names the
 * pane chose. Knows no thread: the consolidation worker runs it (hub.worker-side.ts), and
 * so does the main thread where workers cannot run.
 */
import type { RawWorkbook } from "../../core/cells";
import type { CheckedFile } from "../../core/check";
import type { Consolidation, ConsolidateOptions, SummaryContext, SummaryNames } from "../../core/consolidate";
import type { SheetDescription } from "../../core/sheet";
import { loadPipeline } from "./lazy";
import { renderSummary } from "./render-summary";
import { viewOf, type ConsolidationView } from "./result-view";
import { localIsoDate } from "../../core/numbers";

/** What the summary workbook is rendered with: the sheet names chosen in the workbook, and its header. */
export interface SummaryRender {
  names: SummaryNames;
  ctx: SummaryContext;
  title: string;
}

export type SummaryWriter = typeof renderSummary;

export class SummaryHub {
  private results: (CheckedFile | undefined)[];
  private missing: number;
  private complete: Promise<void>;
  private onComplete!: () => void;
  private consolidation?: Consolidation;
  /** The summary described while consolidating, for the rendering it was described for: used once. */
  private described?: { key: string; sheets: SheetDescription[] };

  /** `total`: files and sheets together; each index gets its result once. */
  constructor(total: number) {
    this.results = new Array(total);
    this.missing = total;
    this.complete = new Promise((resolve) => (this.onComplete = resolve));
    if (total === 0) this.onComplete();
  }

  /** The first result for an index stands: a late duplicate (a worker's answer racing the pane's refusal) is dropped. */
  add(index: number, result: CheckedFile): void {
    if (this.results[index] !== undefined || index >= this.results.length) return;
    this.results[index] = result;
    if (--this.missing === 0) this.onComplete();
  }

  /** A sheet of the open workbook, read by the pane; its name stands for the file. */
  async addSheet(index: number, name: string, raw: RawWorkbook, today: string): Promise<void> {
    const { checkWorkbook } = await loadPipeline();
    this.add(index, checkWorkbook(raw, { file: name, today }));
  }

  /**
   * Waits for every result, then consolidates; the results are let go, the consolidation kept
   * for rendering. The summary is described here, for `expected` (the rendering the pane will
   * ask for unless the workbook's own sheets take its names): which sheets it holds is asked
   * of the descriptions (the consolidator's own report too, where the kind drafts one), and
   * that rendering then writes them without describing them again.
   */
  async consolidate(options: ConsolidateOptions, expected?: SummaryRender): Promise<ConsolidationView> {
    await this.complete;
    const { consolidate, summarySheets, defaultSheetNames } = await loadPipeline();
    this.consolidation = consolidate(this.results as CheckedFile[], options);
    this.results = [];
    const req = expected ?? { names: defaultSheetNames(), ctx: { date: localIsoDate(new Date()) } };
    const sheets = summarySheets(this.consolidation, req.names, req.ctx);
    if (expected) this.described = { key: describedFor(expected), sheets };
    return viewOf(this.consolidation, sheets.map((s) => s.name));
  }

  /** `write` makes the bytes (the consolidation worker may share the work with another). */
  async render(req: SummaryRender, write: SummaryWriter = renderSummary): Promise<Uint8Array> {
    if (!this.consolidation) throw new Error("render before consolidate");
    const described = this.described;
    // A description is written once: a second rendering (a download after a refused insert) describes again.
    this.described = undefined;
    const sheets = described?.key === describedFor(req) ? described.sheets : (await loadPipeline()).summarySheets(this.consolidation, req.names, req.ctx);
    return write(sheets, { title: req.title });
  }
}

/** What a description depends on: the sheets' names and the header (the title is the writer's). */
function describedFor(req: Pick<SummaryRender, "names" | "ctx">): string {
  return JSON.stringify([req.names, req.ctx]);
}
