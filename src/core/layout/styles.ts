/** The few styles the sheets use, named by role so every sheet prints alike. */
import type { CellStyle } from "../sheet";

export const S = {
  headerBlock: { font: { bold: true, size: 12 }, horizontal: "center", vertical: "middle", wrap: true },
  headerInput: { font: { bold: true, size: 12 }, horizontal: "center", vertical: "middle", wrap: true, fill: "input" },
  motto: { font: { bold: true, underline: true, size: 13 }, horizontal: "center", vertical: "middle" },
  republic: { font: { bold: true, size: 12 }, horizontal: "center", vertical: "middle" },
  dateLine: { font: { italic: true, size: 12 }, horizontal: "center", vertical: "middle" },
  title: { font: { bold: true, size: 14 }, horizontal: "center", vertical: "middle", wrap: true },
  subtitle: { font: { italic: true, size: 12 }, horizontal: "center", vertical: "middle", wrap: true },
  tableHead: { font: { bold: true, size: 12 }, horizontal: "center", vertical: "middle", wrap: true, border: true, fill: "header" },
  stt: { font: { size: 12 }, horizontal: "center", vertical: "middle", border: true },
  sttBold: { font: { bold: true, size: 12 }, horizontal: "center", vertical: "middle", border: true },
  label: { font: { size: 12 }, horizontal: "left", vertical: "middle", wrap: true, border: true },
  labelBold: { font: { bold: true, size: 12 }, horizontal: "left", vertical: "middle", wrap: true, border: true },
  unit: { font: { size: 12 }, horizontal: "center", vertical: "middle", wrap: true, border: true },
  input: { font: { size: 12 }, horizontal: "right", vertical: "middle", border: true, fill: "input", numFmt: "#,##0" },
  inputText: { font: { size: 12 }, horizontal: "left", vertical: "middle", wrap: true, border: true, fill: "input" },
  disabled: { font: { size: 12 }, border: true, fill: "disabled" },
  total: { font: { bold: true, size: 12 }, horizontal: "right", vertical: "middle", border: true, fill: "total", numFmt: "#,##0" },
  signTitle: { font: { bold: true, size: 12 }, horizontal: "center" },
  signHint: { font: { italic: true, size: 12 }, horizontal: "center" },
  left: { font: { size: 12 }, horizontal: "left", vertical: "middle", wrap: true },
  leftBold: { font: { bold: true, size: 12 }, horizontal: "left", vertical: "middle", wrap: true },
  hiddenCode: { font: { size: 9, color: "808080" } },
} as const satisfies Record<string, CellStyle>;
