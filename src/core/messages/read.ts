/**
 * Messages for files that cannot be read (and the one warning the reader gives).
 * `{name}` placeholders are filled from a problem's params. The readers are school staff:
 * each text says what is wrong in plain words and what to do about it. `{part}` names the
 * piece of the file at fault, for whoever helps them.
 */
const saveAsXlsx = "Hãy mở tệp bằng Excel, chọn Tệp → Lưu thành, chọn kiểu “Excel Workbook (*.xlsx)” rồi gửi lại tệp .xlsx.";
const resave = "Hãy mở tệp bằng Excel, lưu lại rồi gửi lại; nếu Excel không mở được, hãy xin người gửi tệp gốc.";
const trimWorkbook = "Hãy xóa các trang tính, hình ảnh và dữ liệu không cần thiết, lưu lại rồi gửi lại.";

export const readMessages = {
  "read.cannot-open": "Không mở được tệp ({detail}). Hãy kiểm tra tệp còn ở đó và không bị chương trình khác đang mở giữ, rồi thử lại.",
  "read.empty": "Tệp trống (0 byte), không có nội dung nào để đọc. Hãy kiểm tra lại rồi gửi tệp biểu mẫu .xlsx đã điền số liệu.",
  "read.too-large": `Tệp quá lớn ({size} MB), chỉ nhận tệp đến {limit} MB. ${trimWorkbook}`,
  "read.old-xls": `Tệp ở định dạng Excel 97–2003 (.xls), chỗ này chỉ nhận tệp .xlsx. ${saveAsXlsx}`,
  "read.encrypted": "Tệp đang được đặt mật khẩu mở tệp (đã mã hóa) nên không đọc được. Hãy mở tệp bằng Excel, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu rồi bấm OK), lưu lại rồi gửi lại.",
  "read.ods": "Tệp là bảng tính OpenDocument (.ods, của LibreOffice hoặc OpenOffice), chỗ này chỉ nhận tệp .xlsx. Hãy mở tệp bằng LibreOffice, chọn Tệp → Lưu thành, chọn kiểu “Excel 2007-365 (.xlsx)” rồi gửi lại.",
  "read.xlsb": `Tệp là sổ làm việc nhị phân của Excel (.xlsb), không phải .xlsx. ${saveAsXlsx}`,
  "read.xml-spreadsheet": `Tệp là bảng tính “XML Spreadsheet 2003” được đổi tên thành .xlsx. ${saveAsXlsx}`,
  "read.csv": "Tệp là văn bản CSV (các giá trị ngăn cách bằng dấu phẩy) được đổi tên thành .xlsx, không phải tệp Excel và không còn định dạng của biểu mẫu. Hãy điền số liệu vào tệp biểu mẫu .xlsx rồi gửi lại tệp đó.",
  "read.html": `Tệp là trang web (HTML) mang đuôi Excel, thường do một phần mềm khác xuất ra, không phải tệp .xlsx thật. ${saveAsXlsx}`,
  "read.text": "Tệp là văn bản thuần, không phải bảng tính Excel. Hãy kiểm tra đã chọn đúng tệp, rồi gửi tệp biểu mẫu .xlsx đã điền số liệu.",
  "read.unknown-format": "Tệp không phải bảng tính Excel (.xlsx) và phần mềm không nhận ra định dạng của nó. Hãy kiểm tra đã chọn đúng tệp. Nếu Excel mở được tệp này, hãy chọn Tệp → Lưu thành, chọn kiểu “Excel Workbook (*.xlsx)” rồi gửi lại tệp .xlsx.",
  "read.not-spreadsheet": "Tệp không phải bảng tính Excel (có thể là tài liệu Word, PowerPoint hoặc tệp nén khác được đổi tên thành .xlsx). Hãy kiểm tra đã chọn đúng tệp biểu mẫu .xlsx rồi gửi lại.",
  "read.truncated": "Tệp bị thiếu phần cuối (bị cắt cụt), thường do tải xuống hoặc sao chép chưa xong. Hãy tải lại tệp, hoặc xin người gửi gửi lại tệp gốc.",
  "read.zip-corrupt": `Tệp bị hỏng, không giải nén được (phần {part}). ${resave}`,
  "read.zip-directory-corrupt": `Tệp bị hỏng: mục lục của tệp nén không đọc được. ${resave}`,
  "read.zip64": `Tệp được nén theo kiểu ZIP64 (dành cho tệp rất lớn), phần mềm không đọc kiểu này. ${saveAsXlsx}`,
  "read.zip-multi-disk": "Tệp chỉ là một phần của một bộ tệp nén chia nhiều phần, không đọc riêng được. Hãy gửi tệp .xlsx nguyên vẹn (mở bằng Excel và lưu lại).",
  "read.zip-method": `Tệp được nén bằng một cách không thông dụng nên không giải nén được (phần {part}). ${saveAsXlsx}`,
  "read.missing-part": `Tệp Excel bị thiếu một phần nội dung ({part}), có thể đã hỏng. ${resave}`,
  "read.too-many-entries": `Tệp chứa quá nhiều thành phần (hơn {limit}), bất thường đối với một biểu mẫu. ${trimWorkbook}`,
  "read.part-too-large": `Một phần của tệp ({part}) khi giải nén lớn hơn {limit} MB: tệp bất thường hoặc có trang tính quá lớn. ${trimWorkbook}`,
  "read.total-too-large": `Nội dung tệp khi giải nén lớn hơn {limit} MB. ${trimWorkbook}`,
  "read.doctype": `Tệp chứa khai báo DOCTYPE hoặc thực thể XML (phần {part}), thứ mà Excel không bao giờ tạo ra; tệp có thể đã bị sửa bằng công cụ khác hoặc chứa mã độc nên không được đọc. ${resave}`,
  "read.xml-too-deep": `Tệp có nội dung lồng nhau sâu bất thường (hơn {limit} tầng, phần {part}), điều Excel không bao giờ tạo ra; tệp có thể đã bị sửa bằng công cụ khác nên không được đọc. ${resave}`,
  "read.malformed-xml": `Tệp bị hỏng: nội dung không đúng cấu trúc XML (phần {part}). ${resave}`,
  "read.invalid-utf8": `Tệp bị hỏng: chữ trong tệp không đúng bảng mã UTF-8 (phần {part}). ${resave}`,
  "read.corrupt-part": `Tệp bị hỏng: có dữ liệu không hợp lệ (phần {part}). ${resave}`,
  "read.too-many-strings": `Tệp chứa quá nhiều đoạn văn bản khác nhau (hơn {limit}). ${trimWorkbook}`,
  "read.string-index": `Tệp bị hỏng: ô {cell} của trang tính “{sheet}” trỏ tới một đoạn văn bản không có trong tệp. ${resave}`,
  "read.string-too-long": "Ô {cell} của trang tính “{sheet}” chứa văn bản dài hơn {limit} ký tự, vượt giới hạn của một ô Excel; tệp không do Excel lưu ra nên không được đọc. Hãy rút ngắn nội dung ô đó, lưu lại bằng Excel rồi gửi lại.",
  "read.string-too-long.file": `Tệp có một đoạn văn bản dài hơn {limit} ký tự, vượt giới hạn của một ô Excel (phần {part}); tệp không do Excel lưu ra nên không được đọc. ${resave}`,
  "read.formula-too-long": `Ô {cell} của trang tính “{sheet}” có công thức dài hơn {limit} ký tự, vượt giới hạn của Excel; tệp không do Excel lưu ra nên không được đọc. ${resave}`,
  "read.xml-too-many-attributes": `Tệp có một thành phần mang hơn {limit} thuộc tính (phần {part}), điều Excel không bao giờ tạo ra; tệp có thể đã bị sửa bằng công cụ khác nên không được đọc. ${resave}`,
  "read.foreign-namespace": `Tệp chứa nội dung lạ không thuộc định dạng bảng tính Excel (phần {part}) mà Excel không đọc được; tệp có thể đã bị sửa bằng công cụ khác nên không được đọc, để không cộng những số Excel không hiển thị. ${resave}`,
  "read.markup-compatibility": `Tệp dùng cách đánh dấu “tương thích” (markup compatibility) theo kiểu Excel không dùng (phần {part}); tệp có thể đã bị sửa bằng công cụ khác nên không được đọc, để không cộng những số Excel không hiển thị. ${resave}`,
  "read.duplicate-entry": `Tệp nén chứa hai thành phần cùng tên “{part}” (Excel coi chữ hoa và chữ thường là một), nên không biết phần nào là thật; tệp có thể đã bị sửa bằng công cụ khác nên không được đọc. ${resave}`,
  "read.sheet-too-large": "Trang tính “{sheet}” có dữ liệu vượt quá {maxRows} dòng hoặc {maxCols} cột nên đã được bỏ qua khi đọc. Nếu biểu mẫu nằm ở trang tính này, hãy xóa phần dữ liệu thừa, lưu lại rồi gửi lại.",
} as const;
