/**
 * Full garbage collections on demand, for the moments the command line has just let go of
 * much (10,000 checked reports, once the summary is described). V8 lets the heap grow
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
