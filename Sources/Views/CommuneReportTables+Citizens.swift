import Domain

extension CommuneReportTables {
    /// The learning-citizen tables, after the learners' ones: the year's self-assessments by
    /// target group, the share of adults recognised by village against the national target
    /// (with its chart), and the households whose adults all hold the title. Their total lines
    /// count the commune as a whole: the shares and the number still needed are the commune's,
    /// not sums of the villages'.
    static func citizenTables(_ citizens: CitizenSummary, villages: [String], strings: Strings) -> [Table] {
        let text = strings.communeReport, week = strings.weekReport
        let target = citizens.target
        let targetText = percent(target.perMille, strings)

        let groups = citizens.groups
        func progress(_ label: String, _ figures: CitizenSummary.Progress) -> Row {
            let counts = [figures.residents, figures.assessed, figures.eligible, figures.verified, figures.recognised]
            return Row(label: label, values: counts.map(Value.count))
        }
        let byGroup = Table(
            heading: text.citizensByGroup(citizens.year),
            columns: [week.group, text.residents, text.assessed, text.eligible, text.verified, text.recognised],
            rows: groups.map { progress($0.key.map(strings.groupName) ?? week.notRecorded, $0.figures) },
            total: progress(week.total, groups.reduce(.zero) { $0 + $1.figures }),
            note: text.citizensNote(citizens.year), isBreakdown: false)

        func share(_ label: String, _ figures: CitizenSummary.Share, needed: Bool) -> Row {
            let values: [Value] = [.count(figures.total), .count(figures.reached), .perMille(figures.perMille)]
            return Row(label: label, values: values + (needed ? [.count(figures.needed(for: target))] : []))
        }
        func shares(_ lines: [CommuneReport.Line<String, CitizenSummary.Share>], needed: Bool) -> (rows: [Row], total: Row) {
            (lines.map { share($0.key ?? week.notRecorded, $0.figures, needed: needed) },
             share(week.total, lines.reduce(.zero) { $0 + $1.figures }, needed: needed))
        }
        let adults = citizens.adults(villages: villages)
        let (adultRows, adultTotal) = shares(adults, needed: true)
        let points = zip(adultRows, adults).map { row, line in
            SVGChart.Point(label: row.label, value: line.figures.perMille ?? 0,
                           text: line.figures.perMille.map { Value.perMille($0).text(strings) + "%" } ?? "—")
        }
        let chart = SVGChart(kind: .bars, title: text.shareChart(targetText), points: points, maximum: 1000,
                             reference: SVGChart.Reference(value: target.perMille, label: text.targetMark(targetText)))
        let byVillage = Table(
            heading: text.citizensByVillage(citizens.year),
            columns: [week.village, text.adults, text.recognised, text.share, text.needed(targetText)],
            rows: adultRows, total: adultTotal, note: text.targetNote(citizens.year, target, targetText), chart: chart, isBreakdown: false)

        let (householdRows, householdTotal) = shares(citizens.households(villages: villages), needed: false)
        let households = Table(
            heading: text.learningHouseholds(citizens.year),
            columns: [week.village, text.households, text.householdsReached, text.share],
            rows: householdRows, total: householdTotal, note: text.householdsNote(citizens.year), isBreakdown: false)
        return [byGroup, byVillage, households]
    }

    /// "46%", "37,5%": whole percentages without a decimal, as targets are written.
    static func percent(_ perMille: Int, _ strings: Strings) -> String {
        strings.number(perMille / 10) + (perMille % 10 == 0 ? "" : strings.communeReport.decimalMark + String(perMille % 10)) + "%"
    }
}
