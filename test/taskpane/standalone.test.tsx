/** @jest-environment jsdom */
import "./polyfills";
import { screen, within } from "@testing-library/react";
import { schoolValues, statsFile } from "./forms";
import { renderApp, visiblePanel } from "./render-app";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

describe("Kiểm tra without Excel", () => {
  it("checks each chosen file and lists its problems with their cells, nothing to click", async () => {
    const clean = await statsFile("Trường THCS Kim Đồng");
    const slips = schoolValues();
    slips["1.3"] = { count: 2, people: 5000 }; // an outlier
    const outlier = await statsFile("Trường Mầm non Hoa Ban", slips);
    const notXlsx = new TextEncoder().encode("STT,Đơn vị\n1,Trường A\n");

    const { user } = renderApp({ tab: "check" });
    // What keyboard and screen-reader users reach: a button named by the field's label.
    expect(within(visiblePanel()).getByRole("button", { name: "Tệp báo cáo cần kiểm tra (.xlsx, .xls, .ods) Chọn tệp…" })).toHaveAccessibleDescription("Chưa chọn tệp nào. Có thể chọn nhiều tệp cùng lúc.");
    const input = within(visiblePanel()).getByLabelText("Tệp báo cáo cần kiểm tra (.xlsx, .xls, .ods)", { selector: "input" });
    await user.upload(input, [
      new File([clean as BlobPart], "kim-dong.xlsx", { type: XLSX }),
      new File([outlier as BlobPart], "hoa-ban.xlsx", { type: XLSX }),
      new File([notXlsx as BlobPart], "danh-sach.xlsx", { type: XLSX }),
    ]);

    const kimDong = await screen.findByRole("region", { name: "Kết quả kiểm tra “kim-dong.xlsx”" });
    expect(within(visiblePanel()).getByText("Đã chọn 3 tệp.")).toBeVisible();
    expect(within(kimDong).getByText("Bảng số liệu (Phụ lục 02), năm 2025. Đơn vị: Trường THCS Kim Đồng.")).toBeVisible();
    expect(within(kimDong).getByText("Không có lỗi hay cảnh báo.")).toBeVisible();

    const hoaBan = screen.getByRole("region", { name: "Kết quả kiểm tra “hoa-ban.xlsx”" });
    expect(within(hoaBan).getByText("0 lỗi, 1 cảnh báo.")).toBeVisible();
    expect(within(hoaBan).getByRole("heading", { name: "Cảnh báo (1)" })).toBeVisible();
    expect(within(hoaBan).getByText("Ô E17 · dòng 1.3 · trang “Số liệu Tuần lễ”")).toBeVisible();
    // A file is not the open workbook: no cell to select, no fix to write.
    expect(within(hoaBan).queryByRole("button")).toBeNull();

    const csv = screen.getByRole("region", { name: "Kết quả kiểm tra “danh-sach.xlsx”" });
    expect(within(csv).getByRole("heading", { name: "Lỗi (1)" })).toBeVisible();
    expect(within(csv).getByText(/Tệp là văn bản CSV/)).toBeVisible();
  });
});
