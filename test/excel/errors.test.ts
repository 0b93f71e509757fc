/** Excel's refusals reach the pane as ExcelPortError with a Vietnamese message from the catalogue. */
import { createExcelPort, ExcelPortError, type ExcelPortErrorCode } from "../../src/excel";
import { toPortError } from "../../src/excel/errors";
import { excelMessages } from "../../src/core/messages/excel";
import { FakeOfficeError } from "../fakes/excel-fake";
import { installFake, uninstallFake } from "./helpers";

afterEach(uninstallFake);

async function failure(work: Promise<unknown>): Promise<ExcelPortError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExcelPortError);
  return error as ExcelPortError;
}

describe("errors from Excel", () => {
  it("a sheet that is gone: “Không tìm thấy trang tính …”, naming the one being read", async () => {
    installFake({ sheets: [{ name: "Trường A" }] });
    const error = await failure(createExcelPort().readSheets(["Trường A", "Trường B"]));
    expect(error).toMatchObject({ code: "sheetNotFound", officeCode: "ItemNotFound" });
    expect(error.message).toBe("Không tìm thấy trang tính “Trường B”. Có thể trang tính vừa bị đổi tên hoặc xóa; hãy tải lại danh sách trang tính rồi thử lại.");
    expect(error.cause).toBeInstanceOf(FakeOfficeError);
  });

  it("selecting a cell on a sheet that is gone names it too", async () => {
    installFake();
    const error = await failure(createExcelPort().selectCell("Đã xóa", "A1"));
    expect(error).toMatchObject({ code: "sheetNotFound", message: expect.stringContaining("“Đã xóa”") });
  });

  it("a fix on a protected sheet: “Trang tính đang được bảo vệ …”", async () => {
    const fake = installFake({ sheets: [{ name: "Khóa", values: [["1.500"]] }] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Khóa").protection.protect();
      await context.sync();
    });
    const error = await failure(createExcelPort().applyFixes([{ sheet: "Khóa", cell: "A1", value: 1500 }]));
    expect(error).toMatchObject({ code: "protected", officeCode: "AccessDenied" });
    expect(error.message).toMatch(/^Trang tính đang được bảo vệ .* không sửa ô được\. Hãy bỏ bảo vệ/);
    expect(fake.sheet("Khóa").values("A1")).toEqual([["1.500"]]);
  });

  it("fixes on several sheets, one of them gone: the sheets changed", async () => {
    installFake({ sheets: [{ name: "A" }] });
    const error = await failure(createExcelPort().applyFixes([{ sheet: "A", cell: "A1", value: 1 }, { sheet: "B", cell: "A1", value: 2 }]));
    expect(error).toMatchObject({ code: "sheetsChanged", message: expect.stringMatching(/^Không sửa ô được vì các trang tính/) });
  });

  it("selecting on a hidden sheet is not allowed; a bad address is refused", async () => {
    installFake({ sheets: [{ name: "Hiện" }, { name: "Ẩn", state: "hidden" }] });
    const port = createExcelPort();
    expect(await failure(port.selectCell("Ẩn", "A1"))).toMatchObject({ code: "notAllowed", officeCode: "InvalidOperation" });
    expect(await failure(port.selectCell("Hiện", "not a cell"))).toMatchObject({ code: "invalidArgument", message: expect.stringContaining("chọn ô") });
  });

  it.each<[string, ExcelPortErrorCode, RegExp]>([
    ["InvalidOperationInCellEditMode", "cellEditMode", /^Excel đang ở chế độ sửa ô nên chưa đọc trang tính được/],
    ["ItemAlreadyExists", "nameTaken", /^Sổ làm việc đã có trang tính trùng tên/],
    ["ResponsePayloadSizeLimitExceeded", "tooLarge", /^Trang tính “Trường A” có vùng dữ liệu quá lớn/],
    ["UnsupportedOperation", "notAllowed", /^Excel không cho phép đọc trang tính lúc này/],
    ["GeneralException", "unexpected", /^Excel báo lỗi khi đọc trang tính: Máy chủ bận\./],
    ["ApiNotFound", "apiUnsupported", /\(ExcelApi 1\.9\)/],
  ])("Office's %s is %s", (officeCode, code, text) => {
    const office = new FakeOfficeError(officeCode, officeCode === "ApiNotFound" ? "The method or property Worksheet.getRanges is part of the ExcelApi 1.9 requirement set" : "Máy chủ bận");
    const error = toPortError(office, "read", { sheet: "Trường A" });
    expect(error).toMatchObject({ name: "ExcelPortError", code, officeCode });
    expect(error.message).toMatch(text);
    expect(error.message).not.toMatch(/\{\w+\}/);
  });

  it("an error that is not Excel's still reads as the catalogue's text", () => {
    const error = toPortError(new TypeError("boom"), "insert");
    expect(error).toMatchObject({ code: "unexpected", officeCode: undefined, message: "Excel báo lỗi khi chèn trang tính: boom. Hãy thử lại; nếu vẫn lỗi, hãy đóng rồi mở lại phần bổ trợ." });
    const same = new ExcelPortError("protected", "x");
    expect(toPortError(same, "fix")).toBe(same);
  });

  it("every message of the area is Vietnamese text, and each error tells what to do", () => {
    for (const [code, text] of Object.entries(excelMessages)) {
      expect(text.trim()).not.toBe("");
      if (code.startsWith("excel.error.")) expect({ code, text }).toEqual({ code, text: expect.stringMatching(/Hãy |hãy /) });
    }
  });
});
