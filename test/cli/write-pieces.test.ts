/**
 * The summary goes to disk in pieces as it is made: the file is the pieces in order, and a
 * failure while making them leaves neither the target nor a temporary file behind.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { writeAtomic } from "../../src/cli/write-output";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "htsd-pieces-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it("writes the pieces in order", async () => {
  const target = join(dir, "tong-hop.xlsx");
  function* pieces() {
    for (let i = 0; i < 50; i++) yield new Uint8Array(1000).fill(i);
  }
  await writeAtomic(target, pieces(), false);
  const bytes = readFileSync(target);
  expect(bytes.length).toBe(50_000);
  for (let i = 0; i < 50; i++) expect([i, bytes[i * 1000], bytes[i * 1000 + 999]]).toEqual([i, i, i]);
});

it("writes pieces of every size in order, over several batches to the disk", async () => {
  const target = join(dir, "tong-hop.xlsx");
  // Seeded sizes from one byte to past a batch (1 MB), each piece numbered in its bytes.
  let seed = 20261208;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const sizes = Array.from({ length: 60 }, (_, i) => (i % 17 === 0 ? (1 << 20) + (next() % 5000) : 1 + (next() % 200_000)));
  function* pieces() {
    for (const [i, n] of sizes.entries()) yield new Uint8Array(n).fill(i);
  }
  await writeAtomic(target, pieces(), false);
  const bytes = readFileSync(target);
  expect(bytes.length).toBe(sizes.reduce((a, b) => a + b, 0));
  let at = 0;
  for (const [i, n] of sizes.entries()) {
    expect([i, bytes[at], bytes[at + n - 1]]).toEqual([i, i, i]);
    at += n;
  }
});

it("leaves nothing behind when making the pieces fails after some went to the disk", async () => {
  const target = join(dir, "tong-hop.xlsx");
  function* pieces() {
    for (let i = 0; i < 40; i++) yield new Uint8Array(100_000).fill(i);
    throw new Error("mô tả hỏng");
  }
  await expect(writeAtomic(target, pieces(), false)).rejects.toThrow("mô tả hỏng");
  expect(readdirSync(dir)).toEqual([]);
});

it("leaves nothing behind when making the pieces fails", async () => {
  const target = join(dir, "tong-hop.xlsx");
  function* pieces() {
    yield new Uint8Array(10);
    throw new Error("mô tả hỏng");
  }
  await expect(writeAtomic(target, pieces(), true)).rejects.toThrow("mô tả hỏng");
  expect(existsSync(target)).toBe(false);
  expect(readdirSync(dir)).toEqual([]);
});
