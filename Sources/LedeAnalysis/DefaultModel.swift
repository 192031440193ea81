import Foundation

/// Finds the shipped default topic model, so that `lede` works without a `--model` flag.
public enum DefaultModel {
    /// The default model's file name inside `Models/`.
    public static let fileName = "topic-default.ledemodel"

    /// The default model's path: `$LEDE_MODEL` when set, else the first `Models/<fileName>` found
    /// walking up from the running executable's folder (so a build inside the repository finds
    /// the repository's model), else `nil`.
    public static func locate() -> String? {
        if let custom = ProcessInfo.processInfo.environment["LEDE_MODEL"], !custom.isEmpty { return custom }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        if let executable = Bundle.main.executableURL {
            folder = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        }
        for _ in 0..<8 {
            let candidate = folder.appendingPathComponent("Models").appendingPathComponent(fileName)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate.path }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        return nil
    }

    /// Loads `path` if given, else the default model; throws a clear error when there is none.
    public static func load(_ path: String?) throws -> TopicClassifier {
        if let path { return try TopicModelFile.read(from: path) }
        guard let found = locate() else {
            throw LedeError.invalidOption("no model given and no default model found (looked for Models/\(fileName) above the lede binary and $LEDE_MODEL); pass --model")
        }
        return try TopicModelFile.read(from: found)
    }
}
