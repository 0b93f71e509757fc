/**
 * A checked file as the few bytes a consolidation keeps of it, in parts packed on their
 * own so that each is unpacked alone: who and what (the file's form, year, the unit's
 * name, date, what a summary contains: what every step of a consolidation asks), each of
 * the unit's numbers, texts and cell addresses (wanted one unit at a time, when it is
 * summed or its row written, and the detail sheet never needs the addresses), and the
 * problems (wanted for the log).
 *
 * The bytes: the lengths of every part but the last (one packed array), then the parts,
 * each packed with strings of its own: who and what (`[members of the checked file, its
 * members but the report and the problems, members of the report, the report's identity]`),
 * each other member of the report in its order, then `{problems, excluded, fixes}`.
 *
 * `PackedFile` reads as a `CheckedFile`: its report is made on the first request, its
 * numbers unpacked when that report is asked for them and kept on it while it is among the
 * last few reports read, so that no caller holds every unit's numbers at once.
 */
import type { CheckedFile, ContentPrint, ExcludedCell, Fix, WorkbookFormat } from "../check";
import type { Problem } from "../problems";
import type { Report } from "../report";
import { Packer, Unpacker } from "./packed";
import { sharedText } from "./shared-text";

/** The members of every report that say whose it is: kept unpacked beside the bytes. */
const IDENTITY: ReadonlySet<string> = new Set<keyof Report>(["form", "version", "year", "yearAssumed", "unit", "parent", "docNumber", "date", "unitsCovered", "source", "labelRows", "unitFromFileName", "contains"]);
/** The members of a checked file packed with its problems rather than with its identity. */
const LATER: ReadonlySet<string> = new Set<keyof CheckedFile>(["problems", "excluded", "fixes"]);

export function packCheckedFile(c: CheckedFile): Uint8Array {
  const top: Record<string, unknown> = {};
  const later: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(c)) if (k !== "report") (LATER.has(k) ? later : top)[k] = v;
  const identity: Record<string, unknown> = {};
  const numbers: unknown[] = [];
  const r = c.report as unknown as Record<string, unknown> | undefined;
  if (r) for (const [k, v] of Object.entries(r)) if (IDENTITY.has(k)) identity[k] = v;
  else numbers.push(v);
  // Parts: who and what, then each of the report's own members (values, notes, cells…) alone, then the problems.
  const p = new Packer();
  const starts = [p.part()];
  p.value([Object.keys(c), top, r ? Object.keys(r) : undefined, r ? identity : undefined]);
  for (const v of numbers) {
    starts.push(p.part());
    p.value(v);
  }
  // The problems with strings of their own too (the sheet's name said again, some 20 bytes):
  // read four times in a consolidation, they would otherwise step over the head each time.
  starts.push(p.part());
  p.value(later);
  const prefix = new Packer();
  prefix.value(starts.slice(1).map((at, i) => at - starts[i]!));
  const out = new Uint8Array(prefix.length + p.length);
  out.set(prefix.view());
  out.set(p.view(), prefix.length);
  return out;
}

/** The whole checked file again, every member as it was packed. */
export function unpackCheckedFile(bytes: Uint8Array): CheckedFile {
  const p = new PackedFile(bytes);
  const out: Record<string, unknown> = {};
  for (const k of p.keys) out[k] = k === "report" ? materialReport(p.report) : (p as unknown as Record<string, unknown>)[k];
  return out as unknown as CheckedFile;
}

function materialReport(r: Report | undefined): Report | undefined {
  return r && (Object.fromEntries(Object.keys(r).map((k) => [k, (r as unknown as Record<string, unknown>)[k]])) as unknown as Report);
}

/**
 * Held once per file of a country's inbox: what it keeps beside its bytes is what every
 * step asks (the head: who and what), each member in the object itself (all of them set
 * in the constructor, so none needs a store of its own), the report's identity only until
 * the report is made (the report holds it then), and no table of where the parts start
 * (read again from the bytes' first few when a part is wanted).
 */
export class PackedFile implements CheckedFile {
  /** The checked file's members in their order (one shared array for all files alike); undefined until the head is unpacked. */
  private headKeys: readonly string[] | undefined;
  private topMembers: Record<string, unknown> | undefined;
  private reportKeys: readonly string[] | undefined;
  private identity: Record<string, unknown> | undefined;
  private reportObject: Report | undefined;

  constructor(readonly bytes: Uint8Array) {
    this.headKeys = undefined;
    this.topMembers = undefined;
    this.reportKeys = undefined;
    this.identity = undefined;
    this.reportObject = undefined;
  }

  /** The checked file's members, in their order. */
  get keys(): readonly string[] {
    this.unpackHead();
    return this.headKeys!;
  }

  get file(): string {
    return this.top("file") as string;
  }
  get format(): WorkbookFormat | undefined {
    return this.top("format") as WorkbookFormat | undefined;
  }
  get sheet(): string | undefined {
    return this.top("sheet") as string | undefined;
  }
  get form(): string | undefined {
    return this.top("form") as string | undefined;
  }
  get version(): number | undefined {
    return this.top("version") as number | undefined;
  }
  get year(): number | undefined {
    return this.top("year") as number | undefined;
  }
  get yearAssumed(): true | undefined {
    return this.top("yearAssumed") as true | undefined;
  }
  get problems(): Problem[] {
    return this.later("problems") as Problem[];
  }
  get excluded(): ExcludedCell[] {
    return this.later("excluded") as ExcludedCell[];
  }
  get fixes(): Fix[] {
    return this.later("fixes") as Fix[];
  }
  get content(): ContentPrint | undefined {
    return this.top("content") as ContentPrint | undefined;
  }

  /**
   * One report object per file: its identity at once, each of its own members (values,
   * notes, cells) unpacked alone when read and let go of again once many other reports
   * were read (see `recentlyUnpacked`), so that holding every file's report never holds
   * every unit's numbers.
   */
  get report(): Report | undefined {
    if (this.reportObject) return this.reportObject;
    this.unpackHead();
    const keys = this.reportKeys;
    const identity = this.identity;
    if (!keys || !identity) return undefined;
    // Every report made here takes the same steps, with the same accessors: one hidden
    // class for all of them, and fast reads in the loops that sum and print them.
    const r: Record<string | symbol, unknown> = {};
    Object.defineProperty(r, STATE, { value: { file: this, memo: NOTHING } satisfies ReportState });
    let part = 1;
    for (const k of keys) {
      if (IDENTITY.has(k)) r[k] = identity[k];
      else Object.defineProperty(r, k, memberAccessor(k, part++));
    }
    // The report holds the identity now.
    this.identity = undefined;
    return (this.reportObject = r as unknown as Report);
  }

  /** Part `n` of the bytes, unpacked. */
  member(n: number): unknown {
    return this.part(n).value();
  }

  private top(key: string): unknown {
    this.unpackHead();
    return this.topMembers![key];
  }

  private later(key: string): unknown {
    return (this.part(-1).value() as Record<string, unknown>)[key];
  }

  /** An unpacker at the start of part `n` (0 the head, -1 the last: the problems), found from the lengths the bytes begin with. */
  private part(n: number): Unpacker {
    const prefix = new Unpacker(this.bytes);
    const lengths = prefix.value() as number[];
    const k = n >= 0 ? n : lengths.length + 1 + n;
    let at = prefix.offset;
    for (let i = 0; i < k; i++) at += lengths[i]!;
    return new Unpacker(this.bytes, at);
  }

  private unpackHead(): void {
    if (this.headKeys) return;
    const [keys, top, reportKeys, identity] = this.part(0).value() as [string[], Record<string, unknown>, string[] | undefined, Record<string, unknown> | undefined];
    shareTexts(top);
    this.topMembers = top;
    if (reportKeys && identity) {
      shareTexts(identity);
      this.reportKeys = shared(reportKeys);
      this.identity = identity;
    }
    this.headKeys = shared(keys);
  }
}

const STATE = Symbol("packed report");
/** The memo of a report with nothing unpacked: one object for all, never written to. */
const NOTHING: Readonly<Record<string, unknown>> = Object.freeze({});

interface ReportState {
  file: PackedFile;
  /** The members unpacked so far, held by this report object only, and only while it is among the recent ones. */
  memo: Readonly<Record<string, unknown>>;
}

const accessors = new Map<string, PropertyDescriptor>();

/** The accessor of a report member packed as part `part`: one per member and part, shared by every report. */
function memberAccessor(key: string, part: number): PropertyDescriptor {
  const id = `${key}\u0000${part}`;
  let a = accessors.get(id);
  if (!a) {
    const state = (r: unknown) => (r as Record<symbol, ReportState>)[STATE]!;
    a = {
      get(this: unknown) {
        const s = state(this);
        let memo = s.memo;
        if (!(key in memo)) {
          // A new memo rather than a member added to the old one: the report lives long, its
          // old memo is in V8's old space, and a young value written into it would outlive
          // every quick collection once that memo is let go of (a country's numbers piling
          // up as garbage until a full one).
          memo = s.memo = { ...memo, [key]: s.file.member(part) };
          recentlyUnpacked(s);
        }
        return memo[key];
      },
      // A member set by hand is the caller's own: a plain member, never unpacked over.
      set(this: object, value: unknown) {
        Object.defineProperty(this, key, { value, writable: true, enumerable: true, configurable: true });
      },
      enumerable: true,
      configurable: true,
    };
    accessors.set(id, a);
  }
  return a;
}

/** Short texts of the head held once however many files say them (not the unit's name nor the file's: those are the file's own). */
function shareTexts(o: Record<string, unknown>): void {
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (typeof v === "string" && v.length <= 40 && k !== "unit" && k !== "file") o[k] = sharedText(v);
    else if (typeof v === "object" && v !== null && !Array.isArray(v)) shareTexts(v as Record<string, unknown>);
  }
}

/**
 * The reports whose members were last unpacked. A caller holding every unit's report at
 * once (a sheet listing them all) would otherwise hold every unit's numbers too; past this
 * many, the oldest report lets go of its unpacked members and unpacks them again if read.
 */
const RECENT = 8;
const recent: (ReportState | undefined)[] = new Array<ReportState | undefined>(RECENT);
let next = 0;

function recentlyUnpacked(s: ReportState): void {
  if (recent[(next + RECENT - 1) % RECENT] === s) return;
  const old = recent[next];
  if (old && old !== s && !recent.some((r, i) => r === old && i !== next)) old.memo = NOTHING;
  recent[next] = s;
  next = (next + 1) % RECENT;
}

/** Lists of member names, one array per distinct list: 50,000 files have a handful between them. */
const keyLists = new Map<string, readonly string[]>();
function shared(keys: string[]): readonly string[] {
  const id = keys.join("\u0000");
  let known = keyLists.get(id);
  if (!known) keyLists.set(id, (known = Object.freeze(keys)));
  return known;
}

