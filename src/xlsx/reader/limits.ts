/**
 * Bounds on what an untrusted file may make the reader do. Every limit is checked while
 * reading, before the work it bounds is done, so a hostile file costs at most these.
 */
export interface ReadLimits {
  /** Size of the file itself, in bytes. */
  maxFileBytes: number;
  /** Uncompressed size of any one part (zip entry) the reader opens, in bytes. */
  maxPartBytes: number;
  /** Uncompressed size of all the parts the reader opens together, in bytes. */
  maxTotalBytes: number;
  /** Entries in the zip's central directory. */
  maxEntries: number;
  /** Items in the shared-string table. */
  maxSharedStrings: number;
  /** Characters in one string: Excel's own limit for a cell. */
  maxStringLength: number;
  /** A sheet with content past this row is left out, with a warning. */
  maxSheetRows: number;
  /** A sheet with content past this column is left out, with a warning. */
  maxSheetCols: number;
  /**
   * Elements open at once in an XML part. SpreadsheetML nests about ten deep; a parser's
   * stack of millions of open elements costs gigabytes.
   */
  maxXmlDepth: number;
  /**
   * Attributes on one element. SpreadsheetML's elements have a few dozen at most; without
   * a bound, checking 180,000 of them for duplicates is the kind of work a file can ask.
   */
  maxXmlAttributes: number;
  /** Characters in a formula: Excel's own limit, so no file saved by Excel passes it. */
  maxFormulaLength: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxFileBytes: 5 * MB,
  maxPartBytes: 20 * MB,
  maxTotalBytes: 50 * MB,
  maxEntries: 1000,
  maxSharedStrings: 100_000,
  maxStringLength: 32_767,
  maxSheetRows: 2000,
  maxSheetCols: 100,
  maxXmlDepth: 100,
  maxXmlAttributes: 1000,
  maxFormulaLength: 8192,
});

/** Bytes as megabytes for a message, to two decimals at most. */
export function megabytes(bytes: number): number {
  return Math.round((bytes / MB) * 100) / 100;
}
