import Domain
import MicroHTTP
import Testing
import TestSupport

@Suite struct LoginThrottleWebTests {
    static let right = [("phone", "0912345678"), ("password", "ngày mai trời nắng")]
    static let wrong = [("phone", "0912345678"), ("password", "đoán bừa một câu")]

    func registered() throws -> (TestApp, Visit) {
        let app = try TestApp()
        let owner = Visit(app)
        owner.register(AccountTests.form)
        let attacker = Visit(app)
        attacker.get("/dang-nhap")
        return (app, attacker)
    }

    @Test func wrongPasswordsSlowDownThenLockEvenTheRightOne() throws {
        let (app, visit) = try registered()
        for _ in 0..<3 { #expect(visit.post("/dang-nhap", Self.wrong).status == 401) }
        let slowed = visit.post("/dang-nhap", Self.right)
        #expect(slowed.status == 429)
        #expect(slowed.text.contains("Hãy đợi 1 giây"))
        app.clock.advance(by: 1)
        for attempt in 4...10 {
            #expect(visit.post("/dang-nhap", Self.wrong).status == 401, "attempt \(attempt)")
            app.clock.advance(by: 70)
        }
        let locked = visit.post("/dang-nhap", Self.right)
        #expect(locked.status == 429)
        #expect(locked.text.contains("tạm khóa đến"))
        app.clock.advance(by: 15 * 60)
        #expect(visit.post("/dang-nhap", Self.right).status == 303)
    }

    @Test func successForgetsEarlierFailures() throws {
        let (_, visit) = try registered()
        for _ in 0..<2 { visit.post("/dang-nhap", Self.wrong) }
        #expect(visit.post("/dang-nhap", Self.right).status == 303)
        visit.post("/dang-xuat", [])
        visit.get("/dang-nhap")
        for _ in 0..<2 { #expect(visit.post("/dang-nhap", Self.wrong).status == 401) }
    }

    @Test func oneAddressTryingManyNumbersIsSlowed() throws {
        let (_, visit) = try registered()
        for index in 0..<10 {
            #expect(visit.post("/dang-nhap", [("phone", "09000000\(String(format: "%02d", index))"), ("password", "x y z w v")]).status == 401)
        }
        #expect(visit.post("/dang-nhap", Self.right).status == 429)
    }
}
