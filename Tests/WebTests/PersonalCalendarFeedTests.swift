import Domain
import Foundation
import MicroHTTP
import Storage
import Testing
import TestSupport

/// A resident's own feed behind a secret address, and `/ca-nhan/lich` where they make or revoke it.
@Suite struct PersonalCalendarFeedTests {
    /// The secret token in the address the page shows once.
    static func token(in response: Response) -> String? {
        guard let range = response.text.range(of: "/lich/rieng/[0-9a-f]{64}\\.ics", options: .regularExpression) else { return nil }
        return String(response.text[range].dropFirst("/lich/rieng/".count).dropLast(4))
    }

    @Test func theFeedHasOnlyThePersonsSeatedClasses() throws {
        let (app, seatedClass, sessions) = try CalendarFeedTests.setUp(capacity: 1)
        let other = try app.database.createClass(CourseClass(id: 0, courseSlug: nil, title: "Tin học cơ bản", field: .digitalSkills,
                                                             venue: Venue(kind: .centre), capacity: 5), by: .system(now: 0))
        let otherSession = try app.database.addSessions(classID: other.id, times: [(sessions[2].startsAt, sessions[2].endsAt)],
                                                        by: .system(now: 0))[0]
        let an = try Visit.signedIn(as: .resident, in: app, phone: "0912000001", name: "Nguyễn Văn An")
        let binh = try Visit.signedIn(as: .resident, in: app, phone: "0912000002", name: "Trần Thị Bình")
        an.post("/lop/\(seatedClass.id)/dang-ky", [("action", "enrol")])
        binh.post("/lop/\(seatedClass.id)/dang-ky", [("action", "enrol")])
        binh.post("/lop/\(other.id)/dang-ky", [("action", "enrol")])

        let anToken = try #require(Self.token(in: an.post("/ca-nhan/lich", [("action", "create")])))
        let binhToken = try #require(Self.token(in: binh.post("/ca-nhan/lich", [("action", "create")])))
        let response = app.get("/lich/rieng/\(anToken).ics")
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "text/calendar; charset=utf-8")
        #expect(response.header("Content-Disposition") == "inline; filename=\"lich-rieng.ics\"")
        #expect(response.header("Cache-Control") == "no-store, private")
        #expect(CalendarFeedTests.unfolded(response).contains("X-WR-CALNAME:Lịch học của tôi – TTHTCĐ Thử Nghiệm"))
        #expect(Set(CalendarFeedTests.events(response).keys) == [CalendarFeedTests.uid(sessions[1]), CalendarFeedTests.uid(sessions[2])])
        let waiting = app.get("/lich/rieng/\(binhToken).ics")
        #expect(Set(CalendarFeedTests.events(waiting).keys) == [CalendarFeedTests.uid(otherSession)], "a waiting place is not in the feed")
    }

    @Test func aNewAddressRevokesTheOldAndRevokingEndsIt() throws {
        let (app, courseClass, _) = try CalendarFeedTests.setUp()
        let an = try Visit.signedIn(as: .resident, in: app, phone: "0912000001", name: "Nguyễn Văn An")
        an.post("/lop/\(courseClass.id)/dang-ky", [("action", "enrol")])
        let first = try #require(Self.token(in: an.post("/ca-nhan/lich", [("action", "create")])))
        #expect(app.get("/lich/rieng/\(first).ics").status == 200)
        let second = try #require(Self.token(in: an.post("/ca-nhan/lich", [("action", "create")])))
        #expect(first != second)
        #expect(app.get("/lich/rieng/\(first).ics").status == 404, "replaced")
        #expect(app.get("/lich/rieng/\(second).ics").status == 200)

        let revoked = an.post("/ca-nhan/lich", [("action", "revoke")])
        #expect(revoked.status == 200 && revoked.text.contains("Đã thu hồi địa chỉ lịch."))
        #expect(revoked.text.contains("Bạn chưa có địa chỉ lịch riêng."))
        #expect(app.get("/lich/rieng/\(second).ics").status == 404, "revoked")
        #expect(app.get("/lich/rieng/\(String(repeating: "0", count: 64)).ics").status == 404, "unknown")
        #expect(app.get("/lich/rieng/\(second.uppercased()).ics").status == 404, "not a token")
        #expect(an.post("/ca-nhan/lich", [("action", "xoa")]).status == 400)
    }

    /// The address is shown once, absolute when the public address is known; the page keeps no copy.
    @Test func thePageExplainsAndShowsTheAddressOnlyOnce() throws {
        let (app, _, _) = try CalendarFeedTests.setUp()
        #expect(Visit(app).get("/ca-nhan/lich").header("Location") == "/dang-nhap?tiep=%2Fca-nhan%2Flich")
        let an = try Visit.signedIn(as: .resident, in: app, phone: "0912000001", name: "Nguyễn Văn An")
        #expect(an.get("/ca-nhan").text.contains("href=\"/ca-nhan/lich\""))
        let empty = an.get("/ca-nhan/lich")
        #expect(empty.status == 200 && empty.text.contains("Bạn chưa có địa chỉ lịch riêng."))
        #expect(empty.text.contains("Thêm lịch → Từ URL") && empty.text.contains("iPhone"))
        #expect(empty.text.contains("name=\"csrf\""))

        let created = an.post("/ca-nhan/lich", [("action", "create")])
        let token = try #require(Self.token(in: created))
        #expect(created.header("Cache-Control") == "no-store")
        #expect(created.text.contains("value=\"https://hoctap.example.vn/lich/rieng/\(token).ics\""))
        #expect(created.text.contains("chỉ hiện một lần"))
        let later = an.get("/ca-nhan/lich")
        #expect(Self.token(in: later) == nil)
        #expect(later.text.contains("Bạn đang có một địa chỉ lịch riêng.") && later.text.contains("Thu hồi địa chỉ"))
    }

    @Test func withoutAPublicAddressThePageShowsThePath() throws {
        let (app, _, _) = try CalendarFeedTests.setUp(publicURL: nil)
        let an = try Visit.signedIn(as: .resident, in: app, phone: "0912000001")
        let created = an.post("/ca-nhan/lich", [("action", "create")])
        let token = try #require(Self.token(in: created))
        #expect(created.text.contains("value=\"/lich/rieng/\(token).ics\""))
    }
}
