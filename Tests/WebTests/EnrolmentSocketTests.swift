import Credentials
import Domain
import MicroHTTP
import Routes
import Storage
import Testing
import TestSupport

/// Capacity holds under load: 200 residents press "Đăng ký học" at the same moment.
@Suite struct EnrolmentSocketTests {
    @Test func twoHundredSimultaneousEnrolmentsFillThirtySeatsAndQueueTheRestInOrder() throws {
        let app = try TestApp()
        let staff = Actor(personID: nil, address: "-", now: app.clock.now)
        let courseClass = try app.database.createClass(
            CourseClass(id: 0, courseSlug: nil, title: "Lớp kỹ năng số", field: .digitalSkills, venue: Venue(kind: .centre), capacity: 30),
            by: staff)
        // Each resident signed in on their own phone: a session and an anti-forgery token each.
        let residents = try (0..<200).map { index -> (Person, String) in
            let person = try app.database.createPerson(NewPerson(phone: PhoneNumber("0913\(String(format: "%06d", index))")!,
                                                                 fullName: "Người \(index)", passwordHash: nil), now: 0)
            let token = SecretToken.make()
            try app.database.createSession(tokenDigest: SecretToken.digest(token), personID: person.id, now: app.clock.now)
            return (person, token)
        }
        // Room above the 200 connections, so no connection limit of the server is what the test measures.
        let server = try HTTPServer(configuration: ServerConfiguration(host: "127.0.0.1", port: 0, threads: 4, perAddressConnectionLimit: 400),
                                    errorResponse: app.errorResponse, responder: app.respond)
        defer { server.stop() }
        let connections = try residents.map { _ in try RawHTTPConnection(port: server.port, timeoutSeconds: 30) }
        let csrf = String(repeating: "a", count: 64)
        let body = Array("csrf=\(csrf)&action=enrol".utf8)
        // Every request is on the wire before the first answer is read.
        for ((_, token), connection) in zip(residents, connections) {
            let head = """
                POST \(Route.enrol(classID: courseClass.id).link) HTTP/1.1\r\nHost: 127.0.0.1\r\n\
                Cookie: hoctap_session=\(token); hoctap_csrf=\(csrf)\r\n\
                Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(body.count)\r\n\r\n
                """
            try connection.send(Array(head.utf8) + body)
        }
        let statuses = try connections.map { try $0.readResponse(method: "POST").status }
        #expect(statuses.allSatisfy { $0 == 200 }, "\(Set(statuses))")

        let places = try app.database.enrolments(classID: courseClass.id).map(\.enrolment)
        #expect(places.count == 200)
        #expect(places.filter { $0.status == .enrolled }.count == 30)
        #expect(places.filter { $0.status == .waiting }.count == 170)
        // In order: positions 1…200 once each, the first 30 arrivals seated, the rest waiting in arrival order.
        let byPosition = places.sorted { $0.position < $1.position }
        #expect(byPosition.map(\.position) == Array(1...200))
        #expect(byPosition.prefix(30).allSatisfy { $0.status == .enrolled })
        #expect(byPosition.dropFirst(30).allSatisfy { $0.status == .waiting })
    }
}
