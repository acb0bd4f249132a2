/// Vietnamese names as lists sort them: by the given name (the last word), then by the
/// whole name, both with diacritics folded ("An" before "Ánh" before "Bình").
public enum PersonName {
    /// The given name: the last word of the full name.
    public static func givenName(_ fullName: String) -> Substring {
        fullName.split(separator: " ").last ?? Substring(fullName)
    }

    /// A text that sorts people in list order: folded given name, then folded full name.
    public static func sortKey(_ fullName: String) -> String {
        TextFolding.fold(String(givenName(fullName))) + "\u{1}" + TextFolding.fold(fullName)
    }

    /// True when `a` comes before `b` in a Vietnamese list.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        let keyA = (TextFolding.fold(String(givenName(a))), TextFolding.fold(a), a)
        let keyB = (TextFolding.fold(String(givenName(b))), TextFolding.fold(b), b)
        return keyA < keyB
    }
}
