/**
 * The workbook writer: host-neutral sheet descriptions (src/core/sheet) to .xlsx bytes,
 * through ExcelJS, which stays inside this folder.
 */
export { renderWorkbook } from "./render";
export type { RenderOptions } from "./options";
export { toBase64 } from "./base64";
