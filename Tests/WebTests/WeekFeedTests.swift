import Domain
import Foundation
import MicroHTTP
import Storage
import Testing
import TestSupport
import Views

/// The Week's calendar feeds, `/tuan-le-hoc-tap/{year}.ics` and `/su-kien/{id}.ics`, and the
/// Week's events in the schedule and its feed, on the demo 2026 Week.
@Suite struct WeekFeedTests {
    static func demo() throws -> (TestApp, [(session: ClassSession, courseClass: CourseClass)]) {
        let app = try TestApp(site: SiteInfo(centreName: "TTHTCĐ Thử Nghiệm", communeName: "Xã Thử Nghiệm",
                                             publicURL: CalendarFeedTests.publicURL))
        try app.database.loadDemoData(now: app.clock.now)
        return (app, try app.database.events(year: 2026))
    }

    @Test func theWeekFeedHasEveryEventLinkedToItsEventPage() throws {
        let (app, events) = try Self.demo()
        let response = app.get("/tuan-le-hoc-tap/2026.ics")
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "text/calendar; charset=utf-8")
        #expect(response.header("Content-Disposition") == "inline; filename=\"tuan-le-hoc-tap-2026.ics\"")
        #expect(CalendarFeedTests.unfolded(response).contains("X-WR-CALNAME:Tuần lễ học tập suốt đời 2026 – TTHTCĐ Thử Nghiệm"))
        let feed = CalendarFeedTests.events(response)
        #expect(events.count == 15)
        #expect(Set(feed.keys) == Set(events.map { CalendarFeedTests.uid($0.session) }))
        let opening = try #require(feed[CalendarFeedTests.uid(events[0].session)])
        #expect(opening.contains("DTSTART;TZID=Asia/Ho_Chi_Minh:20261001T073000"))
        #expect(opening.contains("LOCATION:Hội trường UBND xã"))
        #expect(opening.contains("URL:https://hoctap.example.vn/su-kien/\(events[0].courseClass.id)"))
        #expect(opening.contains {
            $0.hasPrefix("DESCRIPTION:") && $0.hasSuffix("Trang sự kiện: https://hoctap.example.vn/su-kien/\(events[0].courseClass.id)")
        })
        #expect(app.get("/tuan-le-hoc-tap/2025.ics").status == 404)
    }

    @Test func theEventFeedHasTheOneEventAndOnlyEventsHaveOne() throws {
        let (app, events) = try Self.demo()
        let fair = try #require(events.first { $0.courseClass.title == "Hội sách và đổi sách cũ" })
        let response = app.get("/su-kien/\(fair.courseClass.id).ics")
        #expect(response.status == 200)
        #expect(response.header("Content-Disposition") == "inline; filename=\"su-kien-\(fair.courseClass.id).ics\"")
        #expect(Array(CalendarFeedTests.events(response).keys) == [CalendarFeedTests.uid(fair.session)])
        #expect(CalendarFeedTests.unfolded(response).contains("X-WR-CALNAME:Hội sách và đổi sách cũ – TTHTCĐ Thử Nghiệm"))
        let plainClass = try #require(try app.database.schedule(from: 0, to: .max).first { $0.courseClass.event == nil })
        #expect(app.get("/su-kien/\(plainClass.courseClass.id).ics").status == 404)
        #expect(app.get("/su-kien/99999.ics").status == 404)
    }

    /// The Week's events are classes with one session each, so the schedule and its feed show
    /// them like any class: the opening ceremony, ten days after the test clock's day, in the
    /// schedule's next week.
    @Test func theScheduleAndItsFeedShowTheComingWeeksEvents() throws {
        let (app, events) = try Self.demo()
        let opening = events[0]
        #expect(opening.session.startsAt - app.clock.now < 14 * 86_400)
        #expect(app.get("/lich").text.contains("<a rel=\"next\" href=\"/lich?tuan=2026-09-28\">"))
        #expect(app.get("/lich", query: "tuan=2026-09-28").text.contains("Lễ khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2026"))
        let inFeed = try #require(CalendarFeedTests.events(app.get("/lich.ics"))[CalendarFeedTests.uid(opening.session)])
        #expect(inFeed.contains("SUMMARY:Lễ khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2026"))
        #expect(inFeed.contains("URL:https://hoctap.example.vn/su-kien/\(opening.courseClass.id)"))
    }
}

/// The Week's feeds as a calendar app reads them, enabled as `CalendarFeedParserTests` is.
@Suite(.enabled(if: SystemPython.canImport("icalendar") || ProcessInfo.processInfo.environment["CI"] == "true"))
struct WeekFeedParserTests {
    @Test func pythonIcalendarReadsTheWeekAndEventFeeds() throws {
        let (app, events) = try WeekFeedTests.demo()
        let feeds = ["/tuan-le-hoc-tap/2026.ics", "/su-kien/\(events[2].courseClass.id).ics"]
        let calendars = try FeedParser.parse(feeds.map { app.get($0).body })
        #expect(calendars.map(\.name) == ["Tuần lễ học tập suốt đời 2026 – TTHTCĐ Thử Nghiệm",
                                          "Cài đặt và dùng VNeID mức 2 – TTHTCĐ Thử Nghiệm"])
        #expect(calendars.allSatisfy { $0.zones == ["Asia/Ho_Chi_Minh"] })
        #expect(calendars[0].events.map(\.summary) == events.map(\.courseClass.title))
        #expect(calendars[0].events.first?.start == "2026-10-01T07:30:00+07:00")
        #expect(calendars[0].events.last?.end == "2026-10-07T11:00:00+07:00")
        #expect(calendars[1].events == [calendars[0].events[2]])
        #expect(calendars[1].events.first?.location == "Nhà văn hóa thôn Bắc Sơn, Thôn Bắc Sơn")
        #expect(calendars[1].events.first?.url == "https://hoctap.example.vn/su-kien/\(events[2].courseClass.id)")
    }
}
