/// A growable byte buffer reused from record to record. Appends are plain pointer copies:
/// in the JSON string decoder's inner loop, `Array.append`'s uniqueness and capacity
/// bookkeeping cost more than the copying itself.
final class ByteScratch {
    /// The first byte; valid up to ``count``.
    private(set) var base: UnsafeMutablePointer<UInt8>
    /// How many bytes are held.
    private(set) var count = 0
    private var capacity: Int

    /// An empty buffer with room for `capacity` bytes before it first grows.
    init(capacity: Int = 1 << 16) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The bytes held.
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    /// The last byte, or `nil` when empty.
    var last: UInt8? { count > 0 ? base[count - 1] : nil }

    /// Empties the buffer, keeping its memory.
    func removeAll() { count = 0 }

    /// Appends `length` bytes from `source`.
    @inline(__always)
    func append(_ source: UnsafePointer<UInt8>, count length: Int) {
        if count + length > capacity { grow(toHold: count + length) }
        (base + count).update(from: source, count: length)
        count += length
    }

    /// Appends one byte.
    @inline(__always)
    func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        base[count] = byte
        count += 1
    }

    /// Overwrites the last byte, which must exist.
    func replaceLast(with byte: UInt8) {
        base[count - 1] = byte
    }

    /// Whether the bytes held equal `other`.
    func equals(_ other: [UInt8]) -> Bool {
        other.count == count && other.withUnsafeBufferPointer { bytesEqual($0.baseAddress!, base, count) }
    }

    private func grow(toHold needed: Int) {
        let newCapacity = max(capacity * 2, needed)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}
