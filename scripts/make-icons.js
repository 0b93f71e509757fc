#!/usr/bin/env node
/* global require, __dirname, console, Buffer, process */
/* eslint-disable @typescript-eslint/no-require-imports */
// Draws the add-in icons (a green rounded square with a white "Σ") and writes them as PNG.
// The PNG encoder is hand-written on node's zlib so the icons can be rebuilt without a new
// dependency. Output is deterministic: running it again gives the same bytes.
// Usage: node scripts/make-icons.js [outDir]   (default: assets/)
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const GREEN = [16, 124, 65]; // #107C41, Excel's green, so the button sits well in the ribbon.
const WHITE = [255, 255, 255];

// Σ as strokes in a unit square; round caps come for free from the segment distance.
const SIGMA = [
  [0.29, 0.24, 0.71, 0.24],
  [0.71, 0.24, 0.71, 0.32],
  [0.29, 0.24, 0.53, 0.5],
  [0.53, 0.5, 0.29, 0.76],
  [0.29, 0.76, 0.71, 0.76],
  [0.71, 0.76, 0.71, 0.68],
];

function segmentDistance(px, py, [x1, y1, x2, y2]) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
}

function insideRoundedSquare(px, py, radius) {
  const cx = Math.min(Math.max(px, radius), 1 - radius);
  const cy = Math.min(Math.max(py, radius), 1 - radius);
  return Math.hypot(px - cx, py - cy) <= radius && px >= 0 && px <= 1 && py >= 0 && py <= 1;
}

/** RGBA pixels, 4×4 supersampled so small sizes keep smooth edges. */
function draw(size) {
  // Thicker strokes on the small sizes: a hairline Σ disappears at 16 px.
  const stroke = size <= 16 ? 0.065 : size <= 32 ? 0.055 : 0.048;
  const radius = 0.18;
  const ss = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const px = (x + (sx + 0.5) / ss) / size;
          const py = (y + (sy + 0.5) / ss) / size;
          if (!insideRoundedSquare(px, py, radius)) continue;
          bg++;
          if (SIGMA.some((s) => segmentDistance(px, py, s) <= stroke)) fg++;
        }
      }
      const n = ss * ss;
      const i = (y * size + x) * 4;
      const alpha = bg / n;
      const white = bg ? fg / bg : 0;
      for (let c = 0; c < 3; c++) pixels[i + c] = Math.round(GREEN[c] * (1 - white) + WHITE[c] * white);
      pixels[i + 3] = Math.round(alpha * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  // compression, filter and interlace stay 0
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const outDir = path.resolve(process.argv[2] || path.join(__dirname, "..", "assets"));
fs.mkdirSync(outDir, { recursive: true });
const files = [16, 32, 64, 80, 128].map((size) => [`icon-${size}.png`, size]);
// The template's header logo; the task pane may show it next to the add-in's name.
files.push(["logo-filled.png", 256]);
for (const [name, size] of files) {
  fs.writeFileSync(path.join(outDir, name), encodePng(size, draw(size)));
  console.log(`${path.relative(process.cwd(), path.join(outDir, name))} ${size}×${size}`);
}
