/**
 * The form as LibreOffice prints it: the template written by the real writer, converted
 * headless to PDF. A4, one page wide, the labels verbatim, the hidden codes not printed.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { formSheet } from "../../../src/core/pipeline";
import { renderWorkbook } from "../../../src/xlsx/writer";
import { convertWithLibreOffice, toolsPresent } from "../../helpers/libreoffice";

const pdfText = (pdf: string) => execFileSync("pdftotext", ["-layout", pdf, "-"]).toString("utf8");
const pdfInfo = (pdf: string) => execFileSync("pdfinfo", [pdf]).toString("utf8");

describe("the form printed by LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "htsd-template-"));

  it.each(["stats-table", "report-outline"] as const)("%s prints on A4, one page wide, as the appendix", async (form) => {
    if (!toolsPresent(["soffice", "pdftotext", "pdfinfo"])) return;
    const bytes = await renderWorkbook([formSheet(form, { year: 2025, unit: "Trường THCS Quài Cang", parent: "Phòng GD&ĐT Tuần Giáo" })]);
    const xlsx = join(dir, `${form}.xlsx`);
    writeFileSync(xlsx, bytes);
    const pdf = convertWithLibreOffice(xlsx, "pdf", dir);
    expect(pdfInfo(pdf)).toMatch(/Page size:\s+595(\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    const text = pdfText(pdf);
    for (const label of ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "LÃNH ĐẠO ĐƠN VỊ", "Trường THCS Quài Cang", "năm 2025"]) {
      expect(text.replace(/\s+/g, " ").toLowerCase()).toContain(label.toLowerCase());
    }
    expect(text).not.toContain("HTSD|");
    if (form === "stats-table") {
      expect(text.replace(/\s+/g, " ")).toContain("Xóa mù chữ");
      expect(text.replace(/\s+/g, " ")).toContain("Kinh phí hỗ trợ, huy động từ các nguồn hợp pháp khác (nếu có)");
      // The header rows repeat on every page: "Số lượng" is printed once per page.
      const pages = Number(/Pages:\s+(\d+)/.exec(pdfInfo(pdf))![1]);
      expect(text.split("Số lượng").length - 1).toBe(pages);
    }
  });
});
