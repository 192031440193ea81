#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Facts about a trained model shown by `lede model info`.
public struct ModelMetadata: Sendable, Hashable, Codable {
    /// When the model was created or last changed, seconds since 1970 (UTC). Honours
    /// `SOURCE_DATE_EPOCH` so that rebuilding a model reproduces it bit for bit.
    public var createdAt: Int
    /// A fingerprint of all training data so far (``DataFingerprint``, a multiset hash over
    /// labelled texts: updates and merges add the new data's, forgetting takes it off).
    public var trainingDataFingerprint: String
    /// The last evaluation stored with the model, if any.
    public var lastEvaluation: EvaluationSummary?
    /// The Lede version that wrote the model.
    public var writtenBy: String

    /// Creates metadata stamped now (or at `SOURCE_DATE_EPOCH`).
    public init(trainingDataFingerprint: String, lastEvaluation: EvaluationSummary? = nil) {
        createdAt = Self.now()
        self.trainingDataFingerprint = trainingDataFingerprint
        self.lastEvaluation = lastEvaluation
        writtenBy = LedeVersion.current
    }

    /// The current time in whole seconds, or `SOURCE_DATE_EPOCH` when set.
    public static func now() -> Int {
        if let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let value = Int(text) { return value }
        return Int(Date().timeIntervalSince1970)
    }
}

/// The headline figures of an evaluation, small enough to store in a model file.
public struct EvaluationSummary: Sendable, Hashable, Codable {
    /// What was evaluated on, e.g. `test.jsonl` or `5-fold cross-validation`.
    public var dataset: String
    /// The number of documents scored.
    public var documents: Int
    /// The fraction classified correctly.
    public var accuracy: Double
    /// The unweighted mean of per-class F1.
    public var macroF1: Double

    /// Creates a summary.
    public init(dataset: String, documents: Int, accuracy: Double, macroF1: Double) {
        self.dataset = dataset
        self.documents = documents
        self.accuracy = accuracy
        self.macroF1 = macroF1
    }
}
