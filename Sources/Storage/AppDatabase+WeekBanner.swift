import Domain
import Foundation
import GRDB

/// A year's banner as stored.
public struct WeekBanner: Sendable, Equatable {
    public var kind: BannerImage.Kind
    public var bytes: [UInt8]
    /// What the picture shows, for people who cannot see it.
    public var alt: String
    public var updatedAt: Int64

    public init(kind: BannerImage.Kind, bytes: [UInt8], alt: String, updatedAt: Int64) {
        self.kind = kind
        self.bytes = bytes
        self.alt = alt
        self.updatedAt = updatedAt
    }
}

extension AppDatabase {
    public func weekBanner(year: Int) throws -> WeekBanner? {
        try writer.read { db in
            try (db.decodeOne("SELECT * FROM week_banner WHERE year = ?", [year]) { row in
                BannerImage.Kind(rawValue: row["kind"]).map {
                    WeekBanner(kind: $0, bytes: [UInt8](row["bytes"] as Data), alt: row["alt"], updatedAt: row["updated_at"])
                }
            } ?? nil)
        }
    }

    /// The banner's text and time only, for pages that link to it without sending its bytes.
    public func weekBannerSummary(year: Int) throws -> (alt: String, updatedAt: Int64)? {
        try writer.read { db in
            try db.decodeOne("SELECT alt, updated_at FROM week_banner WHERE year = ?", [year]) { ($0["alt"], $0["updated_at"]) }
        }
    }

    /// Keeps (or replaces) a year's banner; the bytes must already have passed `BannerImage.check`.
    /// Audited by kind and size, not content.
    public func saveWeekBanner(year: Int, kind: BannerImage.Kind, bytes: [UInt8], alt: String, by actor: Actor) throws {
        try writer.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM week_edition WHERE year = ?)", arguments: [year]) == true else {
                throw EditionError.notFound
            }
            try db.execute(sql: """
                INSERT OR REPLACE INTO week_banner (year, kind, bytes, alt, updated_at) VALUES (?, ?, ?, ?, ?)
                """, arguments: [year, kind.rawValue, Data(bytes), alt, actor.now])
            try AppDatabase.audit(db, actor: actor, entity: "week", id: Int64(year), action: "banner", before: nil,
                                  after: ["anh": "\(kind.rawValue), \(bytes.count) byte", "mo_ta": alt])
        }
    }

    public func removeWeekBanner(year: Int, by actor: Actor) throws {
        try writer.write { db in
            try db.execute(sql: "DELETE FROM week_banner WHERE year = ?", arguments: [year])
            if db.changesCount > 0 {
                try AppDatabase.audit(db, actor: actor, entity: "week", id: Int64(year), action: "remove-banner", before: nil, after: nil)
            }
        }
    }
}
