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
    /// Reads a variable-length integer (see ``BinaryWriter/writeVarint(_:)``), refusing one
    /// that runs past the data or does not fit in 64 bits.
    public mutating func readVarint() throws -> UInt64 {
        guard let value = Self.decodeVarint(raw, at: &offset, end: end) else {
            throw LedeError.invalidModel(location, reason: "truncated or damaged data (bad variable-length integer)")
        }
        return value
    }
    /// Reads a count-prefixed array of variable-length integers, each of which must fit in an `Int`.
    public mutating func readVarints() throws -> [Int] {
        try readVarintArray(reason: "bad variable-length integer") { _, value in
            value <= UInt64(Int.max) ? Int(value) : nil
        }
    }
    /// Reads what ``BinaryWriter/write(ascending:)`` wrote, refusing values that do not ascend
    /// strictly or do not fit in 32 bits.
    public mutating func readAscendingUInt32s() throws -> [UInt32] {
        var previous: UInt64 = 0
        return try readVarintArray(reason: "ids not ascending") { index, difference in
            let (value, overflow) = (index == 0 ? 0 : previous).addingReportingOverflow(difference)
            guard !overflow, value <= UInt64(UInt32.max), index == 0 || difference > 0 else { return nil }
            previous = value
            return UInt32(value)
        }
    }
    /// Reads a count-prefixed array of variable-length integers, each turned into an element by
    /// `convert(index, value)`; a `nil` from it, or a damaged integer, is an error giving `reason`.
    private mutating func readVarintArray<Element>(
        reason: String, _ convert: (Int, UInt64) -> Element?
    ) throws -> [Element] {
        let count = try readCount(elementSize: 1)
        var position = offset
        var failed = false
        let raw = raw, end = end
        let values = [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = 0
            for index in 0..<count {
                guard let value = Self.decodeVarint(raw, at: &position, end: end), let element = convert(index, value) else {
                    failed = true
                    return
                }
                buffer.initializeElement(at: index, to: element)
                initialized += 1
            }
        }
        guard !failed else { throw LedeError.invalidModel(location, reason: "truncated or damaged data (\(reason))") }
        offset = position
        return values
    }
    /// The variable-length integer at `position` in `raw[..<end]`, moving `position` past it, or
    /// `nil` when it runs past `end` or overflows 64 bits.
    @inline(__always)
    static func decodeVarint(_ raw: UnsafeRawBufferPointer, at position: inout Int, end: Int) -> UInt64? {
        guard position < end else { return nil }
        if raw[position] < 0x80 {  // most values fit in one byte
            position += 1
            return UInt64(raw[position - 1])
        }
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while position < end {
            let byte = raw[position]
            position += 1
            if shift == 63 && byte > 1 { return nil }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
            if shift > 63 { return nil }
        }
        return nil
    }
    /// Reads length-prefixed raw bytes.
    public mutating func readBytes() throws -> [UInt8] {
        Array(UnsafeRawBufferPointer(rebasing: raw[try take(try readCount(elementSize: 1))]))
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
