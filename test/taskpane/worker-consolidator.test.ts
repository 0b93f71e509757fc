/**
 * The worker consolidator with the pane's real worker code (pane-worker.ts) in stand-in
 * workers of this thread: results travel from the check workers to the hub through their
 * own ports, never through the pane; Cancel in every phase ends every worker; a host whose
 * workers cannot start falls back to the main thread.
 */
import { getForm } from "../../src/core/kinds";
import type { StatsTableForm } from "../../src/core/kinds/stats-table";
import type { MeasureValues } from "../../src/core/report";
import { readWorkbook } from "../../src/xlsx/reader";
import { isAbort, type FileToCheck } from "../../src/taskpane/services/checker";
import { consolidatorWithFallback, type ConsolidateJob, type Phase } from "../../src/taskpane/services/consolidator";
import { inlineChecker } from "../../src/taskpane/services/inline-checker";
import { inlineConsolidator } from "../../src/taskpane/services/inline-consolidator";
import { servePaneWorker, type WorkerScope } from "../../src/taskpane/services/pane-worker";
import { workerConsolidator } from "../../src/taskpane/services/worker-consolidator";
import type { WorkerLike } from "../../src/taskpane/services/worker-checker";
import { defaultSheetNames } from "../../src/core/consolidate/sheets/common";
import * as relayModule from "../../src/taskpane/services/deflate-relay";
import { schoolValues, statsFile, TODAY } from "./forms";

const STATS = getForm("stats-table") as StatsTableForm;
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * A Worker in this thread running the pane's worker code: messages structured-cloned with
 * their transfer lists, as postMessage does; `terminate` silences it and closes the ports it
 * was given. It counts what it sent the pane, to tell ticks from results.
 */
class SameThreadWorker implements WorkerLike<unknown, unknown> {
  static all: SameThreadWorker[] = [];
  onmessage: ((event: MessageEvent<unknown>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  readonly toPane: { type: string; result?: unknown; indexes?: number[] }[] = [];
  readonly received: string[] = [];
  private readonly ports: MessagePort[] = [];
  private readonly scope: WorkerScope;

  constructor() {
    SameThreadWorker.all.push(this);
    this.scope = {
      onmessage: null,
      postMessage: (message, transfer = []) => {
        if (this.terminated) return;
        const copy = structuredClone(message, { transfer });
        this.toPane.push(copy as { type: string });
        setTimeout(() => this.terminated || this.onmessage?.({ data: copy } as MessageEvent<unknown>));
      },
    };
    servePaneWorker(this.scope);
  }

  postMessage(message: unknown, transfer: Transferable[]): void {
    const copy = structuredClone(message, { transfer }) as { type: string; port?: MessagePort };
    if (copy.port) this.ports.push(copy.port);
    this.received.push(copy.type);
    setTimeout(() => this.terminated || this.scope.onmessage?.({ data: copy } as MessageEvent<never>));
  }

  terminate(): void {
    this.terminated = true;
    for (const p of this.ports) p.close();
  }
}

const spawn = () => new SameThreadWorker();

let template: Uint8Array;
beforeAll(async () => {
  template = await statsFile("Trường THCS Kim Đồng", schoolValues());
});
beforeEach(() => (SameThreadWorker.all = []));

/** `n` units' files, each unit's numbers scaled by its number, as chosen Files (read by the workers). */
async function unitFiles(n: number): Promise<{ files: FileToCheck[]; scales: number[] }> {
  const scales = Array.from({ length: n }, (_, i) => i + 1);
  const bytes = await Promise.all(scales.map((s) => statsFile(`Trường số ${s}`, schoolValues(s))));
  const files = bytes.map((b, i) => {
    const file = new File([b as BlobPart], `truong-${i + 1}.xlsx`, { type: XLSX });
    return { name: file.name, bytes: () => file.arrayBuffer(), blob: file };
  });
  return { files, scales };
}

/** Copies of one file, many of them, for runs long enough to cancel. */
function copies(n: number): FileToCheck[] {
  return Array.from({ length: n }, (_, i) => {
    const file = new File([template as BlobPart], `ban-${i + 1}.xlsx`, { type: XLSX });
    return { name: file.name, bytes: () => file.arrayBuffer(), blob: file };
  });
}

const job = (files: readonly FileToCheck[]): ConsolidateJob => ({ files, sheets: [], today: TODAY, options: { onDuplicate: "latest", acceptErrors: false } });
const render = { names: defaultSheetNames(), ctx: { date: TODAY }, title: defaultSheetNames().summary };

/** What a row adds up to over the units' written values: a total row of the form is the sum of its parts. */
function written(scales: number[], code: string, m: "people" | "amount"): number {
  const row = STATS.rows.find((r) => r.code === code)!;
  if (row.totalOf) return row.totalOf.codes.reduce((t, c) => t + written(scales, c, m), 0);
  return scales.reduce((t, s) => t + ((schoolValues(s)[code] as MeasureValues | undefined)?.[m] ?? 0), 0);
}

describe("workerConsolidator", () => {
  it("consolidates in workers: the results go from the check workers to the hub, the pane gets ticks, the view and the workbook", async () => {
    const { files, scales } = await unitFiles(9);
    const phases: Phase[] = [];
    const consolidated = await workerConsolidator(spawn, { workers: 2, batchSize: 2 }).consolidate(job(files), (p) => phases.push(p), new AbortController().signal);
    const { view } = consolidated;

    expect(view.files).toEqual({ accepted: 9, rejected: 0, "duplicate-dropped": 0 });
    expect(view.unitsCovered).toBe(9);
    const sum = (codes: readonly string[], m: "people" | "amount") => codes.reduce((t, c) => t + written(scales, c, m), 0);
    expect(view.totals.participation.trainees).toBe(sum(STATS.participation.trainees, "people"));
    expect(view.totals.participation.activities).toBe(sum(STATS.participation.activities, "people"));
    expect(view.totals.funding.state).toBe(written(scales, STATS.funding.state, "amount"));
    expect(phases[0]).toBe("reading");
    expect(phases.at(-1)).toBe("consolidating");

    const [hub, ...checkers] = SameThreadWorker.all;
    expect(checkers).toHaveLength(2);
    // Every file was read and checked by a check worker, which told the pane only that it was
    // done, the files of a message together.
    const told = checkers.flatMap((w) => w.toPane.filter((m) => m.type.startsWith("checked")));
    expect(told.every((m) => m.type === "checked-all" && m.result === undefined)).toBe(true);
    expect(told.flatMap((m) => m.indexes!).sort((a, b) => a - b)).toEqual(files.map((_, i) => i));
    expect(told.length).toBeLessThan(9);
    expect(hub!.received.filter((t) => t === "hub-result")).toEqual([]);
    // One check worker is kept to deflate the summary, on a channel of its own to the hub; the other is ended.
    const kept = checkers.filter((w) => !w.terminated);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.received.at(-1)).toBe("deflate");
    expect(hub!.received).toContain("hub-deflater");

    // The workbook comes from the hub, bytes or base64.
    const bytes = await consolidated.bytes(render);
    const read = readWorkbook(bytes);
    expect(read.ok && read.workbook.sheets.map((s) => s.name)).toEqual(["Tổng hợp", "Chi tiết", "Nhật ký"]);
    expect(Buffer.from(await consolidated.base64(render), "base64").subarray(0, 2).toString()).toBe("PK");
    consolidated.close();
    expect(hub!.terminated).toBe(true);
    expect(kept[0]!.terminated).toBe(true);
  });

  it("writes the same workbook when the worker deflating it dies: the hub writes it by itself", async () => {
    // Only the clock stands still: a zip entry's date is then the same in both runs.
    jest.useFakeTimers({ now: new Date("2026-12-08T09:30:00"), doNotFake: ["hrtime", "nextTick", "performance", "queueMicrotask", "setImmediate", "clearImmediate", "setInterval", "clearInterval", "setTimeout", "clearTimeout"] });
    const written = jest.spyOn(relayModule, "localRelay");
    try {
      const { files } = await unitFiles(6);
      const run = async (crash: boolean) => {
        SameThreadWorker.all = [];
        const c = await workerConsolidator(spawn, { workers: 2, batchSize: 2 }).consolidate(job(files), () => {}, new AbortController().signal);
        const kept = SameThreadWorker.all.slice(1).find((w) => !w.terminated)!;
        // As the browser says a worker died (out of memory): the pane tells the hub, and ends the worker.
        if (crash) kept.onerror?.({ message: "Out of memory", preventDefault() {} } as ErrorEvent);
        const bytes = await c.bytes(render);
        const hub = SameThreadWorker.all[0]!;
        c.close();
        return { bytes, kept, hub };
      };
      const helped = await run(false);
      // The deflating worker made the first: the hub's own deflater was never started.
      expect(written).not.toHaveBeenCalled();
      const alone = await run(true);
      expect(written).toHaveBeenCalledTimes(1);
      expect(alone.kept.terminated).toBe(true);
      expect(alone.hub.received).toContain("hub-deflater-lost");
      expect(helped.hub.received).not.toContain("hub-deflater-lost");
      expect(Buffer.from(alone.bytes).equals(Buffer.from(helped.bytes))).toBe(true);
      const read = readWorkbook(alone.bytes);
      expect(read.ok && read.workbook.sheets.map((s) => s.name)).toEqual(["Tổng hợp", "Chi tiết", "Nhật ký"]);
    } finally {
      written.mockRestore();
      jest.useRealTimers();
    }
  });

  it("runs on the workers started when the files were chosen, starting none of its own", async () => {
    const { files, scales } = await unitFiles(5);
    const consolidator = consolidatorWithFallback(workerConsolidator(spawn, { workers: 2, batchSize: 2 }), inlineConsolidator(inlineChecker()));
    consolidator.prepare?.(files.length);
    // The hub and two check workers, loaded before the click.
    expect(SameThreadWorker.all).toHaveLength(3);
    await new Promise((r) => setTimeout(r, 10));
    const c = await consolidator.consolidate(job(files), () => {}, new AbortController().signal);
    c.close();
    expect(SameThreadWorker.all).toHaveLength(3);
    expect(c.view.files.accepted).toBe(5);
    expect(c.view.totals.funding.state).toBe(written(scales, STATS.funding.state, "amount"));
    expect(SameThreadWorker.all.every((w) => w.terminated)).toBe(true);
  });

  it("starts its workers when the tab opens, before any file is chosen, each told to rehearse its role: the hub and as many check workers as a large run uses", async () => {
    const consolidator = workerConsolidator(spawn, { workers: 2, batchSize: 2 });
    consolidator.prepare?.();
    expect(SameThreadWorker.all).toHaveLength(3);
    expect(SameThreadWorker.all.map((w) => w.received)).toEqual([["hub-load"], ["rehearse"], ["rehearse"]]);
    // Choosing the files then starts none more, and the run takes the hub and the check workers for their roles.
    const { files } = await unitFiles(5);
    consolidator.prepare?.(files.length);
    expect(SameThreadWorker.all).toHaveLength(3);
    const c = await consolidator.consolidate(job(files), () => {}, new AbortController().signal);
    c.close();
    expect(SameThreadWorker.all).toHaveLength(3);
    expect(c.view.files.accepted).toBe(5);
    expect(SameThreadWorker.all[0]!.received).toContain("hub-consolidate");
    expect(SameThreadWorker.all.slice(1).every((w) => w.received.includes("check"))).toBe(true);
  });

  it("gives the view the main thread gives, file for file", async () => {
    const { files } = await unitFiles(4);
    // A zip cut short after its first bytes.
    const cut = new File([new Uint8Array([80, 75, 3, 4, 1, 2])], "hong.xlsx");
    const all = [...files, { name: cut.name, bytes: () => cut.arrayBuffer(), blob: cut }, files[0]!];
    const inWorkers = await workerConsolidator(spawn, { workers: 2, batchSize: 2 }).consolidate(job(all), () => {}, new AbortController().signal);
    const inline = await inlineConsolidator(inlineChecker()).consolidate(job(all), () => {}, new AbortController().signal);
    inWorkers.close();
    expect(inWorkers.view.files).toEqual({ accepted: 4, rejected: 1, "duplicate-dropped": 1 });
    expect(inWorkers.view).toEqual(inline.view);
  });

  for (const phase of ["reading", "consolidating", "rendering"] as const) {
    it(`stops when cancelled while ${phase}: AbortError, every worker ended, nothing more arrives`, async () => {
      const controller = new AbortController();
      const onPhase = (p: Phase, done: number) => {
        if (p === phase && (p !== "reading" || done >= 3)) controller.abort();
      };
      const consolidator = workerConsolidator(spawn, { workers: 2, batchSize: 2 });
      const run = (async () => {
        const c = await consolidator.consolidate(job(copies(40)), onPhase, controller.signal);
        onPhase("rendering", 0);
        return c.bytes(render);
      })();
      const error = await run.catch((e: unknown) => e);
      expect(isAbort(error)).toBe(true);
      expect(SameThreadWorker.all.length).toBeGreaterThanOrEqual(2);
      expect(SameThreadWorker.all.every((w) => w.terminated)).toBe(true);
      const hub = SameThreadWorker.all[0]!;
      const said = hub.toPane.length;
      await new Promise((r) => setTimeout(r, 30));
      expect(hub.toPane.length).toBe(said);
    });
  }

  it("says a hub that fails mid-run rather than running it all again on the pane's thread", async () => {
    /** Loads, then dies when asked to consolidate, as a worker out of memory would. */
    class DyingHub extends SameThreadWorker {
      override postMessage(message: unknown, transfer: Transferable[]): void {
        if ((message as { type: string }).type === "hub-consolidate") setTimeout(() => this.onerror?.({ message: "Out of memory", preventDefault() {} } as ErrorEvent));
        else super.postMessage(message, transfer);
      }
    }
    let spawned = 0;
    const spawnDying = () => (spawned++ === 0 ? new DyingHub() : new SameThreadWorker());
    let inlineRuns = 0;
    const inline = inlineConsolidator(inlineChecker());
    const counted = { consolidate: (...a: Parameters<typeof inline.consolidate>) => (inlineRuns++, inline.consolidate(...a)) };
    const { files } = await unitFiles(2);
    const error = await consolidatorWithFallback(workerConsolidator(spawnDying), counted).consolidate(job(files), () => {}, new AbortController().signal).catch((e: unknown) => e);
    expect((error as Error).message).toBe("Out of memory");
    expect(inlineRuns).toBe(0);
    expect(SameThreadWorker.all.every((w) => w.terminated)).toBe(true);
  });

  it("falls back to the main thread when its workers cannot start", async () => {
    const refusing = () => {
      const w = new SameThreadWorker();
      w.terminate();
      setTimeout(() => w.onerror?.({ message: "blocked by policy", preventDefault() {} } as ErrorEvent));
      return w;
    };
    const { files } = await unitFiles(2);
    const consolidator = consolidatorWithFallback(workerConsolidator(refusing), inlineConsolidator(inlineChecker()));
    const { view } = await consolidator.consolidate(job(files), () => {}, new AbortController().signal);
    expect(view.files.accepted).toBe(2);
  });
});
