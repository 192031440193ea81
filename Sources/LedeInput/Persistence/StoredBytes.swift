/// Bytes that stay at one address while ``BinaryReader``s decode them: a copy of an array, or a
/// file mapped read-only. Mapping is how model files are loaded: the pages come straight from
/// the file cache, where reading would first copy megabytes into freshly zeroed memory (about
/// ten times slower for the shipped model, and most of a one-article `lede classify`).
public final class StoredBytes: @unchecked Sendable {
    /// The bytes; valid only while this object lives, so outside Lede's own readers they are
    /// reached through ``withUnsafeBytes(_:)``.
    let bytes: UnsafeRawBufferPointer
    private let mapped: Bool

    /// A private copy of `array`.
    public init(copying array: [UInt8]) {
        bytes = Self.copy(array)
        mapped = false
    }

    /// A heap copy of `array`, released by `deinit`.
    private static func copy(_ array: [UInt8]) -> UnsafeRawBufferPointer {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, array.count), alignment: 16)
        array.withUnsafeBytes { source in
            if let base = source.baseAddress { copy.baseAddress!.copyMemory(from: base, byteCount: source.count) }
        }
        return UnsafeRawBufferPointer(start: copy.baseAddress, count: array.count)
    }

    /// The regular file at `path`, mapped read-only. Lede replaces model files by renaming a new
    /// file over the old one, which leaves a mapping of the old one intact. Only a regular file
    /// is read: a pipe or device (`/dev/zero`, standard input) has no size to bound what reading
    /// it may cost, so it is refused rather than read without limit.
    /// - Throws: `.fileNotFound`, or `.unreadable` for a directory, a pipe, a device or a file
    ///   that cannot be read.
    public init(mappingFileAt path: String) throws {
        // Checked before opening too: opening a FIFO for reading would wait for a writer.
        if PosixFile.kind(of: path) == .other { throw Self.notRegular(path) }
        let (descriptor, owned) = try PosixFile.openForReading(path)
        defer { if owned { close(descriptor) } }
        guard let size = PosixFile.regularFileSize(descriptor) else {
            throw Self.notRegular(path)
        }
        guard size > 0 else {
            bytes = Self.copy([])
            mapped = false
            return
        }
        let flags = MAP_PRIVATE | Self.populate
        guard let address = mmap(nil, size, PROT_READ, flags, descriptor, 0), address != MAP_FAILED else {
            throw PosixFile.error(errno, path: path)
        }
        bytes = UnsafeRawBufferPointer(start: address, count: size)
        mapped = true
    }

    /// The refusal of a path that is not a regular file.
    private static func notRegular(_ path: String) -> LedeError {
        .unreadable(SourceLocation(path: path), reason: "not a regular file (a model must be a file, not a pipe or device)")
    }

    /// The number of bytes.
    public var count: Int { bytes.count }

    /// Calls `body` with the bytes, keeping them alive until it returns.
    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(self) { try body(bytes) }
    }

    deinit {
        guard let base = bytes.baseAddress else { return }
        if mapped {
            munmap(UnsafeMutableRawPointer(mutating: base), bytes.count)
        } else {
            UnsafeMutableRawPointer(mutating: base).deallocate()
        }
    }

    #if os(Linux)
    /// Map every page at once rather than one page fault at a time.
    private static let populate = MAP_POPULATE
    #else
    private static let populate: Int32 = 0
    #endif
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
