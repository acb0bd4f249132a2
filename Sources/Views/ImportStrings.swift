/// The sentences of importing residents from a CSV file.
public struct ImportStrings: Sendable {
    public var title: String
    public var lead: String
    public var columns: String
    public var consentReminder: String
    public var file: String
    public var fileHint: String
    public var upload: String
    public var errorNoFile: String
    public var errorFile: @Sendable (String) -> String
    public var previewTitle: @Sendable (_ fileName: String) -> String
    public var summary: @Sendable (_ valid: Int, _ invalid: Int) -> String
    public var fixAndRetry: String
    public var readyToCommit: @Sendable (Int) -> String
    public var confirm: String
    public var consentConfirm: String
    public var errorConsent: String
    public var line: String
    public var problems: String
    public var errorRowsHeading: String
    public var sampleHeading: @Sendable (_ shown: Int, _ total: Int) -> String
    public var moreErrors: @Sendable (Int) -> String
    public var gone: String
    public var phonesTaken: @Sendable (String) -> String
    public var done: @Sendable (Int) -> String
    public var nextSteps: String

    public static let vietnamese = ImportStrings(
        title: "Nhập danh sách người dân từ tệp CSV",
        lead: "Tải lên tệp CSV xuất từ Excel (UTF-8, dấu phẩy hoặc chấm phẩy). Trước khi lưu, bạn xem lại từng dòng; chỉ lưu khi mọi dòng đều hợp lệ.",
        columns: "Cột bắt buộc: Họ và tên, Số điện thoại. Cột tùy chọn: Năm sinh, Giới tính, Thôn, Nhóm, Chủ hộ, Dân tộc, CCCD. Trùng số điện thoại được báo lỗi, không bao giờ gộp.",
        consentReminder: "Chỉ nhập những người đã ký đồng ý cho trung tâm xử lý dữ liệu cá nhân (giữ bản giấy tại trung tâm).",
        file: "Tệp CSV",
        fileHint: "Trong Excel: Tệp → Lưu thành → CSV UTF-8. Tối đa khoảng 10.000 dòng.",
        upload: "Tải lên và xem trước",
        errorNoFile: "Hãy chọn một tệp CSV.",
        errorFile: { "Không đọc được tệp: \($0)" },
        previewTitle: { "Xem trước: \($0)" },
        summary: { valid, invalid in "\(valid) dòng hợp lệ, \(invalid) dòng có lỗi." },
        fixAndRetry: "Chưa lưu gì. Hãy sửa các dòng lỗi trong Excel rồi tải tệp lên lại.",
        readyToCommit: { "Mọi dòng đều hợp lệ. Bấm xác nhận để tạo \($0) tài khoản người dân (tất cả cùng lúc)." },
        confirm: "Xác nhận nhập",
        consentConfirm: "Tôi xác nhận mọi người trong danh sách đã ký đồng ý cho trung tâm xử lý dữ liệu cá nhân.",
        errorConsent: "Chưa lưu gì: hãy đánh dấu xác nhận rằng mọi người đã ký đồng ý.",
        line: "Dòng",
        problems: "Lỗi",
        errorRowsHeading: "Các dòng có lỗi",
        sampleHeading: { shown, total in "\(shown) dòng đầu trong \(total) dòng hợp lệ" },
        moreErrors: { "Còn \($0) dòng lỗi nữa không hiển thị." },
        gone: "Tệp này đã được nhập hoặc đã hết hạn. Hãy tải lên lại nếu cần.",
        phonesTaken: { "Chưa lưu gì: các số điện thoại sau vừa có tài khoản: \($0). Hãy tải tệp lên lại để xem trước." },
        done: { "Đã tạo \($0) tài khoản người dân." },
        nextSteps: "Người dân đăng nhập được sau khi cán bộ in mã đặt mật khẩu cho họ."
    )

    public static let english = ImportStrings(
        title: "Import residents from a CSV file",
        lead: "Upload a CSV file saved from Excel (UTF-8, comma or semicolon). You review every row first; nothing is saved unless every row is valid.",
        columns: "Required columns: full name, phone number. Optional: birth year, sex, village, group, head of household, ethnicity, CCCD. Duplicate phone numbers are reported, never merged.",
        consentReminder: "Only import people who signed their consent to the centre processing their data (keep the paper at the centre).",
        file: "CSV file",
        fileHint: "In Excel: File → Save as → CSV UTF-8. About 10,000 rows at most.",
        upload: "Upload and preview",
        errorNoFile: "Please choose a CSV file.",
        errorFile: { "The file could not be read: \($0)" },
        previewTitle: { "Preview: \($0)" },
        summary: { valid, invalid in "\(valid) valid rows, \(invalid) rows with errors." },
        fixAndRetry: "Nothing was saved. Fix the rows with errors in Excel and upload the file again.",
        readyToCommit: { "Every row is valid. Confirm to create \($0) resident accounts (all at once)." },
        confirm: "Confirm the import",
        consentConfirm: "I confirm that everyone on the list signed their consent to the centre processing their data.",
        errorConsent: "Nothing was saved: please tick to confirm that everyone signed their consent.",
        line: "Line",
        problems: "Errors",
        errorRowsHeading: "Rows with errors",
        sampleHeading: { shown, total in "The first \(shown) of \(total) valid rows" },
        moreErrors: { "\($0) more rows with errors are not shown." },
        gone: "This file was already imported or has expired. Upload it again if needed.",
        phonesTaken: { "Nothing was saved: these phone numbers have just been registered: \($0). Upload the file again to preview it." },
        done: { "Created \($0) resident accounts." },
        nextSteps: "Residents can sign in once staff print them a password code."
    )
}
