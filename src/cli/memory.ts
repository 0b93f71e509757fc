/**
 * Full garbage collections on demand, for the moments the command line has just let go of
 * much (10,000 checked reports, once the summary is described) or keeps making garbage
 * that outlives V8's quick collections (the summary's lines, made as they are written). V8 lets the heap grow
 * to a multiple of what was live after its last full collection before it runs the next:
 * collecting at these moments keeps the peak near what is really in use. And the settings
 * of V8's collector that a run of many short-lived files needs.
 */
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * V8 guesses from its first collections which object literals live long
 * ("allocation-site pretenuring") and from then on makes them in the old generation.
 * Everything a consolidation makes for a file lives for that file alone, so the guess is
 * always wrong here and costs: an old object pointing at the file's young ones carries them
 * through the young collections into the old generation, where only a full collection
 * frees them. Measured over 10,000 files (`--trace-gc-nvp`, each worker): promoted 128 →
 * 34 MB, full collections 18 → 5. V8's flags are the process's: set before any worker starts.
 */
export function tuneGarbageCollection(): void {
  setFlagsFromString("--no-allocation-site-pretenuring");
}

let gc: (() => void) | undefined;

export function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString("--expose-gc");
    gc = runInNewContext("gc") as () => void;
  }
  gc();
}

/**
 * The old space's growth over what is live once a large run holds its records: measured at
 * 50,000 files, 40 % took the describe phase's peak from 434 to 326 MB of RSS for no more CPU.
 */
export const LEAN_HEAP_GROWTH = 40;

/**
 * Lets V8's old space grow only `percent` % over what the last full collection left live
 * before it collects again. On a machine with much memory V8 lets it reach two to four
 * times that: once a run holds 100 MB of a country's records and log, the garbage of
 * describing them (their reports unpacked again and again) took another 150 MB of RSS.
 * V8 reads it at every full collection; it is this process's setting from then on, worker
 * threads started later included.
 */
export function heapGrowth(percent: number): void {
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}

/**
 * Collects when V8's heap holds more than `mb` MB: before the summary is written, the
 * describing's garbage is let go of where it would weigh on the peak. A country's inbox
 * (50,000 files) held 144 MB there and freed 54 MB in 60 ms; 10,000 files held 41 MB, and
 * collecting them took 18 ms of the writing (the files' records are outside V8's heap).
 */
export function collectIfOver(mb: number): void {
  if (getHeapStatistics().used_heap_size > mb * 1024 * 1024) collectGarbage();
}

/**
 * A check to call often: collects once the heap has grown by `mb` since the last collection.
 * The heap's size alone is asked (process.memoryUsage() also reads the RSS from the system:
 * 20 ms over a 10,000-unit summary's pieces).
 */
export function heapGuard(mb: number): () => void {
  const step = mb * 1024 * 1024;
  let floor = getHeapStatistics().used_heap_size;
  return () => {
    if (getHeapStatistics().used_heap_size - floor < step) return;
    collectGarbage();
    floor = getHeapStatistics().used_heap_size;
  };
}

/** The pieces as they come, with `check` called after each. */
export function* checkedEach<T>(pieces: Iterable<T>, check: () => void): Iterable<T> {
  for (const piece of pieces) {
    yield piece;
    check();
  }
}
