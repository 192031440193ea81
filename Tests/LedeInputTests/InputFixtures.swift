import Foundation

/// Paths of the input fixtures (written for these tests, in `Fixtures/input/`) and scratch
/// directories for inputs that are generated or cannot be committed (empty folders, huge files).
enum InputFixtures {
    /// The `Fixtures/input` folder inside the test bundle.
    static let directory: String = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        .appendingPathComponent("input").path

    /// The path of fixture `name`, e.g. `path("records.jsonl")`.
    static func path(_ name: String) -> String {
        directory + "/" + name
    }

    /// A new empty directory under the system temporary directory; `body` runs with it and it
    /// is removed afterwards.
    @discardableResult
    static func withTemporaryDirectory<Result>(_ body: (String) throws -> Result) throws -> Result {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lede-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: url) }
        return try body(url.path)
    }

    /// Writes `contents` to `path` as UTF-8.
    static func write(_ contents: String, to path: String) throws {
        try Data(contents.utf8).write(to: URL(fileURLWithPath: path))
    }
}

/// Collects warnings from a reader so tests can assert them.
final class WarningLog: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []

    /// The warnings received so far.
    var messages: [String] { lock.withLock { stored } }

    /// A handler that appends to this log.
    var handler: @Sendable (String) -> Void {
        { [self] message in lock.withLock { stored.append(message) } }
    }
}
