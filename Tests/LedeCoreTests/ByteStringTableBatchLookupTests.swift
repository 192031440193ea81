@testable import LedeCore
import Testing

@Suite("ByteStringTable batch lookup")
struct ByteStringTableBatchLookupTests {
    /// The batch answers for `keys`, laid end to end as the counter lays them.
    private func batchIDs(_ keys: [String], in table: ByteStringTable) -> [Int32] {
        var arena: [UInt8] = []
        var starts = [0]
        for key in keys {
            arena.append(contentsOf: key.utf8)
            starts.append(arena.count)
        }
        var ids = [Int32](repeating: 99, count: keys.count)
        arena.withUnsafeBufferPointer { arena in
            starts.withUnsafeBufferPointer { starts in
                ids.withUnsafeMutableBufferPointer { table.ids(ofKeysIn: arena, starts: starts, into: $0) }
            }
        }
        return ids
    }

    @Test("every key of another table gets its id here or -1, in the other table's order, on 1 to 3 threads",
          arguments: [1, 2, 3])
    func idsOfAnotherTablesKeys(threads: Int) {
        // Over 16,384 keys, so that the lookups are split between threads.
        let here = ByteStringTable((0..<30_000).map { "w\($0 * 2)" })
        let other = ByteStringTable((0..<20_000).map { "w\($0 * 3)" } + ["", "a key only the other table has"])
        let expected = (0..<other.count).map { id in
            other.withBytes(of: id) { bytes in here.id(of: bytes).map { Int32($0) } ?? -1 }
        }
        #expect(expected.contains(-1) && expected.contains { $0 >= 0 })
        #expect(here.ids(ofKeysOf: other, threads: threads) == expected)
        #expect(here.ids(ofKeysOf: ByteStringTable(), threads: threads).isEmpty)
    }

    @Test("every key gets the id a single lookup gives, or -1, across group boundaries and ragged ends",
          arguments: [0, 1, 15, 16, 17, 33, 1000])
    func batchAgreesWithSingleLookups(count: Int) {
        let stored = (0..<3_000).map { $0 % 7 == 0 ? "a longer stored term number \($0)" : "t\($0)" }
        let table = ByteStringTable(stored)
        // Present and absent keys interleaved, with near misses (one byte off, a byte short).
        let keys = (0..<count).map { index -> String in
            switch index % 5 {
            case 0: return stored[(index * 37) % stored.count]
            case 1: return "t\(index + 5_000)"
            case 2: return String(stored[(index * 11) % stored.count].dropLast())
            case 3: return ""
            default: return stored[(index * 13) % stored.count] + "x"
            }
        }
        let expected = keys.map { key in table.id(of: key).map { Int32($0) } ?? -1 }
        #expect(batchIDs(keys, in: table) == expected)
        #expect(expected.contains { $0 >= 0 } || count < 1)
    }

    @Test("a table holding the empty key and keys sharing long prefixes answers like single lookups")
    func emptyAndSharedPrefixKeys() {
        let stored = ["", "abcdefgh", "abcdefghi", "abcdefgh abcdefgh", "abcdefgh abcdefgi"]
        let table = ByteStringTable(stored)
        let keys = stored + ["abcdefg", "abcdefgh abcdefg", "abcdefgh abcdefghi"]
        #expect(batchIDs(keys, in: table) == [0, 1, 2, 3, 4, -1, -1, -1])
    }

    @Test("on a table built in bulk (three quarters full, long probe runs) answers match single lookups")
    func bulkBuiltTable() throws {
        let stored = (0..<50_000).map { "w\($0 * 7919 % 100_003)" }
        var arena: [UInt8] = []
        var starts = [0]
        for key in stored {
            arena.append(contentsOf: key.utf8)
            starts.append(arena.count)
        }
        let table = try #require(ByteStringTable(distinctKeysIn: arena, starts: starts, threads: 2))
        let keys = (0..<4_000).map { "w\($0 * 31)" }
        let expected = keys.map { key in table.id(of: key).map { Int32($0) } ?? -1 }
        #expect(batchIDs(keys, in: table) == expected)
        #expect(expected.filter { $0 >= 0 }.count > 100)
    }
}
