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
        return candidates().first { FileManager.default.fileExists(atPath: $0) }
    }

    /// How many folders above the executable's own are searched for `Models/<fileName>`.
    public static let searchedParents = 7

    /// Every path ``locate()`` tries after `$LEDE_MODEL`, in order.
    static func candidates() -> [String] {
        let binFolder = URL(fileURLWithPath: executablePath()).resolvingSymlinksInPath().deletingLastPathComponent()
        var paths = [
            binFolder.deletingLastPathComponent().appendingPathComponent("share/lede").appendingPathComponent(fileName).path
        ]
        var folder = binFolder
        for _ in 0...searchedParents {
            paths.append(folder.appendingPathComponent("Models").appendingPathComponent(fileName).path)
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        return paths
    }

    /// The running executable's path: `/proc/self/exe` where there is one (it does not depend on
    /// how the program was started), else the program name it was started with.
    private static func executablePath() -> String {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let length = buffer.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                readlink("/proc/self/exe", $0, buffer.count - 1)
            }
        }
        if length > 0 { return String(decoding: buffer[..<length], as: UTF8.self) }
        return CommandLine.arguments[0]
    }

    /// Loads `path` if given, else the default model; throws a clear error when there is none.
    public static func load(_ path: String?) throws -> TopicClassifier {
        if let path { return try TopicModelFile.read(from: path) }
        guard let found = locate() else { throw notFound }
        return try TopicModelFile.read(from: found)
    }

    /// The error when no model is given and none is found: where ``locate()`` looked.
    package static var notFound: LedeError {
        let binFolder = URL(fileURLWithPath: executablePath()).resolvingSymlinksInPath().deletingLastPathComponent()
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

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
