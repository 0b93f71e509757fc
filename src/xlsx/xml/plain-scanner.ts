/**
 * A strict scanner for plain XML: the elements, attributes, text and predefined or
 * numeric references that spreadsheet writers emit, and nothing else. It exists for
 * speed: saxes builds an attribute object for every element, and a form's cells are
 * a thousand small elements whose attributes are mostly never asked for. Here an
 * element's attributes are checked in place and read only when a handler asks.
 *
 * It is not a second XML parser. Whatever lies outside the plain subset (a comment,
 * CDATA, a processing instruction, a DOCTYPE, a name outside ASCII, a carriage return,
 * an unknown reference) and whatever is not well-formed makes it stop and report how
 * many events it delivered; saxes then reads the document again from the start, skips
 * those events and decides. So the scanner may refuse what is well-formed, but never
 * accepts what is not, and up to where it stops it delivers exactly saxes' events:
 * `test/xlsx/xml` holds it to that, on crafted cases and on random documents.
 */
import type { XmlHandlers, XmlTag } from "./tag";

/** What {@link scanPlainXml} returns when it read the whole document. */
export const SCANNED = -1;
/** What {@link scanPlainXml} returns when a handler asked it to stop. */
export const STOPPED = -2;

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const DQUOTE = 34;
const AMP = 38;
const SQUOTE = 39;
const SLASH = 47;
const COLON = 58;
const LT = 60;
const EQ = 61;
const GT = 62;
const CLOSE_BRACKET = 93;
const HIGH_SURROGATE = 0xd800;

const NAME_START = 1;
const NAME_CHAR = 2;
/** ASCII name characters; anything beyond ASCII is left to saxes. */
const NAME_CLASS = (() => {
  const t = new Uint8Array(128);
  const set = (from: string, to: string, bits: number): void => {
    for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) t[c] = bits;
  };
  set("a", "z", NAME_START | NAME_CHAR);
  set("A", "Z", NAME_START | NAME_CHAR);
  set("0", "9", NAME_CHAR);
  for (const c of "_:") t[c.charCodeAt(0)] = NAME_START | NAME_CHAR;
  for (const c of "-.") t[c.charCodeAt(0)] = NAME_CHAR;
  return t;
})();

const isSpace = (c: number): boolean => c === SPACE || c === LF || c === TAB || c === CR;
const isNameStart = (c: number): boolean => c < 128 && (NAME_CLASS[c]! & NAME_START) !== 0;
const isNameChar = (c: number): boolean => c < 128 && (NAME_CLASS[c]! & NAME_CHAR) !== 0;

/** The declaration in its ordinary form; any other is saxes' to judge. */
const DECLARATION =
  /<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(?:"1\.0"|'1\.0')(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\n]*\?>/y;
const LONE_SURROGATE = "[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]";
/** Text the scanner leaves to saxes: characters XML forbids, `]]>`, and CR (which XML rewrites). */
const NOT_PLAIN_TEXT = new RegExp(`[\\0-\\x08\\x0B-\\x1F\\uFFFE\\uFFFF]|\\]\\]>|${LONE_SURROGATE}`);
/** In a value, tab, CR and LF too: XML turns them into spaces, saxes does that. */
const NOT_PLAIN_VALUE = new RegExp(`[\\0-\\x1F<\\uFFFE\\uFFFF]|${LONE_SURROGATE}`);
const DECIMAL = /^[0-9]{1,7}$/;
const HEX = /^[0-9A-Fa-f]{1,6}$/;
/** `&#1234567;` and `&quot;` fit; a longer reference is left to saxes. */
const MAX_REFERENCE = 10;

function isXmlChar(cp: number): boolean {
  return cp === TAB || cp === LF || cp === CR || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

function reference(name: string): string | undefined {
  switch (name) {
    case "lt":
      return "<";
    case "gt":
      return ">";
    case "amp":
      return "&";
    case "quot":
      return '"';
    case "apos":
      return "'";
  }
  if (name.charCodeAt(0) !== 35 /* # */) return undefined;
  const hex = name.charCodeAt(1) === 120; /* x */
  const digits = name.slice(hex ? 2 : 1);
  if (!(hex ? HEX : DECIMAL).test(digits)) return undefined;
  const cp = parseInt(digits, hex ? 16 : 10);
  return isXmlChar(cp) ? String.fromCodePoint(cp) : undefined;
}

/** Resolves the references of `t` (the first `&` is at `amp`); undefined for any other. */
function resolveReferences(t: string, amp: number): string | undefined {
  let out = "";
  let start = 0;
  for (let at = amp; at >= 0; at = t.indexOf("&", start)) {
    const semi = t.indexOf(";", at + 1);
    if (semi < 0 || semi - at > MAX_REFERENCE) return undefined;
    const resolved = reference(t.slice(at + 1, semi));
    if (resolved === undefined) return undefined;
    out += t.slice(start, at) + resolved;
    start = semi + 1;
  }
  return out + t.slice(start);
}

function sameRange(s: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (s.charCodeAt(a + k) !== s.charCodeAt(b + k)) return false;
  return true;
}

/** The element being opened; refilled in place for the next one. */
class PlainTag implements XmlTag {
  local = "";
  prefix = "";
  selfClosing = false;
  special = false;
  declares = false;
  count = 0;
  /** Per attribute: name start, name end, value start, value end, in `s`. */
  readonly bounds: number[] = [];
  /** Per attribute: the value when it held a reference, else undefined (read from `s`). */
  readonly resolved: (string | undefined)[] = [];

  constructor(private readonly s: string) {}

  attr(name: string): string | undefined {
    const { s, bounds } = this;
    for (let k = 0, b = 0; k < this.count; k++, b += 4) {
      if (bounds[b + 1]! - bounds[b]! === name.length && s.startsWith(name, bounds[b]!)) {
        return this.resolved[k] ?? s.slice(bounds[b + 2]!, bounds[b + 3]!);
      }
    }
    return undefined;
  }

  hasPrefixed(prefix: string): boolean {
    const { s, bounds } = this;
    const n = prefix.length;
    for (let b = 0; b < this.count * 4; b += 4) {
      if (bounds[b + 1]! - bounds[b]! > n && s.charCodeAt(bounds[b]! + n) === COLON && s.startsWith(prefix, bounds[b]!)) return true;
    }
    return false;
  }

  attrNames(): string[] {
    const names: string[] = [];
    for (let b = 0; b < this.count * 4; b += 4) names.push(this.s.slice(this.bounds[b]!, this.bounds[b + 1]!));
    return names;
  }
}

/** Beyond this many attributes, duplicates are looked up in a set rather than by a scan of the ones before. */
const LINEAR_DUPLICATE_CHECK = 16;

/** `xmlns` or `xmlns:…`: a namespace declaration. */
function isXmlns(s: string, from: number, to: number): boolean {
  return to - from >= 5 && s.startsWith("xmlns", from) && (to - from === 5 || s.charCodeAt(from + 5) === COLON);
}

/** Space, tab or LF only. */
function allSpace(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c !== SPACE && c !== LF && c !== TAB) return false;
  }
  return true;
}

/**
 * Reads `s` into `handlers`. Returns {@link SCANNED} when it read the whole document,
 * {@link STOPPED} when a handler returned true, else the number of events (open, close,
 * text) it delivered before stopping. An element
 * nested deeper than `maxDepth` calls `tooDeep` (which throws) before it is delivered.
 */
export function scanPlainXml(s: string, handlers: XmlHandlers, maxDepth: number, tooDeep: () => never, maxAttributes = Infinity): number {
  const onText = handlers.text;
  const onClose = handlers.close;
  const n = s.length;
  const names: string[] = [];
  const locals: string[] = [];
  const tag = new PlainTag(s);
  const { bounds, resolved } = tag;
  let events = 0;
  let sawRoot = false;
  let pos = 0;
  if (s.startsWith("<?xml", 0)) {
    DECLARATION.lastIndex = 0;
    if (!DECLARATION.test(s)) return events;
    pos = DECLARATION.lastIndex;
  }
  while (pos < n) {
    // One pass finds the next `<` and notes whether the text before it needs a closer
    // look. Text between cells is a few characters: a loop beats indexOf's call.
    let lt = pos;
    let special = false;
    for (; lt < n; lt++) {
      const d = s.charCodeAt(lt);
      if (d === LT) break;
      if (d < SPACE || d === AMP || d === CLOSE_BRACKET || d >= HIGH_SURROGATE) special = true;
    }
    if (lt > pos) {
      if (names.length === 0) {
        // Whitespace around the root is text to saxes too, except before anything at all
        // (pos 0) and at an end that is no document. CR is rewritten: saxes' to do.
        if (!allSpace(s, pos, lt) || (lt === n && !sawRoot)) return events;
        if (pos > 0) {
          onText?.(s.slice(pos, lt));
          events++;
        }
      } else {
        // Text left open at the end is not a document: saxes says so.
        if (lt === n) return events;
        let t = s.slice(pos, lt);
        // Most text is a number or a word; only the rare text needs the regular expression.
        if (special) {
          if (NOT_PLAIN_TEXT.test(t)) return events;
          const amp = t.indexOf("&");
          if (amp >= 0) {
            const r = resolveReferences(t, amp);
            if (r === undefined) return events;
            t = r;
          }
        }
        onText?.(t);
        events++;
      }
    }
    if (lt === n) break;

    let i = lt + 1;
    let c = s.charCodeAt(i);
    if (c === SLASH) {
      const top = names.length - 1;
      if (top < 0) return events;
      const name = names[top]!;
      i++;
      if (!s.startsWith(name, i)) return events;
      i += name.length;
      while (isSpace(s.charCodeAt(i))) i++;
      if (s.charCodeAt(i) !== GT) return events;
      names.pop();
      const local = locals.pop()!;
      if (onClose?.(local) === true) return STOPPED;
      events++;
      pos = i + 1;
      continue;
    }
    // A second root, or `<!…`, `<?…` and the like.
    if (!isNameStart(c) || (sawRoot && names.length === 0)) return events;

    const nameStart = i;
    let colon = -1;
    do {
      if (c === COLON && colon < 0) colon = i;
      c = s.charCodeAt(++i);
    } while (isNameChar(c));
    const nameEnd = i;

    let count = 0;
    let namespaced = false;
    let declares = false;
    let seen: Set<string> | undefined;
    let selfClosing: boolean;
    for (;;) {
      c = s.charCodeAt(i);
      if (c === GT) {
        selfClosing = false;
        i++;
        break;
      }
      if (c === SLASH) {
        if (s.charCodeAt(i + 1) !== GT) return events;
        selfClosing = true;
        i += 2;
        break;
      }
      // Attributes are set apart by whitespace: `a="1"b="2"` is not XML.
      if (!isSpace(c)) return events;
      do c = s.charCodeAt(++i);
      while (isSpace(c));
      if (c === GT || c === SLASH) continue;
      if (!isNameStart(c)) return events;
      const attrStart = i;
      do {
        if (c === COLON) namespaced = true;
        c = s.charCodeAt(++i);
      } while (isNameChar(c));
      const attrEnd = i;
      // Past the bound, saxes reads the element again and the sink refuses it.
      if (count >= maxAttributes) return events;
      if (isXmlns(s, attrStart, attrEnd)) namespaced = declares = true;
      while (isSpace(c)) c = s.charCodeAt(++i);
      if (c !== EQ) return events;
      do c = s.charCodeAt(++i);
      while (isSpace(c));
      if (c !== DQUOTE && c !== SQUOTE) return events;
      const valueStart = i + 1;
      let valueEnd = valueStart;
      let plainValue = true;
      for (; valueEnd < n; valueEnd++) {
        const d = s.charCodeAt(valueEnd);
        if (d === c) break;
        if (d < SPACE || d === LT || d === AMP || d >= HIGH_SURROGATE) plainValue = false;
      }
      if (valueEnd === n) return events;
      // A scan of the attributes before is quadratic: an element with 180,000 of them would
      // take minutes. Past a few, a set of names answers in constant time.
      if (count < LINEAR_DUPLICATE_CHECK) {
        for (let b = 0; b < count * 4; b += 4) {
          const length = attrEnd - attrStart;
          if (bounds[b + 1]! - bounds[b]! === length && sameRange(s, bounds[b]!, attrStart, length)) return events;
        }
      } else {
        if (!seen) {
          seen = new Set();
          for (let b = 0; b < count * 4; b += 4) seen.add(s.slice(bounds[b]!, bounds[b + 1]!));
        }
        const attrName = s.slice(attrStart, attrEnd);
        if (seen.has(attrName)) return events;
        seen.add(attrName);
      }
      let value: string | undefined;
      if (!plainValue) {
        value = s.slice(valueStart, valueEnd);
        if (NOT_PLAIN_VALUE.test(value)) return events;
        const amp = value.indexOf("&");
        if (amp >= 0) value = resolveReferences(value, amp);
        if (value === undefined) return events;
      }
      const b = count * 4;
      bounds[b] = attrStart;
      bounds[b + 1] = attrEnd;
      bounds[b + 2] = valueStart;
      bounds[b + 3] = valueEnd;
      resolved[count] = value;
      count++;
      i = valueEnd + 1;
    }

    const name = s.slice(nameStart, nameEnd);
    const local = colon < 0 ? name : s.slice(colon + 1, nameEnd);
    tag.local = local;
    tag.prefix = colon < 0 ? "" : s.slice(nameStart, colon);
    tag.selfClosing = selfClosing;
    tag.special = namespaced;
    tag.declares = declares;
    tag.count = count;
    sawRoot = true;
    pos = i;
    if (names.length >= maxDepth) tooDeep();
    if (handlers.open(tag) === true) return STOPPED;
    events++;
    if (selfClosing) {
      if (onClose?.(local) === true) return STOPPED;
      events++;
    } else {
      names.push(name);
      locals.push(local);
    }
  }
  return sawRoot && names.length === 0 ? SCANNED : events;
}
