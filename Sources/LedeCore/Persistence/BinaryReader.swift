/// Reads what ``BinaryWriter`` wrote, checking every length against the bytes left, so that a
/// damaged file is reported as such instead of crashing or allocating without bound.
public struct BinaryReader {
    /// Keeps ``raw`` alive.
    let storage: StoredBytes
    /// The bytes being read (all of them; reading stays within `offset..<end`).
    let raw: UnsafeRawBufferPointer
    private(set) var offset: Int
    let end: Int
    let location: SourceLocation

    /// A reader over a copy of `bytes`; errors name `location`.
    public init(_ bytes: [UInt8], location: SourceLocation) {
        self.init(StoredBytes(copying: bytes), range: 0..<bytes.count, location: location)
    }

    /// A reader over `storage.bytes[range]`, without copying them; errors name `location`.
    public init(_ storage: StoredBytes, range: Range<Int>, location: SourceLocation) {
        precondition(range.lowerBound >= 0 && range.upperBound <= storage.bytes.count, "range outside the bytes")
        self.storage = storage
        raw = storage.bytes
        offset = range.lowerBound
        end = range.upperBound
        self.location = location
    }

    /// Whether every byte has been read.
    public var isAtEnd: Bool { offset == end }

    mutating func take(_ count: Int) throws -> Range<Int> {
        guard count >= 0, count <= end - offset else {
            throw LedeError.invalidModel(location, reason: "truncated or damaged data")
        }
        defer { offset += count }
        return offset..<(offset + count)
    }

    /// Reads `count` little-endian values of `T` written one after another, turned into
    /// `Element`s by `convert`, in one pass.
    private mutating func readArray<T: FixedWidthInteger, Element>(
        of _: T.Type, count: Int, _ convert: (T) -> Element
    ) throws -> [Element] {
        let range = try take(count * MemoryLayout<T>.size)
        let raw = raw
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in 0..<count {
                buffer[index] = convert(T(littleEndian: raw.loadUnaligned(
                    fromByteOffset: range.lowerBound + index * MemoryLayout<T>.size, as: T.self)))
            }
            initialized = count
        }
    }

    /// Reads an unsigned 32-bit integer.
    public mutating func readUInt32() throws -> UInt32 {
        UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: try take(4).lowerBound, as: UInt32.self))
    }
    /// Reads an unsigned 64-bit integer.
    public mutating func readUInt64() throws -> UInt64 {
        UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: try take(8).lowerBound, as: UInt64.self))
    }
    /// Reads a signed integer written as 64 bits.
    public mutating func readInt() throws -> Int { Int(Int64(bitPattern: try readUInt64())) }
    /// Reads a count, refusing values that cannot fit in the bytes left (`elementSize` bytes each).
    public mutating func readCount(elementSize: Int) throws -> Int {
        let count = try readInt()
        guard count >= 0, count <= (end - offset) / max(1, elementSize) else {
            throw LedeError.invalidModel(location, reason: "truncated or damaged data (bad length \(count))")
        }
        return count
    }
    /// Reads length-prefixed raw bytes.
    public mutating func readBytes() throws -> [UInt8] {
        Array(UnsafeRawBufferPointer(rebasing: raw[try take(try readCount(elementSize: 1))]))
    }
    /// Reads length-prefixed raw bytes and hands them to `body` without copying them.
    public mutating func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) throws -> Result {
        let range = try take(try readCount(elementSize: 1))
        return try body(UnsafeRawBufferPointer(rebasing: raw[range]).bindMemory(to: UInt8.self))
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
        try readArray(of: Int64.self, count: try readCount(elementSize: 8)) { Int($0) }
    }
    /// Reads a count-prefixed array of doubles.
    public mutating func readDoubles() throws -> [Double] {
        try readArray(of: UInt64.self, count: try readCount(elementSize: 8)) { Double(bitPattern: $0) }
    }
    /// Reads a count-prefixed array of floats.
    public mutating func readFloats() throws -> [Float] {
        try readArray(of: UInt32.self, count: try readCount(elementSize: 4)) { Float(bitPattern: $0) }
    }
    /// Reads a count-prefixed array of 32-bit unsigned integers.
    public mutating func readUInt32s() throws -> [UInt32] {
        try readArray(of: UInt32.self, count: try readCount(elementSize: 4)) { $0 }
    }
}
