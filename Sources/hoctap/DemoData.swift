import ArgumentParser
import Domain
import Foundation
import Storage

/// `hoctap demo-data`: a realistic generated commune in an empty database, for demonstrations
/// and for measuring the reports on a commune's worth of data. Never touches real data.
struct DemoData: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo-data",
        abstract: "Tạo dữ liệu mẫu của một xã vào cơ sở dữ liệu trống. (Generate a sample commune into an empty database.)",
        discussion: """
        Thôn, hộ gia đình, người dân, cán bộ, lớp học, điểm danh, Tuần lễ học tập suốt đời và tự đánh giá công dân học tập \
        của từng năm. Từ chối cơ sở dữ liệu đã có người, thôn hay lớp học. Cùng --seed thì cùng dữ liệu.
        Villages, households, residents, staff, classes, attendance, the Lifelong Learning Week and learning-citizen \
        self-assessments for each year. Refuses a database that already holds people, villages or classes. The same \
        --seed gives the same data.
        """)

    @OptionGroup var storage: StorageOptions

    @Option(help: "Số người (cả cán bộ, giảng viên). (Number of people, staff and instructors included)")
    var residents = 20_000

    @Option(help: "Số năm dữ liệu. (Calendar years of activity)")
    var years = 5

    @Option(help: "Năm cuối; mặc định năm ngoái. (Last year of activity; default: last year)")
    var lastYear: Int?

    @Option(help: "Hạt giống ngẫu nhiên: cùng hạt giống, cùng dữ liệu. (Random seed: the same seed gives the same data)")
    var seed: UInt64 = 1

    @Option(help: "Thư mục khóa học mà các lớp theo. (Course folder classes follow; default ./Course)")
    var courses: String?

    func run() throws {
        try storage.bootstrapLogging()
        let library: CourseLibrary
        do throws(CourseLibrary.LoadError) {
            library = try CourseLibrary.load(from: courses ?? Environment.value("HOCTAP_COURSES") ?? "./Course")
        } catch {
            throw ValidationError(error.description)
        }
        let now = Int64(Date().timeIntervalSince1970)
        let plan = CommunePlan(residents: residents, years: years, lastYear: lastYear ?? DateText.year(unixSeconds: now) - 1, seed: seed,
                               courses: library.courses)
        let database = try AppDatabase.open(path: storage.databasePath)
        let started = Date()
        let counts: GeneratedCommune
        do {
            counts = try database.generateCommune(plan, now: now)
        } catch let error as GeneratorError {
            throw ValidationError(error.description)
        }
        // Counts on standard output, one "name: count" a line, for scripts (Tests/Benchmarks/report_bench.sh).
        print("years: \(plan.lastYear - years + 1)-\(plan.lastYear)")
        for line in counts.lines {
            print("\(line.name): \(line.count)")
        }
        print("seconds: \(String(format: "%.1f", Date().timeIntervalSince(started)))")
    }
}
