/**
 * Unit names compared the way a reader compares them. Two depths:
 *  - `plainKey`: NFC, case, spacing, punctuation and diacritics (đ → d) folded away. Two
 *    names equal here are one name typed on two keyboards.
 *  - `looseKey`: also the common school abbreviations written out and "Trường" dropped.
 *    Equal here means "probably the same school", which a person confirms: "TH Ta Ma" may
 *    be "Trường Tiểu học Ta Ma", or the list may hold two schools of that village.
 */
import { stripDiacritics } from "../fold-diacritics";

/** Abbreviations as offices write them, folded (no diacritics), longest first where one contains another. */
const ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/\btt gdnn gdtx\b/g, "trung tam giao duc nghe nghiep giao duc thuong xuyen"],
  [/\bgdnn gdtx\b/g, "giao duc nghe nghiep giao duc thuong xuyen"],
  [/\bgdnn\b/g, "giao duc nghe nghiep"],
  [/\bgdtx\b/g, "giao duc thuong xuyen"],
  [/\btthtcd\b/g, "trung tam hoc tap cong dong"],
  [/\bptdtbt\b/g, "pho thong dan toc ban tru"],
  [/\bptdtnt\b/g, "pho thong dan toc noi tru"],
  [/\bpt dtbt\b/g, "pho thong dan toc ban tru"],
  [/\bpt dtnt\b/g, "pho thong dan toc noi tru"],
  [/\bdtbt\b/g, "dan toc ban tru"],
  [/\bdtnt\b/g, "dan toc noi tru"],
  [/\bthpt\b/g, "trung hoc pho thong"],
  [/\bthcs\b/g, "trung hoc co so"],
  [/\bth\b/g, "tieu hoc"],
  [/\bmn\b/g, "mam non"],
  [/\bmg\b/g, "mau giao"],
  [/\btt\b/g, "trung tam"],
  [/\bpt\b/g, "pho thong"],
];

/** As forms.md compares names: NFC, case, runs of space; nothing else. */
export function exactKey(name: string): string {
  return name.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}

export function plainKey(name: string): string {
  return stripDiacritics(name)
    .replace(/&/g, " va ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function looseKey(name: string): string {
  let s = plainKey(name);
  for (const [re, full] of ABBREVIATIONS) s = s.replace(re, full);
  return s.replace(/^(truong )+/, "").replace(/ +/g, " ").trim();
}
