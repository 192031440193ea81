/// A growable byte buffer in manually managed memory, for the tokenizer's per-word scratch:
/// appending a byte is a capacity check and a store, with none of `Array`'s uniqueness checks.
/// The owner calls ``deallocate()`` exactly once (a `defer` right after creating it).
struct ByteScratch {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    func deallocate() { base.deallocate() }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(to: capacity * 2) }
        base[count] = byte
        count += 1
    }

    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        if count + bytes.count > capacity { grow(to: max(capacity * 2, count + bytes.count)) }
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    @inline(__always)
    mutating func removeAll() { count = 0 }

    /// Drops the first `prefix` bytes, moving the rest to the front.
    mutating func removeFirst(_ prefix: Int) {
        let remaining = count - prefix
        if remaining > 0 { UnsafeMutableRawPointer(base).copyMemory(from: base + prefix, byteCount: remaining) }
        count = remaining
    }

    private mutating func grow(to newCapacity: Int) {
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.update(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }
}
