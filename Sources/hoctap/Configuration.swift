import ArgumentParser
import Foundation
import MicroHTTP
import Routes
import Views
import Web

/// Everything `serve` needs, resolved once: command line, then `HOCTAP_…` variables,
/// then defaults.
struct Configuration {
    var server: ServerConfiguration
    var web: WebConfiguration
    var databasePath: String
    var coursesDirectory: String
    var demo: Bool

    init(serve: Serve) throws {
        let env = Environment.value
        let portText = serve.port.map(String.init) ?? env("HOCTAP_PORT") ?? "8080"
        guard let port = UInt16(portText) else {
            throw ValidationError("cổng \"\(portText)\" phải là số từ 0 đến 65535 (bad port)")
        }
        var server = ServerConfiguration(host: serve.host ?? env("HOCTAP_HOST") ?? "127.0.0.1", port: port)
        server.logTarget = Route.loggedTarget
        if let threadsText = serve.threads.map(String.init) ?? env("HOCTAP_THREADS") {
            guard let threads = Int(threadsText), (1...256).contains(threads) else {
                throw ValidationError("số luồng \"\(threadsText)\" phải từ 1 đến 256 (bad thread count)")
            }
            server.threads = threads
        }
        let certificate = serve.tlsCert ?? env("HOCTAP_TLS_CERT")
        let key = serve.tlsKey ?? env("HOCTAP_TLS_KEY")
        switch (certificate, key) {
        case (nil, nil):
            break
        case (let certificate?, let key?):
            server.tls = TLSCredentials(certificatePEM: try Self.read(certificate), keyPEM: try Self.read(key))
        default:
            throw ValidationError("cần cả --tls-cert và --tls-key (both --tls-cert and --tls-key are needed)")
        }
        self.server = server
        demo = serve.demo || ["1", "true", "yes"].contains(env("HOCTAP_DEMO")?.lowercased() ?? "")
        let commune = serve.communeName ?? env("HOCTAP_COMMUNE_NAME") ?? "Xã Đức Trọng"
        let centre = serve.centreName ?? env("HOCTAP_CENTRE_NAME") ?? "Trung tâm học tập cộng đồng"
        web = WebConfiguration(
            site: SiteInfo(centreName: centre, communeName: commune,
                           publicURL: serve.publicURL ?? env("HOCTAP_PUBLIC_URL"), isDemo: demo),
            publicDirectory: serve.public ?? env("HOCTAP_PUBLIC") ?? "./Public",
            secureCookies: server.tls != nil)
        databasePath = serve.storage.databasePath
        coursesDirectory = serve.courses ?? env("HOCTAP_COURSES") ?? "./Course"
    }

    private static func read(_ path: String) throws -> String {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ValidationError("không đọc được tệp \(path) (cannot read file)")
        }
        return text
    }
}
