/**
 * The message shown where the pane cannot run (Office 2016/2019's Internet Explorer, early
 * Edge, any browser without what the bundle needs). It is shown by a small ES5 script that
 * runs before the bundle (src/taskpane/unsupported/), into which the build copies these
 * texts: keep this file free of imports, so the build can read it on its own.
 */
export const unsupportedMessages = {
  "unsupported.title": "Excel hoặc trình duyệt này không chạy được HTSĐ Tổng hợp",
  "unsupported.why":
    "Phần bổ trợ cần một trình duyệt đời mới (Chrome, Edge hoặc Firefox từ năm 2021 trở đi). Excel 2016 và 2019 bản cài theo giấy phép số lượng, và Windows 10 đời đầu, mở phần bổ trợ bằng Internet Explorer hoặc Edge cũ, nên không hiện được gì. Bạn vẫn làm được việc theo một trong các cách sau:",
  "unsupported.option.page": "Mở trang HTSĐ Tổng hợp trong Chrome, Edge hoặc Cốc Cốc: sao chép địa chỉ {url} vào trình duyệt. Trang tải được biểu mẫu, kiểm tra và tổng hợp tệp mà không cần Excel; tệp htsd.html do đơn vị tổng hợp gửi cũng dùng được như vậy, không cần mạng.",
  "unsupported.option.web": "Dùng Excel trên web (https://www.office.com) với tài khoản Microsoft 365 của trường: phần bổ trợ chạy được ở đó.",
  "unsupported.option.form": "Điền tệp biểu mẫu (.xlsx) do đơn vị tổng hợp gửi: tệp tự kiểm tra số liệu khi nhập, trong mọi phiên bản Excel.",
} as const;
