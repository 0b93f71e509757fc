/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, module, process, TextDecoder, Buffer */
// What the in-process measurements share: the floor a file's reading is held against, and
// timing a function over many items.
"use strict";
const zlib = require("zlib");
const { isAscii } = require("buffer");

// Every contender is timed under the garbage collector's setting the command line's
// process runs with (src/cli/memory.ts), as its workers read and check.
require("v8").setFlagsFromString("--no-allocation-site-pretenuring");

/** The parts the reader opens for a one-sheet form: rels, workbook, styles, strings, sheets. */
const NEEDED = /^(_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/sharedStrings\.xml|xl\/worksheets\/sheet\d+\.xml)$/;
const utf8 = new TextDecoder("utf-8");

/**
 * The floor: unzipping only the parts the reader needs and decoding them to text, with the
 * fastest means this Node has, the very ones the command line's reader uses: the zip's
 * directory read as bytes, Node's native inflate, an ASCII part taken as Latin-1 and any
 * other decoded as UTF-8. Nothing less can read a form. The zip's directory is read here in
 * a few lines rather than by our reader's (src/xlsx/reader/zip.ts): the floor must not
 * depend on the code it measures, nor pay its bounds and checks.
 */
function floorOne(bytes) {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = b.length - 22;
  while (end >= 0 && b.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) return 0;
  const count = b.readUInt16LE(end + 10);
  let at = b.readUInt32LE(end + 16);
  let chars = 0;
  for (let i = 0; i < count; i++) {
    const method = b.readUInt16LE(at + 10);
    const size = b.readUInt32LE(at + 20);
    const nameLength = b.readUInt16LE(at + 28);
    const skip = nameLength + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
    const name = b.latin1Slice(at + 46, at + 46 + nameLength);
    const local = b.readUInt32LE(at + 42);
    at += 46 + skip;
    if (!NEEDED.test(name)) continue;
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    const data = b.subarray(start, start + size);
    const text = method === 8 ? zlib.inflateRawSync(data) : data;
    chars += (isAscii(text) ? text.latin1Slice(0, text.length) : utf8.decode(text)).length;
  }
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
