import Foundation

/// Runs a program to its end under GNU time and reports its peak resident memory (`%M`).
///
/// The measuring process must be small: a child's peak as the kernel reports it includes the
/// resident memory of the process that forked it at the moment it did (the copy, or with
/// posix_spawn the shared memory, is counted until `exec`), and a test runner is hundreds of
/// MB. GNU time is a few MB. It is not on every fresh machine: `.ci/run` installs it, and the
/// tests that need it are disabled with ``unavailableReason`` when it is missing.
public enum PeakMemory {
    /// GNU time.
    public static let gnuTime = "/usr/bin/time"

    /// Whether GNU time is installed.
    public static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: gnuTime) }

    /// How a measured run ended.
    public struct Run: Sendable {
        /// Exit status; 128 + the signal's number when a signal ended it.
        public var status: Int32
        /// Peak resident set size in KiB.
        public var peakKilobytes: Int
        /// What the program wrote on standard error.
        public var standardError: String
    }

    /// Runs `executable arguments…` under GNU time with standard input and output on /dev/null
    /// and standard error collected, and returns its status and peak memory.
    public static func run(_ executable: String, _ arguments: [String]) throws -> Run {
        let report = FileManager.default.temporaryDirectory
            .appendingPathComponent("lede-peak-\(UUID().uuidString).time").path
        defer { try? FileManager.default.removeItem(atPath: report) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: gnuTime)
        process.arguments = ["-f", "%M", "-o", report, executable] + arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // The report's last line is the peak; a signal adds "Command terminated by signal N".
        let lines = try String(contentsOfFile: report, encoding: .utf8).split(separator: "\n")
        let peak = lines.last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? -1
        var status = process.terminationStatus
        if let line = lines.first(where: { $0.contains("terminated by signal") }),
           let signal = line.split(separator: " ").last.flatMap({ Int32($0) }) {
            status = 128 + signal
        }
        return Run(status: status, peakKilobytes: peak, standardError: message)
    }
}
