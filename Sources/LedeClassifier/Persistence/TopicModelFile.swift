#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads and writes topic-classifier model files (see ``ModelContainer`` for the envelope).
///
/// Payload: a JSON header (options, metadata, labels, documents per class), then the vocabulary
/// (terms, document frequencies, totals, document count) and the per-class term sums stored
/// sparsely as (term id, value) pairs; since version 2, term lengths, vocabulary statistics and
/// term-id gaps are variable-length integers and the derived weights follow; since version 3,
/// class sums are variable-length integers (``FixedPointWeight`` units) over a vocabulary in
/// byte order, and the header says whether the model is compact. All numbers are little-endian;
/// floats are stored as bit patterns, so a model read back is identical to the one written, and
/// models of the same data — trained at once, updated, or merged from shards in any order — are
/// byte-identical (given the same `createdAt`: set `SOURCE_DATE_EPOCH`).
///
/// Version 1 and 2 files hold class sums as doubles: they are read rounded to units, keep their
/// vocabulary order and stored weights (so they predict exactly as before), and count as not
/// compact, since they did not record it.
public enum TopicModelFile {
    struct Header: Codable {
        var options: ClassifierOptions
        var metadata: ModelMetadata
        var labels: [String]
        var documentsPerClass: [Int]
        /// Whether the model is compact; absent before version 3.
        var compact: Bool?
    }

    /// The file's bytes for `model` in format `version` (1 to 3; older versions are for tests
    /// that check old files still load).
    public static func encode(_ model: TopicClassifier, version: UInt32 = ModelContainer.formatVersion) throws -> [UInt8] {
        precondition((1...ModelContainer.formatVersion).contains(version))
        let packed = version >= 2
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let header = Header(
            options: model.options, metadata: model.metadata,
            labels: model.counts.labels, documentsPerClass: model.counts.documentsPerClass,
            compact: version >= 3 ? model.isCompact : nil)
        var writer = BinaryWriter()
        writer.write(bytes: Array(try encoder.encode(header)))
        let vocabulary = model.counts.vocabulary
        writer.write(vocabulary.count)
        // Since version 2, term lengths, vocabulary statistics and the gaps between a class's term
        // ids are variable-length integers (mostly one or two bytes instead of four or eight).
        for id in 0..<vocabulary.count {
            if packed {
                writer.write(varintPrefixed: vocabulary.terms.bytes(of: id))
            } else {
                writer.write(bytes: vocabulary.terms.bytes(of: id))
            }
        }
        if packed {
            writer.write(varints: vocabulary.documentFrequencies)
            writer.write(varints: vocabulary.termTotals)
        } else {
            writer.write(vocabulary.documentFrequencies)
            writer.write(vocabulary.termTotals)
        }
        writer.write(vocabulary.documentCount)
        let sums = model.counts.termSums
        for c in 0..<sums.classCount {
            if packed { writer.write(ascending: sums.terms[c]) } else { writer.write(sums.terms[c]) }
            if version >= 3 {
                writer.write(varints: sums.values[c].map { Int($0) })
            } else {
                writer.write(sums.values[c].map(FixedPointWeight.value))
            }
        }
        if packed {
            // The weights derived from the counts, so that loading a model copies them instead
            // of computing a logarithm per feature and class.
            writer.write(model.weights.bias)
            writer.write(model.weights.weights.elements)
        }
        return ModelContainer.encode(payload: writer.bytes, kind: ModelContainer.topicClassifierKind, version: version)
    }

    /// Writes `model` to `path` atomically: a failed or interrupted write leaves any old model intact.
    public static func write(_ model: TopicClassifier, to path: String) throws {
        try AtomicFile.write(try encode(model), to: path)
    }

    /// Reads the model at `path`, refusing damaged, truncated, foreign or newer files, anything
    /// but a regular file, and a file that would need more memory than `limit` allows for
    /// its size (see ``decode(_:location:limit:)-(StoredBytes,_,_)``).
    public static func read(from path: String, limit: MemoryLimit = .init()) throws -> TopicClassifier {
        try decode(try ModelContainer.readFile(at: path), location: SourceLocation(path: path), limit: limit)
    }

    /// Decodes a model from the bytes of a file read from `location`.
    public static func decode(_ bytes: [UInt8], location: SourceLocation, limit: MemoryLimit = .init()) throws -> TopicClassifier {
        try decode(StoredBytes(copying: bytes), location: location, limit: limit)
    }

    /// Decodes a model from the bytes of a file read from `location`, without copying them.
    ///
    /// Memory stays bounded by the file: every count is checked against the bytes left before
    /// anything is allocated for it, and the weights a version-1 file makes Lede derive may take
    /// at most `limit.forFiles(ofBytes:)` of the file's size; beyond that the file is refused
    /// (`.tooLarge`, exit 65) rather than allowed to claim gigabytes from a megabyte.
    public static func decode(_ storage: StoredBytes, location: SourceLocation, limit: MemoryLimit = .init()) throws -> TopicClassifier {
        let (payload, version) = try ModelContainer.payload(of: storage, kind: ModelContainer.topicClassifierKind, location: location)
        var reader = BinaryReader(storage, range: payload, location: location)
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: Data(try reader.readBytes()))
        } catch let error as LedeError {
            throw error
        } catch {
            throw LedeError.invalidModel(location, reason: "unreadable header")
        }
        try validate(header, at: location)
        let packed = version >= 2
        let termCount = try reader.readCount(elementSize: packed ? 1 : 8)
        let terms = try reader.readKeyTable(count: termCount, varintLengths: packed)
        let documentFrequencies = packed ? try reader.readVarints() : try reader.readInts()
        let termTotals = packed ? try reader.readVarints() : try reader.readInts()
        let documentCount = try reader.readInt()
        guard documentFrequencies.count == termCount, termTotals.count == termCount else {
            throw LedeError.invalidModel(location, reason: "vocabulary statistics do not match the vocabulary")
        }
        try validateStatistics(
            documentFrequencies: documentFrequencies, termTotals: termTotals, documentCount: documentCount, at: location)
        var termIDs: [[UInt32]] = []
        var termValues: [[Int64]] = []
        for _ in header.labels {
            var ids = packed ? try reader.readAscendingUInt32s() : try reader.readUInt32s()
            var units: [Int64]
            if version >= 3 {
                units = try reader.readVarints().map { Int64($0) }
                guard units.allSatisfy({ $0 > 0 }) else {
                    throw LedeError.invalidModel(location, reason: "class term sums must be positive")
                }
            } else {
                let values = try reader.readDoubles()
                guard values.allSatisfy({ $0.isFinite && $0 >= 0 && $0 < Double(1 << 31) }) else {
                    throw LedeError.invalidModel(location, reason: "class term sums must be finite and not negative")
                }
                units = values.map(FixedPointWeight.units)
                // A sum below half a unit rounds to nothing, and nothing is not stored.
                if units.contains(0), ids.count == units.count {
                    let kept = units.indices.filter { units[$0] != 0 }
                    ids = kept.map { ids[$0] }
                    units = kept.map { units[$0] }
                }
            }
            guard ids.count == units.count, ids.allSatisfy({ Int($0) < termCount }) else {
                throw LedeError.invalidModel(location, reason: "class term sums are out of range")
            }
            termIDs.append(ids)
            termValues.append(units)
        }
        var storedBias: [Float] = [], storedWeights: [Float] = []
        if packed {
            storedBias = try reader.readFloats()
            storedWeights = try reader.readFloats()
            guard storedBias.allSatisfy(\.isFinite), storedWeights.allSatisfy(\.isFinite) else {
                throw LedeError.invalidModel(location, reason: "a stored weight is not a finite number")
            }
        }
        guard reader.isAtEnd else { throw LedeError.invalidModel(location, reason: "unexpected trailing data") }
        let vocabulary = Vocabulary(
            terms: terms, documentFrequencies: documentFrequencies, termTotals: termTotals, documentCount: documentCount)
        guard let termSums = ClassTermSums(terms: termIDs, values: termValues) else {
            throw LedeError.invalidModel(location, reason: "class term sums are not ascending non-zero entries")
        }
        let counts: ClassCounts
        do {
            counts = try ClassCounts(
                labels: header.labels, documentsPerClass: header.documentsPerClass, termSums: termSums, vocabulary: vocabulary)
        } catch {
            throw LedeError.invalidModel(location, reason: "class counts have inconsistent shapes")
        }
        let isCompact = header.compact ?? false
        guard packed else {
            try limit.forFiles(ofBytes: storage.count).requireWeightsFit(
                counts: counts, options: header.options, at: location,
                note: "a model file of \(storage.count) bytes may not make lede derive more (is it damaged or crafted?)")
            var model = TopicClassifier(options: header.options, counts: counts, metadata: header.metadata, isCompact: isCompact)
            model.memoryLimit = limit
            return model
        }
        let classes = header.labels.count
        guard storedWeights.count % classes == 0, let weights = NaiveBayesWeights(
            counts: counts, options: header.options, storedBias: storedBias,
            storedWeights: DenseMatrix(rows: storedWeights.count / classes, columns: classes, elements: storedWeights))
        else {
            throw LedeError.invalidModel(location, reason: "the stored weights do not fit the model's features")
        }
        var model = TopicClassifier(
            options: header.options, counts: counts, metadata: header.metadata, isCompact: isCompact, weights: weights)
        model.memoryLimit = limit
        return model
    }
}
