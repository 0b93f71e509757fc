/** Text of the command line `htsd`. */
export const cliMessages = {
  "cli.help": `htsd — HTSĐ Tổng hợp: biểu mẫu, kiểm tra và tổng hợp số liệu Tuần lễ hưởng ứng học tập suốt đời

Cách dùng:
  htsd template [--form stats-table|report-outline] [--year NĂM] [--unit TÊN] [--parent TÊN] --out TỆP.xlsx [--force]
      Tạo tệp biểu mẫu (mặc định: bảng số liệu stats-table, năm hiện tại).
  htsd check TỆP... [--json]
      Kiểm tra các tệp báo cáo. Mã thoát: 0 không có lỗi, 1 có lỗi, 2 có tệp không đọc được.
  htsd consolidate TỆP|THƯ_MỤC... --out TỆP.xlsx [--expected TỆP] [--aliases TỆP] [--year NĂM] [--deadline YYYY-MM-DD]
                   [--on-duplicate=latest|error] [--accept-errors] [--json] [--force]
                   [--unit TÊN_ĐƠN_VỊ_TỔNG_HỢP] [--parent TÊN_CƠ_QUAN_CHỦ_QUẢN] [--form stats-table|report-outline] [--jobs N] [--stats]
      Tổng hợp báo cáo của nhiều đơn vị thành một tệp (Tổng hợp, Chi tiết, Nhật ký).
      Mã thoát: 0 đã ghi tệp tổng hợp, 2 không có báo cáo nào tổng hợp được.
  htsd generate --out THƯ_MỤC [--count 50] [--seed 2025] [--year NĂM] [--text-numbers 0.03] [--hand-typed 0.05]
      Tạo các tệp báo cáo mẫu (số liệu ngẫu nhiên) để dùng thử và đo tốc độ.
  htsd --help | --version`,
  "cli.error.unknownCommand": "Lệnh không hợp lệ: {command}. Gõ htsd --help để xem cách dùng.",
  "cli.error.badArgs": "Tham số không hợp lệ: {detail}. Gõ htsd --help để xem cách dùng.",
  "cli.error.needOut": "Thiếu --out TỆP.xlsx: hãy cho biết nơi ghi tệp.",
  "cli.error.outExists": "Tệp {file} đã có. Chọn tên khác hoặc thêm --force để ghi đè.",
  "cli.error.outIsSource": "Tệp kết quả {file} trùng với một tệp nguồn; tệp nguồn không bao giờ bị ghi đè.",
  "cli.error.badForm": "Biểu mẫu không có: {form}. Chọn stats-table hoặc report-outline.",
  "cli.error.badYear": "Năm không hợp lệ: {year}. Nhập năm dạng 2025.",
  "cli.error.badDate": "Ngày không hợp lệ: {date}. Nhập dạng YYYY-MM-DD, ví dụ 2025-10-10.",
  "cli.error.noFiles": "Chưa chỉ ra tệp nào. Ví dụ: htsd check bao-cao.xlsx",
  "cli.error.notFound": "Không tìm thấy {file}.",
  "cli.error.cannotRead": "Không mở được {file}: {detail}",
  "cli.error.cannotWrite": "Không ghi được {file}: {detail}",
  "cli.template.written": "Đã tạo {file} ({form}, năm {year}).",
  "cli.check.file": "Tệp {file}",
  "cli.check.unitLine": "  Đơn vị: {unit} · Biểu: {form} · Năm: {year}",
  "cli.check.labelRows": "  Bảng nhập tay (không có mã dòng): nhận ra {matched} dòng của biểu mẫu, {unmatched} dòng không khớp dòng nào.",
  "cli.check.clean": "  Không có lỗi hay cảnh báo.",
  "cli.check.counts": "  {errors} lỗi, {warnings} cảnh báo.",
  "cli.check.summary": "Đã kiểm tra {files} tệp: {clean} tệp đạt, {withErrors} tệp có lỗi, {unreadable} tệp không đọc được.",
  "cli.severity.error": "LỖI",
  "cli.severity.warning": "CẢNH BÁO",
  "cli.severity.info": "GHI CHÚ",
  "cli.where.cell": "ô {cell}",
  "cli.where.row": "dòng {rowCode}",
  "cli.generate.done": "Đã tạo {count} tệp báo cáo mẫu trong {dir} (kèm expected-totals.json).",
  "cli.consolidate.result": "Tổng hợp: {form}, năm {year}.",
  "cli.consolidate.counts": "  Đã tổng hợp {accepted} tệp ({units} đơn vị) · bị loại {rejected} · trùng đơn vị {duplicates} · chưa có báo cáo dùng được {missing}.",
  "cli.consolidate.missing": "  Chưa có báo cáo dùng được (chưa gửi, hoặc mọi tệp gửi đều bị loại): {units}",
  "cli.consolidate.unexpected": "  Không có trong danh sách: {units}",
  "cli.consolidate.suggested": "  Có thể cùng một đơn vị (chưa gộp): “{unit}” (tệp {file}) và “{listed}” trong danh sách. Nếu đúng, thêm dòng “{unit} => {listed}” vào tệp tên gọi khác (--aliases).",
  "cli.consolidate.aliasUnread": "Bỏ qua dòng không đọc được trong {file}: “{line}” (mỗi dòng dạng “tên gửi => tên trong danh sách”).",
  "cli.consolidate.late": "  Nộp muộn: {units}",
  "cli.consolidate.participation": "  Lượt người tham gia: học viên các lớp {trainees}; các cuộc thi, hoạt động {activities}; tổng {total}.",
  "cli.consolidate.funding": "  Kinh phí (đồng): ngân sách nhà nước {state}; nguồn hợp pháp khác {other}; tổng {total}.",
  "cli.consolidate.unattributed": "  Trong tổng kinh phí có {amount} đồng chưa rõ nguồn: đơn vị chỉ ghi tổng, không ghi vào dòng ngân sách nhà nước hay nguồn khác (xem Nhật ký).",
  "cli.consolidate.written": "Đã ghi {file} (các trang Tổng hợp, Chi tiết, Nhật ký).",
  "cli.consolidate.nothing": "Không có báo cáo nào tổng hợp được; không ghi tệp.",
  "cli.progress": "Đang đọc {done}/{total} tệp",
} as const;
