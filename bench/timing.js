/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, module, process, TextDecoder */
// What the in-process measurements share: the floor a file's reading is held against, and
// timing a function over many items.
"use strict";
const { unzipSync } = require("fflate");

/** The parts the reader opens for a one-sheet form: rels, workbook, styles, strings, sheets. */
const NEEDED = /^(_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/sharedStrings\.xml|xl\/worksheets\/sheet\d+\.xml)$/;
const utf8 = new TextDecoder("utf-8");

/** The floor: unzipping only the parts the reader needs and decoding them to text. */
function floorOne(bytes) {
  const parts = unzipSync(bytes, { filter: (f) => NEEDED.test(f.name) });
  let chars = 0;
  for (const name in parts) chars += utf8.decode(parts[name]).length;
  return chars;
}

/** Milliseconds per item. */
function timeEach(items, fn) {
  const start = process.hrtime.bigint();
  for (const x of items) fn(x);
  return Number(process.hrtime.bigint() - start) / 1e6 / items.length;
}

async function timeEachAsync(items, fn) {
  const start = process.hrtime.bigint();
  for (const x of items) await fn(x);
  return Number(process.hrtime.bigint() - start) / 1e6 / items.length;
}

module.exports = { floorOne, timeEach, timeEachAsync };
