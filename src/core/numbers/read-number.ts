/**
 * Numbers typed as text, read the Vietnamese way. A reading is `certain` only when no
 * other convention gives a different number: that is what a one-click fix may write.
 * Anything that could mean two things is `ambiguous`, with the candidate readings, and
 * is never guessed.
 */
import { classifyAffix, type AffixKind } from "./affixes";
import { ENGLISH, VIETNAMESE, parseAllThousands, parseWith } from "./separators";

export type AmbiguityReason =
  /** "1,500": a Vietnamese decimal, or English thousands. */
  | "comma-three-digits"
  /** "1.5", "1,500,000": only the English convention reads it. */
  | "english-format"
  /** "1.500,000.5", "1.50.000": no convention groups it consistently. */
  | "separators"
  /** "2tr", "1,5 triệu": a multiplier word instead of the whole number. */
  | "scale-word";

export type NumberReading =
  | { kind: "blank"; placeholder?: string }
  | { kind: "number"; value: number; certain: boolean; affix?: { text: string; kind: Exclude<AffixKind, "scale"> } }
  | { kind: "ambiguous"; reason: AmbiguityReason; readings: number[] }
  | { kind: "not-a-number" };

/** Whitespace of every width, NBSP and narrow NBSP included, is one kind of space. */
const SPACES = /[\s\u00a0\u2007\u202f\u2009\u200a\u200b\ufeff]+/g;
/** What schools write in a cell to mean "nothing here": read as blank, never as 0. */
const PLACEHOLDER = /^[-–—−.…_x×/]+$/i;
const SHAPE = /^(?<pre>[^\d+\-−]*?) ?(?<sign>[-+−]?) ?(?<body>\d(?:[\d., ]*\d)?) ?(?<post>[^\d]*)$/u;
/** Integers beyond this lose digits in a double: not a number anyone typed for this form. */
const MAX_DIGITS = 15;

export function readNumberVi(text: string): NumberReading {
  const s = text.normalize("NFC").replace(SPACES, " ").trim().replace(/(\p{L}|\d)\.$/u, "$1");
  if (s === "") return { kind: "blank" };
  if (PLACEHOLDER.test(s)) return { kind: "blank", placeholder: s };
  const m = SHAPE.exec(s);
  if (!m?.groups) return { kind: "not-a-number" };
  const { pre, sign, body, post } = m.groups as { pre: string; sign: string; body: string; post: string };
  if (pre !== "" && post !== "") return { kind: "not-a-number" };
  const affixText = (pre + post).trim();
  const affix = affixText === "" ? undefined : classifyAffix(affixText);
  if (affixText !== "" && (affix === undefined || (pre !== "" && affix.kind !== "currency"))) return { kind: "not-a-number" };
  if (body.replace(/\D/g, "").length > MAX_DIGITS) return { kind: "not-a-number" };

  const core = readBody(body);
  const negate = (v: number) => (sign === "-" || sign === "−" ? -v || 0 : v);
  if (affix?.kind === "scale") {
    const readings = core.kind === "number" ? [Math.round(negate(core.value) * affix.scale! * 1e6) / 1e6] : [];
    return { kind: "ambiguous", reason: "scale-word", readings };
  }
  if (core.kind === "ambiguous") return { ...core, readings: core.readings.map(negate) };
  const value = negate(core.value);
  if (!affix) return { kind: "number", value, certain: true };
  return { kind: "number", value, certain: affix.kind !== "word", affix: { text: affixText, kind: affix.kind } };
}

type BodyReading = { kind: "number"; value: number } | { kind: "ambiguous"; reason: AmbiguityReason; readings: number[] };

function readBody(body: string): BodyReading {
  const vi = parseWith(body, VIETNAMESE);
  const en = parseWith(body, ENGLISH);
  if (vi === undefined) {
    return en === undefined ? { kind: "ambiguous", reason: "separators", readings: [] } : { kind: "ambiguous", reason: "english-format", readings: [en.value] };
  }
  // A decimal comma followed by exactly three digits is how English writes thousands:
  // "1,500" and "1.500,000" may be a slip for 1500 and 1.500.000.
  if (vi.fraction.length === 3) {
    const other = en?.value ?? parseAllThousands(body);
    if (other !== undefined && other !== vi.value) return { kind: "ambiguous", reason: "comma-three-digits", readings: [vi.value, other] };
  }
  return { kind: "number", value: vi.value };
}
