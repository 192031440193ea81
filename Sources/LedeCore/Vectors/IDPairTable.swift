/// A hash table from pairs of 32-bit ids to 32-bit ids, with linear probing on one flat block.
/// It names a word n-gram by (id of its first n − 1 words, id of its last word), so counting
/// bigrams costs an integer hash per occurrence instead of building and hashing a byte string.
///
/// A corpus with bigrams puts millions of pairs here and nearly every lookup of a rare pair
/// misses the caches, so the block is asked for with transparent huge pages: one TLB entry per
/// 2 MB instead of per 4 kB roughly halves the cost of those misses. It is a class because it
/// owns that memory; an ``NGramDictionary`` holding it is used by one thread at a time.
final class IDPairTable {
    private struct Slot {
        var key: UInt64
        var value: Int32
    }

    private var slots: UnsafeMutablePointer<Slot>
    private var capacity: Int
    private var byteCount: Int
    private var shift: UInt64
    /// The number of pairs held.
    private(set) var count = 0

    /// An empty table sized for about `expected` pairs.
    init(capacity expected: Int = 1024) {
        var bits: UInt64 = 4
        while (1 << bits) * 3 < expected * 4 { bits += 1 }
        capacity = 1 << Int(bits)
        shift = 64 - bits
        (slots, byteCount) = Self.allocate(capacity)
    }

    deinit { Self.release(slots, byteCount) }

    @inline(__always)
    private static func key(_ first: Int32, _ second: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: first)) << 32 | UInt64(UInt32(bitPattern: second))
    }

    @inline(__always)
    private func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The value stored for (`first`, `second`), or -1.
    @inline(__always)
    func value(_ first: Int32, _ second: Int32) -> Int32 {
        let key = Self.key(first, second)
        let mask = capacity - 1
        var index = home(key)
        while true {
            let slot = slots[index]
            if slot.value < 0 || slot.key == key { return slot.value }
            index = (index + 1) & mask
        }
    }

    /// Starts bringing the home slot of (`first`, `second`) into cache without waiting for it
    /// (a prefetch hint): for lookups known several steps before they are made.
    @inline(__always)
    func prefetch(_ first: Int32, _ second: Int32) {
        Prefetch.line(at: slots + home(Self.key(first, second)))
    }

    /// The value stored for (`first`, `second`); when absent, stores `next` and returns it.
    @inline(__always)
    func value(_ first: Int32, _ second: Int32, orInsert next: Int32) -> Int32 {
        let key = Self.key(first, second)
        let mask = capacity - 1
        var index = home(key)
        while true {
            let slot = slots[index]
            if slot.key == key && slot.value >= 0 { return slot.value }
            if slot.value < 0 { break }
            index = (index + 1) & mask
        }
        slots[index] = Slot(key: key, value: next)
        count += 1
        if count * 4 > capacity * 3 { grow() }
        return next
    }

    private func grow() {
        let (oldSlots, oldCapacity, oldBytes) = (slots, capacity, byteCount)
        capacity *= 2
        shift -= 1
        (slots, byteCount) = Self.allocate(capacity)
        let mask = capacity - 1
        for old in 0..<oldCapacity where oldSlots[old].value >= 0 {
            var index = home(oldSlots[old].key)
            while slots[index].value >= 0 { index = (index + 1) & mask }
            slots[index] = oldSlots[old]
        }
        Self.release(oldSlots, oldBytes)
    }

    /// `count` empty slots; large blocks are mapped directly and advised to use huge pages.
    private static func allocate(_ count: Int) -> (UnsafeMutablePointer<Slot>, Int) {
        let bytes = count * MemoryLayout<Slot>.stride
        let hugePage = 1 << 21
        var pointer: UnsafeMutablePointer<Slot>
        var mapped = 0
        if bytes >= hugePage, let raw = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
           raw != MAP_FAILED {
            #if os(Linux)
            _ = madvise(raw, bytes, Int32(MADV_HUGEPAGE))
            #endif
            pointer = raw.bindMemory(to: Slot.self, capacity: count)
            mapped = bytes
        } else {
            pointer = .allocate(capacity: count)
        }
        pointer.initialize(repeating: Slot(key: 0, value: -1), count: count)
        return (pointer, mapped)
    }

    private static func release(_ pointer: UnsafeMutablePointer<Slot>, _ mapped: Int) {
        if mapped > 0 { munmap(pointer, mapped) } else { pointer.deallocate() }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
