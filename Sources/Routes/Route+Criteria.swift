import Domain

extension Route {
    /// The group a criteria page shows when its address names none.
    public static let firstGroup = TargetGroup.all[0]

    /// `/quan-tri/tieu-chi` (no `year`) or `/quan-tri/tieu-chi/{year}?nhom=N`. A group that is
    /// not one of the four is no page, as an unknown field is not.
    static func criteria(year: String?, group: String?) -> Route? {
        guard let year else { return .adminCriteria }
        guard let number = positiveNumber(year) else { return nil }
        guard let group else { return .adminCriteriaYear(year: number, group: firstGroup) }
        guard let chosen = positiveNumber(group, digits: 1).flatMap(TargetGroup.init(number:)) else { return nil }
        return .adminCriteriaYear(year: number, group: chosen)
    }
}
