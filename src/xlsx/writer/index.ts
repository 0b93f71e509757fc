/**
 * The workbook writer: host-neutral sheet descriptions (src/core/sheet) to .xlsx bytes,
 * through ExcelJS, which stays inside this folder.
 */
export { renderWorkbook, type RenderOptions } from "./render";
export { toBase64 } from "./base64";
