import Domain
import Foundation

extension FormFields {
    /// A typed text as it is stored: without surrounding spaces, in NFC (some phone keyboards
    /// send decomposed Vietnamese, which would not compare equal to the same name typed elsewhere).
    func text(_ name: String) -> String {
        self[name].trimmingSpaces.precomposedStringWithCanonicalMapping
    }
}
