/**
 * Words that may stand before or after a number typed as text. They are data: a word
 * missing here only makes a reading uncertain (no one-click fix), never wrong.
 */

/** Currency marks, compared after {@link affixKey}. */
export const CURRENCY_WORDS: readonly string[] = ["đ", "đồng", "vnd", "vnđ", "₫", "d", "dong"];

/**
 * Multipliers. A number written with one is never read as certain: the form asks for
 * whole đồng, and "2tr" or "1,5 triệu" is exactly where thousands and millions get mixed.
 */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ["k", 1e3],
  ["nghìn", 1e3],
  ["ngàn", 1e3],
  ["ngh", 1e3],
  ["tr", 1e6],
  ["triệu", 1e6],
  ["trieu", 1e6],
  ["m", 1e6],
  ["tỷ", 1e9],
  ["tỉ", 1e9],
  ["ty", 1e9],
]);

/** Units of measure of the form's rows and the words schools use for them. */
export const UNIT_WORDS: readonly string[] = [
  "lớp", "người", "cuộc", "buổi", "tin", "bài", "quyển", "cuốn", "tờ", "đơn", "vị", "trường",
  "tập", "thể", "cá", "nhân", "lượt", "học", "sinh", "viên", "giáo", "em", "cơ", "sở", "số",
  "bản", "lần", "cái", "chiếc", "hội", "thảo", "thi", "sách", "lop", "nguoi",
];

export type AffixKind = "currency" | "unit" | "scale" | "word";

export function affixKey(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * What a run of words next to a number is: all currency, a multiplier (alone or with
 * a currency, "triệu đồng"), all unit words ("lớp", "đơn vị"), or other letters.
 * undefined when it holds anything but letters, spaces and slashes.
 */
export function classifyAffix(text: string): { kind: AffixKind; scale?: number } | undefined {
  const key = affixKey(text);
  if (!/^[\p{L}₫][\p{L}\p{M}₫ /.]*$/u.test(key)) return undefined;
  const words = key.replace(/\.$/, "").split(/[ /]+/).filter((w) => w !== "");
  if (words.length === 0 || words.length > 4) return undefined;
  const scaleWord = words.find((w) => SCALE_WORDS.has(w));
  if (scaleWord !== undefined && words.every((w) => w === scaleWord || CURRENCY_WORDS.includes(w))) {
    return { kind: "scale", scale: SCALE_WORDS.get(scaleWord)! };
  }
  if (words.every((w) => CURRENCY_WORDS.includes(w))) return { kind: "currency" };
  if (words.every((w) => UNIT_WORDS.includes(w))) return { kind: "unit" };
  return { kind: "word" };
}
