import Domain
import Foundation
import Testing
import TestSupport

/// The calendar feed's format, checked line by line here and by a real parser in `ICalendarParserTests`.
@Suite struct ICalendarTests {
    static let now: Int64 = 1_789_891_200 // 2026-09-20 08:00 UTC

    static func session(uid: String = "lop-7-buoi-1@hoctap", summary: String = "Tin học cơ bản",
                        startsAt: Int64 = 1_790_814_600, location: String = "", description: String = "",
                        url: String? = nil, sequence: Int = 0, cancelled: Bool = false) -> CalendarEvent {
        CalendarEvent(uid: uid, sequence: sequence, startsAt: startsAt, endsAt: startsAt + 5400, summary: summary,
                      location: location, description: description, url: url, cancelled: cancelled, lastModified: now - 3600)
    }

    static func document(_ events: [CalendarEvent], name: String = "Lịch học") -> [UInt8] {
        ICalendar.document(name: name, events: events, now: now)
    }

    /// The content lines after unfolding (removing every CRLF followed by a space).
    static func contentLines(_ bytes: [UInt8]) -> [String] {
        Array(String(decoding: bytes, as: UTF8.self)
            .replacingOccurrences(of: "\r\n ", with: "")
            .components(separatedBy: "\r\n")
            .dropLast())
    }

    /// The value of the first content line that starts with `name` (parameters included).
    static func value(_ name: String, in bytes: [UInt8]) -> String? {
        contentLines(bytes).first { $0.hasPrefix(name + ":") }.map { String($0.dropFirst(name.count + 1)) }
    }

    /// The physical lines as octets, split at CRLF.
    static func physicalLines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for index in bytes.indices where index > 0 && bytes[index - 1] == 13 && bytes[index] == 10 {
            lines.append(bytes[start..<(index - 1)])
            start = index + 1
        }
        return lines
    }

    static let longVietnamese = String(repeating: "Tuần lễ học tập suốt đời: người dân được hướng dẫn dùng điện thoại thông minh, ", count: 4)

    @Test func writesTheCalendarTimeZoneAndEventInOrder() {
        let text = String(decoding: Self.document([Self.session(location: "Nhà văn hoá thôn 3")]), as: UTF8.self)
        #expect(text == [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//HocTap//Trung tam hoc tap so//VI", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:Lịch học", "X-WR-TIMEZONE:Asia/Ho_Chi_Minh",
            "BEGIN:VTIMEZONE", "TZID:Asia/Ho_Chi_Minh", "BEGIN:STANDARD", "DTSTART:19700101T000000",
            "TZOFFSETFROM:+0700", "TZOFFSETTO:+0700", "TZNAME:+07", "END:STANDARD", "END:VTIMEZONE",
            "BEGIN:VEVENT", "UID:lop-7-buoi-1@hoctap", "DTSTAMP:20260920T080000Z",
            "DTSTART;TZID=Asia/Ho_Chi_Minh:20261001T073000", "DTEND;TZID=Asia/Ho_Chi_Minh:20261001T090000",
            "SEQUENCE:0", "LAST-MODIFIED:20260920T070000Z", "SUMMARY:Tin học cơ bản",
            "LOCATION:Nhà văn hoá thôn 3", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR", "",
        ].joined(separator: "\r\n"))
    }

    @Test func everyLineEndsWithCRLFAndNoneIsLongerThan75Octets() {
        let bytes = Self.document([Self.session(summary: Self.longVietnamese, description: "một\ndòng\r\nhai\rba")])
        #expect(bytes.suffix(2) == [13, 10])
        for (index, byte) in bytes.enumerated() {
            if byte == 13 { #expect(index + 1 < bytes.count && bytes[index + 1] == 10) }
            if byte == 10 { #expect(index > 0 && bytes[index - 1] == 13) }
        }
        let lines = Self.physicalLines(bytes)
        #expect(lines.count > 30)
        #expect(lines.allSatisfy { $0.count <= 75 })
    }

    @Test func foldsVietnameseOnlyBetweenCharacters() throws {
        // "SUMMARY:" and 66 letters fill 74 octets, so the 75th falls inside the three octets of "ễ".
        let summary = String(repeating: "a", count: 66) + "ễ" + Self.longVietnamese
        let bytes = Self.document([Self.session(summary: summary)])
        let lines = Self.physicalLines(bytes)
        let first = try #require(lines.firstIndex { $0.starts(with: Array("SUMMARY:".utf8)) })
        #expect(lines[first].count == 74)
        #expect(String(decoding: lines[first + 1], as: UTF8.self).hasPrefix(" ễ"))
        for line in lines {
            #expect(String(validating: line, as: UTF8.self) != nil, "a physical line splits a character")
            #expect(line.count <= 75)
        }
        #expect(lines.filter { $0.first == 32 }.count >= 4, "the summary spans several physical lines")
        #expect(Self.value("SUMMARY", in: bytes) == summary.replacingOccurrences(of: ",", with: "\\,"))
    }

    @Test(arguments: [
        ("Tuần lễ: học, làm; vui", "Tuần lễ: học\\, làm\\; vui"),
        ("D:\\Tài liệu\\new", "D:\\\\Tài liệu\\\\new"),
        ("một\r\nhai", "một\\nhai"),
        ("một\nhai", "một\\nhai"),
        ("một\rhai", "một\\nhai"),
        ("một\n\nhai\r\r\n", "một\\n\\nhai\\n\\n"),
        ("cột\tcột", "cột\tcột"),
        ("chuông\u{07}\u{0}\u{7F}", "chuông"),
        ("\\n thật", "\\\\n thật"),
    ])
    func escapesText(input: String, escaped: String) {
        let bytes = Self.document([Self.session(summary: input, location: input, description: input)], name: input)
        #expect(Self.value("X-WR-CALNAME", in: bytes) == escaped)
        #expect(Self.value("SUMMARY", in: bytes) == escaped)
        #expect(Self.value("LOCATION", in: bytes) == escaped)
        #expect(Self.value("DESCRIPTION", in: bytes) == escaped)
    }

    @Test(arguments: [
        (Int64(0), "19700101T070000", "19700101T000000Z"),
        (1_790_814_600, "20261001T073000", "20261001T003000Z"),
        (1_790_787_599, "20260930T235959", "20260930T165959Z"),
        (1_790_787_600, "20261001T000000", "20260930T170000Z"),
        (1_777_572_900, "20260501T011500", "20260430T181500Z"),
        (1_798_736_399, "20261231T235959", "20261231T165959Z"),
        (1_798_736_400, "20270101T000000", "20261231T170000Z"),
        (1_803_834_000, "20270301T000000", "20270228T170000Z"),
        (1_835_370_000, "20280229T000000", "20280228T170000Z"),
        (1_835_456_400, "20280301T000000", "20280229T170000Z"),
    ])
    func writesLocalTimesInVietnamAndStampsInUTC(seconds: Int64, local: String, utc: String) {
        let event = CalendarEvent(uid: "u", startsAt: seconds, endsAt: seconds, summary: "s", lastModified: seconds)
        let bytes = ICalendar.document(name: "n", events: [event], now: seconds)
        #expect(Self.value("DTSTART;TZID=Asia/Ho_Chi_Minh", in: bytes) == local)
        #expect(Self.value("DTEND;TZID=Asia/Ho_Chi_Minh", in: bytes) == local)
        #expect(Self.value("DTSTAMP", in: bytes) == utc)
        #expect(Self.value("LAST-MODIFIED", in: bytes) == utc)
    }

    @Test func marksCancelledSessionsAndCountsRevisions() {
        let bytes = Self.document([Self.session(sequence: 3, cancelled: true)])
        #expect(Self.value("STATUS", in: bytes) == "CANCELLED")
        #expect(Self.value("SEQUENCE", in: bytes) == "3")
        #expect(Self.value("STATUS", in: Self.document([Self.session()])) == "CONFIRMED")
    }

    @Test func leavesOutEmptyOptionalProperties() {
        let bare = Self.contentLines(Self.document([Self.session()]))
        #expect(!bare.contains { $0.hasPrefix("LOCATION") || $0.hasPrefix("DESCRIPTION") || $0.hasPrefix("URL") })
        let linked = Self.document([Self.session(url: "https://hoctap.local/lop/7?a=1,2;b\r\nX-EVIL:1")])
        #expect(Self.value("URL", in: linked) == "https://hoctap.local/lop/7?a=1,2;bX-EVIL:1")
        #expect(!Self.contentLines(linked).contains { $0.hasPrefix("X-EVIL") })
    }

    @Test func isDeterministicAndKeepsTheGivenOrder() {
        let events = ["c", "a", "b"].map { Self.session(uid: $0) }
        #expect(Self.document(events) == Self.document(events))
        #expect(Self.contentLines(Self.document(events)).filter { $0.hasPrefix("UID:") } == ["UID:c", "UID:a", "UID:b"])
        #expect(Self.contentLines(Self.document([])).filter { $0.hasPrefix("BEGIN:VEVENT") }.isEmpty)
    }
}

/// The feed as a calendar app reads it: Python's `icalendar` (Debian `python3-icalendar`) parses
/// the document and prints what it understood. CI installs the package, so there the test
/// always runs; elsewhere it runs when the package is installed.
@Suite(.enabled(if: SystemPython.canImport("icalendar") || ProcessInfo.processInfo.environment["CI"] == "true"))
struct ICalendarParserTests {
    static let script = """
        import icalendar, json, sys
        calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        print(json.dumps([{
            'uid': str(e['UID']), 'summary': str(e['SUMMARY']), 'description': str(e.get('DESCRIPTION', '')),
            'location': str(e.get('LOCATION', '')), 'start': e.decoded('DTSTART').isoformat(),
            'end': e.decoded('DTEND').isoformat(), 'sequence': int(e['SEQUENCE']), 'status': str(e['STATUS']),
        } for e in calendar.walk('VEVENT')]))
        """

    struct ParsedEvent: Decodable, Equatable {
        var uid, summary, description, location, start, end: String
        var sequence: Int
        var status: String
    }

    @Test func pythonIcalendarReadsBackWhatWasWritten() throws {
        // A literal backslash before "n" is left out: python-icalendar 4.0.3 unescapes by
        // successive replacements and turns it into a newline (ICalendarTests covers that case).
        let description = """
            Mang theo: điện thoại, căn cước công dân; sổ ghi chép.\r\nBuổi học gồm: cài ứng dụng VNeID, đăng nhập; \
            tra cứu thủ tục hành chính trên Cổng dịch vụ công.\nHọc viên lớn tuổi được hỗ trợ riêng, xin đến sớm \
            15 phút.\rTài liệu ở thư mục D:\\Tài liệu\\2026; hỏi cán bộ thư viện.
            """
        let events = [
            ICalendarTests.session(uid: "lop-7-buoi-1@hoctap", summary: "Tin học cơ bản, buổi 1", startsAt: 1_790_814_600,
                                   location: "Nhà văn hoá thôn 3; tầng 2", description: description, sequence: 2),
            ICalendarTests.session(uid: "lop-7-buoi-2@hoctap", summary: "Tin học cơ bản, buổi 2", startsAt: 1_790_787_600,
                                   url: "https://hoctap.local/lop/7", sequence: 1, cancelled: true),
            ICalendarTests.session(uid: "tuan-le-2026-khai-mac@hoctap", summary: ICalendarTests.longVietnamese,
                                   startsAt: 1_835_370_000),
        ]
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("hoctap-\(UUID().uuidString).ics")
        try Data(ICalendarTests.document(events)).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }

        let result = try SystemPython.run(["-c", Self.script, file.path])
        #expect(result.status == 0, "\(String(decoding: result.errors, as: UTF8.self))")
        let parsed = try JSONDecoder().decode([ParsedEvent].self, from: result.output)

        let vietnam = ISO8601DateFormatter()
        vietnam.timeZone = TimeZone(secondsFromGMT: 7 * 3600)
        func iso(_ seconds: Int64) -> String { vietnam.string(from: Date(timeIntervalSince1970: TimeInterval(seconds))) }
        func newlines(_ text: String) -> String {
            text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        #expect(parsed == events.map {
            ParsedEvent(uid: $0.uid, summary: $0.summary, description: newlines($0.description), location: $0.location,
                        start: iso($0.startsAt), end: iso($0.endsAt), sequence: $0.sequence,
                        status: $0.cancelled ? "CANCELLED" : "CONFIRMED")
        })
        #expect(parsed.first?.start == "2026-10-01T07:30:00+07:00")
    }
}
