// A worker script that never finishes loading, for worker-pool.test.ts: it never reads a
// file nor says which file it is on. The pool must still end the run.
"use strict";
for (;;);
