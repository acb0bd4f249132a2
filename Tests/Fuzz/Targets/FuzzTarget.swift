/// The inputs fuzzed with libFuzzer (issue 7), each a function from bytes to checked
/// properties. The fuzz entry (`Tests/Fuzz/Entry`) runs them under libFuzzer; the replay
/// tests run the seed corpus through them in every plain `swift test`.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// `application/x-www-form-urlencoded` query strings and form bodies.
    case formDecoder = "form-decoder"
    /// `multipart/form-data` uploads: a Content-Type line, then the body.
    case multipart
    /// An uploaded CSV file read into the resident import's preview.
    case csvImport = "csv-import"
    /// A course or lesson file's front matter and the headers read from it.
    case frontMatter = "front-matter"
    /// A request target (path and query) read into a `Route`, and its link.
    case route

    /// Feeds `input` to the code under test; throws when a promised property fails.
    /// A crash in the code under test stays a crash, which is what libFuzzer looks for.
    public func run(_ input: [UInt8]) throws(PropertyViolation) {
        switch self {
        case .formDecoder: try FormDecoderFuzz.run(input)
        case .multipart: try MultipartFuzz.run(input)
        case .csvImport: try CSVImportFuzz.run(input)
        case .frontMatter: try FrontMatterFuzz.run(input)
        case .route: try RouteFuzz.run(input)
        }
    }
}

/// A property that a harness checks did not hold for an input.
public struct PropertyViolation: Error, CustomStringConvertible {
    public var description: String
}

/// Throws `PropertyViolation(message)` unless `condition` holds.
func require(_ condition: Bool, _ message: @autoclosure () -> String) throws(PropertyViolation) {
    if !condition { throw PropertyViolation(description: message()) }
}
