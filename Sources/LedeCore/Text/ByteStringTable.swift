/// A hash table from byte strings (UTF-8 terms) to dense integer ids `0..<count`, in insertion
/// order. Keys live in one contiguous arena, so lookups on the hot path never allocate and
/// never build a `String`. This is the dictionary every vocabulary and stop-word list uses.
public struct ByteStringTable: Sendable, Equatable {
    private(set) var arena: [UInt8] = []
    private(set) var starts: [Int] = [0]
    /// Open-addressing slots: 0 when empty, else the high 32 bits of the key's hash over
    /// `id + 1`, so most probes that miss are rejected without touching the offsets or the arena.
    /// Hashes are not kept (eight bytes a key); growing the table hashes the keys again.
    private(set) var slots: [UInt64]
    private(set) var mask: Int

    /// Creates an empty table sized for about `capacity` keys.
    public init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        arena.reserveCapacity(capacity * 8)
        starts.reserveCapacity(capacity + 1)
    }

    /// Creates a table holding `keys` in order (ids follow the order given; duplicates keep the first id).
    public init<Keys: Sequence>(_ keys: Keys) where Keys.Element == String {
        self.init()
        for key in keys { _ = insert(key) }
    }

    /// A table of `count` distinct keys, with ids `0..<count`, equal to inserting them in id
    /// order; `nil` when two of the keys are equal. Key `id` is `length(id)` bytes long and
    /// `write(id, destination)` stores them; both closures are called from `threads` threads at
    /// once, so that this costs a fraction of `count` single inserts, each a likely cache miss
    /// on a large table.
    init?(distinctKeys count: Int, threads: Int,
          length: (Int) -> Int, write: (Int, UnsafeMutablePointer<UInt8>) -> Void) {
        let ranges = ParallelWork.ranges(total: count, parts: count >= 1 << 14 ? threads : 1)
        var starts = [Int](repeating: 0, count: count + 1)
        starts.withUnsafeMutableBufferPointer { starts in
            _ = ParallelWork.map(count: ranges.count, threads: threads) { part in
                for id in ranges[part] { starts[id + 1] = length(id) }
            }
            for id in 0..<count { starts[id + 1] += starts[id] }
        }
        let arena = [UInt8](unsafeUninitializedCapacity: starts[count]) { arena, initialized in
            starts.withUnsafeBufferPointer { starts in
                _ = ParallelWork.map(count: ranges.count, threads: threads) { part in
                    for id in ranges[part] { write(id, arena.baseAddress! + starts[id]) }
                }
            }
            initialized = starts[count]
        }
        self.init(distinctKeysIn: arena, starts: starts, threads: threads)
    }

    /// A table of the distinct keys laid end to end in `arena`, key `id` being
    /// `arena[starts[id]..<starts[id + 1]]` (so `starts` has one entry more than there are
    /// keys), equal to inserting them in id order; `nil` when two of the keys are equal. Hashes
    /// are computed on `threads` threads; on a large table the slots are filled in the order of
    /// their home positions, so that the writes sweep the slot array instead of jumping about it.
    package init?(distinctKeysIn arena: [UInt8], starts: [Int], threads: Int) {
        let count = starts.count - 1
        precondition(count >= 0 && starts[0] == 0 && starts[count] == arena.count)
        self.init(capacity: 0)
        // Filled at most three quarters: a table built in bulk is usually read, not grown (a
        // vocabulary, a loaded model), and at half full its slots were the largest part of a
        // word-pair vocabulary. Probes stay short: an absent key's run of occupied slots
        // averages a few slots, eight to a cache line, most ruled out by their hash tags. The
        // first insert into a table this full grows it to the usual half.
        var size = 16
        while size * 3 < count * 4 { size <<= 1 }
        let mask = size - 1
        var slots = [UInt64](repeating: 0, count: size)
        // Hashing is cheap; below a few hundred thousand keys, waking worker threads costs more
        // than it saves (a model load in a one-article `lede classify` ran 10% slower with them).
        let ranges = ParallelWork.ranges(total: count, parts: count >= 1 << 18 ? threads : 1)
        let hashes = [UInt64](unsafeUninitializedCapacity: count) { hashes, initialized in
            arena.withUnsafeBufferPointer { arena in
                starts.withUnsafeBufferPointer { starts in
                    _ = ParallelWork.map(count: ranges.count, threads: threads) { part in
                        for id in ranges[part] {
                            hashes[id] = Self.hash(UnsafeBufferPointer(rebasing: arena[starts[id]..<starts[id + 1]]))
                        }
                    }
                }
            }
            initialized = count
        }
        // Below a few megabytes of slots, placing in id order costs less than sorting by slot.
        let placement = count >= 1 << 18 ? Self.slotOrder(hashes, mask: mask) : []
        let distinct = slots.withUnsafeMutableBufferPointer { slots in
            arena.withUnsafeBufferPointer { arena in
                starts.withUnsafeBufferPointer { starts in
                    for position in 0..<count {
                        let id = placement.isEmpty ? position : Int(placement[position])
                        let hash = hashes[id]
                        var index = Int(truncatingIfNeeded: hash) & mask
                        while slots[index] != 0 {
                            // Same tag: compare the keys, as a single insert would have found it.
                            if slots[index] >> 32 == hash >> 32 {
                                let other = Int(truncatingIfNeeded: slots[index] & 0xFFFF_FFFF) - 1
                                let start = starts[id], length = starts[id + 1] - start
                                if starts[other + 1] - starts[other] == length
                                    && Self.equal(arena.baseAddress.map { $0 + starts[other] },
                                                  arena.baseAddress.map { $0 + start }, length) {
                                    return false
                                }
                            }
                            index = (index + 1) & mask
                        }
                        slots[index] = Self.slot(hash: hash, id: id)
                    }
                    return true
                }
            }
        }
        guard distinct else { return nil }
        self.slots = slots
        self.mask = mask
        self.arena = arena
        self.starts = starts
    }

    /// A table of exactly these parts (``permuted(_:threads:)`` builds one without rehashing).
    init(arena: [UInt8], starts: [Int], slots: [UInt64], mask: Int) {
        self.arena = arena
        self.starts = starts
        self.slots = slots
        self.mask = mask
    }

    /// The ids ordered by the top bits of their home slot (a counting sort into buckets).
    private static func slotOrder(_ hashes: [UInt64], mask: Int) -> [Int32] {
        let bucketBits = max(0, mask.nonzeroBitCount - 12)
        var bucketStarts = [Int](repeating: 0, count: (mask >> bucketBits) + 2)
        for hash in hashes { bucketStarts[(Int(truncatingIfNeeded: hash) & mask) >> bucketBits + 1] += 1 }
        for bucket in 1..<bucketStarts.count { bucketStarts[bucket] += bucketStarts[bucket - 1] }
        var order = [Int32](repeating: 0, count: hashes.count)
        for (id, hash) in hashes.enumerated() {
            let bucket = (Int(truncatingIfNeeded: hash) & mask) >> bucketBits
            order[bucketStarts[bucket]] = Int32(id)
            bucketStarts[bucket] += 1
        }
        return order
    }

    /// The number of distinct keys.
    public var count: Int { starts.count - 1 }

    /// Two tables are equal when they hold the same keys with the same ids.
    public static func == (lhs: ByteStringTable, rhs: ByteStringTable) -> Bool {
        lhs.arena == rhs.arena && lhs.starts == rhs.starts
    }

    /// The id of `key`, or `nil` when it is absent.
    @inlinable
    public func id(of key: String) -> Int? {
        var key = key
        return key.withUTF8 { id(of: $0) }
    }

    /// The id of the UTF-8 bytes `key`, or `nil` when they are absent.
    public func id(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = Self.hash(key)
        let found = probe(key, hash)
        return found.id
    }

    /// Inserts `key` if absent and returns its id either way.
    @discardableResult
    public mutating func insert(_ key: String) -> (id: Int, inserted: Bool) {
        var key = key
        return key.withUTF8 { insert($0) }
    }

    /// Inserts the UTF-8 bytes `key` if absent and returns its id either way.
    @discardableResult
    public mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (id: Int, inserted: Bool) {
        let hash = Self.hash(key)
        let (found, index) = probe(key, hash)
        if let found { return (found, false) }
        let id = count
        arena.append(contentsOf: key)
        starts.append(arena.count)
        slots[index] = Self.slot(hash: hash, id: id)
        if count * 2 > slots.count { grow() }
        return (id, true)
    }

    /// The id of `key` if present, and the slot where the search ended (free when absent).
    @inline(__always)
    func probe(_ key: UnsafeBufferPointer<UInt8>, _ hash: UInt64) -> (id: Int?, index: Int) {
        let tag = hash >> 32
        return slots.withUnsafeBufferPointer { slots in
            starts.withUnsafeBufferPointer { starts in
                arena.withUnsafeBufferPointer { arena in
                    var index = Int(truncatingIfNeeded: hash) & mask
                    while true {
                        let slot = slots[index]
                        if slot == 0 { return (nil, index) }
                        if slot >> 32 == tag {
                            let id = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1
                            let start = starts[id]
                            if starts[id + 1] - start == key.count
                                && Self.equal(arena.baseAddress.map { $0 + start }, key.baseAddress, key.count) {
                                return (id, index)
                            }
                        }
                        index = (index + 1) & mask
                    }
                }
            }
        }
    }

    @inline(__always)
    private static func slot(hash: UInt64, id: Int) -> UInt64 {
        (hash >> 32) << 32 | UInt64(id + 1)
    }

    /// Byte equality of two `count`-byte runs; words are short, so this beats calling memcmp.
    @inline(__always)
    static func equal(_ a: UnsafePointer<UInt8>?, _ b: UnsafePointer<UInt8>?, _ count: Int) -> Bool {
        guard count > 0, let a, let b else { return true }
        let ra = UnsafeRawPointer(a)
        let rb = UnsafeRawPointer(b)
        var offset = 0
        while offset + 8 <= count {
            if ra.loadUnaligned(fromByteOffset: offset, as: UInt64.self) != rb.loadUnaligned(fromByteOffset: offset, as: UInt64.self) {
                return false
            }
            offset += 8
        }
        while offset < count {
            if a[offset] != b[offset] { return false }
            offset += 1
        }
        return true
    }

    /// The length in bytes of the key with id `id`.
    package func length(of id: Int) -> Int { starts[id + 1] - starts[id] }

    /// The bytes of the key with id `id`.
    public func bytes(of id: Int) -> ArraySlice<UInt8> {
        arena[starts[id]..<starts[id + 1]]
    }

    /// The key with id `id` as a `String`.
    public func string(of id: Int) -> String {
        arena.withUnsafeBufferPointer { arena in
            String(decoding: UnsafeBufferPointer(rebasing: arena[starts[id]..<starts[id + 1]]), as: UTF8.self)
        }
    }

    /// Calls `body` with the bytes of the key with id `id`, without copying.
    public func withBytes<R>(of id: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try arena.withUnsafeBufferPointer { arena in
            try body(UnsafeBufferPointer(rebasing: arena[starts[id]..<starts[id + 1]]))
        }
    }

    /// All keys in id order.
    public var strings: [String] { (0..<count).map(string(of:)) }

    private mutating func grow() {
        let size = slots.count * 2
        var newSlots = [UInt64](repeating: 0, count: size)
        let newMask = size - 1
        arena.withUnsafeBufferPointer { arena in
            for id in 0..<count {
                let hash = Self.hash(UnsafeBufferPointer(rebasing: arena[starts[id]..<starts[id + 1]]))
                var index = Int(truncatingIfNeeded: hash) & newMask
                while newSlots[index] != 0 { index = (index + 1) & newMask }
                newSlots[index] = Self.slot(hash: hash, id: id)
            }
        }
        slots = newSlots
        mask = newMask
    }

    /// A fast 64-bit hash of a short byte string: eight bytes per step, multiply-xorshift mixing.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)
        guard let base = key.baseAddress else { return state }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= key.count {
            let chunk = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            state = (state ^ chunk) &* 0xBF58_476D_1CE4_E5B9
            state ^= state >> 31
            offset += 8
        }
        if offset < key.count {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while offset < key.count {
                tail |= UInt64(base[offset]) << shift
                shift += 8
                offset += 1
            }
            state = (state ^ tail) &* 0x94D0_49BB_1331_11EB
            state ^= state >> 29
        }
        state = (state ^ (state >> 32)) &* 0xD6E8_FEB8_6659_FD93
        return state ^ (state >> 32)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
