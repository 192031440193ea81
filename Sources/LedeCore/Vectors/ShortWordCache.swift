/// A small direct-mapped cache of short words (one to eight bytes) and their ids, in front of a
/// word ``ByteStringTable``. Frequent words are most of a text's tokens, but their slots, offsets
/// and bytes in a large table are spread over megabytes, more than a core's L2 cache holds; here
/// a word and its id sit together in one 16-byte entry of a 64 KB array, so a hit costs one
/// cached load and an integer comparison. A miss (or a longer word) goes to the table.
struct ShortWordCache {
    /// Per entry: the word's bytes as a little-endian integer (zero-padded), then its length in
    /// the high 32 bits and id in the low 32 bits of the second word; length 0 marks empty.
    private var entries: [UInt64]
    private let mask: Int

    /// A cache of `capacity` entries (rounded up to a power of two, at least 64, at most 4096).
    init(capacity: Int) {
        var size = 64
        while size < min(capacity, 4096) { size <<= 1 }
        entries = [UInt64](repeating: 0, count: size * 2)
        mask = size - 1
    }

    /// The id cached for `word`, or `nil`.
    @inline(__always)
    func id(of word: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard let (key, slot) = Self.keyAndSlot(word, mask) else { return nil }
        return entries.withUnsafeBufferPointer { entries in
            let meta = entries[2 * slot + 1]
            guard entries[2 * slot] == key, meta >> 32 == UInt64(word.count) else { return nil }
            return Int32(truncatingIfNeeded: meta & 0xFFFF_FFFF)
        }
    }

    /// Caches `id` for `word` (a longer word is not cached).
    @inline(__always)
    mutating func store(_ id: Int32, for word: UnsafeBufferPointer<UInt8>) {
        guard let (key, slot) = Self.keyAndSlot(word, mask) else { return }
        entries.withUnsafeMutableBufferPointer { entries in
            entries[2 * slot] = key
            entries[2 * slot + 1] = UInt64(word.count) << 32 | UInt64(UInt32(bitPattern: id))
        }
    }

    /// The word's bytes packed into an integer, and its entry; `nil` for words of 0 or over 8 bytes.
    @inline(__always)
    private static func keyAndSlot(_ word: UnsafeBufferPointer<UInt8>, _ mask: Int) -> (UInt64, Int)? {
        guard word.count > 0, word.count <= 8, let base = word.baseAddress else { return nil }
        var key: UInt64 = 0
        for offset in 0..<word.count { key |= UInt64(base[offset]) << (8 * UInt64(offset)) }
        let mixed = (key ^ UInt64(word.count)) &* 0x9E37_79B9_7F4A_7C15
        return (key, Int(truncatingIfNeeded: mixed >> 40) & mask)
    }
}
