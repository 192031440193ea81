/// A growable byte buffer in manually managed memory, reused from word to word (tokenizer) and
/// record to record (JSON decoder). Appends are a capacity check and a store: in those inner
/// loops `Array.append`'s uniqueness and capacity bookkeeping cost more than the copying itself.
package final class ByteScratch {
    /// The first byte; valid up to ``count``.
    private(set) var base: UnsafeMutablePointer<UInt8>
    /// How many bytes are held.
    private(set) var count = 0
    private var capacity: Int

    /// An empty buffer with room for `capacity` bytes before it first grows.
    package init(capacity: Int = 1 << 16) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The bytes held.
    package var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    /// The last byte, or `nil` when empty.
    package var last: UInt8? { count > 0 ? base[count - 1] : nil }

    /// Empties the buffer, keeping its memory.
    package func removeAll() { count = 0 }

    /// Appends `length` bytes from `source`.
    @inline(__always)
    package func append(_ source: UnsafePointer<UInt8>, count length: Int) {
        if count + length > capacity { grow(toHold: count + length) }
        (base + count).update(from: source, count: length)
        count += length
    }

    /// Appends the bytes of `buffer`.
    package func append(contentsOf buffer: UnsafeBufferPointer<UInt8>) {
        guard let source = buffer.baseAddress, buffer.count > 0 else { return }
        append(source, count: buffer.count)
    }

    /// Drops the first `prefix` bytes, moving the rest to the front.
    func removeFirst(_ prefix: Int) {
        let remaining = count - prefix
        if remaining > 0 { UnsafeMutableRawPointer(base).copyMemory(from: base + prefix, byteCount: remaining) }
        count = max(0, remaining)
    }

    /// Appends one byte.
    @inline(__always)
    package func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        base[count] = byte
        count += 1
    }

    /// Appends the bytes of `source[start..<end]`, each replaced by its entry in `table`, up to
    /// the first whose entry is 0; returns the index of that byte (or `end`). One pass over the
    /// run: scanning for its end and copying it are the same loop.
    @inline(__always)
    func appendRun(_ source: UnsafePointer<UInt8>, from start: Int, to end: Int, mappedBy table: UnsafeBufferPointer<UInt8>) -> Int {
        var index = start
        while true {
            // Room for what remains of the input (at most 64 bytes a round), so the inner loop
            // checks nothing but the table.
            let round = min(end - index, 64)
            if count + round > capacity { grow(toHold: count + round) }
            let target = base + count
            var written = 0
            while written < round {
                let folded = table[Int(source[index + written])]
                if folded == 0 { break }
                target[written] = folded
                written += 1
            }
            count += written
            index += written
            if written < round || index == end { return index }
        }
    }

    /// Overwrites the last byte, which must exist.
    package func replaceLast(with byte: UInt8) {
        base[count - 1] = byte
    }

    /// Whether the bytes held equal `other`.
    package func equals(_ other: [UInt8]) -> Bool {
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
