/**
 * Heights for rows of wrapped text. Neither Excel nor LibreOffice grows a row to fit
 * wrapped text when opening a file, so a long label would print cut off; the height is
 * estimated from the text length and the column width (Times New Roman 12).
 */
const LINE_POINTS = 16;
/** The tallest row Excel allows: a longer text is cut off on paper whatever the height. */
export const MAX_ROW_HEIGHT = 409;
/** Characters of Times New Roman 12 that fit in one unit of Excel column width, roughly. */
const CHARS_PER_WIDTH = 1.15;

export function wrappedHeight(text: string, columnWidth: number, minLines = 1): number {
  const perLine = Math.max(1, Math.floor(columnWidth * CHARS_PER_WIDTH));
  const lines = text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
  return Math.min(MAX_ROW_HEIGHT, Math.max(minLines, lines) * LINE_POINTS + 2);
}
