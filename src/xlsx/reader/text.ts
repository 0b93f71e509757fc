/** Text and date conversions of SpreadsheetML values. */

const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Decodes `_xHHHH_` escapes (how OOXML stores characters XML cannot hold, such as a
 * carriage return `_x000D_`). `_x005F_` is an escaped underscore, so `_x005F_x000D_`
 * reads as the literal text `_x000D_`: a single left-to-right pass gives exactly that.
 */
export function decodeEscapes(s: string): string {
  return s.indexOf("_x") < 0 ? s : s.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The same text, holding nothing of the part it was read from. V8 keeps a substring of 13
 * characters or more as a view into the whole string it was cut from, so one unit name
 * kept from a file would keep that file's whole shared-string table alive: 10,000 files'
 * worth of those is some 130 MB. Joining forces a flat copy, and the view then points
 * into that copy alone.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (s + " ").slice(0, -1);
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const ISO_TIME = /^T?(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?$/;
const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);

function timeFraction(h: string | undefined, m: string | undefined, s: string | undefined, frac: string | undefined): number | undefined {
  const hours = Number(h ?? 0);
  const minutes = Number(m ?? 0);
  const seconds = Number(s ?? 0) + Number(frac ?? 0);
  if (hours > 24 || minutes > 59 || seconds >= 61) return undefined;
  return (hours * 3600 + minutes * 60 + seconds) / 86_400;
}

/**
 * An ISO 8601 date (`t="d"` cells) as an Excel serial in the 1900 date system. Excel counts
 * a 29 February 1900 that never was, so from 1 March 1900 on serials are one day ahead of
 * the calendar. The zone is dropped: Excel's serials have none. Undefined when not a date.
 */
export function isoToSerial(text: string): number | undefined {
  const t = text.trim();
  const time = ISO_TIME.exec(t);
  if (time) return timeFraction(time[1], time[2], time[3], time[4]);
  const m = ISO.exec(t);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  const fraction = timeFraction(m[4], m[5], m[6], m[7]);
  if (fraction === undefined) return undefined;
  let days = (utc - EPOCH_1900) / DAY_MS;
  if (days < 61) days -= 1;
  if (days < 0) return undefined;
  return days + fraction;
}
