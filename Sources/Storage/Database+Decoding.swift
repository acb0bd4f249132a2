import GRDB

/// Reading rows the fast way, for the queries every page runs. Two costs dominate a page's
/// queries on a large commune (measured with callgrind, see Tests/Benchmarks/README.md):
/// SQLite compiling the same SQL again on every request, and GRDB's copied rows looking a
/// column up by name in a loop that lower-cases every column name on each lookup. These read
/// from a statement kept per connection (`cachedStatement`) and decode each row while the
/// statement steps, where GRDB looks names up in a dictionary instead.
///
/// Only for constant SQL (a query built from varying parts would fill the cache), and a
/// `decode` closure must never run the query it is decoding: that would reuse the cached
/// statement while it is still stepping. (Other queries are fine.)
extension Database {
    func decodeAll<T>(_ sql: String, _ arguments: StatementArguments = StatementArguments(),
                      _ decode: (Row) throws -> T) throws -> [T] {
        let rows = try Row.fetchCursor(cachedStatement(sql: sql), arguments: arguments)
        var values: [T] = []
        while let row = try rows.next() {
            values.append(try decode(row))
        }
        return values
    }

    func decodeOne<T>(_ sql: String, _ arguments: StatementArguments = StatementArguments(),
                      _ decode: (Row) throws -> T) throws -> T? {
        let rows = try Row.fetchCursor(cachedStatement(sql: sql), arguments: arguments)
        return try rows.next().map(decode)
    }

    /// An INSERT, UPDATE or DELETE from a cached statement.
    func run(_ sql: String, _ arguments: StatementArguments = StatementArguments()) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }
}
