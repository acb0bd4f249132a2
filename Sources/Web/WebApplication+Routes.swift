import Domain
import MicroHTTP
import Routes
import Views

extension WebApplication {
    /// The one exhaustive switch from routes to handlers.
    func handle(_ exchange: Exchange) throws -> Response {
        let (route, language) = (exchange.route, exchange.language)
        // Pages that are the same for every visitor are cached; a signed-in visitor's header differs.
        func shared(variant: String = "", _ render: () throws -> Response) rethrows -> Response {
            exchange.visitor.person == nil
                ? try pageCache.response(for: route, language: language, variant: variant, render: render) : try render()
        }
        func minute() -> String { DateText.dayAndTime(unixSeconds: clock()) }
        switch route {
        case .home:
            return shared { page(HomePage(byField: library.byField).render(exchange.context)) }
        case .catalogue(let field, let page):
            return try shared {
                let catalogue = CataloguePage(byField: library.byField, field: field, page: page)
                guard page <= catalogue.pageCount else { throw PageFailure(status: 404) }
                return self.page(catalogue.render(exchange.context))
            }
        case .course(let slug):
            return try shared {
                guard let course = library.course(slug: slug) else { throw PageFailure(status: 404) }
                return page(CoursePage(course: course).render(exchange.context))
            }
        case .lesson(let slug, let number):
            return try shared {
                guard let course = library.course(slug: slug), let lesson = course.lesson(number) else {
                    throw PageFailure(status: 404)
                }
                return page(LessonPage(course: course, lesson: lesson).render(exchange.context))
            }
        case .search(let query, let page):
            // Results depend only on the query and the course files, so they are cached too.
            return try shared { self.page(try search(query: query, page: page).render(exchange.context)) }
        case .asset(let path):
            guard let file = staticFiles.file(path) else { throw PageFailure(status: 404) }
            return staticFiles.response(for: file, request: exchange.request)
        case .favicon:
            guard let file = staticFiles.file(["favicon.ico"]) else { throw PageFailure(status: 404) }
            return staticFiles.response(for: file, request: exchange.request)
        case .language(let chosen, let returnTo):
            return Preferences.remember(chosen, returnTo: returnTo, secure: configuration.secureCookies)
        case .register:
            return try register(exchange)
        case .login(let next):
            return try login(exchange, next: next)
        case .logout:
            return try logout(exchange)
        case .profile:
            return try profile(exchange)
        case .myData(let format):
            return try myData(exchange, format: format)
        case .editProfile:
            return try editProfile(exchange)
        case .changePassword:
            return try changePassword(exchange)
        case .adminResident(let id):
            return try resident(exchange, id: id)
        case .courseClass(let id):
            // Seats left and "enrolment closed" change with time and with every enrolment: a
            // page is kept for the minute, and enrolling clears the cache (`enrol`).
            return try shared(variant: minute()) { try classPage(exchange, id: id) }
        case .enrol(let classID):
            return try enrol(exchange, classID: classID)
        case .schedule(let villageID, let field, let week):
            // The same for every visitor until staff change a class (which empties the cache)
            // or a new week begins: the address names the week shown (none for this week) and
            // the variant the current week, which plain `/lich` shows and every page marks.
            let currentWeek = CalendarWeek(unixSeconds: clock())
            return try shared(variant: currentWeek.monday.isoText) {
                try schedulePage(exchange, villageID: villageID, field: field, week: week, currentWeek: currentWeek)
            }
        case .scheduleFeed:
            return try scheduleFeed(exchange)
        case .classFeed(let id):
            return try classFeed(exchange, id: id)
        case .personalFeed(let token):
            return try personalFeed(exchange, token: token)
        case .calendarFeedSettings:
            return try calendarFeedSettings(exchange)
        case .learningRecord:
            return try learningRecord(exchange)
        case .learningRecordData(let format):
            return try learningRecordData(exchange, format: format)
        case .recordVerification(let code):
            return try recordVerification(exchange, code: code)
        case .adminRecordVerifications(let personID):
            return try adminRecordVerifications(exchange, personID: personID)
        case .adminClasses:
            return try adminClasses(exchange)
        case .adminClass(let id):
            return try adminClass(exchange, id: id)
        case .rollCall(let sessionID):
            return try rollCall(exchange, sessionID: sessionID)
        case .paperRoster(let sessionID):
            return try paperRoster(exchange, sessionID: sessionID)
        case .paperEntry(let sessionID):
            return try paperEntry(exchange, sessionID: sessionID)
        case .checkInDisplay(let sessionID):
            return try checkInDisplay(exchange, sessionID: sessionID)
        case .checkIn(let code):
            return try checkIn(exchange, code: code)
        case .checkInDone:
            return try checkInDone(exchange)
        case .attendanceMatrix(let classID, let format):
            return try attendanceMatrix(exchange, classID: classID, format: format)
        case .adminWeeks:
            return try adminWeeks(exchange)
        case .adminWeek(let year):
            return try adminWeek(exchange, year: year)
        case .adminWeekReport(let year, let format):
            return try adminWeekReport(exchange, year: year, format: format)
        case .selfAssessment(let year):
            return try selfAssessment(exchange, year: year)
        case .adminSelfAssessment(let personID, let year):
            return try adminSelfAssessment(exchange, personID: personID, year: year)
        case .adminReviews:
            return try adminReviews(exchange)
        case .adminReview(let id):
            return try adminReview(exchange, id: id)
        case .citizenTitle:
            // The same for everyone until an administrator saves criteria or rules (which
            // empties the cache); the year it shows changes on 1 January.
            return try shared(variant: String(LocalDate(unixSeconds: clock()).year)) { try citizenTitle(exchange) }
        case .adminCriteria:
            return try adminCriteria(exchange)
        case .adminCriteriaYear(let year, let group):
            return try adminCriteriaYear(exchange, year: year, group: group)
        // The Week's pages change when staff edit it (which clears the cache); the programme's
        // "now" and "next" markers also change with the time, so it is kept for the minute.
        case .adminCommuneReport(let period, let format):
            return try adminCommuneReport(exchange, period: period, format: format)
        case .weekProgramme(let year, let venue, let type):
            return try shared(variant: minute()) { try weekProgramme(exchange, year: year, venue: venue, type: type) }
        case .weekAnnouncement(let year, let day):
            return try shared { try weekAnnouncement(exchange, year: year, day: day) }
        case .weekPrint(let year):
            return try shared { try weekPrint(exchange, year: year) }
        case .weekBanner(let year, _):
            return try weekBanner(year: year)
        case .weekFeed(let year):
            return try shared(variant: DateText.day(unixSeconds: clock())) { try weekFeed(exchange, year: year) }
        case .event(let id):
            return try shared(variant: minute()) { try eventPage(exchange, id: id) }
        case .eventFeed(let id):
            return try shared(variant: DateText.day(unixSeconds: clock())) { try eventFeed(exchange, id: id) }
        case .pointsRule:
            return try shared { try pointsRulePage(exchange) }
        case .adminPointsRule:
            return try adminPointsRule(exchange)
        case .adminImport:
            return try importUpload(exchange)
        case .adminImportPreview(let id):
            return try importPreview(exchange, id: id)
        case .adminHouseholds(let villageID, let page):
            return try households(exchange, villageID: villageID, page: page)
        case .adminHousehold(let id):
            return try household(exchange, id: id)
        case .adminStaff:
            return try staffAccounts(exchange)
        case .adminSettings:
            return try centreSettings(exchange)
        case .adminVillages:
            return try villages(exchange)
        case .adminVillage(let id):
            return try village(exchange, id: id)
        case .adminAuditLog:
            return try auditLog(exchange)
        case .adminAssistedRegistration:
            return try assistedRegistration(exchange)
        case .adminPasswordReset:
            return try passwordReset(exchange)
        case .setPassword:
            return try setPassword(exchange)
        case .adminResidents(let query):
            return try residents(exchange, query: query)
        case .adminResidentsCSV:
            return try residentsCSV(exchange)
        case .adminDashboard:
            return page(AdminDashboardPage(people: try database.countPeople(), courseCount: library.courses.count).render(exchange.context))
        }
    }
}
