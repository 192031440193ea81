@testable import LedeCore
import Testing

@Suite("ByteStringTable: byte order of keys and renumbering without rehashing")
struct ByteStringTableKeyOrderTests {
    /// Keys that tie on their first eight or sixteen bytes, differ only in length, hold a zero
    /// byte or bytes above 0x7F — every case the chunked radix sort has to get right.
    static let keys: [String] = {
        var keys = ["b", "a", "ab", "a b", "abcdefgh", "abcdefg", "abcdefghi", "abcdefgh\u{0}", "abcdefghabcdefgh",
                    "abcdefghabcdefg", "abcdefghabcdefghz", "abcdefghabcdefgha", "über", "uber", "ü", "z", "",
                    "government spending", "government spend", "government", "governments", "government sp"]
        var state: UInt64 = 5
        for _ in 0..<3000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 60) + 1
            let stem = ["international", "inter", "internationally ", "a"][Int(state >> 20) % 4]
            keys.append(stem + String(repeating: "xy", count: length % 5) + String(state >> 40, radix: 36))
        }
        return Array(Set(keys))
    }()

    @Test("ids in key order are the keys sorted by their UTF-8 bytes")
    func keyOrderIsByteOrder() {
        let table = ByteStringTable(Self.keys)
        let order = table.idsInKeyOrder(Array(0..<table.count))
        let expected = Self.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        #expect(order.map { table.string(of: $0) } == expected)
        #expect(!table.isInKeyOrder)
    }

    @Test("a permuted table finds every key under its new id and is in key order")
    func permutedFindsEveryKey() {
        let table = ByteStringTable(Self.keys)
        let order = table.idsInKeyOrder(Array(0..<table.count))
        let sorted = table.permuted(order, threads: 3)
        #expect(sorted.isInKeyOrder)
        for (newID, oldID) in order.enumerated() {
            #expect(sorted.string(of: newID) == table.string(of: oldID))
            #expect(sorted.id(of: table.string(of: oldID)) == newID)
        }
        #expect(sorted.id(of: "not a key") == nil)
        var grown = sorted
        #expect(grown.insert("a new key").id == sorted.count)
    }
}
