#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Finds the shipped default topic model, so that `lede` works without a `--model` flag.
public enum DefaultModel {
    /// The default model's file name inside `Models/`.
    public static let fileName = "topic-default.ledemodel"

    /// The default model's path, the first of:
    /// 1. `$LEDE_MODEL`, when set;
    /// 2. `../share/lede/<fileName>` from the running executable's folder, the installed layout
    ///    (`/usr/local/bin/lede` with `/usr/local/share/lede/topic-default.ledemodel`, or the same
    ///    under `~/.local`);
    /// 3. `Models/<fileName>` in the executable's folder or one of the ``searchedParents``
    ///    folders above it, so that a build inside the repository finds the repository's model.
    ///
    /// `nil` when there is none. Symbolic links to the executable are followed first.
    public static func locate() -> String? {
        if let custom = ProcessInfo.processInfo.environment["LEDE_MODEL"], !custom.isEmpty { return custom }
        return ShippedFile.locate(named: fileName)
    }

    /// How many folders above the executable's own are searched for `Models/<fileName>`.
    public static let searchedParents = ShippedFile.searchedParents

    /// Loads `path` if given, else the default model; throws a clear error when there is none.
    public static func load(_ path: String?) throws -> TopicClassifier {
        if let path { return try TopicModelFile.read(from: path) }
        guard let found = locate() else { throw notFound }
        return try TopicModelFile.read(from: found)
    }

    /// The error when no model is given and none is found: where ``locate()`` looked.
    package static var notFound: LedeError {
        let binFolder = ShippedFile.executableFolder
        let share = binFolder.deletingLastPathComponent().appendingPathComponent("share/lede").path
        return .invalidOption(
            "\(notFoundPrefix): $LEDE_MODEL is not set, and \(fileName) is neither in \(share) nor in a Models folder in "
                + "\(binFolder.path) or above it")
    }

    /// Whether `error` is ``notFound`` (so that a program can say how to give a model).
    package static func isNotFound(_ error: LedeError) -> Bool {
        guard case .invalidOption(let message) = error else { return false }
        return message.hasPrefix(notFoundPrefix)
    }

    private static let notFoundPrefix = "no model given and no default model found"
}
