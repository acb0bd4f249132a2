import Domain
import Testing

@Suite struct NumberTextTests {
    @Test(arguments: [
        (0, "0"), (7, "7"), (999, "999"), (1000, "1.000"), (10_000, "10.000"), (123_456, "123.456"), (1_234_567, "1.234.567"),
        (-1500, "-1.500"), (Int.min, "-9.223.372.036.854.775.808"),
    ])
    func thousandsAreGroupedByThrees(value: Int, expected: String) {
        #expect(NumberText.grouped(value, separator: ".") == expected)
    }
}
