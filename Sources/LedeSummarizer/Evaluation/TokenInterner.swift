/// Gives each distinct token a small integer id, so that ROUGE compares and counts integers.
///
/// One interner is shared by the candidate and the reference of a pair, which makes equal ids
/// mean equal tokens. Token bytes live in one flat buffer and lookups use an open-addressing
/// table, so interning a token allocates nothing once the buffers have grown.
struct TokenInterner {
    /// Every distinct token's bytes, one after another.
    private var storage: [UInt8] = []
    /// Token `id` occupies `storage[starts[id] ..< starts[id + 1]]`.
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// Ids by hash slot; -1 marks an empty slot. The count is a power of two.
    private var slots: [Int32]

    /// Creates an interner sized for about `expectedTokens` distinct tokens.
    init(expectedTokens: Int = 256) {
        var capacity = 16
        while capacity < expectedTokens * 2 { capacity <<= 1 }
        slots = [Int32](repeating: -1, count: capacity)
    }

    /// How many distinct tokens have been seen.
    var count: Int { hashes.count }

    /// The bytes of the token with this id.
    func bytes(of id: Int32) -> ArraySlice<UInt8> {
        storage[starts[Int(id)] ..< starts[Int(id) + 1]]
    }

    /// The id of `token`, assigning the next free id if it is new.
    mutating func id(of token: [UInt8]) -> Int32 {
        let hash = Self.hash(token)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let existing = slots[slot]
            if existing < 0 { break }
            if hashes[Int(existing)] == hash && storedToken(existing, equals: token) { return existing }
            slot = (slot + 1) & mask
        }
        let id = Int32(count)
        storage.append(contentsOf: token)
        starts.append(storage.count)
        hashes.append(hash)
        slots[slot] = id
        if count * 2 > slots.count { grow() }
        return id
    }

    private func storedToken(_ id: Int32, equals token: [UInt8]) -> Bool {
        let start = starts[Int(id)]
        guard starts[Int(id) + 1] - start == token.count else { return false }
        for k in 0 ..< token.count where storage[start + k] != token[k] { return false }
        return true
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for id in 0 ..< count {
            var slot = Int(truncatingIfNeeded: hashes[id]) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }

    /// FNV-1a, then a multiply-shift mix so that the low bits used for slots are well spread.
    private static func hash(_ token: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in token { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return (hash ^ (hash >> 29)) &* 0xbf58_476d_1ce4_e5b9
    }
}
