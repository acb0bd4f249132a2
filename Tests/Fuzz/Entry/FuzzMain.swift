import Foundation
import FuzzTargets
#if FUZZING
import CLibFuzzer
#endif

/// `hoctap-fuzz`: runs one fuzz target, named by `HOCTAP_FUZZ_TARGET` (an environment variable
/// rather than an argument, because libFuzzer re-runs its own command line for merges and jobs).
///
/// Built by `Tests/Fuzz/run.sh` with `-D FUZZING` and libFuzzer's coverage instrumentation, it
/// hands its arguments to libFuzzer. Built normally (every `swift build`), it replays the files
/// named as arguments, so a crashing input can be debugged without the sanitizer.
@main
struct FuzzMain {
    static func main() {
        guard let name = getenv("HOCTAP_FUZZ_TARGET").map({ String(cString: $0) }), let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
            fail("usage: HOCTAP_FUZZ_TARGET=<\(names)> hoctap-fuzz [FILE… | libFuzzer arguments]")
        }
        #if FUZZING
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, callback(for: target)))
        #else
        for path in CommandLine.arguments.dropFirst() {
            guard let input = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
            check(target, Array(input))
            print("\(path): ok")
        }
        #endif
    }
}

/// Runs one input; a broken property becomes a crash, the failure libFuzzer records.
func check(_ target: FuzzTarget, _ input: [UInt8]) {
    do {
        try target.run(input)
    } catch {
        fatalError("\(target.rawValue): \(error)")
    }
}

#if FUZZING
/// A C callback cannot capture the target, so each target has its own.
func callback(for target: FuzzTarget) -> @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt {
    switch target {
    case .formDecoder: { data, size in check(.formDecoder, bytes(data, size)); return 0 }
    case .multipart: { data, size in check(.multipart, bytes(data, size)); return 0 }
    case .csvImport: { data, size in check(.csvImport, bytes(data, size)); return 0 }
    case .frontMatter: { data, size in check(.frontMatter, bytes(data, size)); return 0 }
    case .route: { data, size in check(.route, bytes(data, size)); return 0 }
    }
}

func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    Array(UnsafeBufferPointer(start: data, count: size))
}
#endif

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}
