/// A language of the user interface. Vietnamese comes first; English is offered.
public enum Language: String, CaseIterable, Sendable {
    case vietnamese = "vi"
    case english = "en"

    /// The BCP 47 code (`vi`, `en`) for `lang` attributes.
    public var code: String { rawValue }
}
