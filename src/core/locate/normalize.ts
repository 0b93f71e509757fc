/**
 * Labels compared the way a reader would: the same words whether typed with composed
 * or decomposed diacritics, old or new tone placement ("hoá"/"hóa"), any case, any
 * spacing or line breaks, any punctuation, with or without a list number in front.
 */

/** New-style tone placement mapped to the old style, so "Xoá"/"Xóa" and "Toạ"/"Tọa" compare equal. */
const TONE_PLACEMENT: ReadonlyArray<[RegExp, string]> = [
  [/oá/g, "óa"], [/oà/g, "òa"], [/oả/g, "ỏa"], [/oã/g, "õa"], [/oạ/g, "ọa"],
  [/oé/g, "óe"], [/oè/g, "òe"], [/oẻ/g, "ỏe"], [/oẽ/g, "õe"], [/oẹ/g, "ọe"],
  [/uý/g, "úy"], [/uỳ/g, "ùy"], [/uỷ/g, "ủy"], [/uỹ/g, "ũy"], [/uỵ/g, "ụy"],
];

/**
 * Every form a school sends repeats the same few hundred labels, and normalising one is the
 * costliest step of locating a form: remember the answers, within a bound that no hostile
 * file can push past.
 */
const MEMO_LIMIT = 4096;
const memo = new Map<string, string>();

export function normalizeText(text: string): string {
  const known = memo.get(text);
  if (known !== undefined) return known;
  let s = text.normalize("NFC").toLowerCase();
  for (const [re, to] of TONE_PLACEMENT) s = s.replace(re, to);
  s = s.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  if (text.length <= 512) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, s);
  }
  return s;
}

/** A list marker a typist may put in the label cell: "1.", "1.1", "1.1.", "-", "+", "a)", "II.". */
const LIST_PREFIX = /^\s*(?:\d+(?:\.\d+)*\.?|[-+•*–—]|[a-zđ]\)|[IVX]+\.)\s*/u;

export function normalizeLabel(text: string): string {
  return normalizeText(text.replace(LIST_PREFIX, ""));
}

/** The label without its parenthesised parts: "Xóa mù chữ (nếu có)" → "xóa mù chữ". */
export function normalizeLabelLoose(text: string): string {
  return normalizeLabel(text.replace(/\([^)]*\)/g, " "));
}

/** Only dots, ellipses, dashes, underscores: a line left to be filled in. */
export function isPlaceholderText(text: string): boolean {
  return /^[\s.…_\-–—:]*$/u.test(text);
}
