import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A headless Chromium driven over the W3C WebDriver protocol by Debian's `chromedriver`.
/// It talks to the driver with `RawHTTPConnection`: FoundationNetworking rejects the
/// driver's header lines, which have no space after the colon.
public final class WebDriver: @unchecked Sendable {
    // @unchecked: used by one test at a time; the driver and session are set once in init.
    private let driver: pid_t
    private let port: UInt16
    private let session: String

    /// Where the driver and browser are expected (Debian's `chromium-driver`, `chromium`).
    public static let driverPath = "/usr/bin/chromedriver"
    public static let browserPath = "/usr/bin/chromium"
    public static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: driverPath) && FileManager.default.isExecutableFile(atPath: browserPath)
    }

    /// Starts the driver and a browser whose viewport is the given width (CSS pixels).
    public init(width: Int, height: Int = 800) async throws {
        let port = try WebDriver.freePort()
        driver = try Program.start(WebDriver.driverPath, ["--port=\(port)"])
        self.port = port
        var ready = false
        for _ in 0..<100 where !ready {
            ready = (try? await WebDriver.call(port, "GET", "/status")) != nil
            if !ready { try await Task.sleep(for: .milliseconds(50)) }
        }
        var options: [String: Any] = [
            "binary": WebDriver.browserPath,
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=\(max(width, 500)),\(height)"],
            // What a phone in Vietnam sends, so pages come in Vietnamese as residents see them.
            "prefs": ["intl.accept_languages": "vi-VN,vi"],
        ]
        // Headless Chromium will not make a window narrower than 500 px: a phone's width needs
        // the device emulation, or a "360 px" test would quietly measure 500.
        if width < 500 {
            options["mobileEmulation"] = ["deviceMetrics": ["width": width, "height": height, "pixelRatio": 2, "touch": true]]
        }
        let capabilities: [String: Any] = ["capabilities": ["alwaysMatch": ["browserName": "chrome", "goog:chromeOptions": options]]]
        let created = try await WebDriver.call(port, "POST", "/session", capabilities)
        guard let value = created["value"] as? [String: Any], let id = value["sessionId"] as? String else {
            Program.stop(driver)
            throw WebDriverError(message: "no session: \(created)")
        }
        session = id
    }

    /// Ends the browser session and the driver.
    public func quit() async {
        _ = try? await WebDriver.call(port, "DELETE", "/session/\(session)")
        // chromedriver outlives SIGTERM here: ask the driver to shut down, then make sure with
        // SIGKILL (and reap it, so no zombie is left).
        _ = try? await WebDriver.call(port, "GET", "/shutdown")
        Program.stop(driver)
    }

    public func open(_ url: String) async throws {
        _ = try await command("POST", "/url", ["url": url])
    }

    public func currentURL() async throws -> String {
        try await command("GET", "/url") as? String ?? ""
    }

    /// Waits (up to 10 s) until the page's address ends with `suffix`: a click that submits a
    /// form may return before the new page has loaded.
    public func waitForURL(endingWith suffix: String) async throws -> Bool {
        for _ in 0..<200 {
            if try await currentURL().hasSuffix(suffix) {
                _ = try await evaluate("return document.readyState")
                return true
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        return false
    }

    /// The first element matching a CSS selector.
    public func element(_ selector: String) async throws -> String {
        let found = try await command("POST", "/element", ["using": "css selector", "value": selector])
        guard let element = (found as? [String: Any])?.values.first as? String else {
            throw WebDriverError(message: "no element \(selector)")
        }
        return element
    }

    public func type(_ text: String, into selector: String) async throws {
        let element = try await element(selector)
        _ = try await command("POST", "/element/\(element)/value", ["text": text])
    }

    /// Empties a field, as selecting its text and deleting it would (a prefilled value).
    public func clear(_ selector: String) async throws {
        let element = try await element(selector)
        _ = try await command("POST", "/element/\(element)/clear", [:])
    }

    public func click(_ selector: String) async throws {
        let element = try await element(selector)
        _ = try await command("POST", "/element/\(element)/click", [:])
    }

    public func text(_ selector: String) async throws -> String {
        let element = try await element(selector)
        return try await command("GET", "/element/\(element)/text") as? String ?? ""
    }

    /// The visible part of the page as PNG bytes.
    public func screenshot() async throws -> [UInt8] {
        guard let encoded = try await command("GET", "/screenshot") as? String, let data = Data(base64Encoded: encoded) else {
            throw WebDriverError(message: "no screenshot")
        }
        return [UInt8](data)
    }

    /// The page printed to PDF as the browser's print dialog would, on A4 with the page's own
    /// margins (W3C WebDriver "Print Page").
    public func printToPDF() async throws -> [UInt8] {
        let body: [String: Any] = ["page": ["width": 21.0, "height": 29.7], "margin": ["top": 0, "bottom": 0, "left": 0, "right": 0],
                                   "background": false]
        guard let encoded = try await command("POST", "/print", body) as? String, let data = Data(base64Encoded: encoded) else {
            throw WebDriverError(message: "no PDF")
        }
        return [UInt8](data)
    }

    /// Runs a script in the page (for measuring layout; the site itself needs no JavaScript).
    public func evaluate(_ script: String) async throws -> Any? {
        try await command("POST", "/execute/sync", ["script": script, "args": []])
    }

    private func command(_ method: String, _ path: String, _ body: [String: Any]? = nil) async throws -> Any? {
        let answer = try await WebDriver.call(port, method, "/session/\(session)" + path, body)
        if let value = answer["value"] as? [String: Any], let error = value["error"] as? String {
            throw WebDriverError(message: "\(error): \(value["message"] ?? "")")
        }
        return answer["value"]
    }

    private static func call(_ port: UInt16, _ method: String, _ path: String, _ body: [String: Any]? = nil) async throws -> [String: Any] {
        let connection = try RawHTTPConnection(port: port, timeoutSeconds: 60)
        let bytes = try body.map { [UInt8](try JSONSerialization.data(withJSONObject: $0)) } ?? []
        let response = try connection.request(method, path, headers: ["Content-Type": "application/json"], body: bytes)
        return try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any] ?? [:]
    }

    private static func freePort() throws -> UInt16 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        try withUnsafeMutablePointer(to: &address) { pointer in
            try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                guard bind(fd, $0, length) == 0, getsockname(fd, $0, &length) == 0 else { throw WebDriverError(message: "no port") }
            }
        }
        return UInt16(bigEndian: address.sin_port)
    }
}

public struct WebDriverError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
