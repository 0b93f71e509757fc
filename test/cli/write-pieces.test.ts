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
