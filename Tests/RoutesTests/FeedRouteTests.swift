import Routes
import Testing

/// The calendar feeds' addresses: a personal feed's token is exactly 64 lower-case hex digits.
@Suite struct FeedRouteTests {
    static let token = String(repeating: "9f", count: 32)

    @Test func parsesTheFeeds() {
        #expect(Route(path: "/lich.ics", query: []) == .scheduleFeed)
        #expect(Route(path: "/lop/12.ics", query: []) == .classFeed(id: 12))
        #expect(Route(path: "/lop/12", query: []) == .courseClass(id: 12))
        #expect(Route(path: "/lich/rieng/\(Self.token).ics", query: []) == .personalFeed(token: Self.token))
        #expect(Route(path: "/ca-nhan/lich", query: []) == .calendarFeedSettings)
        #expect(Route.calendarFeedSettings.acceptsPost && !Route.scheduleFeed.acceptsPost)
        #expect(!Route.classFeed(id: 1).acceptsPost && !Route.personalFeed(token: Self.token).acceptsPost)
    }

    @Test(arguments: [
        "/lop/0.ics", "/lop/x.ics", "/lop/.ics", "/lop/12.ICS", "/lop/12.ics/x", "/lich.ics/x",
        "/lich/rieng/\(token)", "/lich/rieng/\(token.uppercased()).ics", "/lich/rieng/\(token.dropLast()).ics",
        "/lich/rieng/\(token)0.ics", "/lich/rieng/\(token.dropLast())g.ics", "/lich/rieng", "/lich/rieng/", "/lich/khac/\(token).ics",
    ])
    func rejects(path: String) {
        #expect(Route(path: path, query: []) == nil)
    }
}
