/**
 * The strings every packed report repeats (row codes, measures, member names, problem codes,
 * the sheet's name, dates), decoded once per process and shared: a report's packed strings are
 * read thousands of times over, and TextDecoder costs more per call than such a string's bytes
 * cost to look up. Other strings (a unit's name, a file's) are decoded each time.
 */

/** Bytes of a string shared through `shortStrings`: their number stays exact (8 × 256^6 < 2^53). */
const SHORT = 6;
const MAX_SHORT_STRINGS = 100_000;
const shortStrings = new Map<number, string>();
/**
 * Longer strings, found by a hash of their bytes and confirmed byte for byte. Kept only when
 * met a second time (`seenOnce` holds the hashes met once, one per slot): a country's unit
 * names, each met once, would otherwise fill it.
 */
const MEDIUM = 24;
const MAX_MEDIUM_STRINGS = 4096;
const mediumStrings = new Map<number, { bytes: Uint8Array; s: string }>();
const seenOnce = new Uint32Array(1 << 14);
const fromUtf8 = new TextDecoder();

/** The UTF-8 string in `buf[start, end)`. */
export function decodeString(buf: Uint8Array, start: number, end: number): string {
  const n = end - start;
  return n <= SHORT ? short(buf, start, end) : n <= MEDIUM ? medium(buf, start, end) : fromUtf8.decode(buf.subarray(start, end));
}

/** Their bytes, read as one number, find the string already made. */
function short(buf: Uint8Array, start: number, end: number): string {
  let key = end - start;
  let scale = 8;
  for (let i = start; i < end; i++, scale *= 256) key += buf[i]! * scale;
  let s = shortStrings.get(key);
  if (s === undefined) {
    s = fromUtf8.decode(buf.subarray(start, end));
    if (shortStrings.size < MAX_SHORT_STRINGS) shortStrings.set(key, s);
  }
  return s;
}

function medium(buf: Uint8Array, start: number, end: number): string {
  const hash = fnv1a(buf, start, end);
  const known = mediumStrings.get(hash);
  if (known !== undefined && known.bytes.length === end - start) {
    const bytes = known.bytes;
    let i = 0;
    while (i < bytes.length && bytes[i] === buf[start + i]) i++;
    if (i === bytes.length) return known.s;
  }
  const s = fromUtf8.decode(buf.subarray(start, end));
  if (known === undefined && mediumStrings.size < MAX_MEDIUM_STRINGS) {
    const slot = hash & (seenOnce.length - 1);
    if (seenOnce[slot] === hash >>> 0) mediumStrings.set(hash, { bytes: buf.slice(start, end), s });
    else seenOnce[slot] = hash;
  }
  return s;
}

/** FNV-1a (32 bits) over `bytes[start, end)`: where a medium string is looked for, the bytes then compared to be sure. */
export function fnv1a(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  return hash;
}
