/**
 * Vietnamese typed without a Vietnamese keyboard: "Boi duong" for "Bồi dưỡng". Lower case,
 * NFC, every diacritic dropped, and đ → d (NFD leaves đ whole: it is a letter of its own,
 * not d with a mark).
 */
export function stripDiacritics(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/đ/g, "d")
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .normalize("NFC");
}
