/**
 * The messages between the hub, which makes the summary's XML, and the worker that deflates
 * it and makes the zip (deflate-relay.ts, deflate-serve.ts), on a MessagePort of their own.
 * `job` tells one workbook from the next: what comes for a job the hub gave up on is dropped.
 */
import type { ZipLevel } from "../../xlsx/stream";

export type ToDeflater =
  /** The next part of the package; `mtime` is when the hub began it, as a zip entry's date. */
  | { type: "part"; job: number; name: string; level: ZipLevel; mtime: number }
  /** The part's next piece, transferred: the hub keeps nothing of it. */
  | { type: "piece"; job: number; bytes: ArrayBuffer; final: boolean }
  /** Every part was sent: the package's bytes are wanted. */
  | { type: "end"; job: number };

export type FromDeflater =
  /** One more piece deflated: the hub may send another. */
  | { type: "ack"; job: number }
  /** The whole package, transferred. */
  | { type: "done"; job: number; bytes: ArrayBuffer }
  | { type: "failed"; job: number; message: string };

/** A MessagePort as either side uses it (a test gives its own). */
export interface DeflatePort<In, Out> {
  postMessage(message: Out, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<In>) => void) | null;
}
