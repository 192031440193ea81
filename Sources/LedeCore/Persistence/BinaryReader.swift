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

    private mutating func take(_ count: Int) throws -> ArraySlice<UInt8> {
        guard count >= 0, count <= bytes.count - offset else {
            throw LedeError.invalidModel(location, reason: "truncated or damaged data")
        }
        defer { offset += count }
        return bytes[offset..<(offset + count)]
    }

    /// Reads an unsigned 32-bit integer.
    public mutating func readUInt32() throws -> UInt32 {
        try take(4).reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }
    /// Reads an unsigned 64-bit integer.
    public mutating func readUInt64() throws -> UInt64 {
        try take(8).reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }
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
    public mutating func readBytes() throws -> [UInt8] { Array(try take(try readCount(elementSize: 1))) }
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
        let count = try readCount(elementSize: 8)
        return try (0..<count).map { _ in try readInt() }
    }
    /// Reads a count-prefixed array of doubles.
    public mutating func readDoubles() throws -> [Double] {
        let count = try readCount(elementSize: 8)
        return try (0..<count).map { _ in Double(bitPattern: try readUInt64()) }
    }
    /// Reads a count-prefixed array of 32-bit unsigned integers.
    public mutating func readUInt32s() throws -> [UInt32] {
        let count = try readCount(elementSize: 4)
        return try (0..<count).map { _ in try readUInt32() }
    }
}
