#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LedeClassifier

/// Model files that are valid in every byte the loader checks (envelope, checksum, header,
/// shapes) yet declare enormous shapes: many labels × many terms in a small file. They are what
/// a hostile or damaged file looks like to the memory bounds, which random bytes never reach.
public struct CraftedModelFile: Sendable {
    /// How many labels the header declares (each with one document).
    public var labels: Int
    /// How many vocabulary terms (every one a feature: document frequency 1, `--min-df 1`).
    public var terms: Int
    /// The format version, 1 (weights derived on load) or 2 (weights stored).
    public var version: UInt32
    /// The prefix of the label names, so that two files can have disjoint labels.
    public var labelPrefix = "label"
    /// The prefix of the terms, so that two files can have disjoint vocabularies.
    public var termPrefix = "t"

    /// A file of `labels` × `terms` in format `version`.
    public init(labels: Int, terms: Int, version: UInt32, labelPrefix: String = "label", termPrefix: String = "t") {
        self.labels = labels
        self.terms = terms
        self.version = version
        self.labelPrefix = labelPrefix
        self.termPrefix = termPrefix
    }

    /// The weights the loader would derive (version 1) or read (version 2), in bytes.
    public var weightBytes: Int { MemoryLimit.weightBytes(features: terms, classes: labels) }

    /// Field names as ``TopicModelFile`` writes them.
    private struct Header: Codable {
        var options: ClassifierOptions
        var metadata: ModelMetadata
        var labels: [String]
        var documentsPerClass: [Int]
    }

    /// The file's bytes.
    public func bytes() throws -> [UInt8] {
        var options = ClassifierOptions()
        options.features.minDocumentFrequency = DocumentFrequencyLimit("1")!
        options.features.maxDocumentFrequency = DocumentFrequencyLimit("1.0")!
        let width = String(max(labels, terms)).count
        func name(_ prefix: String, _ index: Int) -> String {
            let digits = String(index)
            return prefix + String(repeating: "0", count: width - digits.count) + digits
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let header = Header(
            options: options, metadata: ModelMetadata(trainingDataFingerprint: "0"),
            labels: (0..<labels).map { name(labelPrefix, $0) }, documentsPerClass: Array(repeating: 1, count: labels))
        var writer = BinaryWriter()
        writer.write(bytes: Array(try encoder.encode(header)))
        writer.write(terms)
        let compact = version >= 2
        for term in 0..<terms {
            let bytes = Array(name(termPrefix, term).utf8)
            if compact { writer.write(varintPrefixed: bytes) } else { writer.write(bytes: bytes) }
        }
        let ones = Array(repeating: 1, count: terms)
        if compact {
            writer.write(varints: ones)
            writer.write(varints: ones)
        } else {
            writer.write(ones)
            writer.write(ones)
        }
        writer.write(labels)  // the document count
        // Class 0 holds every term once; the others hold none, so the file stays small.
        for c in 0..<labels {
            let ids = c == 0 ? (0..<UInt32(terms)).map { $0 } : []
            if compact { writer.write(ascending: ids) } else { writer.write(ids) }
            writer.write(ids.map { _ in 1.0 })
        }
        if compact {
            writer.write([Float](repeating: 0, count: labels))
            writer.write([Float](repeating: -1, count: terms * labels))
        }
        return ModelContainer.encode(payload: writer.bytes, kind: ModelContainer.topicClassifierKind, version: version)
    }
}
