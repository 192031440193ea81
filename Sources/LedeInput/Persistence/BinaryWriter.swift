/// Appends little-endian binary values to a byte buffer: the encoding of every Lede model file.
public struct BinaryWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []

    /// An empty writer.
    public init() {}

    /// Appends an unsigned 32-bit integer.
    public mutating func write(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    /// Appends an unsigned 64-bit integer.
    public mutating func write(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    /// Appends a signed integer as 64 bits.
    public mutating func write(_ value: Int) { write(UInt64(bitPattern: Int64(value))) }
    /// Appends raw bytes prefixed by their length.
    public mutating func write(bytes data: some Collection<UInt8>) {
        write(data.count)
        bytes.append(contentsOf: data)
    }
    /// Appends `value` as a LEB128 variable-length integer: seven bits a byte, low bits first
    /// (one byte below 128, two below 16,384).
    public mutating func writeVarint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }
    /// Appends raw bytes prefixed by their length as a variable-length integer.
    public mutating func write(varintPrefixed data: some Collection<UInt8>) {
        writeVarint(UInt64(data.count))
        bytes.append(contentsOf: data)
    }
    /// Appends non-negative integers as variable-length integers, prefixed by their count (64 bits).
    public mutating func write(varints values: [Int]) {
        write(values.count)
        for value in values {
            precondition(value >= 0, "variable-length integers are not negative")
            writeVarint(UInt64(value))
        }
    }
    /// Appends strictly ascending integers as the variable-length differences between
    /// neighbours (the first as itself), prefixed by their count (64 bits): sparse ids in a byte
    /// or two each.
    public mutating func write(ascending values: [UInt32]) {
        write(values.count)
        var previous: UInt32 = 0
        for (index, value) in values.enumerated() {
            precondition(index == 0 || value > previous, "values are strictly ascending")
            writeVarint(UInt64(value - (index == 0 ? 0 : previous)))
            previous = value
        }
    }
    /// Appends a UTF-8 string prefixed by its byte length.
    public mutating func write(_ string: String) { write(bytes: Array(string.utf8)) }
    /// Appends an array of 64-bit integers prefixed by its count.
    public mutating func write(_ values: [Int]) {
        write(values.count)
        for value in values { write(value) }
    }
    /// Appends an array of doubles (IEEE 754 bit patterns) prefixed by its count.
    public mutating func write(_ values: [Double]) {
        write(values.count)
        for value in values { write(value.bitPattern) }
    }
    /// Appends an array of floats (IEEE 754 bit patterns, 32 bits each) prefixed by its count.
    public mutating func write(_ values: [Float]) {
        write(values.count)
        for value in values { write(value.bitPattern) }
    }
    /// Appends an array of 32-bit unsigned integers prefixed by its count.
    public mutating func write(_ values: [UInt32]) {
        write(values.count)
        for value in values { write(value) }
    }
}
