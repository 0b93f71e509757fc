/**
 * Finding and reading the files a user names. Sources are only ever opened for reading;
 * a folder is walked for workbooks (.xlsx, .xls, .ods, and .csv to be named for what they
 * are), skipping Excel's "~$" lock files and hidden files.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";

export async function expandInputs(inputs: readonly string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => undefined);
    if (!stat) missing.push(input);
    else if (stat.isDirectory()) files.push(...(await walk(input)));
    else files.push(input);
  }
  return { files, missing };
}

async function walk(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name, "vi"));
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name.startsWith("~$")) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (/\.(xlsx|xlsm|xls|ods|csv)$/i.test(e.name)) out.push(full);
  }
  return out;
}

/** Reads at most `limit + 1` bytes, so a huge file is refused by size without loading it whole. */
export async function readBounded(file: string, limit: number): Promise<Uint8Array> {
  const handle = await fs.open(file, "r");
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, limit + 1);
    const buf = new Uint8Array(length);
    let offset = 0;
    while (offset < length) {
      const { bytesRead } = await handle.read(buf, offset, length - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    return offset === length ? buf : buf.subarray(0, offset);
  } finally {
    await handle.close();
  }
}

export async function writeNew(file: string, bytes: Uint8Array, force: boolean): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await fs.writeFile(file, bytes, { flag: force ? "w" : "wx" });
}

export async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}
