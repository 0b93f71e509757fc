/**
 * Full garbage collections on demand, for the moments the command line has just let go of
 * much (10,000 checked reports, once the summary is described) or keeps making garbage
 * that outlives V8's quick collections (the summary's lines, made as they are written). V8 lets the heap grow
 * to a multiple of what was live after its last full collection before it runs the next:
 * collecting at these moments keeps the peak near what is really in use.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let gc: (() => void) | undefined;

export function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString("--expose-gc");
    gc = runInNewContext("gc") as () => void;
  }
  gc();
}

/** A check to call often: collects once the heap has grown by `mb` since the last collection. */
export function heapGuard(mb: number): () => void {
  const step = mb * 1024 * 1024;
  let floor = process.memoryUsage().heapUsed;
  return () => {
    if (process.memoryUsage().heapUsed - floor < step) return;
    collectGarbage();
    floor = process.memoryUsage().heapUsed;
  };
}

/** The pieces as they come, with `check` called after each. */
export function* checkedEach<T>(pieces: Iterable<T>, check: () => void): Iterable<T> {
  for (const piece of pieces) {
    yield piece;
    check();
  }
}
