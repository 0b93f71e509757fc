/** The messages between the pane and a check worker: a batch of files out, one result per file back. */
import type { CheckedFile } from "../../core/check";

export interface CheckBatch {
  type: "check";
  today: string;
  /** `index` is the file's place in the whole run, so results come back in input order. */
  files: { index: number; name: string; buffer: ArrayBuffer }[];
}

export type WorkerReply =
  /** The worker's script has loaded: from now on a failure is the fault of the file it is on. */
  | { type: "ready" }
  | { type: "checked"; index: number; result: CheckedFile }
  /** The worker could not start (its script or the reader failed to load). */
  | { type: "failed"; message: string };
