/**
 * One process of `node bench/main-thread.js`: what the command line's main thread does once
 * the files are read, describing the summary and writing it, repeated on the same files.
 * `pack DIR` reads and checks DIR's forms once through the built worker (dist/cli/worker.js),
 * as `htsd consolidate` does, and keeps their packed bytes; `run N` then times describing and
 * writing N times in this one process, in CPU time of this thread (the writer's deflate
 * thread apart), the steadier figure on a busy machine.
 */
import { readFileSync, readdirSync, writeFileSync } from "fs";
import * as path from "path";
import { checkFiles } from "../../src/cli/check-many";
import { threadedCodec } from "../../src/cli/deflate-thread";
import { NODE_CODEC } from "../../src/cli/node-codec";
import { defaultSheetNames } from "../../src/core/consolidate";
import { PackedFile } from "../../src/core/consolidate/packed-file";
import { consolidate, summarySheets } from "../../src/core/pipeline";
import { streamWorkbook } from "../../src/xlsx/stream";

/** This thread's CPU milliseconds, from /proc (Linux): process.cpuUsage counts every thread. */
function threadCpuMs(): number {
  const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function pack(dir: string, out: string, worker: string): Promise<void> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => ({ name: path.join(dir, f), path: path.join(dir, f) }));
  const { results } = await checkFiles(files, "2025-11-24", { contentPrints: true, script: worker });
  const parts = results.map((r) => {
    if (!(r instanceof PackedFile)) throw new Error(`${r.file} was not packed`);
    return r.bytes;
  });
  const head = new Uint32Array([parts.length, ...parts.map((p) => p.length)]);
  writeFileSync(out, Buffer.concat([Buffer.from(head.buffer), ...parts.map((p) => Buffer.from(p))]));
}

function files(bytes: Buffer): PackedFile[] {
  const n = bytes.readUInt32LE(0);
  let at = 4 + 4 * n;
  return Array.from({ length: n }, (_, i) => {
    const length = bytes.readUInt32LE(4 + 4 * i);
    const f = new PackedFile(new Uint8Array(bytes.buffer, bytes.byteOffset + at, length));
    at += length;
    return f;
  });
}

async function main(): Promise<void> {
  const [mode, a, b, c] = process.argv.slice(2);
  if (mode === "pack") return pack(a!, b!, c!);
  const bytes = readFileSync(a!);
  const folder = b!;
  for (let k = 0; k < Number(c ?? 3); k++) {
    const inbox = files(bytes);
    (global as { gc?: () => void }).gc?.();
    const t0 = threadCpuMs();
    const result = consolidate(inbox, { onDuplicate: "latest", acceptErrors: false });
    const sheets = summarySheets(result, defaultSheetNames(), { date: "2025-11-24", folder });
    const t1 = threadCpuMs();
    const codec = threadedCodec();
    let size = 0;
    for (const piece of streamWorkbook(sheets, { title: "Tổng hợp", codec: codec ?? NODE_CODEC }).chunks) size += piece.length;
    codec?.close();
    const t2 = threadCpuMs();
    process.stdout.write(JSON.stringify({ units: inbox.length, describeCpuMs: t1 - t0, writeCpuMs: t2 - t1, bytes: size }) + "\n");
  }
}

void main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
