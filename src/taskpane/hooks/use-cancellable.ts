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

/** Progress is drawn at most this often: five thousand ticks must not mean five thousand renders. */
const DRAW_MS = 50;

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
    // The latest progress, drawn on a timer; a new phase is drawn at once.
    let latest: Progress | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const draw = () => {
      timer = undefined;
      if (controller.current === own && !own.signal.aborted) setProgress(latest);
    };
    const onProgress = (done: number, total: number, phase?: string) => {
      const changed = latest?.phase !== phase;
      latest = { done, total, ...(phase !== undefined ? { phase } : {}) };
      if (changed || done === total) {
        clearTimeout(timer);
        draw();
      } else timer ??= setTimeout(draw, DRAW_MS);
    };
    let result: TaskEnd<T>;
    try {
      result = { kind: "done", value: await task(own.signal, onProgress) };
    } catch (e) {
      result = isAbort(e) ? { kind: "cancelled" } : { kind: "failed", message: failure(e) };
    }
    clearTimeout(timer);
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
