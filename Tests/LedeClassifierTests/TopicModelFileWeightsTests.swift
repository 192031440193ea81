import Testing
import LedeClassifier

/// Since format version 2 a model file stores the weights derived from its counts, so that
/// loading skips the derivation. They must be exactly the weights the counts give, version-1
/// files must still load, and stored weights that cannot belong to the model must be refused.
@Suite("Topic model files: stored derived weights")
struct TopicModelFileWeightsTests {
    static let location = SourceLocation(path: "weights.ledemodel")

    static func trained(_ variant: NaiveBayesVariant, normalize: Bool = false) throws -> TopicClassifier {
        var options = ClassifierOptions()
        options.variant = variant
        options.normalizeWeights = normalize
        options.features.minDocumentFrequency = .count(1)
        return try TopicClassifier.train(on: ClassifierFixtures.threeTopics, options: options)
    }

    /// The payload of `model`'s file without its stored-weights block (biases, then weights).
    static func countsOnlyPayload(_ model: TopicClassifier) throws -> [UInt8] {
        let payload = try ModelContainer.decode(
            try TopicModelFile.encode(model), kind: ModelContainer.topicClassifierKind, location: location)
        let classes = model.labels.count
        let block = 8 + 4 * classes + 8 + 4 * model.weights.featureCount * classes
        return Array(payload.dropLast(block))
    }

    /// Decoding must fail with `.invalidModel` whose reason contains `text`.
    static func expectRefused(_ bytes: [UInt8], mentioning text: String) {
        #expect {
            try TopicModelFile.decode(bytes, location: location)
        } throws: { error in
            guard case LedeError.invalidModel(_, let reason) = error else { return false }
            return reason.contains(text)
        }
    }

    @Test("the stored weights are exactly the ones derived from the counts",
          arguments: [(NaiveBayesVariant.complement, false), (.complement, true), (.multinomial, false)])
    func storedEqualsDerived(variant: NaiveBayesVariant, normalize: Bool) throws {
        let model = try Self.trained(variant, normalize: normalize)
        let decoded = try TopicModelFile.decode(try TopicModelFile.encode(model), location: Self.location)
        #expect(decoded.weights == model.weights)
        #expect(decoded.weights == NaiveBayesWeights(counts: decoded.counts, options: decoded.options, threads: 1))
    }

    @Test("a version-1 file (counts only) still loads and derives the same weights")
    func versionOneLoads() throws {
        let model = try Self.trained(.complement)
        let old = try TopicModelFile.encode(model, version: 1)
        let decoded = try TopicModelFile.decode(old, location: Self.location)
        #expect(decoded.weights == model.weights)
        #expect(decoded.predict(ClassifierFixtures.probes) == model.predict(ClassifierFixtures.probes))
        // Written again, it becomes a current-version file.
        #expect(try TopicModelFile.encode(decoded) == TopicModelFile.encode(model))
    }

    @Test("stored weights of the wrong shape are refused")
    func wrongShape() throws {
        let model = try Self.trained(.complement)
        let classes = model.labels.count
        var writer = BinaryWriter()
        writer.write([Float](repeating: 0, count: classes))
        writer.write([Float](repeating: 0.5, count: (model.weights.featureCount - 1) * classes))
        let bytes = ModelContainer.encode(
            payload: try Self.countsOnlyPayload(model) + writer.bytes, kind: ModelContainer.topicClassifierKind)
        Self.expectRefused(bytes, mentioning: "stored weights do not fit")

        var biasWriter = BinaryWriter()
        biasWriter.write([Float](repeating: 0, count: classes + 1))
        biasWriter.write(model.weights.weights.elements)
        Self.expectRefused(ModelContainer.encode(
            payload: try Self.countsOnlyPayload(model) + biasWriter.bytes, kind: ModelContainer.topicClassifierKind),
            mentioning: "stored weights do not fit")
    }

    @Test("a NaN or infinite stored weight is refused")
    func notFinite() throws {
        let model = try Self.trained(.complement)
        for bad in [Float.nan, .infinity] {
            var elements = model.weights.weights.elements
            elements[elements.count / 2] = bad
            var writer = BinaryWriter()
            writer.write(model.weights.bias)
            writer.write(elements)
            let bytes = ModelContainer.encode(
                payload: try Self.countsOnlyPayload(model) + writer.bytes, kind: ModelContainer.topicClassifierKind)
            Self.expectRefused(bytes, mentioning: "not a finite number")
        }
    }

    @Test("a version-2 file whose weights block is missing is refused as damaged")
    func missingBlock() throws {
        let model = try Self.trained(.complement)
        let bytes = ModelContainer.encode(payload: try Self.countsOnlyPayload(model), kind: ModelContainer.topicClassifierKind)
        #expect(throws: LedeError.self) { try TopicModelFile.decode(bytes, location: Self.location) }
    }
}
