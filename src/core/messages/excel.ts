/**
 * What the task pane says when Excel refuses something the add-in asked of the open
 * workbook (src/excel turns Office.js errors into these). Each text names the likely cause
 * in the user's terms and what to do; `{operation}` is one of the `excel.op.*` phrases.
 */
export const excelMessages = {
  "excel.op.list": "đọc danh sách trang tính",
  "excel.op.insert": "chèn trang tính",
  "excel.op.read": "đọc trang tính",
  "excel.op.select": "chọn ô",
  "excel.op.fix": "sửa ô",

  "excel.error.insertUnsupported":
    "Excel này không hỗ trợ chèn trang tính từ tệp (cần Excel 2021, Excel cho web hoặc Microsoft 365). Hãy tải tệp về, mở bằng Excel rồi di chuyển hoặc sao chép trang tính vào sổ làm việc.",
  "excel.error.apiUnsupported":
    "Phiên bản Excel này chưa có chức năng phần bổ trợ cần để {operation} (ExcelApi {version}). Hãy cập nhật Excel hoặc dùng Excel cho web.",
  "excel.error.sheetNotFound":
    "Không tìm thấy trang tính “{sheet}”. Có thể trang tính vừa bị đổi tên hoặc xóa; hãy tải lại danh sách trang tính rồi thử lại.",
  "excel.error.sheetsChanged":
    "Không {operation} được vì các trang tính trong sổ làm việc vừa thay đổi (đổi tên hoặc xóa). Hãy tải lại danh sách trang tính rồi thử lại.",
  "excel.error.protected":
    "Trang tính đang được bảo vệ (hoặc sổ làm việc bị khóa cấu trúc) nên không {operation} được. Hãy bỏ bảo vệ ở thẻ Xem lại (Review) › Bỏ bảo vệ trang tính, rồi thử lại.",
  "excel.error.nameTaken":
    "Sổ làm việc đã có trang tính trùng tên với trang tính cần chèn. Hãy tải lại danh sách trang tính rồi thử lại.",
  "excel.error.invalidArgument":
    "Excel không nhận yêu cầu {operation} của phần bổ trợ ({detail}). Hãy thử lại; nếu vẫn lỗi, hãy đóng rồi mở lại phần bổ trợ.",
  "excel.error.notAllowed":
    "Excel không cho phép {operation} lúc này (trang tính có thể đang ẩn, hoặc là trang tính duy nhất của sổ làm việc). Hãy kiểm tra rồi thử lại.",
  "excel.error.cellEditMode":
    "Excel đang ở chế độ sửa ô nên chưa {operation} được. Hãy nhấn Enter hoặc Esc để kết thúc việc sửa ô, rồi thử lại.",
  "excel.error.tooLarge":
    "Trang tính “{sheet}” có vùng dữ liệu quá lớn để đọc một lần. Hãy xóa các ô thừa bên ngoài biểu mẫu (hoặc chép biểu mẫu sang trang tính mới) rồi thử lại.",
  "excel.error.unexpected": "Excel báo lỗi khi {operation}: {detail}. Hãy thử lại; nếu vẫn lỗi, hãy đóng rồi mở lại phần bổ trợ.",
} as const;
