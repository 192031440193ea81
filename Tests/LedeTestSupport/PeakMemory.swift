import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to its end and reports its peak resident memory, from the kernel's own
/// accounting of the child (`wait4`'s resource usage): what GNU time's `%M` prints, without
/// needing GNU time, which a fresh machine may not have.
public enum PeakMemory {
    /// How a measured run ended.
    public struct Run: Sendable {
        /// Exit status; 128 + the signal's number when a signal ended it.
        public var status: Int32
        /// Peak resident set size in KiB.
        public var peakKilobytes: Int
        /// What the program wrote on standard error.
        public var standardError: String
    }

    /// Runs `executable arguments…` with standard input and output on /dev/null and standard
    /// error collected, waits for it and returns its status and peak memory.
    public static func run(_ executable: String, _ arguments: [String]) throws -> Run {
        let errorPath = FileManager.default.temporaryDirectory
            .appendingPathComponent("lede-peak-\(UUID().uuidString).stderr").path
        defer { try? FileManager.default.removeItem(atPath: errorPath) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSFilePathErrorKey: executable, "errno": spawned])
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw CocoaError(.executableLoad, userInfo: ["errno": errno]) }
        }
        let signal = status & 0x7F
        let message = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        return Run(status: signal == 0 ? (status >> 8) & 0xFF : 128 + signal,
                   peakKilobytes: Int(usage.ru_maxrss), standardError: message)
    }
}
