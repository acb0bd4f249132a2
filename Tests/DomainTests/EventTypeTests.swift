import Domain
import Testing

@Suite struct EventTypeTests {
    @Test(arguments: [
        (EventType.openingCeremony, "le-khai-mac", "Lễ khai mạc", "Opening ceremony"),
        (.bookFair, "hoi-sach", "Hội sách", "Book fair"),
        (.talk, "toa-dam", "Tọa đàm", "Talk or seminar"),
        (.digitalSkillsClass, "lop-ky-nang-so", "Lớp kỹ năng số", "Digital-skills class"),
        (.contest, "hoi-thi", "Hội thi", "Contest"),
        (.exhibition, "trien-lam", "Triển lãm", "Exhibition"),
        (.honouringLearners, "ton-vinh-guong-hoc-tap", "Tôn vinh gương học tập", "Honouring model learners"),
        (.freeClass, "lop-mien-phi", "Lớp miễn phí", "Free class"),
        (.other, "khac", "Khác", "Other"),
    ])
    func namesEachType(type: EventType, code: String, vietnamese: String, english: String) {
        #expect(type.rawValue == code)
        #expect(EventType(rawValue: code) == type)
        #expect(type.vietnameseName == vietnamese)
        #expect(type.englishName == english)
    }

    @Test func codesAreUniqueURLSafeASCII() {
        let codes = EventType.allCases.map(\.rawValue)
        #expect(Set(codes).count == codes.count)
        #expect(codes.allSatisfy { code in code.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || $0 == "-" } })
    }

    /// Each code is its Vietnamese name folded, so an administrator reading a URL or a CSV
    /// export recognises the type.
    @Test func codesAreTheFoldedVietnameseNames() {
        for type in EventType.allCases {
            #expect(TextFolding.fold(type.vietnameseName).replacingSpaces == type.rawValue)
        }
    }
}

private extension String {
    var replacingSpaces: String { String(map { $0 == " " ? "-" : $0 }) }
}
