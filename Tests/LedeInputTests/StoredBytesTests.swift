import Foundation
import LedeInput
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

    @Test("a device or a FIFO is refused as not a regular file, without reading or waiting for a writer")
    func onlyRegularFiles() throws {
        let reason = "not a regular file (a model must be a file, not a pipe or device)"
        #expect(throws: LedeError.unreadable(SourceLocation(path: "/dev/zero"), reason: reason)) { try StoredBytes(mappingFileAt: "/dev/zero") }
        try InputFixtures.withTemporaryDirectory { folder in
            let fifo = folder + "/model.fifo"
            #expect(mkfifo(fifo, 0o644) == 0)
            #expect(throws: LedeError.unreadable(SourceLocation(path: fifo), reason: reason)) { try StoredBytes(mappingFileAt: fifo) }
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

    /// `keys` with variable-length (format 2) or 64-bit (format 1) length prefixes, then a trailer.
    static func encoded(_ keys: [String], varintLengths: Bool = true, trailer: UInt32 = 0xABCD) -> [UInt8] {
        var writer = BinaryWriter()
        for key in keys {
            if varintLengths { writer.write(varintPrefixed: Array(key.utf8)) } else { writer.write(key) }
        }
        writer.write(trailer)
        return writer.bytes
    }

    @Test("keys get ids in the order read, as single inserts would give them, on small and large tables",
          arguments: [0, 1, 5_000, 300_000], [true, false])
    func matchesInserts(count: Int, varintLengths: Bool) throws {
        let keys = (0..<count).map { "term\($0 &* 7919)" + ($0 % 3 == 0 ? " bigram\($0)" : "") }
        var reader = BinaryReader(Self.encoded(keys, varintLengths: varintLengths), location: Self.location)
        let table = try reader.readKeyTable(count: keys.count, varintLengths: varintLengths, threads: 2)
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

    @Test("keys that run past the data are refused, not read out of bounds",
          arguments: [(true, [0, 3, 7, 9]), (false, [0, 7, 8, 13, 20])])
    func truncated(varintLengths: Bool, cuts: [Int]) {
        let bytes = Self.encoded(["budget", "vote"], varintLengths: varintLengths)
        for keep in cuts {
            var reader = BinaryReader(Array(bytes.prefix(keep)), location: Self.location)
            #expect(throws: LedeError.self) { try reader.readKeyTable(count: 2, varintLengths: varintLengths, threads: 1) }
        }
        var reader = BinaryReader(Array(bytes.dropLast(4)), location: Self.location)
        #expect(throws: LedeError.self) { try reader.readKeyTable(count: 3, varintLengths: varintLengths, threads: 1) }
    }
}

@Suite("Variable-length integers in model files")
struct VarintTests {
    static let location = SourceLocation(path: "varints.bin")

    @Test("values written as varints read back exactly, in one byte below 128")
    func roundTrip() throws {
        let values = [0, 1, 127, 128, 16_383, 16_384, 1 << 40, Int.max]
        var writer = BinaryWriter()
        writer.write(varints: values)
        writer.write(ascending: [0, 1, 200, 70_000, UInt32.max])
        writer.writeVarint(127)
        var reader = BinaryReader(writer.bytes, location: Self.location)
        #expect(try reader.readVarints() == values)
        #expect(try reader.readAscendingUInt32s() == [0, 1, 200, 70_000, UInt32.max])
        #expect(try reader.readVarint() == 127)
        #expect(reader.isAtEnd)
        var one = BinaryWriter()
        one.writeVarint(127)
        #expect(one.bytes == [127])
    }

    @Test("a varint cut short, one over 64 bits, and ids that do not ascend are refused")
    func refusals() {
        var cut = BinaryReader([0x80, 0x80], location: Self.location)
        #expect(throws: LedeError.self) { try cut.readVarint() }
        var long = BinaryReader([UInt8](repeating: 0xFF, count: 10) + [0x01], location: Self.location)
        #expect(throws: LedeError.self) { try long.readVarint() }
        var writer = BinaryWriter()
        writer.write(2)
        writer.writeVarint(5)
        writer.writeVarint(0)  // a zero gap: the same id twice
        var repeated = BinaryReader(writer.bytes, location: Self.location)
        #expect(throws: LedeError.self) { try repeated.readAscendingUInt32s() }
        var big = BinaryWriter()
        big.write(1)
        big.writeVarint(UInt64(UInt32.max) + 1)
        var tooBig = BinaryReader(big.bytes, location: Self.location)
        #expect(throws: LedeError.self) { try tooBig.readAscendingUInt32s() }
    }
}
