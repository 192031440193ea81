#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin wrappers over `open(2)`/`read(2)`/`stat(2)` that turn `errno` into ``LedeError``s
/// naming the path. The readers use these rather than Foundation so that they control the
/// buffer sizes and never hold more of a file than they need.
enum PosixFile {
    /// The path that means standard input.
    static let standardInputPath = "-"

    /// What kind of thing a path names (following symbolic links), or `nil` when it does not exist.
    enum Kind { case regularFile, directory, other }

    /// The kind of file at `path`, following symbolic links.
    static func kind(of path: String) -> Kind? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .regularFile
        default: return .other
        }
    }

    /// The identity of a directory, used to avoid walking a symbolic-link loop twice.
    static func identity(of path: String) -> [UInt64]? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return [UInt64(info.st_dev), UInt64(info.st_ino)]
    }

    /// Opens `path` for reading (`"-"` is standard input, which is not closed later).
    /// A directory is refused here because `read(2)` would only fail later with `EISDIR`.
    static func openForReading(_ path: String) throws(LedeError) -> (descriptor: Int32, owned: Bool) {
        if path == standardInputPath { return (STDIN_FILENO, false) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 { throw error(errno, path: path) }
        var info = stat()
        if fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            close(descriptor)
            throw .unreadable(SourceLocation(path: path), reason: "is a directory")
        }
        return (descriptor, true)
    }

    /// The size of a regular file, or `nil` for pipes, terminals and devices.
    static func regularFileSize(_ descriptor: Int32) -> Int? {
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// Reads up to `count` bytes into `buffer`, retrying on `EINTR`; 0 means end of file.
    static func read(
        _ descriptor: Int32, into buffer: UnsafeMutableRawPointer, count: Int, path: String
    ) throws(LedeError) -> Int {
        while true {
            let got = systemRead(descriptor, buffer, count)
            if got >= 0 { return got }
            if errno != EINTR { throw error(errno, path: path) }
        }
    }

    /// The names in directory `path`, hidden ones (starting with `.`) left out, sorted by their
    /// UTF-8 bytes so that the order is the same on every machine and in every locale.
    /// - Throws: `.invalidEncoding` naming the entry when a visible name is not valid UTF-8 (it
    ///   could be neither opened by its decoded name nor used as a label), rather than skip it.
    static func sortedVisibleEntries(of path: String) throws(LedeError) -> [String] {
        guard let directory = opendir(path) else { throw error(errno, path: path) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix(while: { $0 != 0 })) }
            guard bytes.first != UInt8(ascii: ".") else { continue }
            guard let name = String(validating: bytes, as: UTF8.self) else {
                throw .invalidEncoding(
                    SourceLocation(path: join(path, String(decoding: bytes, as: UTF8.self))),
                    detail: "the name is not valid UTF-8; rename it")
            }
            names.append(name)
        }
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// `name` inside `directory`, without doubling a trailing slash.
    static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// The `LedeError` for a failed system call on `path`.
    static func error(_ code: Int32, path: String) -> LedeError {
        let location = SourceLocation(path: path)
        if code == ENOENT || code == ENOTDIR { return .fileNotFound(location) }
        return .unreadable(location, reason: String(cString: strerror(code)))
    }
}

/// `read(2)`, named apart from ``PosixFile/read(_:into:count:path:)`` which wraps it.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
