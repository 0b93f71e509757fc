#!/usr/bin/env node
/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, __dirname, process */
// The `htsd` command: a thin launcher for the bundled CLI in dist/cli/ (built by `npm run build`).
"use strict";
const path = require("path");
const fs = require("fs");

const bundle = path.join(__dirname, "..", "dist", "cli", "htsd.js");
if (!fs.existsSync(bundle)) {
  process.stderr.write(
    "htsd: chưa có bản dựng dist/cli/htsd.js: chạy `npm run build` trước.\n" +
      "htsd: dist/cli/htsd.js is missing: run `npm run build` first.\n",
  );
  process.exit(3);
}
require(bundle);
