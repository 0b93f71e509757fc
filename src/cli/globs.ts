/**
 * File-name patterns ("bao-cao/*.xlsx", "nhan/**\/*.xlsx") expanded by htsd itself: the
 * Windows shells pass them through untouched, and on any system a quoted pattern arrives
 * as written. A name that exists as given is never treated as a pattern (a file may be
 * called "[2025] báo cáo.xlsx"), and a pattern that matches nothing is kept as written, so
 * the command reports it like any other missing file.
 *
 * Supported: `*` and `?` within one name, `[abc]`/`[!abc]`/`[a-z]`, `{a,b}`, and `**` for
 * any number of folders. Like the shells, `*` does not match a leading dot, and on Windows
 * (whose file names ignore case) neither do the patterns.
 */
import { promises as fs } from "node:fs";

const MAGIC = /[*?[{]/;

export interface GlobOptions {
  /** The running system by default; "win32" takes `\\` as a separator too and ignores case. */
  platform?: NodeJS.Platform;
}

export async function expandGlobs(args: readonly string[], options: GlobOptions = {}): Promise<string[]> {
  const windows = (options.platform ?? process.platform) === "win32";
  const out: string[] = [];
  for (const arg of args) {
    if (!MAGIC.test(arg) || (await exists(arg))) {
      out.push(arg);
      continue;
    }
    const matches = await expandOne(arg, windows);
    out.push(...(matches.length > 0 ? matches : [arg]));
  }
  return out;
}

async function expandOne(pattern: string, windows: boolean): Promise<string[]> {
  const parts = pattern.split(windows ? /[\\/]/ : "/");
  // The fixed folders before the first pattern are walked as they are.
  const first = parts.findIndex((p) => MAGIC.test(p));
  const base = parts.slice(0, first).join("/");
  // "" is the current folder, "/" the root; "C:" alone would be drive C's current folder.
  const start = first === 0 ? "" : base === "" ? "/" : /^[A-Za-z]:$/.test(base) ? base + "/" : base;
  const segments = parts.slice(first).filter((p) => p !== "");
  const found = new Set<string>();
  await walk(start, segments, windows, found);
  return [...found].sort((a, b) => a.localeCompare(b, "vi"));
}

async function walk(dir: string, segments: readonly string[], windows: boolean, found: Set<string>): Promise<void> {
  const [head, ...rest] = segments;
  if (head === undefined) {
    if (dir !== "") found.add(dir);
    return;
  }
  if (head === "**") {
    // Zero folders, or one more folder and still `**`.
    await walk(dir, rest, windows, found);
    for (const e of await list(dir)) if (e.isDirectory() && !e.name.startsWith(".")) await walk(join(dir, e.name), segments, windows, found);
    return;
  }
  if (!MAGIC.test(head)) {
    const next = join(dir, head);
    if (rest.length === 0 ? await exists(next) : await isDirectory(next)) await walk(next, rest, windows, found);
    return;
  }
  const re = segmentRegExp(head, windows);
  for (const e of await list(dir)) {
    // A folder really called "[2025] Báo cáo" is taken by its name too.
    if (!re.test(e.name) && e.name !== head) continue;
    if (rest.length === 0 || e.isDirectory()) await walk(join(dir, e.name), rest, windows, found);
  }
}

/** One path segment's pattern as a regular expression over a single name. */
export function segmentRegExp(glob: string, ignoreCase = false): RegExp {
  // Like the shells: a name starting with a dot is matched only by a pattern that says so.
  const guard = glob.startsWith(".") ? "" : "(?!\\.)";
  return new RegExp(`^${guard}${source(glob)}$`, ignoreCase ? "iu" : "u");
}

function source(glob: string): string {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    const close = c === "[" ? glob.indexOf("]", i + 2) : c === "{" ? glob.indexOf("}", i + 1) : -1;
    if (c === "*") re += "[^/\\\\]*";
    else if (c === "?") re += "[^/\\\\]";
    else if (c === "[" && close > 0) {
      const body = glob.slice(i + 1, close);
      const negate = body.startsWith("!") || body.startsWith("^");
      re += `[${negate ? "^" : ""}${escapeClass(negate ? body.slice(1) : body)}]`;
      i = close;
    } else if (c === "{" && close > 0) {
      re += `(?:${glob.slice(i + 1, close).split(",").map(source).join("|")})`;
      i = close;
    } else re += c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  return re;
}

/** A class body with its range dashes kept: `[a-z]` stays a range. */
function escapeClass(body: string): string {
  return body.replace(/[\\\]^[]/g, "\\$&");
}

function join(dir: string, name: string): string {
  return dir === "" ? name : dir.endsWith("/") ? dir + name : `${dir}/${name}`;
}

async function list(dir: string) {
  return fs.readdir(dir === "" ? "." : dir, { withFileTypes: true }).catch(() => []);
}

async function exists(p: string): Promise<boolean> {
  return fs.stat(p).then(
    () => true,
    () => false,
  );
}

async function isDirectory(p: string): Promise<boolean> {
  return fs.stat(p).then(
    (s) => s.isDirectory(),
    () => false,
  );
}
