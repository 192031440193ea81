/// Reads what ``BinaryWriter`` wrote, checking every length against the bytes left, so that a
/// damaged file is reported as such instead of crashing or allocating without bound.
public struct BinaryReader {
    private let bytes: [UInt8]
    private var offset: Int
    private let location: SourceLocation

    /// A reader over `bytes`; errors name `location`.
    public init(_ bytes: [UInt8], location: SourceLocation) {
        self.bytes = bytes
        offset = 0
        self.location = location
    }

    /// Whether every byte has been read.
    public var isAtEnd: Bool { offset == bytes.count }

    private mutating func take(_ count: Int) throws -> Range<Int> {
        guard count >= 0, count <= bytes.count - offset else {
            throw LedeError.invalidModel(location, reason: "truncated or damaged data")
        }
        defer { offset += count }
        return offset..<(offset + count)
    }

    /// The little-endian fixed-width integer at `position`.
    private func load<T: FixedWidthInteger>(_: T.Type, at position: Int) -> T {
        bytes.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: position, as: T.self)) }
    }

    /// Reads `count` little-endian values of `T` written one after another, in one pass.
    private mutating func readArray<T: FixedWidthInteger>(of _: T.Type, count: Int) throws -> [T] {
        let range = try take(count * MemoryLayout<T>.size)
        return bytes.withUnsafeBytes { raw in
            [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                for index in 0..<count {
                    buffer[index] = T(littleEndian: raw.loadUnaligned(
                        fromByteOffset: range.lowerBound + index * MemoryLayout<T>.size, as: T.self))
                }
                initialized = count
            }
        }
    }

    /// Reads an unsigned 32-bit integer.
    public mutating func readUInt32() throws -> UInt32 { load(UInt32.self, at: try take(4).lowerBound) }
    /// Reads an unsigned 64-bit integer.
    public mutating func readUInt64() throws -> UInt64 { load(UInt64.self, at: try take(8).lowerBound) }
    /// Reads a signed integer written as 64 bits.
    public mutating func readInt() throws -> Int { Int(Int64(bitPattern: try readUInt64())) }
    /// Reads a count, refusing values that cannot fit in the bytes left (`elementSize` bytes each).
    public mutating func readCount(elementSize: Int) throws -> Int {
        let count = try readInt()
        guard count >= 0, count <= (bytes.count - offset) / max(1, elementSize) else {
            throw LedeError.invalidModel(location, reason: "truncated or damaged data (bad length \(count))")
        }
        return count
    }
    /// Reads length-prefixed raw bytes.
    public mutating func readBytes() throws -> [UInt8] { Array(bytes[try take(try readCount(elementSize: 1))]) }
    /// Reads length-prefixed raw bytes and hands them to `body` without copying them.
    public mutating func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) throws -> Result {
        let range = try take(try readCount(elementSize: 1))
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
    }
    /// Reads a length-prefixed UTF-8 string.
    public mutating func readString() throws -> String {
        let raw = try readBytes()
        guard let string = String(validating: raw, as: UTF8.self) else {
            throw LedeError.invalidModel(location, reason: "a string is not valid UTF-8")
        }
        return string
    }
    /// Reads a count-prefixed array of 64-bit integers.
    public mutating func readInts() throws -> [Int] {
        try readArray(of: Int64.self, count: try readCount(elementSize: 8)).map { Int($0) }
    }
    /// Reads a count-prefixed array of doubles.
    public mutating func readDoubles() throws -> [Double] {
        try readArray(of: UInt64.self, count: try readCount(elementSize: 8)).map { Double(bitPattern: $0) }
    }
    /// Reads a count-prefixed array of 32-bit unsigned integers.
    public mutating func readUInt32s() throws -> [UInt32] {
        try readArray(of: UInt32.self, count: try readCount(elementSize: 4))
    }
}
