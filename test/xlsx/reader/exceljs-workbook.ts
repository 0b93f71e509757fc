/**
 * A workbook written by ExcelJS (as a writer only) holding every kind of cell the reader
 * must understand, with what the reader should make of each.
 */
import ExcelJS from "exceljs";
import type { RawCell } from "../../../src/core/cells";

export const ALL_TYPES_SHEET = "Biểu mẫu";

export async function allTypesWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date(Date.UTC(2025, 9, 6));
  const ws = wb.addWorksheet(ALL_TYPES_SHEET);
  ws.getCell("A1").value = "Các lớp bồi dưỡng, tập huấn";
  ws.getCell("B1").value = 12;
  ws.getCell("C1").value = 1500000.5;
  ws.getCell("D1").value = true;
  ws.getCell("E1").value = false;
  ws.getCell("F1").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
  ws.getCell("G1").value = { richText: [{ text: "Tổng " }, { text: "cộng", font: { bold: true } }] };
  ws.getCell("H1").value = "dòng 1\ndòng 2";
  ws.getCell("I1").value = "  khoảng trắng  ";

  // Dates and number formats.
  ws.getCell("A2").value = new Date(Date.UTC(2025, 9, 6));
  ws.getCell("B2").value = new Date(Date.UTC(2025, 9, 6));
  ws.getCell("B2").numFmt = "dd/mm/yyyy";
  ws.getCell("C2").value = 1500000;
  ws.getCell("C2").numFmt = "#,##0";
  ws.getCell("D2").value = 0.25;
  ws.getCell("D2").numFmt = "0%";
  ws.getCell("E2").value = 7;
  ws.getCell("E2").numFmt = "General";

  // Formulas: with and without a cached result; a shared formula; a string result.
  ws.getCell("A3").value = 1;
  ws.getCell("A4").value = 2;
  ws.getCell("A5").value = 3;
  ws.getCell("B3").value = { formula: "A3*2", result: 2, shareType: "shared", ref: "B3:B5" } as ExcelJS.CellSharedFormulaValue & { shareType: string; ref: string };
  ws.getCell("B4").value = { sharedFormula: "B3", result: 4 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell("B5").value = { sharedFormula: "B3", result: 6 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell("C3").value = { formula: "SUM(A3:A5)", result: 6 } as ExcelJS.CellFormulaValue;
  ws.getCell("C4").value = { formula: "SUM(A3:A5)" } as ExcelJS.CellFormulaValue;
  ws.getCell("C5").value = { formula: 'IF(A3>0,"có","không")', result: "có" } as ExcelJS.CellFormulaValue;
  ws.getCell("D3").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
  ws.getCell("D4").value = { formula: "A3>0", result: true } as ExcelJS.CellFormulaValue;

  // Styled but empty: must be absent.
  ws.getCell("A7").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  ws.getCell("B7").border = { top: { style: "thin" } };
  ws.mergeCells("A8:C8");
  ws.getCell("A8").value = "gộp ô";

  wb.addWorksheet("Ẩn", { state: "hidden" }).getCell("A1").value = "hidden";
  wb.addWorksheet("Rất ẩn", { state: "veryHidden" }).getCell("A1").value = "very hidden";
  wb.definedNames.add(`'${ALL_TYPES_SHEET}'!$B$1`, "so_lop");
  wb.definedNames.add(`'${ALL_TYPES_SHEET}'!$A$3:$A$5`, "cac_so");
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** 6 October 2025 as an Excel serial. */
const DAY = 45936;

export const ALL_TYPES_EXPECTED: Record<string, RawCell> = {
  A1: { kind: "string", value: "Các lớp bồi dưỡng, tập huấn" },
  B1: { kind: "number", value: 12 },
  C1: { kind: "number", value: 1500000.5 },
  D1: { kind: "boolean", value: true },
  E1: { kind: "boolean", value: false },
  F1: { kind: "error", value: "#REF!" },
  G1: { kind: "string", value: "Tổng cộng" },
  H1: { kind: "string", value: "dòng 1\ndòng 2" },
  I1: { kind: "string", value: "  khoảng trắng  " },
  A2: { kind: "number", value: DAY, numFmt: "mm-dd-yy" },
  B2: { kind: "number", value: DAY, numFmt: "dd/mm/yyyy" },
  C2: { kind: "number", value: 1500000, numFmt: "#,##0" },
  D2: { kind: "number", value: 0.25, numFmt: "0%" },
  E2: { kind: "number", value: 7 },
  A3: { kind: "number", value: 1 },
  A4: { kind: "number", value: 2 },
  A5: { kind: "number", value: 3 },
  B3: { kind: "number", value: 2, formula: "A3*2" },
  B4: { kind: "number", value: 4, formula: "A3*2" },
  B5: { kind: "number", value: 6, formula: "A3*2" },
  C3: { kind: "number", value: 6, formula: "SUM(A3:A5)" },
  C4: { kind: "formula", formula: "SUM(A3:A5)" },
  C5: { kind: "string", value: "có", formula: 'IF(A3>0,"có","không")' },
  D3: { kind: "error", value: "#DIV/0!", formula: "1/0" },
  D4: { kind: "boolean", value: true, formula: "A3>0" },
  A8: { kind: "string", value: "gộp ô" },
};
