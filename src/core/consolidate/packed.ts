/**
 * Plain data (what JSON holds, plus `undefined`, -0, NaN and ±Infinity) packed into bytes
 * and back, exactly: a checked file crosses from a worker thread as one transferred buffer
 * and sits on the main thread as those bytes until one unit's numbers are needed. Strings
 * are written once per packed value and then referred to by number, so row codes, measure
 * names and the file's name cost a byte or two each time they recur.
 */
import { decodeString } from "./recurring-strings";

const Tag = {
  Undefined: 0,
  Null: 1,
  False: 2,
  True: 3,
  /** An integer up to 2^52 either way, zigzag varint. */
  Int: 4,
  Float: 5,
  /** A string met for the first time: its UTF-8 length and bytes; it gets the next number. */
  NewString: 6,
  /** A string met before, by number. */
  OldString: 7,
  Array: 8,
  Object: 9,
  /** A cell address ("D15"): its column and row numbers, not added to the strings. */
  Cell: 10,
} as const;

const utf8 = new TextEncoder();

export class Packer {
  private buf = new Uint8Array(1024);
  private data = new DataView(this.buf.buffer);
  private at = 0;
  private strings = new Map<string, number>();

  /** Appends one value; the values of one packer share its strings and are unpacked in order. */
  value(v: unknown): void {
    switch (typeof v) {
      case "number":
        return this.number(v);
      case "string":
        return this.string(v);
      case "undefined":
        return this.byte(0);
      case "boolean":
        return this.byte(v ? 3 : 2);
      case "object":
        if (v === null) return this.byte(1);
        if (Array.isArray(v)) {
          this.byte(8);
          this.uint(v.length);
          for (let i = 0; i < v.length; i++) this.value(v[i]);
          return;
        }
        {
          this.byte(9);
          const countAt = this.at;
          this.byte(0);
          let n = 0;
          // for-in over an object's own members reads each through V8's enum cache: the
          // fastest way through many objects of many shapes.
          for (const k in v) {
            if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
            this.string(k);
            this.value((v as Record<string, unknown>)[k]);
            n++;
          }
          // Only a value with no members of its own can be a Map, a Set or a Date: checking
          // every object would double the time packing takes.
          if (n === 0 && !isPlain(v)) break;
          this.count(countAt, n);
          return;
        }
    }
    throw new TypeError(`cannot pack a ${typeof v === "object" ? ((v as object).constructor?.name ?? "object") : typeof v}`);
  }

  /** Starts a part unpacked on its own, with strings of its own. Returns where it starts. */
  part(): number {
    this.strings = new Map<string, number>();
    return this.at;
  }

  /** The bytes so far, copied into a buffer of their own size. */
  bytes(): Uint8Array {
    return this.buf.slice(0, this.at);
  }

  /** The bytes so far, not copied: valid until the next value. */
  view(): Uint8Array {
    return this.buf.subarray(0, this.at);
  }

  get length(): number {
    return this.at;
  }

  private number(n: number): void {
    if ((n | 0) === n && (n !== 0 || 1 / n > 0)) {
      this.byte(4);
      this.uint(((n << 1) ^ (n >> 31)) >>> 0);
    } else if (Number.isInteger(n) && Math.abs(n) <= 2 ** 52 && !Object.is(n, -0)) {
      // Up to 2^52 either way, so that the zigzagged number is itself exact.
      this.byte(Tag.Int);
      // Zigzag without 32-bit operators: safe integers go beyond them.
      this.uint(n >= 0 ? n * 2 : -n * 2 - 1);
    } else {
      this.byte(Tag.Float);
      this.room(8);
      this.data.setFloat64(this.at, n, true);
      this.at += 8;
    }
  }

  private string(s: string): void {
    const known = this.strings.get(s);
    if (known !== undefined) {
      this.byte(Tag.OldString);
      this.uint(known);
      return;
    }
    const cell = cellNumbers(s);
    if (cell !== undefined) {
      this.byte(Tag.Cell);
      this.uint(cell.col);
      this.uint(cell.row);
      return;
    }
    this.strings.set(s, this.strings.size);
    this.byte(Tag.NewString);
    if (isShortAscii(s)) {
      this.uint(s.length);
      this.room(s.length);
      for (let i = 0; i < s.length; i++) this.buf[this.at++] = s.charCodeAt(i);
      return;
    }
    const encoded = utf8.encode(s);
    this.uint(encoded.length);
    this.room(encoded.length);
    this.buf.set(encoded, this.at);
    this.at += encoded.length;
  }

  /** Writes a count into the byte saved for it at `at`, making room when it needs more than one. */
  private count(at: number, n: number): void {
    if (n < 0x80) {
      this.buf[at] = n;
      return;
    }
    const end = this.at;
    this.uint(n);
    const size = this.at - end;
    this.room(size);
    const bytes = this.buf.slice(end, end + size);
    this.buf.copyWithin(at + size, at + 1, end);
    this.buf.set(bytes, at);
    this.at = end + size - 1;
  }

  private uint(n: number): void {
    this.room(8);
    if (n < 0x80) {
      this.buf[this.at++] = n;
      return;
    }
    while (n >= 0x80) {
      this.buf[this.at++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    this.buf[this.at++] = n;
  }

  private byte(b: number): void {
    this.room(1);
    this.buf[this.at++] = b;
  }

  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const bigger = new Uint8Array(Math.max(this.buf.length * 2, this.at + n));
    bigger.set(this.buf.subarray(0, this.at));
    this.buf = bigger;
    this.data = new DataView(bigger.buffer);
  }
}

export class Unpacker {
  private at: number;
  private readonly strings: string[] = [];
  /** Made for the first float: most reports hold none, and a view costs more than the numbers. */
  private view?: DataView;

  constructor(
    private readonly buf: Uint8Array,
    start = 0,
  ) {
    this.at = start;
  }

  /** Where the next value starts, to skip to a part unpacked later. */
  get offset(): number {
    return this.at;
  }

  value(): unknown {
    const tag = this.buf[this.at++];
    switch (tag) {
      case Tag.Undefined:
        return undefined;
      case Tag.Null:
        return null;
      case Tag.False:
        return false;
      case Tag.True:
        return true;
      case Tag.Int: {
        const z = this.uint();
        return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
      }
      case Tag.Float: {
        this.view ??= new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength);
        const n = this.view.getFloat64(this.at, true);
        this.at += 8;
        return n;
      }
      case Tag.NewString:
      case Tag.OldString:
      case Tag.Cell:
        return this.stringAfter(tag);
      case Tag.Array: {
        const n = this.uint();
        const out = new Array<unknown>(n);
        for (let i = 0; i < n; i++) out[i] = this.value();
        return out;
      }
      case Tag.Object: {
        const n = this.uint();
        const out: Record<string, unknown> = {};
        for (let i = 0; i < n; i++) {
          const key = this.stringAfter(this.buf[this.at++]);
          // A member named "__proto__" (a name in a file) stays a member, as JSON.parse keeps it.
          if (key === "__proto__") Object.defineProperty(out, key, { value: this.value(), writable: true, enumerable: true, configurable: true });
          else out[key] = this.value();
        }
        return out;
      }
      default:
        throw new RangeError(`not packed data (tag ${tag} at ${this.at - 1})`);
    }
  }

  /** Steps over one value; where the next starts. */
  skipped(): number {
    this.skip();
    return this.at;
  }

  /** Steps over one value without building it, keeping the strings it introduces. */
  skip(): void {
    const tag = this.buf[this.at++];
    switch (tag) {
      case Tag.Int:
        this.uint();
        return;
      case Tag.Float:
        this.at += 8;
        return;
      case Tag.NewString:
      case Tag.OldString:
      case Tag.Cell:
        this.stringAfter(tag);
        return;
      case Tag.Array: {
        const n = this.uint();
        for (let i = 0; i < n; i++) this.skip();
        return;
      }
      case Tag.Object: {
        const n = this.uint();
        for (let i = 0; i < n; i++) {
          this.stringAfter(this.buf[this.at++]);
          this.skip();
        }
        return;
      }
      case Tag.Undefined:
      case Tag.Null:
      case Tag.False:
      case Tag.True:
        return;
      default:
        throw new RangeError(`not packed data (tag ${tag} at ${this.at - 1})`);
    }
  }

  private stringAfter(tag: number | undefined): string {
    if (tag === Tag.OldString) return this.strings[this.uint()]!;
    if (tag === Tag.Cell) {
      const col = this.uint();
      return cellName(col, this.uint());
    }
    if (tag !== Tag.NewString) throw new RangeError(`not packed data (tag ${tag} where a string was due, at ${this.at - 1})`);
    const n = this.uint();
    const end = this.at + n;
    const s = decodeString(this.buf, this.at, end);
    this.at = end;
    this.strings.push(s);
    return s;
  }

  private uint(): number {
    let n = 0;
    let scale = 1;
    for (;;) {
      const b = this.buf[this.at++]!;
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
      scale *= 0x80;
    }
  }
}

function isPlain(o: object): boolean {
  const proto = Object.getPrototypeOf(o) as unknown;
  return proto === Object.prototype || proto === null;
}

function isShortAscii(s: string): boolean {
  if (s.length > 64) return false;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** Column and row of an address as a sheet writes it ("D15", "AB7"), in the range a sheet has; else undefined. */
function cellNumbers(s: string): { col: number; row: number } | undefined {
  if (s.length < 2 || s.length > 10) return undefined;
  let i = 0;
  let col = 0;
  for (; i < s.length && i < 3; i++) {
    const c = s.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === 0 || i === s.length || s.charCodeAt(i) === 48) return undefined;
  let row = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
    row = row * 10 + (c - 48);
  }
  return col <= 16384 && row <= 1048576 ? { col, row } : undefined;
}

/** Addresses are few and recur in every file ("D15"): each is made once per process. */
const MAX_CELL_NAMES = 100_000;
const cellNames = new Map<number, string>();

function cellName(col: number, row: number): string {
  const key = row * 16385 + col;
  let name = cellNames.get(key);
  if (name === undefined) {
    let letters = "";
    for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
    name = `${letters}${row}`;
    if (cellNames.size < MAX_CELL_NAMES) cellNames.set(key, name);
  }
  return name;
}
