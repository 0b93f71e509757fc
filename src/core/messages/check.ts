/**
 * Messages of finding a form in a workbook (`locate.*`) and of checking it (`check.*`).
 * Each says what is wrong and what to do, in words school staff use. `{cell}` and
 * `{rowCode}` come from the problem's place; the other names from its params.
 */
export const checkMessages = {
  "locate.noForm":
    "Không tìm thấy bảng số liệu trong tệp. Phần mềm tìm một trang tính có dòng tiêu đề cột gồm: {expected}. Hãy nhập số liệu vào biểu mẫu do phần mềm tạo, hoặc ghi tiêu đề cột đúng như biểu mẫu.",
  "locate.form.unknown":
    "Trang \"{sheet}\" mang dấu của biểu mẫu \"{form}\" mà phần mềm không biết nên không đọc được. Hãy nhập số liệu vào biểu mẫu do phần mềm tạo.",
  "locate.form.newer":
    "Trang \"{sheet}\" dùng biểu mẫu phiên bản {version}, mới hơn phiên bản phần mềm đang có ({known}). Hãy cập nhật phần mềm rồi kiểm tra lại.",
  "locate.form.version":
    "Trang \"{sheet}\" dùng phiên bản {version} của biểu mẫu, phần mềm không có phiên bản này. Hãy chép số liệu sang biểu mẫu mới do phần mềm tạo.",
  "locate.form.ambiguous":
    "Tệp có nhiều trang biểu mẫu: {sheets}. Phần mềm không biết nên đọc trang nào. Hãy chỉ giữ lại một trang biểu mẫu (xóa các trang sao chép) rồi gửi lại.",
  "locate.form.otherFormToo":
    "Tệp có cả bảng số liệu và đề cương báo cáo (trang \"{other}\"); bảng số liệu được đọc ở đây. Để tổng hợp đề cương, hãy chọn tổng hợp đề cương báo cáo (dòng lệnh: --form report-outline).",
  "locate.header.assumed":
    "Trên trang \"{sheet}\" không tìm thấy dòng tiêu đề cột ({expected}); số liệu được đọc theo vị trí cột của biểu mẫu gốc. Hãy kiểm tra lại các cột và không đổi tên tiêu đề cột.",
  "locate.table.noRows":
    "Trang \"{sheet}\" có dấu biểu mẫu nhưng không còn dòng nào mang mã dòng (cột mã ẩn có thể đã bị xóa), nên không đọc được số liệu. Hãy chép số liệu sang biểu mẫu mới do phần mềm tạo.",
  "locate.row.missing":
    "Thiếu dòng {rowCode} \"{item}\". Dòng này được coi là không báo cáo. Nếu đã xóa nhầm, hãy chép số liệu sang biểu mẫu gốc.",
  "locate.row.unknownCode":
    "Dòng {row} có mã \"{code}\" không thuộc biểu mẫu nên được bỏ qua. Không nên sửa cột mã ẩn của biểu mẫu.",
  "locate.row.unknownCodeWithNumbers":
    "Dòng {row} có mã \"{code}\" không thuộc biểu mẫu nhưng có số liệu (ô {cell}: {values}); số liệu này không được tổng hợp. Hãy chuyển số liệu vào đúng dòng của biểu mẫu.",
  "locate.row.duplicateCode":
    "Dòng {row} là bản sao của dòng {rowCode} (dòng {first}) và có số liệu (ô {cell}: {values}); chỉ số liệu ở dòng {first} được đọc. Hãy gộp số liệu vào dòng {first} rồi xóa dòng sao chép.",
  "locate.row.duplicateCodeEmpty":
    "Dòng {row} là bản sao của dòng {rowCode} (dòng {first}) và được bỏ qua. Hãy xóa dòng sao chép.",
  "locate.row.uncoded":
    "Dòng {row} (\"{text}\") được chèn thêm vào bảng và có số liệu (ô {cell}: {values}); số liệu này không được tổng hợp. Nếu cần tính, hãy cộng vào dòng phù hợp của biểu mẫu rồi xóa dòng chèn thêm.",
  "locate.row.unmatched":
    "Dòng {row}: \"{text}\" không khớp với hoạt động nào của biểu mẫu nên được bỏ qua. Hãy ghi tên hoạt động đúng như biểu mẫu.",
  "locate.row.unmatchedWithNumbers":
    "Dòng {row}: \"{text}\" không khớp với hoạt động nào của biểu mẫu nhưng có số liệu (ô {cell}: {values}); số liệu này không được tổng hợp. Hãy ghi tên hoạt động đúng như biểu mẫu hoặc chuyển số liệu vào dòng phù hợp.",
  "locate.field.missing":
    "Không tìm thấy mục \"{item}\" của báo cáo; mục này được coi là không báo cáo. Hãy bổ sung mục này nếu có.",
  "locate.unit.fromFileName":
    "Chưa ghi tên đơn vị ở đầu biểu mẫu (mục \"ĐƠN VỊ\"); tạm dùng tên tệp \"{unit}\". Hãy ghi tên đơn vị để khi tổng hợp nhận đúng đơn vị.",
  "locate.year.assumed":
    "Không xác định được năm của báo cáo (không có ở tiêu đề, ngày báo cáo hay biểu mẫu); tạm coi là năm {year}, và khi tổng hợp báo cáo được tính vào năm đang tổng hợp. Hãy ghi năm ở tiêu đề (ví dụ \"... NĂM {year}\") hoặc ngày báo cáo, hoặc dùng biểu mẫu do phần mềm tạo.",

  "check.measure.count": "số lớp/số cuộc thi",
  "check.measure.people": "số người",
  "check.measure.amount": "kinh phí",

  "check.cell.negative": "Ô {cell} ({item}) có số âm {value}. Hãy nhập số nguyên từ 0 trở lên.",
  "check.cell.decimal":
    "Ô {cell} ({item}): {value} không phải số nguyên. Hãy nhập số nguyên (số lớp, số người, số tiền bằng đồng không có phần lẻ).",
  "check.cell.notAllowed":
    "Ô {cell} ({item}) phải để trống: đơn vị tính \"{unit}\" của dòng này không có {measureName}. Giá trị \"{text}\" không được tổng hợp; hãy xóa ô này hoặc chuyển số sang đúng cột.",
  "check.cell.textNumber":
    "Ô {cell} ({item}) chứa chữ \"{text}\" thay vì số; đã đọc là {value}. Hãy nhập lại ô này bằng số {value} (trong add-in: bấm Sửa).",
  "check.cell.textNumberUnsure":
    "Ô {cell} ({item}) chứa \"{text}\"; đã tạm đọc là {value}. Hãy kiểm tra và nhập lại ô này chỉ bằng chữ số.",
  "check.cell.notANumber":
    "Ô {cell} ({item}) chứa \"{text}\", không phải là số nên không được tổng hợp. Hãy nhập một số nguyên (ví dụ 15), hoặc để trống nếu không có số liệu.",
  "check.cell.ambiguous":
    "Ô {cell} ({item}): \"{text}\" có thể hiểu là {readingA} hoặc {readingB}, nên không được tổng hợp. Hãy nhập lại chỉ bằng chữ số, không dùng dấu chấm hay dấu phẩy (ví dụ 1500).",
  "check.cell.englishFormat":
    "Ô {cell} ({item}): \"{text}\" viết theo kiểu tiếng Anh (có thể là {reading}), nên không được tổng hợp. Hãy nhập lại chỉ bằng chữ số, không dùng dấu chấm hay dấu phẩy.",
  "check.cell.badSeparators":
    "Ô {cell} ({item}): \"{text}\" có dấu chấm, dấu phẩy đặt lẫn lộn nên không đọc được thành số. Hãy nhập lại chỉ bằng chữ số.",
  "check.cell.scaleWord":
    "Ô {cell} ({item}): \"{text}\" ghi tắt theo nghìn/triệu/tỷ nên không được tổng hợp. Hãy nhập số đầy đủ bằng chữ số (ví dụ 1,5 triệu đồng nhập là 1500000).",
  "check.cell.placeholder":
    "Ô {cell} ({item}) ghi \"{text}\"; được hiểu là không báo cáo (để trống). Nếu số liệu là 0, hãy nhập số 0; nếu không có số liệu, hãy xóa ô.",
  "check.cell.formulaError":
    "Ô {cell} ({item}) có lỗi công thức {error} nên không được tổng hợp. Hãy sửa công thức hoặc nhập số trực tiếp.",
  "check.cell.noCachedValue":
    "Ô {cell} ({item}) có công thức chưa được tính (tệp chưa được lưu bằng Excel); tạm coi là để trống. Hãy mở tệp bằng Excel, lưu lại rồi gửi lại.",
  "check.cell.dateValue":
    "Ô {cell} ({item}) chứa ngày tháng ({text}) thay vì số; Excel có thể đã tự đổi số vừa nhập thành ngày. Hãy định dạng ô là số rồi nhập lại.",
  "check.cell.moneySmall":
    "Ô {cell} ({item}): kinh phí {value} đồng là quá nhỏ, có thể đã nhập theo nghìn hoặc triệu đồng. Hãy nhập số tiền đầy đủ bằng đồng (ví dụ 1,5 triệu đồng nhập là 1500000).",

  "check.total.less":
    "Ô {cell}: tổng {total} ở dòng {rowCode} nhỏ hơn cộng các dòng {parts} ({sum}). Hãy sửa số tổng hoặc số ở các dòng chi tiết cho khớp.",
  "check.total.more":
    "Ô {cell}: tổng {total} ở dòng {rowCode} lớn hơn cộng các dòng {parts} ({sum}). Nếu có hoạt động chưa ghi vào dòng chi tiết, hãy bổ sung; nếu không, hãy sửa số tổng.",
  "check.pair.countOnly":
    "Dòng {rowCode} ({item}) có số lượng {count} nhưng chưa có số người. Hãy nhập số người tham gia vào ô {cell}.",
  "check.pair.peopleOnly":
    "Dòng {rowCode} ({item}) có {people} người nhưng chưa có số lớp/số cuộc. Hãy nhập số lượng vào ô {cell}.",
  "check.pair.peopleFewer":
    "Ô {cell} ({item}): {people} người nhưng có {count} ({unit}); mỗi lớp, cuộc thi hay buổi có ít nhất một người. Hãy kiểm tra lại số người và số lượng (có thể hai cột bị nhập đảo).",
  "check.outlier.peoplePerCount":
    "Ô {cell} ({item}): {people} người cho {count} ({unit}), bình quân {ratio} người mỗi lớp/cuộc/buổi, cao hơn mức thường gặp ({bound}). Hãy kiểm tra lại số người và số lượng.",
  "check.maxPerUnit":
    "Ô {cell} ({item}): {value}, nhưng một đơn vị chỉ báo cáo lễ khai mạc của chính mình (tối đa {max}). Hãy kiểm tra lại; báo cáo tổng hợp nhiều đơn vị thì dùng biểu tổng hợp.",
  "check.unit.altered":
    "Ô {cell}: đơn vị tính của dòng {rowCode} là \"{found}\" thay vì \"{expected}\" (biểu mẫu đã bị sửa), nên số liệu dòng này không được tổng hợp. Hãy sửa đơn vị tính về \"{expected}\" hoặc dùng lại biểu mẫu gốc.",
  "check.row.labelOfOther":
    "Ô {cell}: dòng mang mã {rowCode} lại có tên hoạt động của dòng {otherCode} (\"{text}\"); các dòng có thể đã bị sắp xếp làm lệch cột mã ẩn. Số liệu dòng này không được tổng hợp; hãy chép số liệu sang biểu mẫu gốc.",
  "check.row.labelAltered":
    "Ô {cell}: tên hoạt động của dòng {rowCode} đã bị sửa thành \"{text}\" (biểu mẫu: \"{expected}\"). Số liệu vẫn được tính cho dòng {rowCode}; hãy kiểm tra lại cho đúng nội dung.",
  "check.form.empty": "Biểu mẫu trên trang \"{sheet}\" chưa có số liệu nào. Hãy nhập số liệu rồi gửi lại.",

  "check.date.unreadable":
    "Ngày báo cáo ở ô {cell} (\"{text}\") không đọc được. Hãy nhập ngày dạng ngày/tháng/năm, ví dụ 12/10/{year}.",
  "check.date.future": "Ngày báo cáo {date} sau ngày hôm nay ({today}). Hãy kiểm tra lại ngày báo cáo.",
  "check.field.required": "Chưa ghi \"{item}\". Đây là mục bắt buộc; hãy ghi đầy đủ rồi gửi lại.",
  "check.field.choice": "Ô {cell} ({item}): \"{text}\" không có trong danh sách. Hãy chọn một trong các mục: {choices}.",
  "check.field.date":
    "Ô {cell} ({item}): \"{text}\" không phải một ngày hợp lệ. Hãy nhập một ngày dạng ngày/tháng/năm, ví dụ 06/10/{year}.",
  "check.ceremony.outsideWeek":
    "Ô {cell}: ngày khai mạc {date} nằm ngoài Tuần lễ năm {year} (từ {start} đến {end}). Hãy kiểm tra lại ngày.",
} as const;
