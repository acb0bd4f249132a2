import Domain

extension AppDatabase {
    /// Residents who took part in the demo Week's events that have already happened, so the
    /// report (`/quan-tri/tuan-le/2026/bao-cao`) of a demo install shows realistic figures.
    /// Nothing is added while the Week is still ahead: attendance is never recorded for an
    /// event before it starts. The pattern is fixed, so every demo install shows the same figures.
    func loadDemoParticipation(villages: [Village], now: Int64, actor: Actor) throws {
        let held = try events(year: 2026).filter { $0.session.startsAt < now && !$0.session.cancelled }
        guard !held.isEmpty else { return }
        let family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng"]
        let middle = ["Văn", "Thị", "Minh", "Thị", "Quốc", "Thị"]
        let given = ["An", "Bình", "Cúc", "Dũng", "Hà", "Hòa", "Lan", "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sen", "Tâm", "Yến"]
        var residents: [Person] = []
        for index in 0..<48 {
            let womanly = index % 6 == 1 || index % 6 == 3 || index % 6 == 5
            guard let phone = PhoneNumber("03990000\(String(format: "%02d", index))") else { continue }
            let name = "\(family[index % family.count]) \(middle[index % middle.count]) \(given[index % given.count])"
            residents.append(try createPerson(NewPerson(
                phone: phone, fullName: name, birthYear: 1950 + (index * 13) % 63, sex: womanly ? .female : .male,
                group: TargetGroup(number: [1, 1, 2, 3, 4, 1][index % 6]), villageID: villages[index % villages.count].id,
                passwordHash: nil, registeredBy: nil), now: actor.now))
        }
        for (eventIndex, event) in held.enumerated() {
            // About two residents in five come to each event; who comes shifts from event to event.
            let comers = residents.enumerated().filter { (($0.offset * 7 + eventIndex * 3) % 5) < 2 }.map(\.element)
            for (position, person) in comers.enumerated() {
                let registered = (event.courseClass.event?.takesRegistration ?? true) && position % 6 != 5
                if registered { try enrol(classID: event.courseClass.id, personID: person.id, by: actor) }
                // Most come on time, some late; a registered few stay away, one with leave.
                let status: AttendanceStatus = switch position % 9 {
                case 7 where registered: .absent
                case 8 where registered: .excused
                case 3: .late
                default: .present
                }
                try recordAttendance(sessionID: event.session.id, personID: person.id, status: status,
                                     source: registered ? .rollCall : .checkIn, overwrite: true, by: actor)
            }
        }
    }
}
