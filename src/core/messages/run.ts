/**
 * A run that no single file can stop: a file refused for what reading it cost, a folder
 * entry not read and why, a text cut to fit a cell, an output that could not be placed.
 */
export const runMessages = {
  "read.internal": "Lỗi nội bộ khi đọc tệp {file}: phần mềm gặp sự cố với tệp này nên bỏ qua nó; các tệp khác vẫn được tổng hợp. Hãy gửi tệp này cho người hỗ trợ phần mềm.",
  "read.timeout": "Đọc và kiểm tra tệp {file} mất quá {seconds} giây nên đã dừng lại; các tệp khác vẫn được tổng hợp. Tệp có thể bị hỏng hoặc được tạo bất thường. Hãy mở tệp bằng Excel, lưu lại rồi gửi lại.",
  "read.memory": "Đọc tệp {file} cần quá {limit} MB bộ nhớ nên đã dừng lại; các tệp khác vẫn được tổng hợp. Tệp có thể bị hỏng hoặc được tạo bất thường. Hãy mở tệp bằng Excel, lưu lại rồi gửi lại.",
  "read.not-regular": "{file} không phải một tệp thông thường (có thể là thiết bị hoặc ống dẫn dữ liệu) nên không được mở.",

  "check.cell.tooLarge": "Số {value} ở ô {cell} (“{item}”) lớn bất thường, vượt mức {limit}: không thể là số liệu của một đơn vị. Hãy kiểm tra lại ô này.",

  "cli.skipped.title": "Không đọc {count} mục trong thư mục:",
  "cli.skipped.line": "  - {name}: {reason}",
  "cli.skipped.other-format": "không phải tệp bảng tính (chỉ đọc {extensions})",
  "cli.skipped.no-extension": "tệp không có đuôi; nếu là bảng tính Excel, hãy đổi tên thành .xlsx",
  "cli.skipped.hidden": "tệp hoặc thư mục ẩn",
  "cli.skipped.lock-file": "tệp khóa tạm của Excel (tệp đang mở), không phải báo cáo",
  "cli.skipped.link": "liên kết (lối tắt) tới tệp khác; hãy chép chính tệp vào thư mục",
  "cli.skipped.fifo": "ống dẫn dữ liệu (FIFO), không phải tệp",
  "cli.skipped.device": "thiết bị, không phải tệp",
  "cli.skipped.socket": "cổng kết nối (socket), không phải tệp",
  "cli.skipped.unreadable-folder": "thư mục không mở được (không có quyền đọc)",
  "cli.error.missingInputs": "Không tìm thấy {count} đường dẫn đã chỉ ra; chưa tổng hợp gì. Hãy kiểm tra lại tên tệp, thư mục rồi chạy lại.",
  "cli.error.internal": "Lỗi nội bộ của phần mềm: {detail}. Chạy lại với --debug để xem chi tiết và gửi cho người hỗ trợ.",
  "cli.warning.notFinite": "CẢNH BÁO: ô {where} có giá trị không phải số hữu hạn nên được để trống.",
  "cli.warning.clipped": "CẢNH BÁO: ô {where} dài {length} ký tự, vượt giới hạn {limit} ký tự của Excel; đã cắt bớt và ghi dấu “{mark}” ở cuối.",
} as const;
