import Domain
import Testing

@Suite struct DateTextTests {
    @Test(arguments: [
        (Int64(0), "01/01/1970 07:00", 1970),
        (1_790_000_000, "21/09/2026 21:13", 2026),
        (1_798_736_399, "31/12/2026 23:59", 2026),
        (1_798_736_400, "01/01/2027 00:00", 2027),
        (951_782_400, "29/02/2000 07:00", 2000),
    ])
    func writesDatesInVietnamTime(seconds: Int64, text: String, year: Int) {
        #expect(DateText.dayAndTime(unixSeconds: seconds) == text)
        #expect(DateText.year(unixSeconds: seconds) == year)
    }
}
