import Domain
import Foundation
import Testing
import TestSupport

/// The three feeds as a calendar app reads them: Python's `icalendar` (Debian
/// `python3-icalendar`) parses what the responder sent. Enabled as `ICalendarParserTests`
/// is: always on CI, elsewhere when the package is installed.
@Suite(.enabled(if: SystemPython.canImport("icalendar") || ProcessInfo.processInfo.environment["CI"] == "true"))
struct CalendarFeedParserTests {
    struct ParsedCalendar: Decodable, Equatable {
        var name: String
        var zones: [String]
        var events: [ParsedEvent]
    }

    struct ParsedEvent: Decodable, Equatable {
        var uid, summary, location, url, start, end, status: String
        var sequence: Int
    }

    @Test func pythonIcalendarReadsTheThreeFeeds() throws {
        let (app, courseClass, sessions) = try CalendarFeedTests.setUp()
        let an = try Visit.signedIn(as: .resident, in: app, phone: "0912000001")
        an.post("/lop/\(courseClass.id)/dang-ky", [("action", "enrol")])
        let token = try #require(PersonalCalendarFeedTests.token(in: an.post("/ca-nhan/lich", [("action", "create")])))
        try app.database.moveSession(id: sessions[2].id, startsAt: sessions[2].startsAt + 3_600, endsAt: sessions[2].endsAt + 3_600,
                                     by: .system(now: app.clock.now))
        try app.database.cancelSession(id: sessions[1].id, by: .system(now: app.clock.now))

        let calendars = try FeedParser.parse(["/lich.ics", "/lop/\(courseClass.id).ics", "/lich/rieng/\(token).ics"].map { app.get($0).body })
        #expect(calendars.map(\.name) == ["Lịch học – TTHTCĐ Thử Nghiệm", "Sơ cứu ban đầu; băng bó, cầm máu – TTHTCĐ Thử Nghiệm",
                                          "Lịch học của tôi – TTHTCĐ Thử Nghiệm"])
        #expect(calendars.allSatisfy { $0.zones == ["Asia/Ho_Chi_Minh"] })
        let vietnam = ISO8601DateFormatter()
        vietnam.timeZone = TimeZone(secondsFromGMT: 7 * 3600)
        func expected(_ index: Int, sequence: Int, status: String, shift: Int64 = 0) -> ParsedEvent {
            let session = sessions[index]
            return ParsedEvent(uid: "buoi-\(session.id)@hoctap", summary: "Sơ cứu ban đầu; băng bó, cầm máu",
                               location: "Nhà văn hóa thôn Bắc Sơn, Thôn Bắc Sơn", url: "https://hoctap.example.vn/lop/\(courseClass.id)",
                               start: vietnam.string(from: Date(timeIntervalSince1970: TimeInterval(session.startsAt + shift))),
                               end: vietnam.string(from: Date(timeIntervalSince1970: TimeInterval(session.endsAt + shift))),
                               status: status, sequence: sequence)
        }
        let window = [expected(1, sequence: 1, status: "CANCELLED"), expected(2, sequence: 1, status: "CONFIRMED", shift: 3_600)]
        #expect(calendars[0].events == window)
        #expect(calendars[1].events == [expected(0, sequence: 0, status: "CONFIRMED")] + window
                + [expected(3, sequence: 0, status: "CONFIRMED")])
        #expect(calendars[2].events == window)
        #expect(calendars[0].events.last?.start == "2026-09-24T20:00:00+07:00")
    }
}

/// Parses feeds saved to files with python3-icalendar.
enum FeedParser {
    static let script = """
        import icalendar, json, sys
        def calendar(path):
            c = icalendar.Calendar.from_ical(open(path, 'rb').read())
            return {'name': str(c['X-WR-CALNAME']), 'zones': [str(z['TZID']) for z in c.walk('VTIMEZONE')], 'events': [{
                'uid': str(e['UID']), 'summary': str(e['SUMMARY']), 'location': str(e.get('LOCATION', '')),
                'url': str(e.get('URL', '')), 'start': e.decoded('DTSTART').isoformat(), 'end': e.decoded('DTEND').isoformat(),
                'sequence': int(e['SEQUENCE']), 'status': str(e['STATUS']),
            } for e in c.walk('VEVENT')]}
        print(json.dumps([calendar(path) for path in sys.argv[1:]]))
        """

    static func parse(_ feeds: [[UInt8]]) throws -> [CalendarFeedParserTests.ParsedCalendar] {
        let files = feeds.map { _ in FileManager.default.temporaryDirectory.appendingPathComponent("hoctap-\(UUID().uuidString).ics") }
        defer { for file in files { try? FileManager.default.removeItem(at: file) } }
        for (feed, file) in zip(feeds, files) { try Data(feed).write(to: file) }
        let result = try SystemPython.run(["-c", script] + files.map(\.path))
        #expect(result.status == 0, "\(String(decoding: result.errors, as: UTF8.self))")
        return try JSONDecoder().decode([CalendarFeedParserTests.ParsedCalendar].self, from: result.output)
    }
}
