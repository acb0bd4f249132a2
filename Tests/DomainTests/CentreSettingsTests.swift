import Domain
import Testing

@Suite struct CentreSettingsTests {
    @Test func acceptsNamesAndAnOptionalPhone() throws {
        let settings = try CentreSettings.validate(communeName: "Xã Đức Trọng", centreName: "TTHTCĐ xã Đức Trọng",
                                                   address: "", phone: "0263 3822 456", director: "").get()
        #expect(settings.phone?.digits == "02633822456")
        #expect(try CentreSettings.validate(communeName: "Xã A", centreName: "TT A", address: "", phone: "", director: "").get().phone == nil)
    }

    @Test(arguments: [
        ("", "TT", "", "", "", CentreSettings.Field.communeName, CentreSettings.Problem.required),
        ("Xã A", "", "", "", "", .centreName, .required),
        (String(repeating: "x", count: 121), "TT", "", "", "", .communeName, .tooLong),
        ("Xã A", "TT", String(repeating: "đ", count: 121), "", "", .address, .tooLong),
        ("Xã A", "TT", "", "", String(repeating: "a", count: 121), .director, .tooLong),
        ("Xã A", "TT", "", "12345", "", .phone, .invalidPhone),
    ])
    func refuses(commune: String, centre: String, address: String, phone: String, director: String,
                 field: CentreSettings.Field, problem: CentreSettings.Problem) {
        let result = CentreSettings.validate(communeName: commune, centreName: centre, address: address, phone: phone, director: director)
        guard case .failure(let problems) = result else {
            Issue.record("accepted")
            return
        }
        #expect(problems.byField == [field: problem])
    }

    @Test func exactlyTheLimitIsAccepted() {
        let name = String(repeating: "ệ", count: CentreSettings.maxLength)
        #expect((try? CentreSettings.validate(communeName: name, centreName: name, address: name, phone: "", director: name).get()) != nil)
    }
}

@Suite struct HouseholdMatchKeyTests {
    @Test(arguments: [("Nguyễn Văn Đức", "nguyen van duc"), ("  NGUYỄN  văn   đức ", "nguyen van duc"),
                      ("Nguye\u{0302}\u{0303}n Va\u{0306}n Đức", "nguyen van duc")])
    func foldsWhatPeopleType(name: String, key: String) {
        #expect(Household.matchKey(name) == key)
    }
}
