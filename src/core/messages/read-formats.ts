/**
 * Messages for the other workbook formats schools send (.xls of Excel 97–2003, .ods of
 * LibreOffice) and for the ways their containers can be broken or hostile. `{part}` names
 * the piece of the file at fault, for whoever helps the sender.
 */
const resave = "Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi gửi lại; nếu không mở được, hãy xin người gửi tệp gốc.";
const saveAsXlsx = "Hãy mở tệp bằng Excel, chọn Tệp → Lưu thành, chọn kiểu “Excel Workbook (*.xlsx)” rồi gửi lại tệp .xlsx.";

export const readFormatMessages = {
  "format.xlsx": ".xlsx (Excel 2007 trở lên)",
  "format.xls": ".xls (Excel 97–2003)",
  "format.ods": ".ods (LibreOffice, OpenOffice)",
  "read.ole-corrupt": `Tệp Excel 97–2003 (.xls) bị hỏng: phần đầu hoặc mục lục bên trong tệp không hợp lệ (phần {part}). ${resave}`,
  "read.ole-chain-loop": `Tệp Excel 97–2003 (.xls) bị hỏng: các khối dữ liệu bên trong tệp nối vòng vào nhau (phần {part}), điều Excel không bao giờ tạo ra; tệp không được đọc. ${resave}`,
  "read.ole-sector-out-of-range": `Tệp Excel 97–2003 (.xls) bị hỏng hoặc bị cắt cụt: bảng chỉ mục bên trong tệp trỏ ra ngoài phần cuối của tệp (phần {part}). ${resave}`,
  "read.xls-corrupt": `Tệp Excel 97–2003 (.xls) bị hỏng: có dữ liệu không hợp lệ (phần {part}). ${resave}`,
  "read.xls-biff-old": `Tệp ở định dạng Excel rất cũ (Excel 5.0/95 trở về trước) nên không đọc được. ${saveAsXlsx}`,
  "read.ods-repeat-too-large": `Tệp .ods lặp lại các ô có nội dung thành hơn {limit} ô (trang tính “{sheet}”), điều bất thường với một biểu mẫu và có thể làm treo máy; tệp không được đọc. Hãy xóa các trang tính và dữ liệu không cần thiết, lưu lại rồi gửi lại.`,
} as const;
