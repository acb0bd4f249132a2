/// A household (hộ gia đình) as the commune knows it: named by its head, in a village.
/// Residents join one when staff confirm the link; learning-family titles count by household.
public struct Household: Sendable, Equatable {
    public var id: Int64
    /// The head of household's full name, as staff typed it.
    public var headName: String
    public var villageID: Int64?
    public var address: String

    public init(id: Int64, headName: String, villageID: Int64?, address: String = "") {
        self.id = id
        self.headName = headName
        self.villageID = villageID
        self.address = address
    }

    /// The form of a head's name that matches what residents typed at registration:
    /// diacritics and đ folded, case and extra spaces ignored ("Nguyễn  Văn Đức" = "nguyen van duc").
    public static func matchKey(_ headName: String) -> String {
        TextFolding.fold(headName).split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// The longest head name or address the forms accept.
    public static let maxLength = 120
}
