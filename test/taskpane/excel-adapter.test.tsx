/** @jest-environment jsdom */
/**
 * The pane over the real Office.js adapter (src/excel) running against the Excel fake: the
 * same path as in Excel, from inserting the form to fixing a number typed as text.
 */
import "./polyfills";
import { screen, waitFor, within } from "@testing-library/react";
import { createExcelPort } from "../../src/excel";
import { readWorkbook } from "../../src/xlsx/reader";
import { FakeExcel, installFakeOffice } from "../fakes/excel-fake";
import { cellOf, statsSheet } from "./forms";
import { renderApp, visiblePanel } from "./render-app";

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

function excel(options: ConstructorParameters<typeof FakeExcel>[0] = {}): FakeExcel {
  const fake = new FakeExcel({
    sheets: [{ name: "Trang 1" }],
    parseWorkbook: (bytes) => {
      const read = readWorkbook(bytes);
      if (!read.ok) throw new Error(read.problem.code);
      return read.workbook.sheets;
    },
    ...options,
  });
  uninstall = installFakeOffice(globalThis, fake);
  return fake;
}

it("inserts the form, checks it after a school typed in it, and writes the fix into the cell", async () => {
  const fake = excel();
  const { user } = renderApp({ port: createExcelPort() });
  await user.type(screen.getByRole("textbox", { name: /Tên cơ quan, tổ chức báo cáo/ }), "Trường THCS Kim Đồng");
  await user.click(within(visiblePanel()).getByRole("button", { name: "Chèn mẫu" }));
  await screen.findByText("Đã chèn trang tính “Số liệu Tuần lễ”.");
  expect(fake.sheetNames()).toEqual(["Trang 1", "Số liệu Tuần lễ"]);

  // The school types a number as text, the way a Vietnamese keyboard user might.
  fake.setValues("Số liệu Tuần lễ", cellOf("10.1", "amount"), [["1.500.000"]]);
  await user.click(screen.getByRole("tab", { name: "Kiểm tra" }));
  await waitFor(() => expect(screen.getByRole("combobox", { name: "Trang tính cần kiểm tra" })).toHaveValue("Số liệu Tuần lễ"));
  await user.click(within(visiblePanel()).getByRole("button", { name: "Kiểm tra" }));
  const fix = await screen.findByRole("button", { name: `Sửa ô ${cellOf("10.1", "amount")}: ghi số 1.500.000` });

  await user.click(screen.getByRole("button", { name: new RegExp(`^Ô ${cellOf("10.1", "amount")} · dòng 10\\.1`) }));
  await waitFor(() => expect(fake.selection).toEqual({ sheet: "Số liệu Tuần lễ", address: cellOf("10.1", "amount") }));

  await user.click(fix);
  await screen.findByText("Đã sửa 1 ô rồi kiểm tra lại.");
  expect(fake.sheet("Số liệu Tuần lễ").cell(cellOf("10.1", "amount")).value).toBe(1_500_000);
  expect(screen.queryByRole("button", { name: /^Sửa ô/ })).toBeNull();
});

it("offers the download where the host lacks ExcelApi 1.13", async () => {
  excel({ apiVersion: "1.12" });
  const { user, downloads } = renderApp({ port: createExcelPort() });
  expect(within(visiblePanel()).getByText(/cần ExcelApi 1\.13/)).toBeVisible();
  await user.click(within(visiblePanel()).getByRole("button", { name: "Tải tệp mẫu (.xlsx)" }));
  await waitFor(() => expect(downloads.map((d) => d.fileName)).toEqual(["bang-so-lieu-2025.xlsx"]));
});

it("consolidates a sheet into new summary sheets beside an existing “Tổng hợp”, formulas pointing at the new “Chi tiết (2)”", async () => {
  const school = statsSheet("Trường THCS Kim Đồng", "Trường THCS Kim Đồng").sheet;
  const fake = excel({ sheets: [{ name: "Tổng hợp" }, { name: "Chi tiết" }, { name: "Nhật ký" }, { name: school.name, cells: school.cells }] });
  const port = createExcelPort();
  const { user } = renderApp({ port, tab: "consolidate" });
  await user.click(await within(visiblePanel()).findByRole("checkbox", { name: "Trường THCS Kim Đồng" }));
  await user.click(within(visiblePanel()).getByRole("button", { name: "Tổng hợp" }));
  // hidden: true for jsdom's sake only (see dialogButton in consolidate.test.tsx): the
  // dialog is in the page, but jsdom may take it for hidden while Fluent's motion opens it.
  await user.click(within(await screen.findByRole("alertdialog", { hidden: true })).getByRole("button", { name: "Tạo tên mới", hidden: true }));
  await screen.findByText("Đã chèn các trang tính “Tổng hợp (2)”, “Chi tiết (2)”, “Nhật ký (2)”.");
  expect(fake.sheetNames()).toEqual(["Tổng hợp", "Tổng hợp (2)", "Chi tiết (2)", "Nhật ký (2)", "Chi tiết", "Nhật ký", "Trường THCS Kim Đồng"]);
  const summary = (await port.readSheets(["Tổng hợp (2)"])).sheets[0]!;
  const formulas = [...summary.cells.values()].flatMap((c) => (c.formula ? [c.formula] : []));
  expect(formulas.some((f) => f.includes("'Chi tiết (2)'!"))).toBe(true);
  expect(formulas.filter((f) => f.includes("'Chi tiết'!"))).toEqual([]);
});
