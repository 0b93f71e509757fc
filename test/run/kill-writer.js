/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, process */
// The writing process of output-safety.test.ts: writes a large result over TARGET with
// writeAtomic (loaded from MODULE, transpiled from the sources), so the test can kill it midway.
"use strict";
const [, , modulePath, target, megabytes] = process.argv;
const { writeAtomic } = require(modulePath);
const bytes = new Uint8Array(Number(megabytes) * 1024 * 1024).fill(0x41);
process.stdout.write("start\n");
writeAtomic(target, bytes, true).then(() => process.stdout.write("done\n"));
