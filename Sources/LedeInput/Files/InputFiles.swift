#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the paths a user gives into files, and reads a file whole when it is one document.
public enum InputFiles {
    /// Expands `paths`: files as given (whatever their extension), directories walked
    /// recursively in sorted byte order with hidden files and folders skipped, `"-"` kept for
    /// standard input. `extensions` (e.g. `["txt", "html"]`, case-insensitive, dot optional)
    /// filters the files found in directories.
    /// - Throws: `.fileNotFound` for a path that does not exist; `.emptyInput` for a directory
    ///   that holds no matching file, since asking for its files and getting none is a mistake.
    public static func expand(_ paths: [String], extensions: Set<String>? = nil) throws -> [String] {
        let wanted = extensions.map { Set($0.map { $0.hasPrefix(".") ? String($0.dropFirst()).lowercased() : $0.lowercased() }) }
        var files: [String] = []
        for path in paths {
            if path == PosixFile.standardInputPath {
                files.append(path)
                continue
            }
            switch PosixFile.kind(of: path) {
            case nil:
                throw LedeError.fileNotFound(SourceLocation(path: path))
            case .directory:
                var found: [String] = []
                var visited: Set<[UInt64]> = []
                try walk(path, extensions: wanted, into: &found, visited: &visited)
                if found.isEmpty { throw LedeError.emptyInput(SourceLocation(path: path)) }
                files += found
            case .regularFile, .other:
                files.append(path)
            }
        }
        return files
    }

    /// Reads the whole of `path` (`"-"` is standard input) as one document's bytes.
    /// A regular file larger than the limit is refused from its size before anything is read;
    /// a pipe is refused as soon as it passes the limit.
    /// - Throws: `.fileNotFound`, `.unreadable`, `.inputTooLarge` (over
    ///   `maxDocumentBytes` or `maxFileBytes`), or `.emptyInput` for empty standard input.
    public static func readBytes(path: String, limits: InputLimits) throws -> [UInt8] {
        let (descriptor, owned) = try PosixFile.openForReading(path)
        defer { if owned { close(descriptor) } }
        let limit = limits.wholeFileBytes
        let tooLarge = LedeError.inputTooLarge(SourceLocation(path: path), limitBytes: limit)
        let knownSize = PosixFile.regularFileSize(descriptor)
        if let knownSize, knownSize > limit { throw tooLarge }
        var bytes: [UInt8] = []
        bytes.reserveCapacity((knownSize ?? 0) + 1)
        let chunkBytes = 1 << 20
        let chunk = UnsafeMutableRawPointer.allocate(byteCount: chunkBytes, alignment: 1)
        defer { chunk.deallocate() }
        while true {
            let got = try PosixFile.read(descriptor, into: chunk, count: chunkBytes, path: path)
            if got == 0 { break }
            bytes.append(contentsOf: UnsafeRawBufferPointer(start: chunk, count: got))
            if bytes.count > limit { throw tooLarge }
        }
        if bytes.isEmpty, path == PosixFile.standardInputPath {
            throw LedeError.emptyInput(SourceLocation(path: path))
        }
        return bytes
    }

    /// The lowercased extension of the last path component (`"jsonl"`), or `""`.
    static func pathExtension(_ path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    private static func walk(
        _ directory: String, extensions: Set<String>?, into files: inout [String], visited: inout Set<[UInt64]>
    ) throws {
        // A symbolic link back up the tree would otherwise be walked forever.
        guard let identity = PosixFile.identity(of: directory), visited.insert(identity).inserted else { return }
        for name in try PosixFile.sortedVisibleEntries(of: directory) {
            let path = PosixFile.join(directory, name)
            switch PosixFile.kind(of: path) {
            case .directory:
                try walk(path, extensions: extensions, into: &files, visited: &visited)
            case .regularFile:
                if extensions?.contains(pathExtension(path)) ?? true { files.append(path) }
            case .other, nil:
                continue
            }
        }
    }
}
