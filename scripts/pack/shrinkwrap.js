#!/usr/bin/env node
/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, process, __dirname */
// `npm pack` ships an npm-shrinkwrap.json made from package-lock.json without the dev
// packages: whoever installs the tarball gets exactly the runtime dependencies the tests ran
// with, and an install needs no registry metadata (from npm's cache it works offline).
// Written by `prepack`, removed by `postpack` (`--remove`): in the checkout, a shrinkwrap would
// take the lock file's place for `npm ci`.
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..", "..");
const target = path.join(root, "npm-shrinkwrap.json");

if (process.argv.includes("--remove")) {
  fs.rmSync(target, { force: true });
} else {
  const lock = JSON.parse(fs.readFileSync(path.join(root, "package-lock.json"), "utf8"));
  const packages = {};
  for (const [where, entry] of Object.entries(lock.packages)) {
    if (where === "") {
      const own = { ...entry };
      delete own.devDependencies;
      packages[where] = own;
    } else if (!entry.dev) packages[where] = entry;
  }
  fs.writeFileSync(target, JSON.stringify({ ...lock, packages }, null, 2) + "\n");
}
