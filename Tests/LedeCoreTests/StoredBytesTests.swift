import Foundation
import LedeCore
import Testing

@Suite("StoredBytes: model files are mapped, not read")
struct StoredBytesTests {
    @Test("a mapped file holds the file's bytes; an empty file maps to no bytes")
    func mapsContents() throws {
        try InputFixtures.withTemporaryDirectory { folder in
            let path = folder + "/model.bin"
            let contents = (0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
            try Data(contents).write(to: URL(fileURLWithPath: path))
            #expect(try StoredBytes(mappingFileAt: path).withUnsafeBytes { Array($0) } == contents)
            try Data().write(to: URL(fileURLWithPath: path))
            #expect(try StoredBytes(mappingFileAt: path).count == 0)
        }
    }

    @Test("a file replaced by rename after mapping keeps the old bytes in the mapping")
    func renameLeavesMappingIntact() throws {
        try InputFixtures.withTemporaryDirectory { folder in
            let path = folder + "/model.bin"
            try Data([1, 2, 3, 4]).write(to: URL(fileURLWithPath: path))
            let mapped = try StoredBytes(mappingFileAt: path)
            try AtomicFile.write([9, 9, 9, 9, 9], to: path)
            #expect(mapped.withUnsafeBytes { Array($0) } == [1, 2, 3, 4])
            #expect(try StoredBytes(mappingFileAt: path).withUnsafeBytes { Array($0) } == [9, 9, 9, 9, 9])
        }
    }

    @Test("a missing path and a directory are refused naming the path")
    func refusals() throws {
        let missing = InputFixtures.path("no-such-model")
        #expect(throws: LedeError.fileNotFound(SourceLocation(path: missing))) { try StoredBytes(mappingFileAt: missing) }
        #expect(throws: LedeError.unreadable(SourceLocation(path: InputFixtures.directory), reason: "is a directory")) {
            try StoredBytes(mappingFileAt: InputFixtures.directory)
        }
    }

    @Test("a copy keeps its bytes after the array it came from changes")
    func copyIsIndependent() {
        var array: [UInt8] = [5, 6, 7]
        let stored = StoredBytes(copying: array)
        array[0] = 0
        #expect(stored.withUnsafeBytes { Array($0) } == [5, 6, 7])
    }
}

@Suite("BinaryReader.readKeyTable: a vocabulary loaded in bulk")
struct BinaryReaderKeyTableTests {
    static let location = SourceLocation(path: "keys.bin")

    static func encoded(_ keys: [String], trailer: UInt32 = 0xABCD) -> [UInt8] {
        var writer = BinaryWriter()
        for key in keys { writer.write(key) }
        writer.write(trailer)
        return writer.bytes
    }

    @Test("keys get ids in the order read, as single inserts would give them, on small and large tables",
          arguments: [0, 1, 5_000, 300_000])
    func matchesInserts(count: Int) throws {
        let keys = (0..<count).map { "term\($0 &* 7919)" + ($0 % 3 == 0 ? " bigram\($0)" : "") }
        var reader = BinaryReader(Self.encoded(keys), location: Self.location)
        let table = try reader.readKeyTable(count: keys.count, threads: 2)
        let inserted = ByteStringTable(keys)
        #expect(table == inserted)
        for (id, key) in keys.enumerated() where id % 97 == 0 || id == keys.count - 1 {
            #expect(table.id(of: key) == id)
        }
        #expect(table.id(of: "term-absent") == nil)
        #expect(try reader.readUInt32() == 0xABCD)
        #expect(reader.isAtEnd)
    }

    @Test("a repeated key is refused as a duplicate vocabulary term")
    func duplicate() {
        var reader = BinaryReader(Self.encoded(["budget", "vote", "ärger", "vote"]), location: Self.location)
        #expect(throws: LedeError.invalidModel(Self.location, reason: "duplicate vocabulary term")) {
            try reader.readKeyTable(count: 4, threads: 1)
        }
    }

    @Test("keys that run past the data are refused, not read out of bounds")
    func truncated() {
        let bytes = Self.encoded(["budget", "vote"])
        for keep in [0, 7, 8, 13, 20] {
            var reader = BinaryReader(Array(bytes.prefix(keep)), location: Self.location)
            #expect(throws: LedeError.self) { try reader.readKeyTable(count: 2, threads: 1) }
        }
        var reader = BinaryReader(bytes, location: Self.location)
        #expect(throws: LedeError.self) { try reader.readKeyTable(count: 3, threads: 1) }
    }
}
