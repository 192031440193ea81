#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where `lede` looks for a file it ships beside itself (the default model, the keyword
/// background table): one search, shared by ``DefaultModel`` and ``DefaultKeywordBackground``.
enum ShippedFile {
    /// How many folders above the executable's own are searched for `Models/<name>`.
    static let searchedParents = 7

    /// The folder holding the running executable, symbolic links to it followed.
    static var executableFolder: URL {
        URL(fileURLWithPath: executablePath()).resolvingSymlinksInPath().deletingLastPathComponent()
    }

    /// Every path tried for `fileName`, in order: `../share/lede/<fileName>` from the executable's
    /// folder (the installed layout), then `Models/<fileName>` in that folder or one of the
    /// ``searchedParents`` folders above it (a build inside the repository).
    static func candidates(named fileName: String) -> [String] {
        let binFolder = executableFolder
        var paths = [binFolder.deletingLastPathComponent().appendingPathComponent("share/lede").appendingPathComponent(fileName).path]
        var folder = binFolder
        for _ in 0...searchedParents {
            paths.append(folder.appendingPathComponent("Models").appendingPathComponent(fileName).path)
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        return paths
    }

    /// The first of ``candidates(named:)`` that exists, or `nil`.
    static func locate(named fileName: String) -> String? {
        candidates(named: fileName).first { FileManager.default.fileExists(atPath: $0) }
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
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
