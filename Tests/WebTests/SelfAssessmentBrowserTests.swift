import Domain
import Foundation
import Storage
import Testing
import TestSupport

/// The self-assessment in real browsers: a resident with evidence fills in and submits the
/// form on a phone, the association's reviewer confirms it on a desktop, and the resident
/// prints their lifelong learning record (checked with `pdftotext`).
@Suite(.serialized, .enabled(if: WebDriver.isAvailable || ProcessInfo.processInfo.environment["CI"] == "true"))
struct SelfAssessmentBrowserTests {
    @Test func aResidentSubmitsAReviewerConfirmsAndTheRecordPrints() async throws {
        let (app, _, person) = try SelfAssessmentWebTests.app()
        _ = try Visit.signedIn(as: .staff, in: app, phone: "0987000222", name: "Hội Khuyến học xã")
        let server = try ClassBrowserTests.serve(app)
        defer { server.stop() }
        let site = "http://127.0.0.1:\(server.port)"

        let phone = try await WebDriver(width: 360)
        do {
            try await phone.open(site + "/dang-nhap?tiep=" + Visit.encode("/ca-nhan/tu-danh-gia/2026"))
            try await Self.signIn(phone, as: "0912000001")
            #expect(try await phone.waitForURL(endingWith: "/ca-nhan/tu-danh-gia/2026"))
            #expect(try await phone.evaluate("return document.querySelector('#score-3').value") as? String == "6", "the suggestion is filled in")
            for number in 1...10 {
                try await phone.clear("#score-\(number)")
                try await phone.type(number == 6 ? "5" : "9", into: "#score-\(number)")
            }
            try await phone.type("Đã học lớp VNeID ở trung tâm", into: "#note-5")
            try await phone.click("button[value=submit]")
            // The form posts to its own address: wait for the answer's text, not for a new URL.
            let submitted = try await Self.waitForText("Đã nộp.", in: phone)
            #expect(submitted.contains("Đã nộp. Hội Khuyến học xã sẽ xem và xác nhận.") && submitted.contains("Tổng điểm: 86/100"))
            let overflow = try await phone.evaluate("return document.documentElement.scrollWidth - document.documentElement.clientWidth") as? Int
            #expect(overflow == 0, "the form fits a 360 px phone")
            try await ClassBrowserTests.keep(phone, "360-tu-danh-gia")
        } catch {
            await phone.quit()
            throw error
        }

        let desktop = try await WebDriver(width: 1280)
        do {
            try await desktop.open(site + "/dang-nhap?tiep=" + Visit.encode("/quan-tri/tu-danh-gia"))
            try await Self.signIn(desktop, as: "0987000222")
            #expect(try await desktop.waitForURL(endingWith: "/quan-tri/tu-danh-gia"))
            let form = try #require(try app.database.selfAssessment(personID: person.id, year: 2026))
            try await desktop.click("main ul.schedule a")
            #expect(try await desktop.waitForURL(endingWith: "/quan-tri/tu-danh-gia/\(form.id)"))
            try await desktop.click("form:has(input[value=confirm]) button")
            #expect(try await Self.waitForText("Đã xác nhận phiếu.", in: desktop).contains("Đã xác nhận phiếu."))
        } catch {
            await desktop.quit()
            await phone.quit()
            throw error
        }
        await desktop.quit()
        #expect(try app.database.selfAssessment(personID: person.id, year: 2026)?.status == .confirmed)

        do {
            try await phone.open(site + "/ca-nhan/ho-so")
            let folder = TemporaryDirectory()
            let pdf = folder.path + "/ho-so.pdf"
            try Data(try await phone.printToPDF()).write(to: URL(fileURLWithPath: pdf))
            await phone.quit()
            let text = try WeekPrintBrowserTests.run("/usr/bin/pdftotext", ["-raw", pdf, "-"]).output
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            for expected in ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Lò Thị Hoa", "Dùng VNeID", "Tọa đàm: Đọc sách cùng con"] {
                #expect(text.contains(expected), "\(expected) in \(text.prefix(400))")
            }
        } catch {
            await phone.quit()
            throw error
        }
    }

    /// The page's main text once it contains `text` (or after five seconds, for the failure message).
    static func waitForText(_ text: String, in browser: WebDriver) async throws -> String {
        var main = ""
        for _ in 0..<100 {
            main = (try? await browser.text("main")) ?? ""
            if main.contains(text) { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        return main
    }

    static func signIn(_ browser: WebDriver, as phone: String) async throws {
        try await browser.type(phone, into: "#phone")
        try await browser.type("mật khẩu cán bộ", into: "#password")
        try await browser.click("main form button[type=submit]")
    }
}
