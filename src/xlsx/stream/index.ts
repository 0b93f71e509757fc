/**
 * The fast streaming workbook writer (see write.ts); the ExcelJS writer in ../writer stays
 * for the add-in's inserted sheets.
 */
export { streamWorkbook, writeWorkbook, type StreamOptions, type XlsxStream } from "./write";
export type { Codec, ZipLevel } from "./zip";
