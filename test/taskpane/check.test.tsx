/** @jest-environment jsdom */
import "./polyfills";
import { screen, waitFor, within } from "@testing-library/react";
import { emptySheet, setCell } from "../../src/core/cells";
import { MemoryPort } from "../fakes/memory-port";
import { cellOf, statsSheet } from "./forms";
import { renderApp, visiblePanel } from "./render-app";

/** A school's sheet with one error (text that is no number), two numbers typed as text (fixable) and an outlier. */
function portWithSlips(): MemoryPort {
  const { sheet, definedNames } = statsSheet("Biểu mẫu", "Trường THCS Kim Đồng", (ed) => {
    ed.set(cellOf("1.2", "people"), "abc"); // E16
    ed.set(cellOf("2", "count"), "15 lớp"); // D28
    ed.set(cellOf("10.1", "amount"), "1.500.000"); // D52
    ed.set(cellOf("1.3", "people"), 5000); // E17
  });
  return new MemoryPort({ sheets: [emptySheet("Ghi chú"), sheet], active: "Biểu mẫu", definedNames });
}

async function checkActiveSheet(port: MemoryPort) {
  const app = renderApp({ port, tab: "check" });
  const select = await screen.findByRole("combobox", { name: "Trang tính cần kiểm tra" });
  expect(select).toHaveValue("Biểu mẫu");
  await app.user.click(within(visiblePanel()).getByRole("button", { name: "Kiểm tra" }));
  await screen.findByRole("heading", { name: "Kết quả kiểm tra “Biểu mẫu”" });
  return app;
}

/** The problem buttons of a group, by their visible "where" line. */
function groupItems(heading: string): string[] {
  const section = screen.getByRole("heading", { name: heading }).closest("section")!;
  return within(section).getAllByRole("listitem").map((li) => li.textContent!.split(/(?<=\d)(?=Ô |\()/)[0]!);
}

describe("Kiểm tra in Excel", () => {
  it("lists errors first, then warnings, each with its cell and row code and the Vietnamese message", async () => {
    const port = portWithSlips();
    await checkActiveSheet(port);
    expect(port.reads).toEqual([["Biểu mẫu"]]);
    expect(screen.getByText("1 lỗi, 3 cảnh báo.")).toBeVisible();

    const headings = within(visiblePanel()).getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(["Lỗi (1)", "Cảnh báo (3)"]);
    expect(groupItems("Lỗi (1)")).toEqual([expect.stringMatching(/^Ô E16 · dòng 1\.2/)]);
    expect(groupItems("Cảnh báo (3)")).toEqual([
      expect.stringMatching(/^Ô D28 · dòng 2/),
      expect.stringMatching(/^Ô D52 · dòng 10\.1/),
      expect.stringMatching(/^Ô E17 · dòng 1\.3/),
    ]);
    expect(screen.getByRole("button", { name: /^Ô E16 · dòng 1\.2.*chứa "abc", không phải là số/ })).toBeVisible();
  });

  it("selects a problem's cell in the workbook when the problem is clicked", async () => {
    const port = portWithSlips();
    const { user } = await checkActiveSheet(port);
    port.active = "Ghi chú";
    await user.click(screen.getByRole("button", { name: /^Ô E16 · dòng 1\.2/ }));
    await waitFor(() => expect(port.selections).toEqual([{ sheet: "Biểu mẫu", cell: "E16" }]));
    expect(port.active).toBe("Biểu mẫu");
  });

  it("“Sửa” writes that problem's fix and the list is checked again", async () => {
    const port = portWithSlips();
    const { user } = await checkActiveSheet(port);
    // Only the numbers typed as text have a certain fix.
    expect(screen.getAllByRole("button", { name: /^Sửa ô / }).map((b) => b.getAttribute("aria-label"))).toEqual(["Sửa ô D28: ghi số 15", "Sửa ô D52: ghi số 1.500.000"]);

    await user.click(screen.getByRole("button", { name: "Sửa ô D52: ghi số 1.500.000" }));
    await screen.findByText("Đã sửa 1 ô rồi kiểm tra lại.");
    expect(port.fixCalls).toEqual([[{ sheet: "Biểu mẫu", cell: "D52", value: 1_500_000, rowCode: "10.1" }]]);
    expect(port.reads).toEqual([["Biểu mẫu"], ["Biểu mẫu"]]);
    expect(groupItems("Cảnh báo (2)")).toEqual([expect.stringMatching(/^Ô D28/), expect.stringMatching(/^Ô E17/)]);
    expect(screen.getByRole("button", { name: "Sửa tất cả (1)" })).toBeVisible();
    // Keyboard users land on the fresh result.
    await waitFor(() => expect(screen.getByRole("heading", { name: "Kết quả kiểm tra “Biểu mẫu”" })).toHaveFocus());
  });

  it("“Sửa tất cả” writes every fix in one call, then checks again", async () => {
    const port = portWithSlips();
    const { user } = await checkActiveSheet(port);
    await user.click(screen.getByRole("button", { name: "Sửa tất cả (2)" }));
    await screen.findByText("Đã sửa 2 ô rồi kiểm tra lại.");
    expect(port.fixCalls).toHaveLength(1);
    expect(port.fixCalls[0]!.map((f) => [f.cell, f.value])).toEqual([["D28", 15], ["D52", 1_500_000]]);
    expect(screen.getByText("1 lỗi, 1 cảnh báo.")).toBeVisible();
    expect(screen.queryByRole("button", { name: /^Sửa/ })).toBeNull();
  });

  it("checks a sheet chosen from the list, and “Kiểm tra lại” reads it afresh", async () => {
    const port = portWithSlips();
    port.active = "Ghi chú";
    const { user } = renderApp({ port, tab: "check" });
    const select = await screen.findByRole("combobox", { name: "Trang tính cần kiểm tra" });
    expect(select).toHaveValue("Ghi chú");
    await user.click(within(visiblePanel()).getByRole("button", { name: "Kiểm tra" }));
    await screen.findByRole("heading", { name: "Kết quả kiểm tra “Ghi chú”" });
    expect(within(visiblePanel()).getByRole("heading", { name: "Lỗi (1)" })).toBeVisible(); // no form on an empty sheet

    await user.selectOptions(select, "Biểu mẫu");
    await user.click(within(visiblePanel()).getByRole("button", { name: "Kiểm tra" }));
    await screen.findByText("1 lỗi, 3 cảnh báo.");

    // The user corrects the cell in Excel, then asks again.
    setCell(port.sheet("Biểu mẫu")!, 16, 5, { kind: "number", value: 40 }); // E16
    await user.click(screen.getByRole("button", { name: "Kiểm tra lại" }));
    await screen.findByText("0 lỗi, 3 cảnh báo.");
    expect(port.reads).toEqual([["Ghi chú"], ["Biểu mẫu"], ["Biểu mẫu"]]);
  });
});
