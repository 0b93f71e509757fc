/**
 * Writing a result file so that it is either the old file or the whole new one, never a
 * part: the bytes go to a temporary file in the target's own folder (a rename across
 * devices would not be atomic), are flushed to disk, and only then take the target's
 * name. A full disk, a kill or a second run at the same time leaves the old file as it
 * was, and any temporary file is removed on failure.
 */
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { fileIdentity, type FsPath } from "./files";

/** Temporary files start with this, so a folder scan skips them as hidden and a person can tell whose they are. */
export const TEMP_PREFIX = ".htsd-";

export class OutputExistsError extends Error {
  readonly code = "EEXIST";
}

/**
 * `durable: false` skips the flush to disk, for files that can simply be made again
 * (`htsd generate` writes thousands of samples); the rename is atomic either way. The bytes
 * may come in pieces as they are made (a summary written as it is compressed): an error
 * while making them leaves no file behind, as any other.
 */
export async function writeAtomic(target: string, bytes: Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array>, force: boolean, { durable = true } = {}): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  await fs.mkdir(dir, { recursive: true });
  const temp = path.join(dir, `${TEMP_PREFIX}${path.basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  try {
    const handle = await fs.open(temp, "wx", 0o644);
    try {
      // Chunks as they are made: a country's CSV or summary need never be one buffer.
      if (bytes instanceof Uint8Array) await handle.writeFile(bytes);
      else await writeBatches(handle, bytes);
      if (durable) await handle.sync();
    } finally {
      await handle.close();
    }
    if (force) await fs.rename(temp, target);
    else await placeNew(temp, target);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw e;
  }
}

/** Bytes gathered before they go to the disk: a summary comes in hundreds of pieces of some 20 KB. */
const BATCH_BYTES = 1 << 20;

/**
 * The pieces written in batches, each while the next is being made: waiting on the disk for
 * every piece left the thread that makes them idle (some 80 ms of a 10,000-unit summary).
 * A batch is written once the one before it is on its way no longer; a failed write
 * stops the making at the next batch.
 */
async function writeBatches(handle: fs.FileHandle, pieces: Iterable<Uint8Array> | AsyncIterable<Uint8Array>): Promise<void> {
  let batch: Uint8Array[] = [];
  let size = 0;
  let writing: Promise<void> = Promise.resolve();
  let failed: { error: unknown } | undefined;
  const send = async () => {
    await writing;
    if (failed) throw failed.error;
    const bytes = batch.length === 1 ? batch[0]! : Buffer.concat(batch);
    batch = [];
    size = 0;
    writing = writeAll(handle, bytes).then(
      () => undefined,
      (error: unknown) => void (failed = { error }),
    );
  };
  for await (const piece of pieces) {
    batch.push(piece);
    size += piece.length;
    if (size >= BATCH_BYTES) await send();
  }
  if (batch.length > 0) await send();
  await writing;
  if (failed) throw failed.error;
}

/** Every byte, however few the system took at a time. */
async function writeAll(handle: fs.FileHandle, bytes: Uint8Array): Promise<void> {
  for (let at = 0; at < bytes.length; ) {
    const { bytesWritten } = await handle.write(bytes, at, bytes.length - at);
    if (bytesWritten === 0) throw new Error("the disk took no byte");
    at += bytesWritten;
  }
}

/**
 * Without --force the target must not exist at the moment it is placed: a hard link is
 * made and fails if a file took the name meanwhile. File systems without hard links
 * (FAT on a USB stick) fall back to checking first, then renaming.
 */
async function placeNew(temp: string, target: string): Promise<void> {
  try {
    await fs.link(temp, target);
    await fs.rm(temp, { force: true });
    return;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new OutputExistsError(target);
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS" && code !== "EXDEV") throw e;
  }
  if (await fs.lstat(target).then(() => true, () => false)) throw new OutputExistsError(target);
  await fs.rename(temp, target);
}

/**
 * Whether writing `target` would replace one of `sources`: the same file by identity
 * (device and inode, so a link, a hard link, `..` or another case of the name is caught)
 * or by resolved real path, compared without case where the file system ignores case.
 */
export async function isOneOf(target: string, sources: readonly (FsPath | { path: FsPath; id?: string })[]): Promise<boolean> {
  // A name that holds nothing (not even a dangling link) is no source's.
  if (!(await fs.lstat(target).then(() => true, () => false))) return false;
  const resolved = await realTarget(target);
  const id = await fileIdentity(target);
  const fold = await ignoresCase(path.dirname(resolved));
  const key = (p: string) => (fold ? p.toLowerCase() : p);
  for (const source of sources) {
    const known = typeof source === "object" && !Buffer.isBuffer(source) ? source : undefined;
    const s = known ? known.path : (source as FsPath);
    // Two identities settle it without asking the disk again: a re-run over a country's
    // inbox would otherwise stat and resolve every one of its files.
    if (id !== undefined && known?.id !== undefined) {
      if (known.id === id) return true;
      continue;
    }
    if (id !== undefined && (await fileIdentity(s)) === id) return true;
    const real = await fs.realpath(s).catch(() => undefined);
    if (real !== undefined && key(typeof real === "string" ? real : String(real)) === key(resolved)) return true;
  }
  return false;
}

/** The target's real path, resolving links in its folder and the target itself when it exists. */
async function realTarget(target: string): Promise<string> {
  const abs = path.resolve(target);
  const whole = await fs.realpath(abs).catch(() => undefined);
  if (whole !== undefined) return whole;
  const dir = await fs.realpath(path.dirname(abs)).catch(() => path.dirname(abs));
  return path.join(dir, path.basename(abs));
}

/** Asks the file system itself: the folder's name in other case names the same folder. */
async function ignoresCase(dir: string): Promise<boolean> {
  const swapped = dir.replace(/\p{L}/gu, (c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()));
  if (swapped === dir) return process.platform === "win32" || process.platform === "darwin";
  const [a, b] = await Promise.all([fileIdentity(dir), fileIdentity(swapped)]);
  return a !== undefined && a === b;
}
