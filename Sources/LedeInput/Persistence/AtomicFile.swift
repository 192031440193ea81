#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Writes files so that readers only ever see the old content or the complete new content:
/// bytes go to a temporary file in the same folder, are flushed to disk, the temporary file is
/// renamed over the target, and the folder is flushed so that the rename survives a power cut.
/// A crash or kill mid-write leaves the old file intact; stale temporary files from such
/// crashes are removed on the next successful write (those of writers still running are left
/// alone, so two processes writing the same file cannot delete each other's work).
///
/// A symbolic link at the path is written through (see ``OutputPath``): the file it leads to is
/// replaced and the link kept. A directory, FIFO, device or socket at the path is refused, never
/// replaced by a regular file.
public enum AtomicFile {
    /// The prefix of temporary files written beside `path`.
    static func temporaryPrefix(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return "." + url.lastPathComponent + ".tmp-"
    }

    /// Replaces (or creates) the file at `path` with `bytes`, atomically; errors name `path`.
    public static func write(_ bytes: [UInt8], to requested: String) throws {
        try OutputPath.check(requested, notAnyOf: [])
        let path = try OutputPath.resolved(requested)
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let location = SourceLocation(path: requested)
        let temporary = folder + "/" + temporaryPrefix(for: path) + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            throw LedeError.writeFailed(location, reason: String(cString: strerror(errno)))
        }
        var failure: String?
        // A replaced file keeps its permissions (a private model stays private).
        var existing = stat()
        if stat(path, &existing) == 0 && fchmod(descriptor, existing.st_mode & 0o7777) != 0 {
            failure = String(cString: strerror(errno))
        }
        if failure == nil { failure = writeAll(bytes, to: descriptor) }
        if failure == nil && fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        close(descriptor)
        if failure == nil && rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw LedeError.writeFailed(location, reason: failure)
        }
        syncFolder(folder)
        removeStaleTemporaries(of: path, folder: folder)
    }

    /// Writes every byte to `descriptor`, retrying on `EINTR`; the error text, or `nil`.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        bytes.withUnsafeBytes { raw in
            var written = 0
            while written < raw.count {
                let result = Glibc.write(descriptor, raw.baseAddress! + written, raw.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                written += result
            }
            return nil
        }
    }

    /// Flushes the folder entry of a rename to disk; failure only weakens durability, not atomicity.
    private static func syncFolder(_ folder: String) {
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    /// Deletes temporary files left beside `path` by writers that were killed: those whose
    /// process id (the number after the prefix) is no longer running.
    private static func removeStaleTemporaries(of path: String, folder: String) {
        let prefix = temporaryPrefix(for: path)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) {
            if let writer = Int32(name.dropFirst(prefix.count).prefix { $0 != "-" }), writer != getpid(),
               kill(writer, 0) == 0 || errno == EPERM {
                continue
            }
            unlink(folder + "/" + name)
        }
    }
}
