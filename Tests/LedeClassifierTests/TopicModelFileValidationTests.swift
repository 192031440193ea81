import Testing
import LedeClassifier

/// A model file can carry a good checksum and still hold values Lede never writes (hand-edited,
/// written by another tool, or found by the fuzzer). The loader must refuse them by name.
@Suite("Topic model files: decoded values are validated before use")
struct TopicModelFileValidationTests {
    static let location = SourceLocation(path: "edited.ledemodel")

    static func trained() throws -> TopicClassifier {
        try TopicClassifier.train(on: ClassifierFixtures.threeTopics, options: ClassifierOptions())
    }

    /// Expects decoding `model`'s bytes to fail with `.invalidModel` whose reason contains `text`.
    static func expectRefused(_ model: TopicClassifier, mentioning text: String) throws {
        let bytes = try TopicModelFile.encode(model)
        #expect {
            try TopicModelFile.decode(bytes, location: location)
        } throws: { error in
            guard case LedeError.invalidModel(let at, let reason) = error else { return false }
            return at == location && reason.contains(text)
        }
    }

    @Test("options that training would refuse (n-gram range 1...0, alpha 0, min length 0) are refused")
    func invalidOptions() throws {
        let good = try Self.trained()
        var options = good.options
        options.features.tokenizer.ngramMax = 0
        try Self.expectRefused(TopicClassifier(options: options, counts: good.counts, metadata: good.metadata), mentioning: "n-gram")
        options = good.options
        options.alpha = 0
        try Self.expectRefused(TopicClassifier(options: options, counts: good.counts, metadata: good.metadata), mentioning: "alpha")
        options = good.options
        options.features.tokenizer.minimumLength = 0
        try Self.expectRefused(TopicClassifier(options: options, counts: good.counts, metadata: good.metadata), mentioning: "length")
    }

    @Test("a model without labels is refused (it could predict nothing)")
    func noLabels() throws {
        let good = try Self.trained()
        try Self.expectRefused(TopicClassifier(options: good.options, counts: ClassCounts(), metadata: good.metadata), mentioning: "no labels")
    }

    @Test("negative or overflowing document counts are refused, and sums that are not positive units cannot be made")
    func badCounts() throws {
        let good = try Self.trained()
        let counts = good.counts
        func model(documents: [Int], sums: ClassTermSums? = nil) throws -> TopicClassifier {
            let edited = try ClassCounts(
                labels: counts.labels, documentsPerClass: documents, termSums: sums ?? counts.termSums, vocabulary: counts.vocabulary)
            return TopicClassifier(options: good.options, counts: edited, metadata: good.metadata)
        }
        var negative = counts.documentsPerClass
        negative[0] = -1
        try Self.expectRefused(try model(documents: negative), mentioning: "documents per class")
        var huge = counts.documentsPerClass
        huge[0] = .max
        try Self.expectRefused(try model(documents: huge), mentioning: "documents per class")
        for bad: Int64 in [0, -1] {
            var values = counts.termSums.values
            values[0][0] = bad
            #expect(ClassTermSums(terms: counts.termSums.terms, values: values) == nil)
        }
    }

    @Test("a valid model still loads after the checks")
    func validStillLoads() throws {
        let good = try Self.trained()
        let decoded = try TopicModelFile.decode(try TopicModelFile.encode(good), location: Self.location)
        #expect(decoded.counts == good.counts)
    }
}
