import Foundation

/// Runs a program and collects what it prints. Synchronous, reading both pipes to the end
/// before waiting: `waitUntilExit` can hang in async tests, and a full pipe would block.
public enum Program {
    public static func run(_ path: String, _ arguments: [String]) throws -> (status: Int32, output: Data, errors: Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let complaints = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, printed, complaints)
    }
}

/// Debian's own python3 (not whichever `python3` comes first on PATH: pyenv, a venv), which
/// sees the packages `.ci/install-system-packages` installs, such as python3-icalendar.
public enum SystemPython {
    public static let path = "/usr/bin/python3"

    /// Whether the interpreter can import `module`.
    public static func canImport(_ module: String) -> Bool {
        (try? run(["-c", "import \(module)"]).status) == 0
    }

    public static func run(_ arguments: [String]) throws -> (status: Int32, output: Data, errors: Data) {
        try Program.run(path, arguments)
    }
}
