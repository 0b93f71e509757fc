/**
 * The request context: the queue of operations and `sync()`, which runs them against the
 * model in order. A sync with nothing queued costs no round trip in Office.js, so it is not
 * counted in `syncCount` (only in `syncCalls`). When an operation fails, the ones before it
 * stay applied (Excel does not roll back) and nothing loaded in that batch reaches the proxies.
 */
import { invalidObjectPath } from "./errors";
import type { InsertCall, WorkbookParser } from "./insert-base64";
import type { WorkbookModel } from "./model";
import type { FakeRequirements } from "./requirements";
import { FakeWorkbook } from "./workbook";

/** Applied after the whole batch succeeded: how loaded values reach the proxies. */
export type Commit = () => void;
export type Op = () => void | Commit | Promise<void | Commit>;

/** What the proxies need from the fake: the model, its configuration and its counters. */
export interface FakeCore {
  readonly model: WorkbookModel;
  readonly requirements: FakeRequirements;
  readonly parseWorkbook: WorkbookParser | undefined;
  readonly insertCalls: InsertCall[];
  readonly operations: string[];
  counters: { syncCount: number; syncCalls: number };
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  private queue: { where: string; op: Op }[] = [];
  /** @internal Set when the `Excel.run` that made this context has finished. */
  _closed = false;

  constructor(/** @internal */ readonly _fake: FakeCore) {
    this.workbook = new FakeWorkbook(this);
  }

  /** @internal Queues an operation; like Office.js, refuses once the run is over. */
  _enqueue(where: string, op: Op): void {
    if (this._closed) throw invalidObjectPath(where);
    this.queue.push({ where, op });
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    this._fake.counters.syncCalls++;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return passThroughValue as T;
    this._fake.counters.syncCount++;
    // A real sync is a round trip: nothing it does is visible before the caller awaits.
    await Promise.resolve();
    const commits: Commit[] = [];
    for (const { where, op } of batch) {
      this._fake.operations.push(where);
      const result = op();
      const commit = result instanceof Promise ? await result : result;
      if (commit) commits.push(commit);
    }
    for (const commit of commits) commit();
    return passThroughValue as T;
  }
}
