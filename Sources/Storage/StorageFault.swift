import GRDB

/// Why the database refused a write that was otherwise sound: the disk is full, the file or
/// its file system became read-only, or the disk failed. Reads usually still work, so the
/// server keeps serving pages and answers writes with "not saved, try again later" instead
/// of a crash page; SQLite rolls the failed transaction back, so nothing is half-written.
public enum StorageFault: Sendable, Hashable {
    case diskFull
    case readOnly
    case ioError

    /// The fault behind a storage error, or nil for any other error.
    public init?(_ error: any Error) {
        guard let error = error as? DatabaseError else { return nil }
        switch error.resultCode {
        case .SQLITE_FULL: self = .diskFull
        case .SQLITE_READONLY: self = .readOnly
        case .SQLITE_IOERR: self = .ioError
        default: return nil
        }
    }

    /// For the log: what an administrator should look at.
    public var logDescription: String {
        switch self {
        case .diskFull: "ổ đĩa đầy (SQLITE_FULL) — disk full: free space on the database's file system"
        case .readOnly: "cơ sở dữ liệu chỉ cho đọc (SQLITE_READONLY) — database is read-only: check the file system and permissions"
        case .ioError: "lỗi đọc ghi ổ đĩa (SQLITE_IOERR) — disk I/O error: check the disk and the kernel log"
        }
    }
}
