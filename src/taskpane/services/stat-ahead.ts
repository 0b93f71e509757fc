/**
 * The chosen files looked up ahead, in short slices of the pane's thread while the user looks
 * at the options. The browser looks a chosen file up on the disk (its size and date, through
 * a synchronous call from the pane's thread) the first time the file is measured or posted to
 * a worker. Left to the run, every file's lookup waited on a browser busy reading for the
 * workers: 1,000 files cost the pane's thread 0.9–1.3 s of such waits, one after another,
 * and the workers idled a fifth of the run for their next file (bench/pane.js, traced). Looked
 * up here first they cost some 0.15 ms each, and posting them is then nearly free.
 */

/** Starts looking `files` up, in order; returns a function that stops it (a new choice). */
export function statAhead(files: readonly Blob[], sliceMs = 8): () => void {
  let next = 0;
  let stopped = false;
  const step = () => {
    if (stopped) return;
    const until = performance.now() + sliceMs;
    // Reading the size is what makes the browser look the file up; the value is not needed.
    while (next < files.length && performance.now() < until) void files[next++]!.size;
    if (next < files.length) setTimeout(step, 0);
  };
  setTimeout(step, 0);
  return () => {
    stopped = true;
  };
}
