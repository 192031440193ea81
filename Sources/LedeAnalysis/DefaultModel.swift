#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Finds the shipped default topic model, so that `lede` works without a `--model` flag.
public enum DefaultModel {
    /// The default model's file name inside `Models/`.
    public static let fileName = "topic-default.ledemodel"

    /// The default model's path: `$LEDE_MODEL` when set, else the first `Models/<fileName>` found
    /// walking up from the running executable's folder (so a build inside the repository finds
    /// the repository's model), else `nil`.
    public static func locate() -> String? {
        if let custom = ProcessInfo.processInfo.environment["LEDE_MODEL"], !custom.isEmpty { return custom }
        var folder = URL(fileURLWithPath: executablePath()).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<8 {
            let candidate = folder.appendingPathComponent("Models").appendingPathComponent(fileName)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate.path }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        return nil
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
        guard let found = locate() else {
            throw LedeError.invalidOption("no model given and no default model found (looked for Models/\(fileName) above the lede binary and $LEDE_MODEL); pass --model")
        }
        return try TopicModelFile.read(from: found)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
