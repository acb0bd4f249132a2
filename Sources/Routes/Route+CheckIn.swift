extension Route {
    /// What may stand in `/diem-danh/{code}`: 4 to 12 ASCII letters, digits or dashes. Looser
    /// than the codes made today (six characters), so a longer code later keeps old links
    /// parsing; anything else is no route at all and never reaches the database.
    public static func isCheckInCode(_ text: String) -> Bool {
        (4...12).contains(text.utf8.count) && text.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"): true
            default: false
            }
        }
    }
}
