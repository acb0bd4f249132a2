import Foundation
import MicroHTTP
import Testing
import TestSupport

/// The Week's A4 programme printed by headless Chromium to PDF, then read back with poppler's
/// `pdfinfo` and `pdftotext` (Debian poppler-utils): what the noticeboard will actually show.
/// Enabled as the other browser tests are.
@Suite(.serialized, .enabled(if: WebDriver.isAvailable || ProcessInfo.processInfo.environment["CI"] == "true"))
struct WeekPrintBrowserTests {
    @Test func theProgrammePrintsOnA4() throws {
        let app = try WeekAnnouncementTests.demo()
        let server = try ClassBrowserTests.serve(app)
        defer { server.stop() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hoctap-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("chuong-trinh.pdf").path
        // In Vietnamese, as a browser in Vietnam asks; its own profile, apart from any other test's browser.
        let printed = try Self.run(WebDriver.browserPath, [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--accept-lang=vi-VN,vi",
            "--user-data-dir=\(folder.path)/profile", "--print-to-pdf=\(pdf)", "--no-pdf-header-footer",
            "http://127.0.0.1:\(server.port)/tuan-le-hoc-tap/2026/in",
        ])
        #expect(printed.status == 0, "\(printed.errors)")

        // Fifteen events fit on one sheet (measured: one page of 594.96 x 841.92 pts).
        let info = try Self.run("/usr/bin/pdfinfo", [pdf]).output
        #expect(info.contains("\nPages:           1\n"), "\(info)")
        #expect(info.contains("(A4)"), "\(info)")
        // In content order, so each cell's lines come together; joined again as one line.
        let text = try Self.run("/usr/bin/pdftotext", ["-raw", pdf, "-"]).output
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.hasPrefix("ỦY BAN NHÂN DÂN XÃ THỬ NGHIỆM TTHTCĐ THỬ NGHIỆM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
                               + "Độc lập - Tự do - Hạnh phúc CHƯƠNG TRÌNH TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM 2026 "
                               + "Ngày Thời gian Nội dung Địa điểm Đơn vị tổ chức Thứ Năm, 01/10/2026 07:30–09:30"), "\(text)")
        for event in try app.database.events(year: 2026) {
            #expect(text.contains(event.courseClass.title), "\(event.courseClass.title)")
        }
        #expect(!text.contains("In chương trình") && !text.contains("TTHTCĐ Thử Nghiệm"), "no button, site header or footer")
        // The sheet's own 15 mm margins (the paper rosters keep 12 mm): no word starts nearer the edge.
        let boxes = try Self.run("/usr/bin/pdftotext", ["-bbox", pdf, "-"]).output
        let corners = boxes.split(separator: "\n").filter { $0.contains("<word ") }.compactMap { line -> (x: Double, y: Double)? in
            guard let x = Self.attribute("xMin", in: line), let y = Self.attribute("yMin", in: line) else { return nil }
            return (x, y)
        }
        let millimetre = 72 / 25.4
        #expect(corners.map(\.x).min().map { (15 * millimetre..<18 * millimetre).contains($0) } == true)
        #expect(corners.map(\.y).min().map { (15 * millimetre..<18 * millimetre).contains($0) } == true)
    }

    private static func attribute(_ name: String, in line: Substring) -> Double? {
        guard let start = line.firstRange(of: name + "=\"") else { return nil }
        return Double(line[start.upperBound...].prefix { $0 != "\"" })
    }

    /// A program's output as text.
    static func run(_ path: String, _ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let result = try Program.run(path, arguments)
        return (result.status, String(decoding: result.output, as: UTF8.self), String(decoding: result.errors, as: UTF8.self))
    }
}

/// The Week report, printed by a signed-in staff member's browser: the paper the commune files.
@Suite(.serialized, .enabled(if: WebDriver.isAvailable || ProcessInfo.processInfo.environment["CI"] == "true"))
struct WeekReportBrowserTests {
    @Test func theReportPrintsAsAnOfficialPaper() async throws {
        let (app, _) = try WeekReportWebTests.app()
        let server = try ClassBrowserTests.serve(app)
        defer { server.stop() }
        let folder = TemporaryDirectory()
        let browser = try await WebDriver(width: 1280)
        do {
            try await browser.open("http://127.0.0.1:\(server.port)/dang-nhap?tiep=%2Fquan-tri%2Ftuan-le%2F2026%2Fbao-cao")
            try await browser.type("0987000111", into: "#phone")
            try await browser.type("mật khẩu cán bộ", into: "#password")
            try await browser.click("form button[type=submit]")
            #expect(try await browser.waitForURL(endingWith: "/quan-tri/tuan-le/2026/bao-cao"))
            let pdf = folder.path + "/bao-cao.pdf"
            try Data(try await browser.printToPDF()).write(to: URL(fileURLWithPath: pdf))
            await browser.quit()

            let info = try WeekPrintBrowserTests.run("/usr/bin/pdfinfo", [pdf]).output
            #expect(info.contains("(A4)"), "\(info)")
            let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") }
            #expect(pages.map { (1...2).contains($0) } == true, "six small tables fit on one or two sheets: \(info)")
            let text = try WeekPrintBrowserTests.run("/usr/bin/pdftotext", ["-raw", pdf, "-"]).output
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(text.hasPrefix("ỦY BAN NHÂN DÂN XÃ THỬ NGHIỆM TTHTCĐ THỬ NGHIỆM"), "\(text.prefix(200))")
            for expected in ["BÁO CÁO KẾT QUẢ TỔ CHỨC TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM 2026", "Lượt người tham gia 6",
                             "Số người tham gia (mỗi người tính một lần) 5", "Bắc Sơn 3 4", "6. Theo độ tuổi", "Nơi nhận:", "GIÁM ĐỐC"] {
                #expect(text.contains(expected), "\(expected)")
            }
            #expect(!text.contains("In báo cáo") && !text.contains("Tải CSV"), "no button or link on paper")
        } catch {
            await browser.quit()
            throw error
        }
    }
}
