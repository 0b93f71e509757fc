#!/usr/bin/env node
/* eslint-disable @typescript-eslint/no-require-imports, no-var */
/* global require, __dirname, process */
// The `htsd` command: a thin launcher for the bundled CLI in dist/cli/ (built by `npm run build`,
// shipped in the package). Written so that any old Node.js reads it: it must be able to say
// that Node.js is too old (dist/cli/node-check.js, from src/cli/node-check.ts) before loading
// a CLI that such a Node could not even parse.
"use strict";
var path = require("path");
var fs = require("fs");

var dist = path.join(__dirname, "..", "dist", "cli");
if (!fs.existsSync(path.join(dist, "htsd.js")) || !fs.existsSync(path.join(dist, "node-check.js"))) {
  process.stderr.write(
    "htsd: chưa có bản dựng dist/cli/htsd.js: chạy `npm run build` trước.\n" +
      "htsd: dist/cli/htsd.js is missing: run `npm run build` first.\n",
  );
  process.exit(3);
}
var problem = require(path.join(dist, "node-check.js")).nodeProblem(process.versions.node);
if (problem) {
  process.stderr.write(problem + "\n");
  process.exit(3);
}
require(path.join(dist, "htsd.js"));
