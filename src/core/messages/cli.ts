/** Text of the command line `htsd`. */

/** Each command's usage line(s) and one-line purpose: the general help lists them all. */
const usage = {
  template: `  htsd template --out TỆP.xlsx [--form stats-table|report-outline] [--year NĂM] [--unit TÊN] [--parent TÊN] [--force]
      Tạo tệp biểu mẫu (mặc định: bảng số liệu stats-table, năm hiện tại).`,
  check: `  htsd check TỆP|THƯ_MỤC|MẪU... [--json]
      Kiểm tra các tệp báo cáo. Mã thoát: 0 không có lỗi, 1 có lỗi, 2 có tệp không đọc được.`,
  consolidate: `  htsd consolidate TỆP|THƯ_MỤC|MẪU... --out TỆP.xlsx [--expected TỆP] [--aliases TỆP] [--year NĂM] [--deadline YYYY-MM-DD]
                   [--on-duplicate=latest|error] [--accept-errors] [--json] [--force]
                   [--unit TÊN_ĐƠN_VỊ_TỔNG_HỢP] [--parent TÊN_CƠ_QUAN_CHỦ_QUẢN] [--form stats-table|report-outline] [--jobs N] [--stats]
                   [--place ĐỊA_DANH] [--date YYYY-MM-DD] [--head CHỨC_DANH_NGƯỜI_KÝ] [--table TỆP.xlsx]
      Tổng hợp báo cáo của nhiều đơn vị thành một tệp (Tổng hợp, Chi tiết, Nhật ký).
      Mã thoát: 0 đã ghi tệp tổng hợp, 2 không có báo cáo nào tổng hợp được.`,
  generate: `  htsd generate --out THƯ_MỤC [--count 50] [--seed 2025] [--year NĂM] [--text-numbers 0.03] [--hand-typed 0.05] [--force]
      Tạo các tệp báo cáo mẫu (số liệu ngẫu nhiên) để dùng thử và đo tốc độ.`,
};

const patterns = `  Thay cho tên tệp có thể dùng mẫu như "bao-cao/*.xlsx" hay "nhan/**/*.xlsx": htsd tự tìm các tệp khớp,
  trên mọi hệ điều hành (kể cả Windows), có hay không có dấu nháy.`;

export const cliMessages = {
  "cli.help": `htsd — HTSĐ Tổng hợp: biểu mẫu, kiểm tra và tổng hợp số liệu Tuần lễ hưởng ứng học tập suốt đời

Cách dùng:
${usage.template}
${usage.check}
${usage.consolidate}
${usage.generate}
  htsd LỆNH --help      Cách dùng và các tùy chọn của một lệnh.
  htsd --help | --version

${patterns}`,
  "cli.help.template": `htsd template — tạo tệp biểu mẫu để các đơn vị điền; tệp tự kiểm tra số liệu nhập vào.

Cách dùng:
${usage.template}

Tùy chọn:
  -o, --out TỆP.xlsx   Nơi ghi tệp biểu mẫu (bắt buộc).
  --form BIỂU          stats-table: bảng số liệu (mặc định); report-outline: đề cương báo cáo.
  --year NĂM           Năm báo cáo; mặc định là năm hiện tại.
  --unit TÊN           Tên cơ quan, tổ chức báo cáo, điền sẵn vào biểu.
  --parent TÊN         Tên cơ quan chủ quản, điền sẵn vào biểu.
  --force              Ghi đè nếu tệp đã có.
  -h, --help           Xem hướng dẫn này.`,
  "cli.help.check": `htsd check — kiểm tra các tệp báo cáo đã điền và liệt kê lỗi, cảnh báo của từng tệp.

Cách dùng:
${usage.check}

${patterns}
  Một thư mục được tìm hết các tệp .xlsx, .xls (Excel 97–2003) và .ods (LibreOffice) bên trong.

Tùy chọn:
  --json               In kết quả dạng JSON.
  --debug              Khi chương trình gặp lỗi nội bộ, in thêm chi tiết kỹ thuật (để báo cho người phát triển).
  -h, --help           Xem hướng dẫn này.`,
  "cli.help.consolidate": `htsd consolidate — tổng hợp báo cáo của nhiều đơn vị thành một tệp Excel.

Cách dùng:
${usage.consolidate}

${patterns}
  Một thư mục được tìm hết các tệp .xlsx, .xls (Excel 97–2003) và .ods (LibreOffice) bên trong. Tệp nguồn chỉ được đọc, không bao giờ bị ghi đè.

Tùy chọn:
  -o, --out TỆP.xlsx           Nơi ghi tệp tổng hợp (bắt buộc).
  --expected TỆP               Danh sách đơn vị phải báo cáo: tệp .txt (mỗi dòng một đơn vị) hoặc .xlsx.
  --aliases TỆP                Tên gọi khác đã xác nhận: mỗi dòng “tên đơn vị gửi => tên trong danh sách” (.txt), hoặc .xlsx hai cột.
  --year NĂM                   Năm tổng hợp; mặc định là năm mà nhiều tệp ghi nhất.
  --deadline YYYY-MM-DD        Hạn nộp: báo cáo ghi ngày sau hạn được ghi là nộp muộn.
  --on-duplicate=latest|error  Một đơn vị gửi nhiều tệp: lấy tệp mới nhất (mặc định) hoặc không lấy tệp nào.
  --accept-errors              Vẫn tổng hợp cả những tệp có lỗi.
  --unit TÊN                   Tên đơn vị tổng hợp, ghi ở đầu bảng tổng hợp.
  --parent TÊN                 Tên cơ quan chủ quản, ghi ở đầu bảng tổng hợp.
  --csv TỆP.csv                Ghi thêm bảng số liệu của từng đơn vị (mỗi dòng: đơn vị, tệp, mã dòng, nội dung, chỉ tiêu, giá trị) để lọc, lập bảng tổng hợp động hay vẽ biểu đồ; mở được bằng Excel với đủ dấu tiếng Việt.
  --place ĐỊA_DANH             Địa danh ở dòng ngày tháng ("<địa danh>, ngày … tháng … năm …").
  --date YYYY-MM-DD            Ngày báo cáo ghi ở dòng ngày tháng; bỏ trống thì để chỗ điền tay.
  --head CHỨC_DANH             Chức danh người ký (mặc định THỦ TRƯỞNG ĐƠN VỊ).
  --table TỆP.xlsx             Với đề cương báo cáo: bảng số liệu (tệp tổng hợp hoặc bảng của một đơn vị) để báo cáo của đơn vị tổng hợp ghi số người tham gia và kinh phí theo bảng; không có thì lấy các bảng số liệu nằm cùng thư mục.
  --form BIỂU                  stats-table hoặc report-outline; mặc định là biểu mà nhiều tệp nhất dùng.
  --jobs N                     Số tệp đọc song song (1–64); mặc định theo số lõi của máy.
  --json                       In kết quả dạng JSON.
  --stats                      In thời gian và bộ nhớ đã dùng (một dòng JSON, ra stderr).
  --debug                      Khi chương trình gặp lỗi nội bộ, in thêm chi tiết kỹ thuật (để báo cho người phát triển).
  --force                      Ghi đè nếu tệp tổng hợp đã có.
  -h, --help                   Xem hướng dẫn này.`,
  "cli.help.generate": `htsd generate — tạo các tệp báo cáo mẫu với số liệu ngẫu nhiên, để dùng thử và đo tốc độ.

Cách dùng:
${usage.generate}

Tùy chọn:
  -o, --out THƯ_MỤC     Thư mục ghi các tệp (bắt buộc); kèm expected-totals.json là tổng đúng.
  --count N             Số tệp (mặc định 50).
  --seed N              Hạt giống ngẫu nhiên (mặc định 2025): cùng hạt giống, cùng các tệp.
  --year NĂM            Năm báo cáo; mặc định là năm hiện tại.
  --text-numbers TỈ_LỆ  Tỉ lệ ô số được gõ dạng chữ (mặc định 0.03).
  --hand-typed TỈ_LỆ    Tỉ lệ tệp tự kẻ bảng, không theo đúng biểu mẫu (mặc định 0.05).
  --force               Ghi đè các tệp đã có.
  -h, --help            Xem hướng dẫn này.`,
  "cli.error.unknownOption": "Lệnh {command} không có tùy chọn {option}.",
  "cli.error.missingValue": "Tùy chọn {option} cần một giá trị, ví dụ {option} {example}.",
  "cli.error.valueNotAllowed": "Tùy chọn {option} không nhận giá trị; chỉ cần viết {option}.",
  "cli.error.unexpectedArgument": "Lệnh {command} không nhận tham số {argument}.",
  "cli.error.seeHelp": "Gõ htsd {command} --help để xem cách dùng.",
  "cli.error.nodeTooOld": "htsd cần Node.js {required} trở lên; máy này có Node.js {current}. Hãy cài bản Node.js mới hơn (https://nodejs.org) rồi chạy lại.",
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
  "cli.error.noFigures": "Không lấy được số liệu từ {file}: tệp không có bảng số liệu nào tổng hợp được.",
  "cli.error.cannotRead": "Không mở được {file}: {detail}",
  "cli.error.cannotWrite": "Không ghi được {file}: {detail}",
  "cli.template.written": "Đã tạo {file} ({form}, năm {year}).",
  "cli.check.file": "Tệp {file}",
  "cli.check.unitLine": "  Đơn vị: {unit} · Biểu: {form} · Năm: {year}",
  "cli.check.labelRows": "  Bảng nhập tay (không có mã dòng): nhận ra {matched} dòng của biểu mẫu, {unmatched} dòng không khớp dòng nào.",
  "cli.check.format": "  Định dạng: {format}",
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
