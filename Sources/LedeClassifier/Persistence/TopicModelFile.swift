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
/// term-id gaps are variable-length integers and the derived weights follow. All numbers are
/// little-endian; doubles are stored as bit patterns, so a model read back is identical to the
/// one written and a model trained twice on the same data is byte-identical.
public enum TopicModelFile {
    struct Header: Codable {
        var options: ClassifierOptions
        var metadata: ModelMetadata
        var labels: [String]
        var documentsPerClass: [Int]
    }

    /// The file's bytes for `model` in format `version` (1 or 2; older versions are for tests
    /// that check old files still load).
    public static func encode(_ model: TopicClassifier, version: UInt32 = ModelContainer.formatVersion) throws -> [UInt8] {
        precondition((1...ModelContainer.formatVersion).contains(version))
        let compact = version >= 2
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let header = Header(
            options: model.options, metadata: model.metadata,
            labels: model.counts.labels, documentsPerClass: model.counts.documentsPerClass)
        var writer = BinaryWriter()
        writer.write(bytes: Array(try encoder.encode(header)))
        let vocabulary = model.counts.vocabulary
        writer.write(vocabulary.count)
        // Since version 2, term lengths, vocabulary statistics and the gaps between a class's term
        // ids are variable-length integers (mostly one or two bytes instead of four or eight).
        for id in 0..<vocabulary.count {
            if compact {
                writer.write(varintPrefixed: vocabulary.terms.bytes(of: id))
            } else {
                writer.write(bytes: vocabulary.terms.bytes(of: id))
            }
        }
        if compact {
            writer.write(varints: vocabulary.documentFrequencies)
            writer.write(varints: vocabulary.termTotals)
        } else {
            writer.write(vocabulary.documentFrequencies)
            writer.write(vocabulary.termTotals)
        }
        writer.write(vocabulary.documentCount)
        let sums = model.counts.termSums
        for c in 0..<sums.classCount {
            if compact { writer.write(ascending: sums.terms[c]) } else { writer.write(sums.terms[c]) }
            writer.write(sums.values[c])
        }
        if compact {
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

    /// Reads the model at `path`, refusing damaged, truncated, foreign or newer files.
    public static func read(from path: String) throws -> TopicClassifier {
        try decode(try ModelContainer.readFile(at: path), location: SourceLocation(path: path))
    }

    /// Decodes a model from the bytes of a file read from `location`.
    public static func decode(_ bytes: [UInt8], location: SourceLocation) throws -> TopicClassifier {
        try decode(StoredBytes(copying: bytes), location: location)
    }

    /// Decodes a model from the bytes of a file read from `location`, without copying them.
    public static func decode(_ storage: StoredBytes, location: SourceLocation) throws -> TopicClassifier {
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
        let compact = version >= 2
        let termCount = try reader.readCount(elementSize: compact ? 1 : 8)
        let terms = try reader.readKeyTable(count: termCount, varintLengths: compact)
        let documentFrequencies = compact ? try reader.readVarints() : try reader.readInts()
        let termTotals = compact ? try reader.readVarints() : try reader.readInts()
        let documentCount = try reader.readInt()
        guard documentFrequencies.count == termCount, termTotals.count == termCount else {
            throw LedeError.invalidModel(location, reason: "vocabulary statistics do not match the vocabulary")
        }
        try validateStatistics(
            documentFrequencies: documentFrequencies, termTotals: termTotals, documentCount: documentCount, at: location)
        var termIDs: [[UInt32]] = []
        var termValues: [[Double]] = []
        for _ in header.labels {
            let ids = compact ? try reader.readAscendingUInt32s() : try reader.readUInt32s()
            let values = try reader.readDoubles()
            guard ids.count == values.count, ids.allSatisfy({ Int($0) < termCount }) else {
                throw LedeError.invalidModel(location, reason: "class term sums are out of range")
            }
            guard values.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
                throw LedeError.invalidModel(location, reason: "class term sums must be finite and not negative")
            }
            termIDs.append(ids)
            termValues.append(values)
        }
        var storedBias: [Float] = [], storedWeights: [Float] = []
        if compact {
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
        guard compact else {
            return TopicClassifier(options: header.options, counts: counts, metadata: header.metadata)
        }
        let classes = header.labels.count
        guard storedWeights.count % classes == 0, let weights = NaiveBayesWeights(
            counts: counts, options: header.options, storedBias: storedBias,
            storedWeights: DenseMatrix(rows: storedWeights.count / classes, columns: classes, elements: storedWeights))
        else {
            throw LedeError.invalidModel(location, reason: "the stored weights do not fit the model's features")
        }
        return TopicClassifier(options: header.options, counts: counts, metadata: header.metadata, weights: weights)
    }
}
