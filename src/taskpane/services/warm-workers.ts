/**
 * Workers started before the run that needs them: when files are chosen, the pane starts
 * its workers (each loads and compiles its script, some hundreds of milliseconds on an old
 * PC) while the user looks at the options, so that "Tổng hợp" starts checking at once.
 * A run takes the started ones first and starts any more it needs; a worker is used by
 * one run only (a run ends by terminating its workers).
 *
 * A started worker's "ready" is kept until the run listens (the pool tells a file that
 * crashed its worker from a script that never loaded by it); one that fails while it
 * waits is dropped, and the run starts its own instead, which fails, or not, as it would.
 */
import type { WorkerLike } from "./worker-checker";

export class WarmWorkers {
  private readonly waiting = new Set<Waiting>();

  constructor(private readonly spawn: () => WorkerLike) {}

  /** Starts workers until `count` wait; a host that refuses one is left to the run to find out. */
  warm(count: number): void {
    while (this.waiting.size < count) {
      let worker: WorkerLike;
      try {
        worker = this.spawn();
      } catch {
        return;
      }
      this.waiting.add(new Waiting(worker, (w) => this.waiting.delete(w)));
    }
  }

  /** A started worker if one waits, else a new one. */
  readonly take = (): WorkerLike => {
    const first = this.waiting.values().next();
    if (first.done) return this.spawn();
    this.waiting.delete(first.value);
    return first.value.handOver();
  };
}

class Waiting {
  private ready = false;

  constructor(
    private readonly worker: WorkerLike,
    dropped: (w: Waiting) => void,
  ) {
    worker.onmessage = (event) => {
      const reply = event.data as { type?: string };
      if (reply.type === "ready") this.ready = true;
      else drop();
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      drop();
    };
    const drop = () => {
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      dropped(this);
    };
  }

  /** The worker, its "ready" said again to whoever now listens. */
  handOver(): WorkerLike {
    const { worker, ready } = this;
    worker.onmessage = null;
    worker.onerror = null;
    if (!ready) return worker;
    let said = false;
    return {
      postMessage: (message, transfer) => worker.postMessage(message, transfer),
      terminate: () => worker.terminate(),
      get onmessage() {
        return worker.onmessage;
      },
      set onmessage(handler) {
        worker.onmessage = handler;
        if (handler && !said) {
          said = true;
          // After the listener's own set-up, as a message would come.
          setTimeout(() => worker.onmessage?.({ data: { type: "ready" } } as MessageEvent));
        }
      },
      get onerror() {
        return worker.onerror;
      },
      set onerror(handler) {
        worker.onerror = handler;
      },
    };
  }
}
