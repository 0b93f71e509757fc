/** What a caller may say of a workbook to write, whichever writer writes it. */
export interface RenderOptions {
  /** Document property "Author". */
  creator?: string;
  /** Document property "Title". */
  title?: string;
  /** 0-based index of the sheet shown when the file opens; the first by default. */
  activeSheet?: number;
}
