import Domain
import Storage
import Testing
import TestSupport

/// `/lich` shows one week at a time: the week of today by default, links to the weeks around
/// it that keep the village and field filters, and a pointer onwards from an empty week.
@Suite struct ScheduleWebTests {
    /// A digital-skills class in Bắc Sơn and a farming class in Nam Sơn around the test clock's
    /// week (Monday 21 – Sunday 27 September 2026): this week, next week, then a gap.
    static func setUp() throws -> (TestApp, digital: CourseClass, farming: CourseClass, north: Village) {
        let app = try TestApp()
        let actor = Actor.system(now: app.clock.now)
        let north = try app.database.createVillage(name: "Bắc Sơn", kind: .thon, by: actor)
        let south = try app.database.createVillage(name: "Nam Sơn", kind: .thon, by: actor)
        let digital = try app.database.createClass(CourseClass(id: 0, courseSlug: nil, title: "Sử dụng VNeID", field: .digitalSkills,
                                                               venue: Venue(kind: .villageHall), villageID: north.id, capacity: 30), by: actor)
        let farming = try app.database.createClass(CourseClass(id: 0, courseSlug: nil, title: "Nuôi gà thả vườn", field: .agriculture,
                                                               venue: Venue(kind: .villageHall), villageID: south.id, capacity: 30), by: actor)
        func at(_ day: Int, month: Int = 9, hour: Int) -> (Int64, Int64) {
            let start = LocalDate(year: 2026, month: month, day: day)!.unixSeconds(atMinutes: hour * 60)
            return (start, start + 7_200)
        }
        try app.database.addSessions(classID: digital.id, times: [at(22, hour: 19), at(27, hour: 20), at(29, hour: 19), at(13, month: 10, hour: 19)],
                                     by: actor)
        try app.database.addSessions(classID: farming.id, times: [at(23, hour: 8), at(10, month: 10, hour: 8)], by: actor)
        return (app, digital, farming, north)
    }

    @Test func showsTheWeekOfTodayFromMondayToSunday() throws {
        let (app, digital, farming, _) = try Self.setUp()
        let page = Visit(app).get("/lich")
        #expect(page.status == 200)
        #expect(page.text.contains("<strong>Tuần 21/09 – 27/09/2026 (tuần này)</strong>"))
        #expect(page.text.contains("<h2>Thứ Ba, 22/09/2026</h2>") && page.text.contains("<h2>Chủ Nhật, 27/09/2026</h2>"))
        #expect(page.text.contains("href=\"/lop/\(digital.id)\"") && page.text.contains("href=\"/lop/\(farming.id)\""))
        #expect(!page.text.contains("29/09/2026"), "next week's sessions wait for next week")
        #expect(page.text.contains("<a rel=\"next\" href=\"/lich?tuan=2026-09-28\">Tuần sau →</a>"))
        #expect(!page.text.contains("rel=\"prev\""), "nothing before this week to go back to")
        #expect(!page.text.contains("Về tuần này"))
        #expect(!page.text.contains("name=\"tuan\""), "filtering this week needs no week in the address")
    }

    @Test func anotherWeekLinksBackToThisOneAndOnwards() throws {
        let (app, digital, farming, _) = try Self.setUp()
        let page = Visit(app).get("/lich", query: "tuan=30%2F09%2F2026")
        #expect(page.status == 200)
        #expect(page.text.contains("<strong>Tuần 28/09 – 04/10/2026</strong>"))
        #expect(page.text.contains("<h2>Thứ Ba, 29/09/2026</h2>") && page.text.contains("href=\"/lop/\(digital.id)\""))
        #expect(!page.text.contains("href=\"/lop/\(farming.id)\""))
        #expect(page.text.contains("<a rel=\"prev\" href=\"/lich\">← Tuần trước</a>"), "this week has the plain address")
        #expect(page.text.contains("<a rel=\"next\" href=\"/lich?tuan=2026-10-05\">Tuần sau →</a>"))
        #expect(page.text.contains("<a href=\"/lich\">Về tuần này</a>"))
        #expect(page.text.contains("<input type=\"hidden\" name=\"tuan\" value=\"2026-09-28\">"))
    }

    @Test func theFiltersStayOnFromWeekToWeek() throws {
        let (app, digital, farming, north) = try Self.setUp()
        let page = Visit(app).get("/lich", query: "thon=\(north.id)&linh-vuc=ky-nang-so&tuan=2026-09-28")
        #expect(page.text.contains("href=\"/lop/\(digital.id)\"") && !page.text.contains("href=\"/lop/\(farming.id)\""))
        #expect(page.text.contains("<option value=\"\(north.id)\" selected>"))
        #expect(page.text.contains("<option value=\"ky-nang-so\" selected>"))
        #expect(page.text.contains("<a rel=\"prev\" href=\"/lich?thon=\(north.id)&amp;linh-vuc=ky-nang-so\">"))
        #expect(page.text.contains("<a rel=\"next\" href=\"/lich?thon=\(north.id)&amp;linh-vuc=ky-nang-so&amp;tuan=2026-10-05\">"))
        #expect(page.text.contains("<a href=\"/lich?thon=\(north.id)&amp;linh-vuc=ky-nang-so\">Về tuần này</a>"))
        #expect(page.text.contains("<input type=\"hidden\" name=\"tuan\" value=\"2026-09-28\">"))
        let farmingOnly = Visit(app).get("/lich", query: "linh-vuc=nong-nghiep&tuan=2026-09-28")
        #expect(farmingOnly.text.contains("href=\"/lich?linh-vuc=nong-nghiep&amp;tuan=2026-10-05\""), "farming resumes on 10/10")
    }

    @Test func anEmptyWeekSaysSoAndPointsToTheNextSessions() throws {
        let (app, _, _, _) = try Self.setUp()
        let page = Visit(app).get("/lich", query: "linh-vuc=ky-nang-so&tuan=2026-10-05")
        #expect(page.status == 200)
        #expect(page.text.contains("<p>Không có buổi học nào trong tuần. "
            + "<a href=\"/lich?linh-vuc=ky-nang-so&amp;tuan=2026-10-12\">Buổi học tiếp theo: tuần 12/10 – 18/10/2026</a></p>"))
        let last = Visit(app).get("/lich", query: "tuan=2026-10-12").text
        #expect(last.contains("rel=\"prev\"") && !last.contains("rel=\"next\""), "nothing after the last session to go forward to")
        let after = Visit(app).get("/lich", query: "tuan=2026-10-19").text
        #expect(after.contains("<p>Không có buổi học nào trong tuần.</p>"))
        let english = app.get("/lich", query: "tuan=2026-10-19", headers: ["Cookie": "hoctap_lang=en"]).text
        #expect(english.contains("<strong>Week 19/10 – 25/10/2026</strong>") && english.contains("No sessions in the week shown."))
    }

    @Test func aWeekThatIsNotADateShowsThisWeek() throws {
        let (app, _, _, _) = try Self.setUp()
        for query in ["tuan=tuan-sau", "tuan=2026-13-01", "tuan="] {
            let page = Visit(app).get("/lich", query: query)
            #expect(page.status == 200 && page.text.contains("(tuần này)"), "\(query)")
        }
    }

    /// Visitors get cached pages: one per week named in the address, and plain `/lich` moves on
    /// when a new week begins.
    @Test func theCacheKeepsOnePagePerWeek() throws {
        let (app, _, _, _) = try Self.setUp()
        #expect(Visit(app).get("/lich").text.contains("Tuần 21/09 – 27/09/2026 (tuần này)"))
        #expect(Visit(app).get("/lich", query: "tuan=2026-09-28").text.contains("<strong>Tuần 28/09 – 04/10/2026</strong>"))
        #expect(Visit(app).get("/lich", query: "tuan=2026-10-05").text.contains("<strong>Tuần 05/10 – 11/10/2026</strong>"))
        app.clock.advance(by: 7 * 86_400)
        let nextMonday = Visit(app).get("/lich").text
        #expect(nextMonday.contains("Tuần 28/09 – 04/10/2026 (tuần này)") && nextMonday.contains("<h2>Thứ Ba, 29/09/2026</h2>"))
        let lastWeek = Visit(app).get("/lich", query: "tuan=2026-09-21").text
        #expect(lastWeek.contains("<strong>Tuần 21/09 – 27/09/2026</strong>") && lastWeek.contains("<a href=\"/lich\">Về tuần này</a>"))
    }
}
