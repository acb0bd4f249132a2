import Domain
import Foundation
import MicroHTTP
import Storage
import Testing
import TestSupport
import Views

/// The public calendar feeds, `/lich.ics` and `/lop/{id}.ics`, through the responder.
@Suite struct CalendarFeedTests {
    static let publicURL = "https://hoctap.example.vn/"

    /// A class at the village hall with a guest instructor and a partner, and sessions at
    /// 19:00 forty days ago, two days ago, in three days and in two hundred days.
    static func setUp(publicURL: String? = Self.publicURL, capacity: Int = 5) throws -> (TestApp, CourseClass, [ClassSession]) {
        let app = try TestApp(site: SiteInfo(centreName: "TTHTCĐ Thử Nghiệm", communeName: "Xã Thử Nghiệm", publicURL: publicURL))
        let actor = Actor.system(now: app.clock.now - 86_400)
        let village = try app.database.createVillage(name: "Bắc Sơn", kind: .thon, by: actor)
        let courseClass = try app.database.createClass(CourseClass(
            id: 0, courseSlug: nil, title: "Sơ cứu ban đầu; băng bó, cầm máu", field: .health,
            venue: Venue(kind: .villageHall, name: "Nhà văn hóa thôn Bắc Sơn"), villageID: village.id,
            guestInstructor: "BS. Lò Thị Mai", partner: "Trạm y tế xã", capacity: capacity), by: actor)
        let today = DateText.startOfDay(unixSeconds: app.clock.now)
        let times = [-40, -2, 3, 200].map { (startsAt: today + Int64($0) * 86_400 + 19 * 3600, endsAt: today + Int64($0) * 86_400 + 21 * 3600) }
        let sessions = try app.database.addSessions(classID: courseClass.id, times: times, by: actor)
        return (app, courseClass, sessions)
    }

    /// The feed's text with folded lines joined again (every CRLF followed by a space removed).
    static func unfolded(_ response: Response) -> String {
        response.text.replacingOccurrences(of: "\r\n ", with: "")
    }

    /// The feed's events after unfolding, by UID, each as its content lines.
    static func events(_ response: Response) -> [String: [String]] {
        let lines = unfolded(response).components(separatedBy: "\r\n")
        var events: [String: [String]] = [:]
        var current: [String]?
        for line in lines {
            switch line {
            case "BEGIN:VEVENT": current = []
            case "END:VEVENT":
                let event = current ?? []
                events[event.first { $0.hasPrefix("UID:") }.map { String($0.dropFirst(4)) } ?? ""] = event
                current = nil
            default: current?.append(line)
            }
        }
        return events
    }

    static func uid(_ session: ClassSession) -> String { "buoi-\(session.id)@hoctap" }

    @Test func theScheduleFeedHasTheWindowsSessionsWithCalendarHeaders() throws {
        let (app, courseClass, sessions) = try Self.setUp()
        let response = app.get("/lich.ics")
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "text/calendar; charset=utf-8")
        #expect(response.header("Content-Disposition") == "inline; filename=\"lich.ics\"")
        #expect(response.header("Cache-Control") == "no-cache")
        #expect(response.header("Set-Cookie") == nil, "a feed sets no cookie")
        let events = Self.events(response)
        #expect(Set(events.keys) == [Self.uid(sessions[1]), Self.uid(sessions[2])], "30 days back, 180 ahead")
        let event = try #require(events[Self.uid(sessions[2])])
        let unfolded = Self.unfolded(response)
        #expect(unfolded.contains("X-WR-CALNAME:Lịch học – TTHTCĐ Thử Nghiệm"))
        #expect(unfolded.contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh"))
        #expect(event.contains("SUMMARY:Sơ cứu ban đầu\\; băng bó\\, cầm máu"))
        #expect(event.contains("LOCATION:Nhà văn hóa thôn Bắc Sơn\\, Thôn Bắc Sơn"))
        #expect(event.contains("DESCRIPTION:Giảng viên\\, báo cáo viên: BS. Lò Thị Mai\\nPhối hợp: Trạm y tế xã\\n"
                               + "Trang lớp: https://hoctap.example.vn/lop/\(courseClass.id)"))
        #expect(event.contains("URL:https://hoctap.example.vn/lop/\(courseClass.id)"))
        #expect(event.contains("DTSTART;TZID=Asia/Ho_Chi_Minh:20260924T190000"))
        #expect(event.contains("SEQUENCE:0") && event.contains("STATUS:CONFIRMED"))
        #expect(app.get("/lich").text.contains("href=\"/lich.ics\""))
    }

    @Test func theClassFeedHasAllItsSessionsAndAnUnknownClassIsNotFound() throws {
        let (app, courseClass, sessions) = try Self.setUp()
        let response = app.get("/lop/\(courseClass.id).ics")
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "text/calendar; charset=utf-8")
        #expect(response.header("Content-Disposition") == "inline; filename=\"lop-\(courseClass.id).ics\"")
        #expect(response.header("Cache-Control") == "no-cache")
        #expect(Set(Self.events(response).keys) == Set(sessions.map(Self.uid)))
        #expect(Self.unfolded(response).contains("X-WR-CALNAME:Sơ cứu ban đầu\\; băng bó\\, cầm máu – TTHTCĐ Thử Nghiệm"))
        #expect(app.get("/lop/999.ics").status == 404)
        #expect(app.get("/lop/\(courseClass.id)").text.contains("href=\"/lop/\(courseClass.id).ics\""))
        #expect(app.get("/lop/\(courseClass.id)").text.contains("Thêm vào lịch (iCalendar)"))
    }

    /// Without a public address there is no URL property, and the description gives the path.
    @Test func withoutAPublicAddressTheURLIsLeftOut() throws {
        let (app, courseClass, sessions) = try Self.setUp(publicURL: nil)
        let event = try #require(Self.events(app.get("/lich.ics"))[Self.uid(sessions[2])])
        #expect(!event.contains { $0.hasPrefix("URL") })
        #expect(event.contains { $0.hasPrefix("DESCRIPTION:") && $0.hasSuffix("Trang lớp: /lop/\(courseClass.id)") })
    }

    @Test func aMovedSessionKeepsItsUIDAndRaisesItsSequence() throws {
        let (app, courseClass, sessions) = try Self.setUp()
        let moved = sessions[2]
        app.clock.advance(by: 3_600)
        try app.database.moveSession(id: moved.id, startsAt: moved.startsAt + 86_400, endsAt: moved.endsAt + 86_400,
                                     by: .system(now: app.clock.now))
        for path in ["/lich.ics", "/lop/\(courseClass.id).ics"] {
            let event = try #require(Self.events(app.get(path))[Self.uid(moved)], "\(path)")
            #expect(event.contains("SEQUENCE:1") && event.contains("STATUS:CONFIRMED"), "\(path)")
            #expect(event.contains("DTSTART;TZID=Asia/Ho_Chi_Minh:20260925T190000"), "\(path)")
            #expect(event.contains("LAST-MODIFIED:20260921T151320Z"), "\(path): the time it moved")
        }
    }

    @Test func aCancelledSessionStaysAsCancelled() throws {
        let (app, courseClass, sessions) = try Self.setUp()
        try app.database.cancelSession(id: sessions[1].id, by: .system(now: app.clock.now))
        let event = try #require(Self.events(app.get("/lop/\(courseClass.id).ics"))[Self.uid(sessions[1])])
        #expect(event.contains("STATUS:CANCELLED") && event.contains("SEQUENCE:1"))
        #expect(event.contains { $0.hasPrefix("DESCRIPTION:Buổi học này đã hủy.\\n") })
        let kept = try #require(Self.events(app.get("/lich.ics"))[Self.uid(sessions[2])])
        #expect(kept.contains("STATUS:CONFIRMED"))
    }

    /// Long Vietnamese text is folded: every physical line ends with CRLF and holds at most 75 octets.
    @Test func linesEndWithCRLFAndHoldAtMost75Octets() throws {
        let (app, courseClass, _) = try Self.setUp()
        var changed = courseClass
        changed.partner = String(repeating: "Hội Liên hiệp Phụ nữ xã phối hợp cùng Đoàn Thanh niên, ", count: 3)
        try app.database.updateClass(changed, by: .system(now: app.clock.now))
        for path in ["/lich.ics", "/lop/\(courseClass.id).ics"] {
            let bytes = app.get(path).body
            #expect(bytes.suffix(2) == [13, 10], "\(path)")
            var lines: [[UInt8]] = [[]]
            for (index, byte) in bytes.enumerated() {
                if byte == 10 {
                    #expect(index > 0 && bytes[index - 1] == 13, "\(path): a bare LF")
                    lines.append([])
                } else {
                    lines[lines.count - 1].append(byte)
                }
            }
            #expect(lines.allSatisfy { $0.count <= 75 + 1 }, "\(path): at most 75 octets before the CR")
            #expect(lines.contains { $0.first == 32 }, "\(path): long lines are folded")
            #expect(lines.dropLast().allSatisfy { $0.last == 13 })
        }
    }
}
