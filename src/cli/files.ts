/**
 * Finding and reading the files a user names. Sources are only ever opened for reading.
 * A folder is walked without opening anything but folders: each entry is judged by
 * `lstat`, so a FIFO, a device or a link can never block or redirect the run, and every
 * entry not read is listed with its reason. Names are taken as bytes, so a name that is
 * not valid UTF-8 (a zip made on Windows, unpacked on Linux) is still read.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, promises as fs, readSync, type BigIntStats } from "node:fs";
import * as path from "node:path";

/** A path as the file system holds it: text when the name is valid UTF-8, its bytes otherwise. */
export type FsPath = string | Buffer;

export interface Source {
  path: FsPath;
  /** The path shown to people and written in the summary (undecodable bytes as U+FFFD). */
  name: string;
  /** Its identity on its device, when the folder walk saw it ({@link fileIdentity}'s form). */
  id?: string;
}

export type SkipReason = "other-format" | "no-extension" | "hidden" | "lock-file" | "link" | "fifo" | "device" | "socket" | "unreadable-folder";

export interface Skipped {
  name: string;
  reason: SkipReason;
}

export interface Inputs {
  files: Source[];
  missing: string[];
  /** Entries seen and deliberately not read, in the order met. */
  skipped: Skipped[];
}

/**
 * The extensions handed to the reader. The reader itself tells an .xlsb, .xls, .ods or
 * .csv file apart and gives it its own message (or reads it, once a reader for it
 * exists), so they are listed here rather than skipped as another format.
 */
export const READ_EXTENSIONS: readonly string[] = ["xlsx", "xlsm", "xltx", "xlsb", "xls", "ods", "csv"];

function extensionOf(name: string): string | undefined {
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? undefined : name.slice(dot + 1).toLowerCase();
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
const lenientUtf8 = new TextDecoder("utf-8");

/** Text when the bytes are valid UTF-8 (so the plain string path names the same file), else the bytes. */
function asFsPath(bytes: Buffer): FsPath {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return bytes;
  }
}

export function shownName(p: FsPath): string {
  return path.normalize(typeof p === "string" ? p : lenientUtf8.decode(p));
}

export async function expandInputs(inputs: readonly string[]): Promise<Inputs> {
  const result: Inputs = { files: [], missing: [], skipped: [] };
  for (const input of inputs) {
    // A path the user named is followed if it is a link: they chose it.
    const stat = await fs.stat(input).catch(() => undefined);
    if (!stat) result.missing.push(input);
    else if (stat.isDirectory()) await walk(Buffer.from(input), result);
    else if (stat.isFile()) result.files.push({ path: input, name: path.normalize(input) });
    else result.skipped.push({ name: path.normalize(input), reason: specialKind(stat) });
  }
  return result;
}

function specialKind(s: { isFIFO(): boolean; isSocket(): boolean; isSymbolicLink(): boolean }): SkipReason {
  if (s.isSymbolicLink()) return "link";
  if (s.isFIFO()) return "fifo";
  if (s.isSocket()) return "socket";
  return "device";
}

function lstatOrNothing(file: FsPath): BigIntStats | undefined {
  try {
    return lstatSync(file, { bigint: true, throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** As `localeCompare(…, "vi")` orders, one collator made once rather than once per comparison. */
const VIETNAMESE_ORDER = new Intl.Collator("vi");

async function walk(dir: Buffer, into: Inputs): Promise<void> {
  let names: Buffer[];
  try {
    names = await fs.readdir(dir, { encoding: "buffer" });
  } catch {
    into.skipped.push({ name: shownName(asFsPath(dir)), reason: "unreadable-folder" });
    return;
  }
  const entries = names.map((bytes) => ({ bytes, text: lenientUtf8.decode(bytes) }));
  entries.sort((a, b) => VIETNAMESE_ORDER.compare(a.text, b.text));
  for (const e of entries) {
    const full = asFsPath(Buffer.concat([dir, Buffer.from(path.sep), e.bytes]));
    const name = shownName(full);
    const skip = (reason: SkipReason) => void into.skipped.push({ name, reason });
    if (e.text.startsWith("~$")) {
      skip("lock-file");
      continue;
    }
    if (e.text.startsWith(".")) {
      skip("hidden");
      continue;
    }
    // One synchronous call per entry: awaiting each through the thread pool made listing a
    // country's inbox (50,000 files) take seconds of waiting.
    const stat = lstatOrNothing(full);
    if (!stat) continue; // gone since the listing, or not ours to look at
    if (stat.isDirectory()) await walk(Buffer.isBuffer(full) ? full : Buffer.from(full), into);
    else if (!stat.isFile()) skip(specialKind(stat));
    else {
      const ext = extensionOf(e.text);
      if (ext === undefined) skip("no-extension");
      else if (!READ_EXTENSIONS.includes(ext)) skip("other-format");
      else into.files.push({ path: full, name, ...(stat.ino !== 0n ? { id: `${stat.dev}:${stat.ino}` } : {}) });
    }
  }
}

/**
 * Reads at most `limit + 1` bytes, so a huge file is refused by size without loading it
 * whole: three system calls and one read into a buffer sized by `fstat`. Refuses what is
 * not a regular file (`ENOTREG`); a path that cannot be opened throws its own error.
 */
export function readBoundedSync(file: FsPath, limit: number): Uint8Array {
  // Non-blocking open: should a FIFO have taken the file's place, opening it returns at
  // once instead of waiting for a writer, and the check below refuses it.
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw Object.assign(new Error("not a regular file"), { code: "ENOTREG" });
    const length = Math.min(stat.size, limit + 1);
    const buf = new Uint8Array(length);
    let offset = 0;
    // A file that shrank since fstat ends early; one that grew is read only up to its stat'd size.
    while (offset < length) {
      const n = readSync(fd, buf, offset, length - offset, offset);
      if (n === 0) break;
      offset += n;
    }
    return offset === length ? buf : buf.subarray(0, offset);
  } finally {
    closeSync(fd);
  }
}

/** The same read for a caller that awaits (a list file, the files read without workers): one set of rules. */
export async function readBounded(file: FsPath, limit: number): Promise<Uint8Array> {
  return readBoundedSync(file, limit);
}

export async function exists(file: string): Promise<boolean> {
  return fs.lstat(file).then(
    () => true,
    () => false,
  );
}

/** One file's identity on its device: equal for two names (links, case, `..`) of one file. */
export async function fileIdentity(file: FsPath): Promise<string | undefined> {
  const s: BigIntStats | undefined = await fs.stat(file, { bigint: true }).catch(() => undefined);
  return s && s.ino !== 0n ? `${s.dev}:${s.ino}` : undefined;
}
