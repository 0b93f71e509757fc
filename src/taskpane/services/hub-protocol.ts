/**
 * The messages between the pane and its consolidation worker (the hub). The check workers
 * send their results straight to the hub through a MessagePort each, so no file's result
 * ever passes through the pane's thread.
 */
import type { RawWorkbook } from "../../core/cells";
import type { CheckedFile } from "../../core/check";
import type { ConsolidateOptions } from "../../core/consolidate";
import type { ConsolidationView } from "./result-view";
import type { SummaryRender } from "./summary-hub";

export type ToHub =
  /** Sent to a hub started ahead of its run: load the hub's code now, while the user looks at the options. */
  | { type: "hub-load" }
  /** How many results to wait for: files and sheets together. */
  | { type: "hub-open"; total: number }
  /** A check worker's results arrive on this port, a few at a time (`HubResults` messages). */
  | { type: "hub-port"; port: MessagePort }
  /** A result the pane made itself (a file that could not be read, or crashed or hung its worker). */
  | ({ type: "hub-result" } & HubResult)
  | { type: "hub-sheet"; index: number; name: string; raw: RawWorkbook; today: string }
  | { type: "hub-consolidate"; options: ConsolidateOptions; expected?: SummaryRender }
  /** A worker that deflates the summary's pieces while the hub makes the next (deflate-relay.ts) is on this port. */
  | { type: "hub-deflater"; port: MessagePort }
  /** That worker is gone: the hub writes the summary by itself. */
  | { type: "hub-deflater-lost" }
  | { type: "hub-render"; req: SummaryRender; encoding: "bytes" | "base64" };

export interface HubResult {
  index: number;
  result: CheckedFile;
}

export interface HubResults {
  results: HubResult[];
}

export type FromHub =
  | { type: "ready" }
  | { type: "hub-consolidated"; view: ConsolidationView }
  /** `bytes` transferred, not copied. */
  | { type: "hub-rendered"; bytes?: ArrayBuffer; base64?: string }
  | { type: "hub-failed"; message: string };
