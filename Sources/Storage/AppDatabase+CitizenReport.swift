import Domain
import GRDB

extension AppDatabase {
    /// The learning-citizen figures of `year` for the commune report, counted in one statement
    /// inside the report's transaction. What reaches Swift is a line per group, village and
    /// kind of count, never a person; the two lines of a key (everyone, and the forms) add up.
    static func citizenSummary(_ db: Database, year: Int) throws -> CitizenSummary {
        var summary = CitizenSummary(year: year)
        let arguments: StatementArguments = [year, year - CitizenSummary.adultAge, SelfAssessment.Status.confirmed.rawValue]
        for row in try Row.fetchAll(db, sql: citizenSQL, arguments: arguments) {
            let share = CitizenSummary.Share(total: row["total"], reached: row["recognised"])
            switch row["dimension"] as String {
            case "group":
                let progress = CitizenSummary.Progress(residents: row["total"], assessed: row["assessed"], eligible: row["eligible"],
                                                       verified: row["verified"], recognised: row["recognised"])
                let group = (row["key"] as Int?).flatMap(TargetGroup.init(number:))
                summary.byGroup[group] = (summary.byGroup[group] ?? .zero) + progress
            case "village": summary.adultsByVillage[row["key"]] = (summary.adultsByVillage[row["key"]] ?? .zero) + share
            default: summary.householdsByVillage[row["key"]] = share
            }
        }
        return summary
    }

    /// ?1 the year, ?2 the last birth year of an adult in it (an unknown one is not), ?3 the
    /// confirmed status. The year's forms (index `self_assessment_year`) are joined to their
    /// person, rather than every person looked up for a form: on 100,000 people with a form
    /// for a third of them, 0.2 s instead of 0.3. `form`: each form with its person's facts.
    /// `adult`: each adult. `household_line`: each household with an adult member, and whether
    /// as many of them are recognised. Everyone is counted by group and adults by village
    /// apart from the forms, so people without a form keep their line.
    private static let citizenSQL = """
        WITH form AS MATERIALIZED (
            SELECT person.target_group, person.village_id, person.household_id, COALESCE(person.birth_year <= ?2, 0) AS adult,
                   self_assessment.passed, self_assessment.status = ?3 AS verified, self_assessment.recognised
            FROM self_assessment JOIN person ON person.id = self_assessment.person_id
            WHERE self_assessment.year = ?1),
        adult AS MATERIALIZED (
            SELECT village_id, household_id FROM person WHERE birth_year <= ?2),
        household_line AS (
            SELECT household.village_id, member.adults = COALESCE(titled.adults, 0) AS reached
            FROM (SELECT household_id, COUNT(*) AS adults FROM adult WHERE household_id IS NOT NULL GROUP BY household_id) AS member
            JOIN household ON household.id = member.household_id
            LEFT JOIN (SELECT household_id, COUNT(*) AS adults FROM form WHERE adult AND recognised AND household_id IS NOT NULL
                       GROUP BY household_id) AS titled ON titled.household_id = member.household_id)
        SELECT 'group' AS dimension, target_group AS key, COUNT(*) AS total, 0 AS assessed, 0 AS eligible, 0 AS verified,
               0 AS recognised
        FROM person GROUP BY target_group
        UNION ALL
        SELECT 'group', target_group, 0, COUNT(*), SUM(passed), SUM(verified), SUM(recognised) FROM form GROUP BY target_group
        UNION ALL
        SELECT 'village', village.name, line.total, 0, 0, 0, line.recognised
        FROM (SELECT village_id, COUNT(*) AS total, 0 AS recognised FROM adult GROUP BY village_id
              UNION ALL
              SELECT village_id, 0, SUM(recognised) FROM form WHERE adult GROUP BY village_id) AS line
        LEFT JOIN village ON village.id = line.village_id
        UNION ALL
        SELECT 'household', village.name, COUNT(*), 0, 0, 0, SUM(line.reached)
        FROM household_line AS line LEFT JOIN village ON village.id = line.village_id GROUP BY line.village_id
        """
}
