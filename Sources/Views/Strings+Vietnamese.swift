import Domain

extension Strings {
    /// Tiếng Việt: the interface's first language.
    public static let vietnamese = Strings(
        language: .vietnamese,
        skipToContent: "Bỏ qua, đến nội dung chính",
        navHome: "Trang chủ",
        navCourses: "Khóa học",
        navSearch: "Tìm kiếm",
        switchLanguage: "English",
        otherLanguage: .english,
        footerCentre: { centre, commune in "\(centre) – \(commune)" },
        footerNote: "Trung tâm học tập số: học tập suốt đời cho mọi người dân.",
        demoNotice: "Bản trình diễn: dữ liệu trên trang này là dữ liệu mẫu.",
        homeLead: "Học miễn phí các khóa học ngắn, thiết thực cho đời sống: kỹ năng số, nông nghiệp, pháp luật, sức khỏe, văn hóa đọc và nhiều hơn nữa. Đọc ngay trên điện thoại.",
        homeFieldsHeading: "Các lĩnh vực",
        homeCoursesHeading: "Khóa học",
        homeAllCourses: "Xem tất cả khóa học",
        searchLabel: "Tìm khóa học, bài học",
        searchPlaceholder: "Ví dụ: lừa đảo, VNeID, nuôi gà",
        searchButton: "Tìm",
        searchHint: "Gõ không dấu cũng được: “lua dao” tìm được “lừa đảo”.",
        searchTitle: { query in "Kết quả tìm kiếm cho “\(query)”" },
        searchEmptyQuery: "Nhập từ cần tìm vào ô trên.",
        searchNoResults: "Không tìm thấy kết quả nào. Hãy thử từ khác, ngắn hơn.",
        searchResultCount: { count in "Tìm thấy \(count) kết quả" },
        searchInLesson: { number in "Bài \(number)" },
        catalogueTitle: "Khóa học",
        catalogueLead: "Chọn một lĩnh vực hoặc một khóa học để bắt đầu.",
        allFields: "Tất cả",
        courseCount: { count in "\(count) khóa học" },
        seeAllInField: { count in "Xem tất cả \(count) khóa học" },
        courseField: "Lĩnh vực",
        courseDuration: { hours in "Thời lượng: khoảng \(hours) giờ" },
        courseLessonCount: { count in "\(count) bài học" },
        courseIndicators: "Chỉ số Công dân học tập",
        courseIndicatorsHelp: "Khóa học giúp bạn đạt các chỉ số tự đánh giá sau (bộ 10 chỉ số):",
        courseGroups: "Phù hợp với",
        courseContents: "Nội dung khóa học",
        courseStart: "Bắt đầu học",
        fieldName: { $0.vietnameseName },
        groupName: { $0.vietnameseName },
        lessonPosition: { number, total in "Bài \(number)/\(total)" },
        lessonMinutes: { minutes in "\(minutes) phút" },
        lessonPrevious: "Bài trước",
        lessonNext: "Bài tiếp theo",
        lessonBackToCourse: "Về trang khóa học",
        pagePrevious: "Trang trước",
        pageNext: "Trang sau",
        pagePosition: { page, pages in "Trang \(page)/\(pages)" },
        pagination: "Phân trang",
        breadcrumb: "Bạn đang ở",
        errorTitle: { status in
            switch status {
            case 400: "Yêu cầu không hợp lệ"
            case 404: "Không tìm thấy trang"
            case 405: "Không hỗ trợ thao tác này"
            case 413: "Dữ liệu gửi lên quá lớn"
            case 414: "Địa chỉ quá dài"
            case 507: "Chưa lưu được dữ liệu"
            case 503: "Máy chủ đang khởi động lại"
            default: "Đã có lỗi xảy ra"
            }
        },
        errorMessage: { status in
            switch status {
            case 400: "Địa chỉ hoặc dữ liệu gửi lên có ký tự không đọc được. Hãy kiểm tra lại đường dẫn."
            case 404: "Trang bạn tìm không có hoặc đã được chuyển đi. Hãy tìm khóa học bằng ô tìm kiếm."
            case 405: "Trang này không nhận thao tác đó."
            case 414: "Đường dẫn dài quá mức cho phép. Hãy kiểm tra lại địa chỉ hoặc tìm bằng từ khóa ngắn hơn."
            case 413: "Tệp hoặc nội dung gửi lên vượt quá giới hạn cho phép."
            case 507: "Máy chủ của trung tâm tạm thời không ghi được dữ liệu (ổ đĩa đầy hoặc chỉ cho đọc), nên những gì bạn vừa gửi chưa được lưu. Bạn vẫn xem được các trang. Hãy bấm nút Quay lại của trình duyệt để giữ nội dung đã nhập, gửi lại sau ít phút, và báo cho cán bộ trung tâm."
            case 503: "Máy chủ đang dừng để khởi động lại. Xin thử lại sau ít phút."
            default: "Máy chủ gặp sự cố khi xử lý yêu cầu. Xin thử lại sau ít phút; nếu vẫn lỗi, hãy báo cho cán bộ trung tâm."
            }
        },
        errorBackHome: "Về trang chủ",
        account: .vietnamese,
        profile: .vietnamese,
        residentImport: .vietnamese,
        classes: .vietnamese,
        classAdmin: .vietnamese,
        checkIn: .vietnamese,
        feeds: .vietnamese,
        attendance: .vietnamese,
        announcement: .vietnamese,
        week: .vietnamese,
        weekAdmin: .vietnamese,
        weekReport: .vietnamese,
        communeReport: .vietnamese,
        selfAssessment: .vietnamese,
        criteria: .vietnamese,
        banner: .vietnamese,
        record: .vietnamese,
        weekdays: ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"],
        admin: .vietnamese,
        centre: .vietnamese
    )
}
