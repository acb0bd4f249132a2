import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program and collects what it prints, in files rather than pipes, through
/// posix_spawn rather than Foundation's `Process`: the parent then opens and closes nothing
/// but its own files. Pipes handed to `Process` could be closed twice, and a descriptor
/// closed twice can belong to another test by then (a server's epoll set, in one CI run).
public enum Program {
    public static func run(_ path: String, _ arguments: [String]) throws -> (status: Int32, output: Data, errors: Data) {
        let folder = TemporaryDirectory()
        let (out, err) = (folder.file("stdout"), folder.file("stderr"))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, err, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let pid = try spawn(path, arguments, actions: &actions)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        // The exit code when the program exited, 128 + the signal when a signal ended it (as shells say).
        let exitCode = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (exitCode, FileManager.default.contents(atPath: out) ?? Data(), FileManager.default.contents(atPath: err) ?? Data())
    }

    /// Starts a program that keeps running (a driver), its output discarded; `stop` ends it.
    public static func start(_ path: String, _ arguments: [String]) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        return try spawn(path, arguments, actions: &actions)
    }

    /// Ends a started program for sure (chromedriver ignores SIGTERM) and reaps it.
    public static func stop(_ pid: pid_t) {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
    }

    private static func spawn(_ path: String, _ arguments: [String], actions: inout posix_spawn_file_actions_t) throws -> pid_t {
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        return pid
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
