import Foundation

/// Runs the built `lede` executable, as a user would, for end-to-end tests.
public enum LedeBinary {
    /// The `lede` built beside the running test bundle (same configuration), else the release
    /// or debug build in `.build/`.
    public static let path: String = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("lede").path,
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("lede").path,
            SharedCorpora.repositoryRoot.appendingPathComponent(".build/release/lede").path,
            SharedCorpora.repositoryRoot.appendingPathComponent(".build/debug/lede").path,
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[2]
    }()

    /// The outcome of one run.
    public struct Result: Sendable {
        /// Exit status.
        public var status: Int32
        /// Everything written to standard output.
        public var standardOutput: String
        /// Everything written to standard error.
        public var standardError: String
    }

    /// Runs `lede arguments…` in `directory` with `input` on standard input (`executable`: a
    /// copy of `lede` elsewhere, for tests of an installed binary).
    public static func run(
        _ arguments: [String], input: Data = Data(), directory: String? = nil, environment: [String: String] = [:],
        executable: String = path
    ) throws -> Result {
        _ = ignoreBrokenPipes
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let writer = Thread {
            // A command that refuses its options exits before reading its input: the write then
            // fails (EPIPE), which is no concern of the test.
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let errorData = Locked(Data())
        let errorReader = Thread { errorData.set(stderr.fileHandleForReading.readDataToEndOfFile()) }
        errorReader.start()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while errorReader.isExecuting || !errorReader.isFinished { usleep(1000) }
        return Result(
            status: process.terminationStatus,
            standardOutput: String(decoding: output, as: UTF8.self),
            standardError: String(decoding: errorData.get(), as: UTF8.self))
    }

    /// Starts `lede arguments…` without waiting for it, for tests of concurrent processes:
    /// `environment` added to this process's, standard output discarded, standard input and
    /// error the given pipes (nothing when absent).
    public static func start(
        _ arguments: [String], environment: [String: String] = [:], standardInput: Pipe? = nil, standardError: Pipe? = nil
    ) throws -> Process {
        _ = ignoreBrokenPipes
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = standardInput ?? FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = standardError ?? FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Writing to a child that has already exited must fail with EPIPE, not kill the test
    /// process with SIGPIPE; set once, before the first child starts.
    private static let ignoreBrokenPipes: Void = {
        signal(SIGPIPE, SIG_IGN)
    }()

    /// A fresh temporary folder for one test.
    public static func temporaryFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lede-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// The path of a file under the repository's `Data/` folder.
    public static func sample(_ relativePath: String) -> String {
        SharedCorpora.repositoryRoot.appendingPathComponent("Data").appendingPathComponent(relativePath).path
    }
}

/// A value shared between threads under a lock.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func set(_ newValue: Value) { lock.lock(); value = newValue; lock.unlock() }
    func get() -> Value { lock.lock(); defer { lock.unlock() }; return value }
}
