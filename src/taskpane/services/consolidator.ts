/**
 * A consolidation from the pane, behind one interface so the pane does not care where it
 * runs: in workers (workers-consolidator.ts: the pane's thread only draws and talks to Excel)
 * or on the main thread between paints (tests, hosts without workers).
 */
import type { ConsolidateOptions } from "../../core/consolidate";
import type { WorkbookPort } from "../../excel/port";
import { isWorkerStartFailure, type FileToCheck } from "./checker";
import type { ConsolidationView } from "./result-view";
import type { SummaryRender } from "./summary-hub";

/** What the run is doing, for the progress panel: files read and checked, sheets read, consolidating, rendering the summary. */
export type Phase = "reading" | "sheets" | "consolidating" | "rendering";

/** `done`/`total` count files or sheets; both 0 in a phase that has no count. */
export type OnPhase = (phase: Phase, done: number, total: number) => void;

export interface ConsolidateJob {
  files: readonly FileToCheck[];
  /** Sheets of the open workbook, read through `port` (the pane's thread: only it talks to Excel). */
  sheets: readonly string[];
  port?: WorkbookPort;
  today: string;
  options: ConsolidateOptions;
  /** The rendering the pane will most likely ask for: the summary is described for it once, while consolidating. */
  expected?: SummaryRender;
}

/** The summary workbook for the names chosen: its bytes for a download, or base64 for Excel's insert. */
export interface SummaryRenderer {
  bytes(req: SummaryRender): Promise<Uint8Array>;
  base64(req: SummaryRender): Promise<string>;
}

/** A consolidation made: what the pane shows of it, and its summary to render on demand. */
export interface Consolidated extends SummaryRenderer {
  view: ConsolidationView;
  /** Lets go of what the consolidation holds (ends its worker). */
  close(): void;
}

export interface Consolidator {
  /** Rejects with an `AbortError` when `signal` is aborted, at any phase, and so does a later rendering. */
  consolidate(job: ConsolidateJob, onPhase: OnPhase, signal: AbortSignal): Promise<Consolidated>;
  /**
   * A consolidation may follow: whatever it will need can start now. `files` were chosen, or,
   * without a count, the user opened the consolidation and is choosing them.
   */
  prepare?(files?: number): void;
}

/**
 * A consolidator that falls back to another when the first cannot start its workers: a host
 * may refuse Web Workers (a strict policy, an old webview) only at run time. Any other failure
 * is the run's, said to the user: running it all again on the pane's thread would freeze it.
 */
export function consolidatorWithFallback(first: Consolidator, second: Consolidator): Consolidator {
  let broken = false;
  return {
    prepare(files) {
      if (!broken) first.prepare?.(files);
    },
    async consolidate(job, onPhase, signal) {
      if (!broken) {
        try {
          return await first.consolidate(job, onPhase, signal);
        } catch (e) {
          if (!isWorkerStartFailure(e)) throw e;
          broken = true;
        }
      }
      return second.consolidate(job, onPhase, signal);
    },
  };
}
