import Domain
import Storage
import Testing
import TestSupport

@Suite struct WeekEditionStorageTests {
    @Test func editionsAreKeptOnePerYearAndAudited() throws {
        let (database, _) = try AppDatabase.temporary()
        let actor = Actor.system(now: 0)
        let standard = try #require(WeekEdition.standard(year: 2026, theme: "Học tập để phát triển bản thân", slogan: "Cả xã cùng học"))
        try database.createEdition(StoredEdition(edition: standard, themeIsPlaceholder: true), by: actor)
        #expect(throws: EditionError.yearTaken) { try database.createEdition(StoredEdition(edition: standard), by: actor) }
        var moved = standard
        moved.startsOn = try #require(LocalDate(year: 2026, month: 10, day: 2))
        moved.endsOn = try #require(LocalDate(year: 2026, month: 10, day: 8))
        try database.updateEdition(StoredEdition(edition: moved, description: "Mô tả"), by: actor)
        let stored = try #require(try database.edition(year: 2026))
        #expect(stored.edition == moved && !stored.themeIsPlaceholder && stored.description == "Mô tả")
        #expect(try database.editions().map(\.edition.year) == [2026])
        #expect(try database.auditEntries(entity: "week").map(\.action) == ["update", "create"])
        #expect(throws: EditionError.notFound) {
            try database.updateEdition(StoredEdition(edition: try #require(WeekEdition.standard(year: 2030))), by: actor)
        }
    }
}
