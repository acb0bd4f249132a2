import Foundation
import MicroHTTP
import Storage
import Testing
import TestSupport

/// A resident's key flow in a real browser at phone and desktop widths: find a course by
/// typing without diacritics, open it, read a lesson, go to the next one. CI installs
/// Chromium, so there the test always runs; elsewhere it runs when Chromium is installed.
@Suite(.serialized, .enabled(if: WebDriver.isAvailable || ProcessInfo.processInfo.environment["CI"] == "true"))
struct BrowserTests {
    @Test(arguments: [360, 1280])
    func residentSearchesReadsAndMovesOn(width: Int) async throws {
        let library = try CourseLibrary.load(from: Repository.courses)
        let app = try TestApp(courses: library.courses)
        let server = try HTTPServer(configuration: ServerConfiguration(host: "127.0.0.1", port: 0, threads: 2),
                                    responder: app.respond)
        defer { server.stop() }
        let site = "http://127.0.0.1:\(server.port)"
        let browser = try await WebDriver(width: width)
        do {
            try await browser.open(site + "/")
            #expect(try await browser.evaluate("return window.innerWidth") as? Int == width)
            try await browser.type("lua dao", into: "#q")
            try await browser.click("form.search button")
            #expect(try await browser.waitForURL(endingWith: "/tim-kiem?q=lua+dao"))
            #expect(try await browser.text("h1").contains("lua dao"))
            #expect(try await browser.text(".results mark").lowercased().hasPrefix("lừa"))

            try await browser.open(site + "/khoa-hoc/phong-chong-lua-dao-truc-tuyen")
            try await browser.click("a.button")
            #expect(try await browser.waitForURL(endingWith: "/khoa-hoc/phong-chong-lua-dao-truc-tuyen/bai/1"))
            let first = try await browser.text("h1")
            try await browser.click("a.next")
            #expect(try await browser.waitForURL(endingWith: "/bai/2"))
            #expect(try await browser.text("h1") != first)

            // Nothing wider than the screen, and every link or button big enough to tap.
            let overflow = try await browser.evaluate("return document.documentElement.scrollWidth - document.documentElement.clientWidth") as? Int
            #expect(overflow == 0)
            let small = try await browser.evaluate("""
                return [...document.querySelectorAll('header a, nav a, button, a.button')]
                  .filter(e => { const r = e.getBoundingClientRect(); return r.height < 44 })
                  .map(e => e.textContent.trim())
                """) as? [String]
            #expect(small == [], "tap targets under 44 px: \(small ?? [])")
        } catch {
            await browser.quit()
            throw error
        }
        await browser.quit()
    }
}
