/**
 * Labels compared the way a reader would: the same words whether typed with composed
 * or decomposed diacritics, old or new tone placement ("hoá"/"hóa"), any case, any
 * spacing or line breaks, any punctuation, with or without a list number in front.
 */

import { boundedMemo } from "../memo";

/** New-style tone placement mapped to the old style, so "Xoá"/"Xóa" and "Toạ"/"Tọa" compare equal. */
const TONE_PLACEMENT: ReadonlyArray<[RegExp, string]> = [
  [/oá/g, "óa"], [/oà/g, "òa"], [/oả/g, "ỏa"], [/oã/g, "õa"], [/oạ/g, "ọa"],
  [/oé/g, "óe"], [/oè/g, "òe"], [/oẻ/g, "ỏe"], [/oẽ/g, "õe"], [/oẹ/g, "ọe"],
  [/uý/g, "úy"], [/uỳ/g, "ùy"], [/uỷ/g, "ủy"], [/uỹ/g, "ũy"], [/uỵ/g, "ụy"],
];

export const normalizeText = boundedMemo(
  (text) => {
    let s = text.normalize("NFC").toLowerCase();
    for (const [re, to] of TONE_PLACEMENT) s = s.replace(re, to);
    return s.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  },
  4096,
  512,
);

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
