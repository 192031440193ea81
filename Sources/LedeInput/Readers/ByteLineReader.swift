#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Streams the lines of a file (or of standard input, `"-"`) as raw bytes, reading 1 MiB at a
/// time. Memory stays bounded by the longest allowed line: a line longer than
/// `limits.maxDocumentBytes` fails with `.inputTooLarge` as soon as that many bytes have been
/// read, so a 500 MB file with no newline costs about `maxDocumentBytes` of memory and time.
///
/// Lines are split on `\n`; a `\r` before it is dropped and a UTF-8 byte-order mark at the start
/// is skipped. A file that starts like binary data or UTF-16 is refused before any line is seen.
public final class ByteLineReader {
    /// The path as given, used in every error.
    public let path: String
    /// The limits checked while reading.
    public let limits: InputLimits
    /// How many bytes have been read from the file so far (the memory-bound tests watch this).
    public private(set) var bytesRead = 0

    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var lineNumber = 0

    /// Opens `path` for reading in chunks of `chunkBytes`.
    /// - Throws: `.fileNotFound` or `.unreadable`.
    public init(path: String, limits: InputLimits = .init(), chunkBytes: Int = 1 << 20) throws {
        (descriptor, ownsDescriptor) = try PosixFile.openForReading(path)
        self.path = path
        self.limits = limits
        capacity = max(chunkBytes, BinaryContentDetector.inspectedBytes)
        buffer = .allocate(capacity: capacity)
    }

    deinit {
        buffer.deallocate()
        if ownsDescriptor { close(descriptor) }
    }

    /// Calls `body` with each line (without its line ending) and its 1-based line number. The
    /// buffer is only valid during the call. Empty lines are passed too, so numbers stay exact.
    /// - Throws: `.inputTooLarge` for an over-long line or file, `.binaryInput`,
    ///   `.invalidEncoding` for UTF-16, `.unreadable` for I/O errors, or whatever `body` throws.
    public func forEachLine(_ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) throws {
        var start = 0
        var end = 0
        var atEnd = false
        while end < BinaryContentDetector.inspectedBytes, !atEnd {
            atEnd = try fill(&end)
        }
        start = try checkHead(count: end)
        var scanFrom = start
        while true {
            if scanFrom < end, let hit = memchr(buffer + scanFrom, 0x0A, end - scanFrom) {
                let newline = buffer.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                try emit(from: start, to: newline, body)
                start = newline + 1
                scanFrom = start
                continue
            }
            if end - start > limits.maxDocumentBytes { throw lineTooLarge(line: lineNumber + 1) }
            if atEnd {
                if end > start { try emit(from: start, to: end, body) }
                return
            }
            if start > 0 {
                memmove(buffer, buffer + start, end - start)
                end -= start
                start = 0
            }
            scanFrom = end
            if end == capacity { grow() }
            atEnd = try fill(&end)
        }
    }

    /// Reads once into the free space after `end`; returns whether the file has ended.
    private func fill(_ end: inout Int) throws -> Bool {
        let got = try PosixFile.read(descriptor, into: buffer + end, count: capacity - end, path: path)
        end += got
        bytesRead += got
        if let maxFileBytes = limits.maxFileBytes, bytesRead > maxFileBytes {
            throw LedeError.inputTooLarge(SourceLocation(path: path), limitBytes: maxFileBytes)
        }
        return got == 0
    }

    /// Refuses binary and UTF-16 input; returns where the first line starts (after a UTF-8 BOM).
    private func checkHead(count: Int) throws -> Int {
        let head = UnsafeRawBufferPointer(start: buffer, count: count)
        if let mark = ByteOrderMark(head) {
            if mark.encoding == .utf8 { return mark.length }
            throw LedeError.invalidEncoding(
                SourceLocation(path: path, line: 1),
                detail: "\(mark.encoding.rawValue) text; line-based formats must be UTF-8 (convert with iconv -f UTF-16 -t UTF-8)")
        }
        if let reason = BinaryContentDetector.reason(head) {
            throw LedeError.binaryInput(SourceLocation(path: path), detail: reason)
        }
        return 0
    }

    private func emit(from start: Int, to end: Int, _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) throws {
        lineNumber += 1
        if end - start > limits.maxDocumentBytes { throw lineTooLarge(line: lineNumber) }
        var length = end - start
        if length > 0, buffer[start + length - 1] == 0x0D { length -= 1 }
        try body(UnsafeBufferPointer(start: buffer + start, count: length), lineNumber)
    }

    /// Doubles the buffer, but never beyond what is needed to see that a line is too long.
    private func grow() {
        let newCapacity = min(capacity * 2, limits.maxDocumentBytes + 1)
        let newBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBuffer.update(from: buffer, count: capacity)
        buffer.deallocate()
        buffer = newBuffer
        capacity = newCapacity
    }

    private func lineTooLarge(line: Int) -> LedeError {
        .inputTooLarge(SourceLocation(path: path, line: line), limitBytes: limits.maxDocumentBytes)
    }
}
