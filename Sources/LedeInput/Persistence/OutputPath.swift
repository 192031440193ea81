#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command may write a file it creates or replaces. Lede writes only to a regular file
/// or a path where nothing exists yet, never over one of the command's own inputs, and a
/// symbolic link is written through: the file the link points to is replaced atomically and the
/// link stays (as `sed -i --follow-symlinks` and editors that keep links do), so a model kept
/// behind a link such as `current.ledemodel → v7.ledemodel` is updated where it lives.
public enum OutputPath {
    /// How many links are followed before a path is called a loop (Linux's own limit).
    static let maximumLinks = 40

    /// `path` with symbolic links in its last component followed, as far as they lead: the path
    /// of the file a write replaces. A dangling link gives the path it points to (the write
    /// creates that file); a path that is not a link is returned as it is.
    /// - Throws: `.outputNotRegularFile` for a loop of links.
    public static func resolved(_ path: String) throws(LedeError) -> String {
        var current = path
        for _ in 0..<maximumLinks {
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length > 0 else { return current }
            let target = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = target.hasPrefix("/") ? target : folder(of: current) + target
        }
        throw .outputNotRegularFile(SourceLocation(path: path), kind: "a loop of symbolic links")
    }

    /// `path` up to and including its last `/` (empty for a bare file name).
    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    /// Refuses to write to `path` when it (or the file a link there leads to) is anything but a
    /// regular file or nothing, or is the same file (device and inode) as one of `inputs`. Call
    /// it before any work, so a refused command has read and changed nothing.
    /// - Throws: `.outputNotRegularFile`, or `.outputIsInput` naming the input.
    public static func check(_ path: String, notAnyOf inputs: [String]) throws(LedeError) {
        let target = try resolved(path)
        var info = stat()
        guard stat(target, &info) == 0 else { return }  // nothing there yet: the write creates it
        let location = SourceLocation(path: path)
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .outputNotRegularFile(location, kind: "a directory")
        case S_IFIFO: throw .outputNotRegularFile(location, kind: "a named pipe (FIFO)")
        case S_IFCHR, S_IFBLK: throw .outputNotRegularFile(location, kind: "a device")
        case S_IFSOCK: throw .outputNotRegularFile(location, kind: "a socket")
        default: throw .outputNotRegularFile(location, kind: "not a file Lede can replace")
        }
        for input in inputs where input != PosixFile.standardInputPath {
            var other = stat()
            if stat(input, &other) == 0, other.st_dev == info.st_dev, other.st_ino == info.st_ino {
                throw .outputIsInput(location, input: input)
            }
        }
    }
}
