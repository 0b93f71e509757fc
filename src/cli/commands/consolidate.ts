/**
 * `htsd consolidate`: many units' workbooks into one summary workbook (Tổng hợp, Chi tiết,
 * Nhật ký). Sources are opened read-only; the output never replaces a source, nor an
 * existing file unless --force says so.
 */
import * as path from "node:path";
import { consolidate, eachUnitValues, figuresBeside, formName, summarySheets, toJsonLines, unitValuesCsvLines } from "../../core/pipeline";
import { ALL_KINDS, kindOf } from "../../core/kinds";
import { defaultSheetNames, type Consolidation } from "../../core/consolidate";
import { readFiguresFile } from "../figures-file";
import { aliasesFromSheet, aliasesFromText, expectedFromSheet, expectedFromText, type Alias, type AliasList } from "../../core/roster";
import { formatNumberVi, message } from "../../core/messages";
import { streamWorkbook } from "../../xlsx/stream";
import { threadedCodec } from "../deflate-thread";
import { exists, expandInputs, readBounded, type Skipped } from "../files";
import { isOneOf, OutputExistsError, writeAtomic } from "../write-output";
import { isolated } from "../isolate";
import { printSkipped, skippedJson, unfitJson, unfitLine } from "../run-report";
import type { Unfit } from "../../core/sheet";
import { DEFAULT_LIMITS } from "../../xlsx/reader";
import { readAnyWorkbook } from "../../xlsx/read-any";
import { OTHER_READERS } from "../../xlsx/other-readers";
import { progressBar, say, type Out } from "../output";
import { localIsoDate } from "../../core/numbers";
import { checkFiles } from "../check-many";
import type { CheckedFile } from "../../core/check";
import type { RawSheet } from "../../core/cells";
import { PhaseClock } from "../stats";
import { checkedEach, collectGarbage, collectIfOver, heapGrowth, heapGuard, LEAN_HEAP_GROWTH } from "../memory";
import { isFormId, MAX_YEAR, MIN_YEAR } from "../../core/forms";
import type { ConsolidateArgs } from "../spec";

/** From this many files on, memory is worth a few full garbage collections (some 0.1 s each). */
const LARGE_RUN = 1000;
/** The heap past which the describing's garbage is collected before the summary is written. */
const PRE_WRITE_HEAP_MB = 96;

export async function consolidateCommand(args: ConsolidateArgs, out: Out, now: Date): Promise<number> {
  const clock = new PhaseClock();
  const fail = (text: string) => (out.error(text), 2);
  if (!args.out) return fail(message("cli.error.needOut"));
  if (args.inputs.length === 0) return fail(message("cli.error.noFiles"));
  const onDuplicate = args["on-duplicate"] ?? "latest";
  if (onDuplicate !== "latest" && onDuplicate !== "error") return fail(message("cli.error.badArgs", { detail: `--on-duplicate=${onDuplicate}` }));
  if (args.deadline !== undefined && !isIsoDate(args.deadline)) return fail(message("cli.error.badDate", { date: args.deadline }));
  if (args.date !== undefined && !isIsoDate(args.date)) return fail(message("cli.error.badDate", { date: args.date }));
  if (args.form !== undefined && !isFormId(args.form)) return fail(message("cli.error.badForm", { form: args.form }));
  const form = args.form;
  const year = args.year === undefined ? undefined : Number(args.year);
  if (year !== undefined && (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR)) return fail(message("cli.error.badYear", { year: args.year ?? "" }));
  const jobs = args.jobs === undefined ? undefined : Number(args.jobs);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)) return fail(message("cli.error.badArgs", { detail: `--jobs ${args.jobs}` }));

  const { files, missing, skipped } = await expandInputs(args.inputs);
  // A misspelt folder would make a summary that silently lacks a whole district.
  if (missing.length > 0) {
    for (const m of missing) out.error(message("cli.error.notFound", { file: m }));
    return fail(message("cli.error.missingInputs", { count: missing.length }));
  }
  const sources = [...files, ...(args.expected !== undefined ? [args.expected] : []), ...(args.aliases !== undefined ? [args.aliases] : [])];
  if (await isOneOf(args.out, sources)) return fail(message("cli.error.outIsSource", { file: args.out }));
  if (!args.force && (await exists(args.out))) return fail(message("cli.error.outExists", { file: args.out }));
  if (args.csv !== undefined) {
    if (await isOneOf(args.csv, [...sources, args.out])) return fail(message("cli.error.outIsSource", { file: args.csv }));
    if (!args.force && (await exists(args.csv))) return fail(message("cli.error.outExists", { file: args.csv }));
  }

  let expected: string[] | undefined;
  if (args.expected !== undefined) {
    const list = await readExpected(args.expected);
    if (typeof list === "string") return fail(list);
    expected = list;
  }
  let aliases: Alias[] | undefined;
  if (args.aliases !== undefined) {
    const read = await readAliases(args.aliases);
    if (typeof read === "string") return fail(read);
    for (const bad of read.unread) out.error(message("cli.consolidate.aliasUnread", { file: args.aliases, line: bad }));
    aliases = read.aliases;
  }

  const today = localIsoDate(now);
  let table: CheckedFile[] | undefined;
  if (args.table !== undefined) {
    const read = await readFiguresFile(args.table, today);
    if (typeof read === "string") return fail(read);
    table = read;
  }
  clock.lap("list");
  const bar = progressBar(files.length, !args.json && Boolean(process.stderr.isTTY));
  const debug = (file: string, detail: unknown) => {
    if (args.debug) out.error(`[debug] ${file}: ${detail instanceof Error ? (detail.stack ?? detail.message) : String(detail)}`);
  };
  const { results: checked, jobs: used, busyMs } = await checkFiles(files, today, { jobs, form, contentPrints: true, onProgress: (done) => bar.tick(done), onInternalError: debug });
  bar.end();
  // Reading left garbage behind (all of it, when no worker thread read the files).
  if (files.length >= LARGE_RUN) {
    collectGarbage();
    // From here the heap holds every file's record: its garbage must not take as much again.
    heapGrowth(LEAN_HEAP_GROWTH);
  }
  clock.lap("check");

  // The summary's deflating thread starts now, while the summary is described: started when
  // the writing began, its first pieces waited some 60 ms for it.
  const codec = threadedCodec();
  try {
    // Each file is held as its packed record; Chi tiết's lines, the JSON's units and the CSV's
    // lines are spelt out from them one unit at a time, as they are written.
    const { accepted, printed, sheets, csv, tableUnused, unfit } = settle(checked.splice(0), args, { expected, aliases, year, onDuplicate, today, skipped, debug, folder: commonFolder(files.map((f) => f.name)), table }, clock);
    if (tableUnused && args.table !== undefined) return fail(message("cli.error.noFigures", { file: args.table }));
    if (sheets) {
      collectIfOver(PRE_WRITE_HEAP_MB);
      // Written as XML, deflated and put on disk as it goes: a summary of thousands of units
      // never sits in memory as cells, as text or as a whole file. Its cells were fitted to
      // Excel's limits (and reported) as they are written. The writing is timed as "render".
      // Deflated by Node's zlib on a thread of its own, beside the XML being made.
      const { chunks, unfit: cut } = streamWorkbook(sheets, { title: message("consolidate.sheet.summary"), ...(codec ? { codec } : {}) });
      try {
        // The lines made for Chi tiết are garbage as soon as written; V8 would let a country's pile up.
        await writeAtomic(args.out, checkedEach(chunks, heapGuard(64)), Boolean(args.force));
      } catch (e) {
        if (e instanceof OutputExistsError) return fail(message("cli.error.outExists", { file: args.out }));
        return fail(message("cli.error.cannotWrite", { file: args.out, detail: (e as Error).message }));
      }
      unfit.push(...cut);
      clock.lap("render");
      clock.lap("write");
    }
    if (csv !== undefined && args.csv !== undefined) {
      try {
        await writeAtomic(args.csv, csv, Boolean(args.force));
      } catch (e) {
        if (e instanceof OutputExistsError) return fail(message("cli.error.outExists", { file: args.csv }));
        return fail(message("cli.error.cannotWrite", { file: args.csv, detail: (e as Error).message }));
      }
    }

    for (const line of printed()) out.line(line);
    clock.lap("print");
    if (args.stats) out.error(JSON.stringify({ htsdStats: clock.stats({ files: files.length, accepted, jobs: used, busyMs }) }));
    return accepted > 0 ? 0 : 2;
  } finally {
    codec?.close();
  }
}

/** Consolidates, describes the summary's sheets and settles what will be printed. */
function settle(checked: CheckedFile[], args: ConsolidateArgs, o: SettleContext, clock: PhaseClock) {
  const given = (v: string | undefined) => v?.trim() || undefined;
  const header = { date: o.today, unit: given(args.unit), parent: given(args.parent), place: given(args.place), reportDate: args.date, head: given(args.head), folder: o.folder };
  const { result, sheets, stats } = isolated(
    checked,
    (files) => {
      const result = consolidate(files, { expected: o.expected, ...(o.aliases ? { aliases: o.aliases } : {}), ...(o.year !== undefined ? { year: o.year } : {}), deadline: args.deadline, onDuplicate: o.onDuplicate, acceptErrors: Boolean(args["accept-errors"]), ...(args.form ? { form: args.form } : {}) });
      const any = result.files.some((f) => f.status === "accepted");
      // Another form's figures for the own report (an outline's states the statistics table's): the file given, else the inbox's.
      const stats = figuresBeside(o.table ?? files, result.form, { onDuplicate: o.onDuplicate, acceptErrors: Boolean(args["accept-errors"]), ...(result.year !== null ? { year: result.year } : {}) });
      return { result, stats, sheets: any ? summarySheets(result, defaultSheetNames(), { ...header, ...(stats ? { stats } : {}) }) : undefined };
    },
    o.debug,
  );
  const accepted = result.files.filter((f) => f.status === "accepted").length;
  clock.lap("describe");
  // Filled by the writer, which fits every cell to Excel's limits as it writes it (the lines
  // of Chi tiết are made only then); printed after.
  const unfit: Unfit[] = [];
  // What is printed is spelt out when it is printed, once the summary is written: the JSON
  // of a country's units is never held whole.
  const printed = (): Iterable<string> => {
    if (args.json) return toJsonLines(result, { skipped: o.skipped.map(skippedJson), unfit: unfit.map(unfitJson) });
    const lines: string[] = [];
    const capture: Out = { line: (text = "") => void lines.push(text), error: () => undefined };
    printSkipped(o.skipped, capture);
    printSummary(result, capture, accepted > 0 ? args.out : undefined);
    for (const u of unfit) capture.line(unfitLine(u));
    return lines;
  };
  const kind = kindOf(result.form);
  const csv = args.csv !== undefined && kind && accepted > 0 ? csvChunks(unitValuesCsvLines(eachUnitValues(result, kind))) : undefined;
  return { accepted, printed, sheets, csv, tableUnused: o.table !== undefined && stats === undefined, unfit };
}

/** Characters gathered before they are encoded and written: few writes, never one whole string. */
const CSV_CHUNK = 1 << 16;

/** UTF-8 with a byte-order mark: Excel then opens the Vietnamese text intact. */
function* csvChunks(lines: Iterable<string>): Iterable<Uint8Array> {
  const utf8 = new TextEncoder();
  let pending = "\uFEFF";
  for (const line of lines) {
    pending += line;
    if (pending.length >= CSV_CHUNK) {
      yield utf8.encode(pending);
      pending = "";
    }
  }
  yield utf8.encode(pending);
}

interface SettleContext {
  expected?: string[];
  aliases?: Alias[];
  year?: number;
  onDuplicate: "latest" | "error";
  today: string;
  skipped: readonly Skipped[];
  debug(file: string, e: unknown): void;
  /** The folder every file lies in: the sheets name files below it. */
  folder: string;
  /** The file given for another form's figures (--table), checked. */
  table?: CheckedFile[];
}

/** The folder every file lies in: the sheets name files below it. */
function commonFolder(files: readonly string[]): string {
  const dirs = files.map((f) => path.dirname(f).split(/[\\/]/));
  if (dirs.length === 0) return "";
  let n = dirs[0]!.length;
  for (const d of dirs) {
    let i = 0;
    while (i < n && i < d.length && d[i] === dirs[0]![i]) i++;
    n = i;
  }
  return dirs[0]!.slice(0, n).join(path.sep);
}

function readExpected(file: string): Promise<string[] | string> {
  return readList(file, expectedFromSheet, expectedFromText, []);
}

function readAliases(file: string): Promise<AliasList | string> {
  return readList(file, aliasesFromSheet, aliasesFromText, { aliases: [], unread: [] });
}

/** A list the consolidator keeps (expected units, aliases): the first visible sheet of a workbook (.xlsx, .xls, .ods), else text; the message when unreadable. */
async function readList<T>(file: string, fromSheet: (sheet: RawSheet) => T, fromText: (text: string) => T, none: T): Promise<T | string> {
  try {
    if (/\.(xlsx|xlsm|xls|ods)$/i.test(file)) {
      const read = readAnyWorkbook(await readBounded(file, DEFAULT_LIMITS.maxFileBytes), {}, OTHER_READERS);
      if (!read.ok) return message("cli.error.cannotRead", { file, detail: message(read.problem.code, read.problem.params) });
      const sheet = read.workbook.sheets.find((s) => s.state === "visible") ?? read.workbook.sheets[0];
      return sheet ? fromSheet(sheet) : none;
    }
    // Bounded and never blocking, as every file the user names.
    return fromText(new TextDecoder().decode(await readBounded(file, DEFAULT_LIMITS.maxFileBytes)));
  } catch (e) {
    return message("cli.error.cannotRead", { file, detail: (e as Error).message });
  }
}

function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function printSummary(c: Consolidation, out: Out, written: string | undefined): void {
  const counts = new Map<string, number>();
  for (const f of c.files) counts.set(f.status, (counts.get(f.status) ?? 0) + 1);
  const count = (s: string) => counts.get(s) ?? 0;
  // One line per file not used, found through an index: a country's inbox drops thousands.
  const firstLine = new Map<number, string>();
  for (const l of c.log) if (l.fileIndex !== undefined && !firstLine.has(l.fileIndex)) firstLine.set(l.fileIndex, l.message);
  say(out, "cli.consolidate.result", {
    form: formName(c.form, ALL_KINDS),
    year: c.year === null ? "?" : String(c.year),
  });
  const yearNote = c.log.find((l) => l.fileIndex === undefined && l.code.startsWith("consolidate.year."));
  if (yearNote) out.line(`  ${yearNote.message}`);
  say(out, "cli.consolidate.counts", { accepted: count("accepted"), rejected: count("rejected"), duplicates: count("duplicate-dropped"), missing: c.missing.length, units: c.unitsCovered });
  for (const f of c.files.filter((x) => x.status !== "accepted")) {
    out.line(`  - ${f.file}: ${firstLine.get(f.index) ?? ""}`);
  }
  if (c.missing.length > 0) say(out, "cli.consolidate.missing", { units: c.missing.join("; ") });
  if (c.unexpected.length > 0) say(out, "cli.consolidate.unexpected", { units: c.unexpected.join("; ") });
  for (const s of c.suggested) say(out, "cli.consolidate.suggested", { unit: s.unit, listed: s.listed, file: s.file });
  if (c.late.length > 0) say(out, "cli.consolidate.late", { units: c.late.join("; ") });
  const n = (v: number | undefined) => (v === undefined ? "—" : formatNumberVi(v));
  const t = c.totals;
  say(out, "cli.consolidate.participation", { trainees: n(t.participation.trainees), activities: n(t.participation.activities), total: n(t.participation.total) });
  say(out, "cli.consolidate.funding", { state: n(t.funding.state), other: n(t.funding.other), total: n(t.funding.total) });
  if (t.funding.unattributed !== undefined) say(out, "cli.consolidate.unattributed", { amount: n(t.funding.unattributed) });
  if (written) say(out, "cli.consolidate.written", { file: written });
  else say(out, "cli.consolidate.nothing");
}
