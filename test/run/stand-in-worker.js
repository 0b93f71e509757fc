/* eslint-disable @typescript-eslint/no-require-imports */
/* global require */
// A stand-in for dist/cli/worker.js that speaks its protocol, for worker-pool.test.ts: a file
// named "treo…" never finishes, "phinh…" takes memory without end, "vo…" crashes the thread;
// any other is answered with a clean report naming its unit after the file. Its answers are
// packed here by hand, after the format's description in src/core/consolidate/packed.ts and
// packed-file.ts, so the pool is tested against the format rather than against itself.
"use strict";
const { parentPort, workerData } = require("worker_threads");

const current = new Int32Array(workerData.progress);

/** Packs plain data with ASCII strings: tags 0 undefined, 4 integer, 6 new string, 7 known string, 8 array, 9 object. */
function pack(value) {
  const out = [];
  const strings = new Map();
  const uint = (n) => {
    while (n >= 0x80) {
      out.push((n % 0x80) | 0x80);
      n = Math.floor(n / 0x80);
    }
    out.push(n);
  };
  const str = (s) => {
    if (strings.has(s)) {
      out.push(7);
      uint(strings.get(s));
      return;
    }
    strings.set(s, strings.size);
    out.push(6);
    uint(s.length);
    for (const ch of s) out.push(ch.charCodeAt(0));
  };
  const val = (v) => {
    if (v === undefined) out.push(0);
    else if (typeof v === "number") {
      out.push(4);
      uint(v * 2);
    } else if (typeof v === "string") str(v);
    else if (Array.isArray(v)) {
      out.push(8);
      uint(v.length);
      v.forEach(val);
    } else {
      out.push(9);
      uint(Object.keys(v).length);
      for (const k of Object.keys(v)) {
        str(k);
        val(v[k]);
      }
    }
  };
  val(value);
  return out;
}

/** A checked file with no report: the lengths of its parts but the last, who and what, then its (empty) problems. */
function packedFile(name) {
  const head = pack([["file", "problems", "excluded", "fixes"], { file: name }, undefined, undefined]);
  const later = pack({ problems: [], excluded: [], fixes: [] });
  return [...pack([head.length]), ...head, ...later];
}

parentPort.on("message", (req) => {
  const answers = [];
  const bytes = [];
  for (const f of req.files) {
    Atomics.store(current, 0, f.id);
    if (f.name.includes("treo")) for (;;);
    if (f.name.includes("phinh")) {
      const hoard = [];
      for (;;) hoard.push(new Array(1e6).fill(hoard.length));
    }
    if (f.name.includes("vo")) throw new Error("stand-in crash");
    const one = packedFile(f.name);
    answers.push({ id: f.id, at: bytes.length, length: one.length });
    bytes.push(...one);
  }
  const buf = new Uint8Array(bytes).buffer;
  parentPort.postMessage({ answers, bytes: buf, busyMs: 1 }, [buf]);
  Atomics.store(current, 0, -1);
});
