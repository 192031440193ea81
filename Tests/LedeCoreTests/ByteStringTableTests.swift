import LedeCore
import Testing

@Suite("ByteStringTable")
struct ByteStringTableTests {
    @Test("ids are dense and follow insertion order; a repeated key keeps its first id")
    func idsFollowInsertionOrder() {
        var table = ByteStringTable()
        #expect(table.insert("budget") == (0, true))
        #expect(table.insert("vote") == (1, true))
        #expect(table.insert("budget") == (0, false))
        #expect(table.count == 2)
        #expect(table.strings == ["budget", "vote"])
    }

    @Test("lookups find present keys and only those")
    func lookups() {
        let table = ByteStringTable(["alpha", "beta", "ärger", "", "a much longer key than eight bytes"])
        #expect(table.id(of: "beta") == 1)
        #expect(table.id(of: "ärger") == 2)
        #expect(table.id(of: "") == 3)
        #expect(table.id(of: "a much longer key than eight bytes") == 4)
        #expect(table.id(of: "a much longer key than eight byteS") == nil)
        #expect(table.id(of: "alph") == nil)
        #expect(table.id(of: "alphas") == nil)
        #expect(table.id(of: "Alpha") == nil)
    }

    @Test("keys come back byte for byte, as strings, slices and buffers")
    func keysRoundTrip() {
        let table = ByteStringTable(["москва", "x y"])
        #expect(table.string(of: 0) == "москва")
        #expect(Array(table.bytes(of: 1)) == Array("x y".utf8))
        #expect(table.withBytes(of: 0) { Array($0) } == Array("москва".utf8))
    }

    @Test("the table grows far past its initial capacity and still finds every key")
    func growth() {
        var table = ByteStringTable(capacity: 4)
        let keys = (0..<20_000).map { "term\($0)" }
        for (index, key) in keys.enumerated() { #expect(table.insert(key).id == index) }
        #expect(table.count == keys.count)
        var misses = 0
        for (index, key) in keys.enumerated() where table.id(of: key) != index { misses += 1 }
        #expect(misses == 0)
        #expect(table.id(of: "term20000") == nil)
    }

    @Test("keys that differ only in their last byte or in length are distinct")
    func nearCollisions() {
        let keys = ["abcdefgh", "abcdefghi", "abcdefgi", "abcdefgh\u{0}", "abcdefg", "abcdefghabcdefgh"]
        let table = ByteStringTable(keys)
        #expect(table.count == keys.count)
        for (index, key) in keys.enumerated() { #expect(table.id(of: key) == index) }
    }

    @Test("equality compares keys and ids, not capacity")
    func equality() {
        var small = ByteStringTable(capacity: 1)
        var large = ByteStringTable(capacity: 4096)
        for key in ["one", "two", "three"] {
            small.insert(key)
            large.insert(key)
        }
        #expect(small == large)
        #expect(ByteStringTable(["one", "two"]) != ByteStringTable(["two", "one"]))
    }

    @Test("lookups by UTF-8 buffer agree with lookups by string")
    func bufferLookups() {
        var table = ByteStringTable()
        var key = "Straße"
        let id = key.withUTF8 { table.insert($0).id }
        #expect(table.id(of: "Straße") == id)
        #expect(key.withUTF8 { table.id(of: $0) } == id)
    }
}
