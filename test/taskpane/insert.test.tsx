/** @jest-environment jsdom */
import "./polyfills";
import { screen, waitFor, within } from "@testing-library/react";
import { emptySheet } from "../../src/core/cells";
import { checkWorkbook } from "../../src/core/pipeline";
import { readWorkbook } from "../../src/xlsx/reader";
import { portError } from "../../src/excel/errors";
import { MemoryPort } from "../fakes/memory-port";
import { decodeBase64Workbook, TODAY } from "./forms";
import { renderApp, visiblePanel } from "./render-app";

const insertButton = () => within(visiblePanel()).getByRole("button", { name: "Chèn mẫu" });

describe("Chèn mẫu in Excel", () => {
  it("inserts the form next to the active sheet under a free name, and a second insert gets “(2)”", async () => {
    const port = new MemoryPort({ sheets: [emptySheet("Trang 1"), emptySheet("Trang 2")], active: "Trang 1", decode: decodeBase64Workbook });
    const { user } = renderApp({ port });

    expect(within(visiblePanel()).getByRole("spinbutton", { name: "Năm" })).toHaveValue(2025);
    await user.type(screen.getByRole("textbox", { name: /Tên cơ quan, tổ chức báo cáo/ }), "Trường THCS Kim Đồng");
    await user.type(screen.getByRole("textbox", { name: "Cơ quan, tổ chức chủ quản" }), "Phòng GD&ĐT Tuần Giáo");
    await user.click(insertButton());
    await screen.findByText("Đã chèn trang tính “Số liệu Tuần lễ”.");

    await user.click(insertButton());
    await screen.findByText("Đã chèn trang tính “Số liệu Tuần lễ (2)”.");

    expect(port.inserts.map((r) => [r.sheetNames, r.replace])).toEqual([[["Số liệu Tuần lễ"], undefined], [["Số liệu Tuần lễ (2)"], undefined]]);
    // Each lands after the active sheet, and the inserted sheet becomes the active one.
    expect(port.names).toEqual(["Trang 1", "Số liệu Tuần lễ", "Số liệu Tuần lễ (2)", "Trang 2"]);
    // The inserted sheet is the real form, with the unit typed in the pane.
    const inserted = checkWorkbook({ sheets: [port.sheet("Số liệu Tuần lễ")!], definedNames: [] }, { file: "x", today: TODAY });
    expect({ form: inserted.form, year: inserted.year, unit: inserted.report?.unit, parent: inserted.report?.parent }).toEqual({
      form: "stats-table",
      year: 2025,
      unit: "Trường THCS Kim Đồng",
      parent: "Phòng GD&ĐT Tuần Giáo",
    });
  });

  it("inserts the report outline for the year typed", async () => {
    const port = new MemoryPort({ decode: decodeBase64Workbook });
    const { user } = renderApp({ port });
    await user.click(screen.getByRole("radio", { name: "Đề cương báo cáo" }));
    const year = screen.getByRole("spinbutton", { name: "Năm" });
    await user.clear(year);
    await user.type(year, "2024");
    await user.click(insertButton());
    await screen.findByText("Đã chèn trang tính “Báo cáo Tuần lễ”.");
    const checked = checkWorkbook({ sheets: [port.sheet("Báo cáo Tuần lễ")!], definedNames: [] }, { file: "x", today: TODAY });
    expect([checked.form, checked.year]).toEqual(["report-outline", 2024]);
  });

  it("refuses a year out of range, in Vietnamese, and inserts nothing", async () => {
    const port = new MemoryPort();
    const { user } = renderApp({ port });
    const year = screen.getByRole("spinbutton", { name: "Năm" });
    await user.clear(year);
    await user.type(year, "1999{Enter}");
    expect(await screen.findByText("Năm phải là số nguyên từ 2014 đến 2100.")).toBeVisible();
    expect(port.inserts).toEqual([]);
  });

  it("offers the form as a download where Excel cannot insert sheets", async () => {
    const port = new MemoryPort({ canInsert: false });
    const { user, downloads } = renderApp({ port });
    expect(within(visiblePanel()).getByText(/cần ExcelApi 1\.13/)).toBeVisible();
    expect(within(visiblePanel()).queryByRole("button", { name: "Chèn mẫu" })).toBeNull();

    await user.click(within(visiblePanel()).getByRole("button", { name: "Tải tệp mẫu (.xlsx)" }));
    await screen.findByText("Đã tải tệp bang-so-lieu-2025.xlsx.");
    expect(port.inserts).toEqual([]);
    expect(downloads.map((d) => d.fileName)).toEqual(["bang-so-lieu-2025.xlsx"]);
    const read = readWorkbook(downloads[0]!.bytes);
    expect(read.ok && read.workbook.sheets.map((s) => s.name)).toEqual(["Số liệu Tuần lễ"]);
  });

  it("downloads the form instead when Excel refuses the insert although it said it could", async () => {
    const port = new MemoryPort();
    port.insertSheets = async () => {
      throw portError("insertUnsupported", "insert");
    };
    const { user, downloads } = renderApp({ port });
    await user.click(insertButton());
    await screen.findByText(/nên biểu mẫu được tải về thành tệp bang-so-lieu-2025\.xlsx\./);
    expect(downloads.map((d) => d.fileName)).toEqual(["bang-so-lieu-2025.xlsx"]);
  });

  it("shows Excel's own Vietnamese error when an insert fails otherwise", async () => {
    const port = new MemoryPort();
    port.insertSheets = async () => {
      throw portError("protected", "insert", { detail: "AccessDenied" });
    };
    const { user, downloads } = renderApp({ port });
    await user.click(insertButton());
    expect(await screen.findByText(portError("protected", "insert", { detail: "AccessDenied" }).message)).toBeVisible();
    expect(downloads).toEqual([]);
  });
});

describe("Chèn mẫu without Excel", () => {
  it("downloads the form file", async () => {
    const { user, downloads } = renderApp();
    expect(screen.getByText(/Đang dùng ngoài Excel/)).toBeVisible();
    await user.click(screen.getByRole("radio", { name: "Đề cương báo cáo" }));
    await user.click(within(visiblePanel()).getByRole("button", { name: "Tải tệp mẫu (.xlsx)" }));
    await waitFor(() => expect(downloads.map((d) => d.fileName)).toEqual(["de-cuong-bao-cao-2025.xlsx"]));
    const read = readWorkbook(downloads[0]!.bytes);
    expect(read.ok && checkWorkbook(read.workbook, { file: "x", today: TODAY }).form).toBe("report-outline");
  });
});
