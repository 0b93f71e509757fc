/* eslint-disable @typescript-eslint/no-require-imports */
/* global require */
// A stand-in for dist/cli/worker.js that speaks its protocol, for worker-pool.test.ts: a file
// named "treo…" never finishes, "phinh…" takes memory without end, "vo…" crashes the thread;
// any other is answered with a clean report naming its unit after the file.
"use strict";
const { parentPort } = require("worker_threads");

parentPort.on("message", (req) => {
  if (req.name.includes("treo")) for (;;);
  if (req.name.includes("phinh")) {
    const hoard = [];
    for (;;) hoard.push(new Array(1e6).fill(hoard.length));
  }
  if (req.name.includes("vo")) throw new Error("stand-in crash");
  parentPort.postMessage({ id: req.id, result: { file: req.name, problems: [], excluded: [], fixes: [] }, busyMs: 1 });
});
