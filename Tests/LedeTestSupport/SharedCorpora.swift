import Foundation

/// Locates the project's public corpora (`../shared` beside the repository, or `$LEDE_SHARED`)
/// for tests that measure Lede on real data. Tests that need them are disabled, with
/// ``SharedCorpora/skipReason`` as the reason, when the folder is absent; CI always has it.
public enum SharedCorpora {
    /// The repository root, found from this source file's path.
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `shared` folder: `$LEDE_SHARED` if set, else `../shared` beside the repository.
    public static let directory: URL = {
        if let custom = ProcessInfo.processInfo.environment["LEDE_SHARED"] {
            return URL(fileURLWithPath: custom)
        }
        return repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }()

    /// Whether the corpora are present.
    public static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent("corpora").path)
    }

    /// Why a corpus-scale test did not run.
    public static let skipReason =
        "needs the public corpora in ../shared/corpora (or $LEDE_SHARED); CI provides them"

    /// The path of a corpus file, e.g. `corpus("bbc-news/train.jsonl")`.
    public static func corpus(_ relativePath: String) -> String {
        directory.appendingPathComponent("corpora").appendingPathComponent(relativePath).path
    }

    /// The path of an example page, e.g. `example("001_74fbac84b1a14351.txt")`.
    public static func example(_ name: String) -> String {
        directory.appendingPathComponent("examples").appendingPathComponent(name).path
    }
}
