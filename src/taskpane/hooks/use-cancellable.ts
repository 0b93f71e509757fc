/**
 * A long task the user can cancel, with its progress: `start` runs it with a fresh
 * AbortSignal, `cancel` aborts it. Progress and outcome land in state for the panel.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { isAbort } from "../services/checker";
import { failure } from "../text";

export interface Progress {
  done: number;
  total: number;
  /** What the run is doing, when it says (a consolidation's phase). */
  phase?: string;
}

/**
 * Progress is drawn in at most this many steps a phase: five thousand ticks must not mean five
 * thousand renders. Counted, not timed, so that no clock (nor a test's fake one) decides.
 */
const DRAW_STEPS = 50;

export type TaskEnd<T> = { kind: "done"; value: T } | { kind: "cancelled" } | { kind: "failed"; message: string };

export interface Cancellable<T> {
  running: boolean;
  progress?: Progress;
  end?: TaskEnd<T>;
  start(task: (signal: AbortSignal, onProgress: (done: number, total: number, phase?: string) => void) => Promise<T>): Promise<void>;
  cancel(): void;
}

export function useCancellable<T>(): Cancellable<T> {
  const controller = useRef<AbortController | undefined>(undefined);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<Progress>();
  const [end, setEnd] = useState<TaskEnd<T>>();

  // A task still running when the pane goes away must not keep working for nobody.
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback<Cancellable<T>["start"]>(async (task) => {
    controller.current?.abort();
    const own = new AbortController();
    controller.current = own;
    setRunning(true);
    setEnd(undefined);
    setProgress(undefined);
    // Drawn when the phase changes, when it ends, and every step of it in between.
    let drawn: Progress | undefined;
    const onProgress = (done: number, total: number, phase?: string) => {
      const step = Math.max(1, Math.floor(total / DRAW_STEPS));
      if (drawn && drawn.phase === phase && done !== total && done - drawn.done < step) return;
      drawn = { done, total, ...(phase !== undefined ? { phase } : {}) };
      if (controller.current === own && !own.signal.aborted) setProgress(drawn);
    };
    let result: TaskEnd<T>;
    try {
      result = { kind: "done", value: await task(own.signal, onProgress) };
    } catch (e) {
      result = isAbort(e) ? { kind: "cancelled" } : { kind: "failed", message: failure(e) };
    }
    // A newer run took over: this one's end is not news.
    if (controller.current !== own) return;
    controller.current = undefined;
    setRunning(false);
    setProgress(undefined);
    setEnd(result);
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { running, progress, end, start, cancel };
}
