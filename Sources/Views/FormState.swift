/// What a form shows after a failed post: the values typed (never the password) and the
/// error of each field, in the visitor's language.
public struct FormState: Sendable {
    public var values: [String: String]
    public var errors: [String: String]
    /// A message for the whole form (wrong password, expired form).
    public var message: String?

    public init(values: [String: String] = [:], errors: [String: String] = [:], message: String? = nil) {
        self.values = values
        self.errors = errors
        self.message = message
    }

    public subscript(_ name: String) -> String { values[name] ?? "" }
}
