/**
 * Labels as people type them when the printed form is not at hand: without diacritics
 * (no Vietnamese keyboard) and with the abbreviations every office uses. Both the typed
 * label and the form's are folded, so "Boi duong nang cao trinh do chuyen mon nghiep vu
 * cho CBCCVC (cac cap)" meets row 1.1, and the form's own "TTHTCĐ" meets one written out.
 */
import { stripDiacritics } from "../fold-diacritics";
import { boundedMemo } from "../memo";
import { normalizeLabel, normalizeLabelLoose, normalizeText } from "./normalize";

/**
 * Whole words, folded (no diacritics), each to its written-out form. A map, not an object:
 * a typed word such as "constructor" must not find what every object inherits.
 */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries({
  cbccvc: "can bo cong chuc vien chuc",
  cbcc: "can bo cong chuc",
  ccvc: "cong chuc vien chuc",
  cbvc: "can bo vien chuc",
  cbql: "can bo quan ly",
  cb: "can bo",
  gv: "giao vien",
  bd: "boi duong",
  hs: "hoc sinh",
  xhht: "xa hoi hoc tap",
  htsd: "hoc tap suot doi",
  tthtcd: "trung tam hoc tap cong dong",
  thcs: "trung hoc co so",
  thpt: "trung hoc pho thong",
  dvt: "don vi tinh",
  ld: "lao dong",
  kcn: "khu cong nghiep",
  nsnn: "ngan sach nha nuoc",
  tdtt: "the duc the thao",
  ctdt: "cong thong tin dien tu",
  bc: "bao cao",
}));

function expand(folded: string): string {
  return folded
    .split(" ")
    .map((w) => ABBREVIATIONS.get(w) ?? w)
    .join(" ");
}

/** The label with list number, case, spacing and punctuation gone (as `normalizeLabel`), then no diacritics and no abbreviations. */
export const foldLabel = boundedMemo((text) => expand(stripDiacritics(normalizeLabel(text))), 4096, 512);

/** A heading folded the same way ("So luong", "DVT"): no list number to strip there. */
export const foldText = boundedMemo((text) => expand(stripDiacritics(normalizeText(text))), 1024, 256);

/** The same without parenthesised parts (as `normalizeLabelLoose`). */
export const foldLabelLoose = boundedMemo((text) => expand(stripDiacritics(normalizeLabelLoose(text))), 4096, 512);
