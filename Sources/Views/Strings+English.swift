import Domain

extension Strings {
    /// English, offered beside Vietnamese.
    public static let english = Strings(
        language: .english,
        skipToContent: "Skip to main content",
        navHome: "Home",
        navCourses: "Courses",
        navSearch: "Search",
        switchLanguage: "Tiếng Việt",
        otherLanguage: .vietnamese,
        footerCentre: { centre, commune in "\(centre) – \(commune)" },
        footerNote: "Digital learning centre: lifelong learning for every resident.",
        demoNotice: "Demo: the data on this site are sample data.",
        homeLead: "Free short courses for everyday life: digital skills, farming, law, health, reading and more. Read them right on your phone. Course content is in Vietnamese.",
        homeFieldsHeading: "Fields",
        homeCoursesHeading: "Courses",
        homeAllCourses: "See all courses",
        searchLabel: "Search courses and lessons",
        searchPlaceholder: "For example: lua dao, VNeID",
        searchButton: "Search",
        searchHint: "Typing without Vietnamese accents works too.",
        searchTitle: { query in "Search results for “\(query)”" },
        searchEmptyQuery: "Type what you are looking for in the box above.",
        searchNoResults: "Nothing found. Try another, shorter word.",
        searchResultCount: { count in count == 1 ? "1 result" : "\(count) results" },
        searchInLesson: { number in "Lesson \(number)" },
        catalogueTitle: "Courses",
        catalogueLead: "Pick a field or a course to start.",
        allFields: "All",
        courseCount: { count in count == 1 ? "1 course" : "\(count) courses" },
        seeAllInField: { count in "See all \(count) courses" },
        courseField: "Field",
        courseDuration: { hours in "About \(hours) hours" },
        courseLessonCount: { count in count == 1 ? "1 lesson" : "\(count) lessons" },
        courseIndicators: "Learning-citizen indicators",
        courseIndicatorsHelp: "This course supports these self-assessment indicators (of 10):",
        courseGroups: "Suitable for",
        courseContents: "Contents",
        courseStart: "Start learning",
        fieldName: { $0.englishName },
        groupName: { $0.englishName },
        lessonPosition: { number, total in "Lesson \(number) of \(total)" },
        lessonMinutes: { minutes in "\(minutes) minutes" },
        lessonPrevious: "Previous lesson",
        lessonNext: "Next lesson",
        lessonBackToCourse: "Back to the course",
        pagePrevious: "Previous page",
        pageNext: "Next page",
        pagePosition: { page, pages in "Page \(page) of \(pages)" },
        pagination: "Pages",
        breadcrumb: "You are here",
        errorTitle: { status in
            switch status {
            case 400: "Bad request"
            case 404: "Page not found"
            case 405: "Not allowed here"
            case 413: "Upload too large"
            case 414: "Address too long"
            case 507: "Not saved"
            case 503: "The server is restarting"
            default: "Something went wrong"
            }
        },
        errorMessage: { status in
            switch status {
            case 400: "The address or the data sent could not be read. Please check the link."
            case 404: "This page does not exist or has moved. Try the search box."
            case 405: "This page does not accept that action."
            case 413: "The file or text sent is larger than allowed."
            case 414: "The address is longer than any page needs. Check it, or search with fewer words."
            case 507: "The centre's server cannot store data right now (its disk is full or read-only), so what you just sent was not saved. You can still read the pages. Use your browser's Back button to keep what you typed, send it again in a few minutes, and tell the centre's staff."
            case 503: "The server is stopping to restart. Please try again in a few minutes."
            default: "The server ran into a problem. Please try again in a few minutes; if it persists, tell the centre's staff."
            }
        },
        errorBackHome: "Back to the home page",
        account: .english,
        profile: .english,
        residentImport: .english,
        classes: .english,
        classAdmin: .english,
        checkIn: .english,
        feeds: .english,
        attendance: .english,
        announcement: .english,
        week: .english,
        weekAdmin: .english,
        weekReport: .english,
        communeReport: .english,
        selfAssessment: .english,
        criteria: .english,
        banner: .english,
        record: .english,
        weekdays: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
        admin: .english,
        centre: .english
    )
}
