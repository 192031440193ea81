#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The envelope of every Lede model file:
///
/// | bytes | content |
/// |---|---|
/// | 8 | magic `LEDEMODL` |
/// | 4 | format version (little-endian) |
/// | 4 | model kind (1 = topic classifier) |
/// | 8 | payload length |
/// | 8 | checksum of the payload (64-bit multiply-xorshift hash, see ``checksum(_:version:)-([UInt8],_)``) |
/// | n | payload |
///
/// Reading checks magic, version, length and checksum before any payload byte is decoded, so a
/// truncated, bit-flipped, newer or foreign file is refused with one clear message.
public enum ModelContainer {
    /// The file signature.
    public static let magic: [UInt8] = Array("LEDEMODL".utf8)
    /// The format version this build writes and the newest it reads. Version 2 added the
    /// classifier's derived weights after its counts; version 3 stores its class sums as
    /// fixed-point integers over a vocabulary in byte order, and whether it is compact. Version
    /// 1 and 2 files are still read.
    public static let formatVersion: UInt32 = 3
    /// The kind tag of topic-classifier models.
    public static let topicClassifierKind: UInt32 = 1

    /// Wraps `payload` in the envelope, stamped with format `version` (older versions are for
    /// tests that check old files still load).
    public static func encode(payload: [UInt8], kind: UInt32, version: UInt32 = formatVersion) -> [UInt8] {
        var writer = BinaryWriter()
        var bytes = magic
        writer.write(version)
        writer.write(kind)
        writer.write(UInt64(payload.count))
        writer.write(checksum(payload, version: version))
        bytes.append(contentsOf: writer.bytes)
        bytes.append(contentsOf: payload)
        return bytes
    }

    /// The bytes of the model file at `path`, mapped read-only (errors name the path).
    public static func readFile(at path: String) throws -> StoredBytes {
        try StoredBytes(mappingFileAt: path)
    }

    /// Checks the envelope of `bytes` read from `location` and returns the payload.
    public static func decode(_ bytes: [UInt8], kind: UInt32, location: SourceLocation) throws -> [UInt8] {
        let storage = StoredBytes(copying: bytes)
        return Array(bytes[try payload(of: storage, kind: kind, location: location).range])
    }

    /// Checks the envelope of `storage` read from `location` and returns where the payload lies
    /// in it, without copying it (read it with ``BinaryReader/init(_:range:location:)-(StoredBytes,_,_)``),
    /// and the format version it was written in.
    public static func payload(of storage: StoredBytes, kind: UInt32, location: SourceLocation) throws -> (range: Range<Int>, version: UInt32) {
        let bytes = storage.bytes
        guard bytes.count >= magic.count, bytes.prefix(magic.count).elementsEqual(magic) else {
            throw LedeError.invalidModel(location, reason: bytes.isEmpty ? "the file is empty" : "it does not start with the Lede model signature")
        }
        let headerSize = magic.count + 24
        var reader = BinaryReader(storage, range: magic.count..<min(bytes.count, headerSize), location: location)
        let version = try reader.readUInt32()
        guard version >= 1 else {
            throw LedeError.invalidModel(location, reason: "format version 0 does not exist (the header is damaged)")
        }
        guard version <= formatVersion else {
            throw LedeError.unsupportedModelVersion(location, found: Int(version), supported: Int(formatVersion))
        }
        let foundKind = try reader.readUInt32()
        guard foundKind == kind else {
            throw LedeError.invalidModel(location, reason: "it holds a model of another kind (\(foundKind))")
        }
        let length = try reader.readUInt64()
        let expected = try reader.readUInt64()
        guard UInt64(bytes.count - headerSize) == length else {
            throw LedeError.invalidModel(location, reason: "the file is truncated or has trailing bytes (\(bytes.count - headerSize) payload bytes, header says \(length))")
        }
        let payload = headerSize..<bytes.count
        guard checksum(UnsafeRawBufferPointer(rebasing: bytes[payload]), version: version) == expected else {
            throw LedeError.invalidModel(location, reason: "checksum mismatch: the file is damaged")
        }
        return (payload, version)
    }

    /// The 64-bit checksum of `bytes` in format `version`.
    public static func checksum(_ bytes: [UInt8], version: UInt32 = formatVersion) -> UInt64 {
        bytes.withUnsafeBytes { checksum($0, version: version) }
    }

    /// The checksum of the bytes in `raw` in format `version`: multiply-xorshift mixing of eight
    /// bytes per step, in one chain (version 1) or, since version 2, in four interleaved chains
    /// that the processor runs side by side (a quarter of the time on a large model), folded
    /// together at the end.
    public static func checksum(_ raw: UnsafeRawBufferPointer, version: UInt32 = formatVersion) -> UInt64 {
        var state: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(raw.count)
        var offset = 0
        if version >= 2 {
            var lanes: (UInt64, UInt64, UInt64, UInt64) = (state, state ^ 0x1, state ^ 0x2, state ^ 0x3)
            while offset + 32 <= raw.count {
                lanes.0 = Self.mix(lanes.0, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                lanes.1 = Self.mix(lanes.1, raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
                lanes.2 = Self.mix(lanes.2, raw.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self))
                lanes.3 = Self.mix(lanes.3, raw.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))
                offset += 32
            }
            state = Self.mix(Self.mix(Self.mix(lanes.0, lanes.1), lanes.2), lanes.3)
        }
        while offset + 8 <= raw.count {
            state = Self.mix(state, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        while offset < raw.count {
            state = (state ^ UInt64(raw[offset])) &* 0x94D0_49BB_1331_11EB
            offset += 1
        }
        return state ^ (state >> 29)
    }

    /// One mixing step: xor in eight bytes, multiply, xorshift.
    @inline(__always)
    private static func mix(_ state: UInt64, _ word: UInt64) -> UInt64 {
        let product = (state ^ word) &* 0xBF58_476D_1CE4_E5B9
        return product ^ (product >> 31)
    }
}
