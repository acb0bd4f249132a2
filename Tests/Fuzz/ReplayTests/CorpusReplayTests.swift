import Foundation
import FuzzTargets
import Testing

/// Every seed of `Tests/Fuzz/Corpus/<target>/` through its harness, so that each plain
/// `swift test` checks the properties the fuzzers check, on the same realistic inputs.
@Suite struct CorpusReplayTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus")

    static func seeds(_ target: FuzzTarget) -> [URL] {
        let folder = corpus.appendingPathComponent(target.rawValue)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test(arguments: FuzzTarget.allCases)
    func seedsKeepEveryProperty(target: FuzzTarget) throws {
        let seeds = Self.seeds(target)
        #expect(seeds.count >= 3, "too few seeds for \(target.rawValue)")
        for seed in seeds {
            let input = try [UInt8](Data(contentsOf: seed))
            #expect(throws: Never.self, "\(seed.lastPathComponent)") { try target.run(input) }
        }
    }
}
