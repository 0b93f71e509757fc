/**
 * Workers started when files are chosen: a run takes them before starting new ones, hears
 * the "ready" they said while waiting, and never gets one that failed while it waited.
 */
import { WarmWorkers } from "../../src/taskpane/services/warm-workers";
import type { WorkerLike } from "../../src/taskpane/services/worker-checker";

/** A worker the test makes speak. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  readonly posted: unknown[] = [];
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  say(data: unknown): void {
    this.onmessage?.({ data } as MessageEvent);
  }
  fail(): void {
    this.onerror?.({ message: "script failed", preventDefault() {} } as ErrorEvent);
  }
}

function pool() {
  const spawned: FakeWorker[] = [];
  const warm = new WarmWorkers(() => {
    const w = new FakeWorker();
    spawned.push(w);
    return w;
  });
  return { warm, spawned };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe("WarmWorkers", () => {
  it("starts as many as asked once, hands them over before starting new ones", () => {
    const { warm, spawned } = pool();
    warm.warm(3);
    warm.warm(3);
    expect(spawned).toHaveLength(3);
    warm.take();
    warm.take();
    warm.take();
    expect(spawned).toHaveLength(3);
    warm.take();
    expect(spawned).toHaveLength(4);
  });

  it("says a waiting worker's ready again to the run that takes it, once, and passes everything else through", async () => {
    const { warm, spawned } = pool();
    warm.warm(1);
    spawned[0]!.say({ type: "ready" });
    const taken = warm.take();
    const heard: unknown[] = [];
    taken.onmessage = (e) => heard.push(e.data);
    await tick();
    expect(heard).toEqual([{ type: "ready" }]);
    taken.onmessage = (e) => heard.push(["again", e.data]);
    await tick();
    spawned[0]!.say({ type: "checked", index: 0 });
    expect(heard).toEqual([{ type: "ready" }, ["again", { type: "checked", index: 0 }]]);
    taken.postMessage({ type: "check", today: "2026-12-07", files: [] }, []);
    expect(spawned[0]!.posted).toHaveLength(1);
    taken.terminate();
    expect(spawned[0]!.terminated).toBe(true);
  });

  it("hands over a worker still loading as it is: its own ready reaches the run", () => {
    const { warm, spawned } = pool();
    warm.warm(1);
    const taken = warm.take();
    expect(taken).toBe(spawned[0]);
  });

  it("drops a worker that fails while it waits: the run starts its own", () => {
    const { warm, spawned } = pool();
    warm.warm(2);
    spawned[0]!.fail();
    expect(spawned[0]!.terminated).toBe(true);
    expect(warm.take()).toBe(spawned[1]);
    warm.take();
    expect(spawned).toHaveLength(3);
  });
});
