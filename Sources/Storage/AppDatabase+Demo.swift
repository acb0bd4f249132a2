import Domain

extension AppDatabase {
    /// Sample villages for a demonstration install (`--demo`), added only to a database that
    /// has none, so a real commune's list is never touched. Later features add their samples here.
    @discardableResult
    public func loadDemoData(now: Int64) throws -> Bool {
        guard try villages().isEmpty else { return false }
        let actor = Actor.system(now: now)
        for name in ["Bắc Sơn", "Nam Sơn", "Phú Thạnh", "Tân Hội", "Đồng Lạc", "Hiệp Thuận"] {
            try createVillage(name: name, kind: .thon, by: actor)
        }
        try createVillage(name: "Tổ dân phố 1", kind: .toDanPho, by: actor)
        return true
    }
}
