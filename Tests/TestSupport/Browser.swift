import Credentials
import Domain
import Storage
import MicroHTTP

/// A visitor that keeps cookies between requests sent straight to the responder, and
/// fills in the anti-forgery field the way a browser submits the form it was shown.
public final class Visit {
    public let app: TestApp
    public private(set) var cookies: [String: String] = [:]
    public private(set) var last: Response?

    public init(_ app: TestApp) { self.app = app }

    @discardableResult
    public func get(_ path: String, query: String = "") -> Response {
        remember(app.respond(.make("GET", path, query: query, headers: cookieHeader)))
    }

    /// Posts fields as a form; the `csrf` field is taken from the visitor's cookie unless given.
    @discardableResult
    public func post(_ path: String, query: String = "", _ fields: [(String, String)], csrf: String? = nil) -> Response {
        let token = csrf ?? cookies["hoctap_csrf"] ?? ""
        let body = ([("csrf", token)] + fields).map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        var headers = cookieHeader
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        return remember(app.respond(.make("POST", path, query: query, headers: headers, body: body)))
    }

    /// Posts a file the way a browser sends `<form enctype="multipart/form-data">`, with the
    /// anti-forgery field first, as the form puts it.
    @discardableResult
    public func upload(_ path: String, field: String, fileName: String, content: [UInt8], csrf: String? = nil,
                       fields: [(String, String)] = [], contentType: String = "text/csv") -> Response {
        let boundary = "----HocTapTestBoundary7MA4YWxkTrZu0gW"
        var body = Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(csrf ?? cookies["hoctap_csrf"] ?? "")\r\n".utf8)
        for (name, value) in fields {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"; filename=\"\(fileName)\"\r\nContent-Type: \(contentType)\r\n\r\n".utf8)
        body += content + Array("\r\n--\(boundary)--\r\n".utf8)
        var headers = Dictionary(uniqueKeysWithValues: cookieHeader.map { ($0.key.lowercased(), $0.value) })
        headers["content-type"] = "multipart/form-data; boundary=\(boundary)"
        return remember(app.respond(Request(method: "POST", path: path, headers: headers, body: body, clientAddress: "127.0.0.1")))
    }

    /// Opens the sign-up form and posts it, as a resident does.
    @discardableResult
    public func register(_ fields: [(String, String)]) -> Response {
        get("/dang-ky")
        return post("/dang-ky", fields)
    }

    private var cookieHeader: [String: String] {
        cookies.isEmpty ? [:] : ["Cookie": cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")]
    }

    private func remember(_ response: Response) -> Response {
        for (name, value) in response.headers where name == "Set-Cookie" {
            let pair = value.split(separator: ";")[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard pair.count == 2 else { continue }
            if value.contains("Max-Age=0") { cookies[pair[0]] = nil } else { cookies[pair[0]] = pair[1] }
        }
        last = response
        return response
    }

    public static func encode(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded
            }
        }
        return result
    }
}

private extension String {
    var leftPadded: String { count == 1 ? "0" + self : self }
}

extension Visit {
    /// A visitor signed in as a new account with `role` (staff, admin…), made directly in the
    /// database with the tests' cheap argon2id limits.
    public static func signedIn(as role: Role, in app: TestApp, phone: String, name: String? = nil) throws -> Visit {
        let number = PhoneNumber(phone)!
        _ = try app.database.createPerson(NewPerson(phone: number, fullName: name ?? "Cán bộ \(role.rawValue)", role: role,
                                                    passwordHash: try PasswordHasher.minimal.hash("mật khẩu cán bộ")), now: 0)
        let visit = Visit(app)
        visit.get("/dang-nhap")
        visit.post("/dang-nhap", [("phone", number.digits), ("password", "mật khẩu cán bộ")])
        return visit
    }
}
