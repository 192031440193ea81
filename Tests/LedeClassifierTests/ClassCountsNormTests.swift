import Foundation
import Testing
import LedeClassifier

@Suite("Class counts: each document's term weights are scaled by the options' norm")
struct ClassCountsNormTests {
    /// One document per class: "a" has apple twice and banana once, "b" has cherry once.
    static func sums(norm: VectorNorm, sublinear: Bool = false) throws -> (apple: Double, banana: Double, cherry: Double) {
        var features = VectorizerOptions()
        features.tokenizer.stopWords = .none
        features.tokenizer.ngramMax = 1
        features.tfidf.sublinearTF = sublinear
        features.tfidf.norm = norm
        var counts = ClassCounts()
        try counts.add(texts: ["apple banana apple", "cherry"], labels: ["a", "b"], features: features, threads: 1)
        func sum(_ label: String, _ term: String) throws -> Double {
            let c = try #require(counts.labels.firstIndex(of: label))
            let id = try #require(counts.vocabulary.id(of: term))
            return counts.termSums.value(class: c, term: id)
        }
        return (try sum("a", "apple"), try sum("a", "banana"), try sum("b", "cherry"))
    }

    /// Half a fixed-point unit: each document's weight is rounded once to 2⁻³².
    static let rounding = 0.5 / FixedPointWeight.unitsPerWeight

    @Test("l2: weights over their Euclidean length; l1: over their sum; none: raw weights")
    func everyNormScalesTheDocument() throws {
        let l2 = try Self.sums(norm: .l2)
        #expect(abs(l2.apple - 2 / 5.0.squareRoot()) <= Self.rounding && abs(l2.banana - 1 / 5.0.squareRoot()) <= Self.rounding)
        let l1 = try Self.sums(norm: .l1)
        #expect(abs(l1.apple - 2 / 3.0) <= Self.rounding && abs(l1.banana - 1 / 3.0) <= Self.rounding)
        let none = try Self.sums(norm: .none)
        #expect(none.apple == 2 && none.banana == 1)
        for sums in [l2, l1, none] { #expect(sums.cherry == 1) }
    }

    @Test("sublinear tf is applied before the norm")
    func sublinearBeforeNorm() throws {
        let none = try Self.sums(norm: .none, sublinear: true)
        #expect(abs(none.apple - (1 + log(2.0))) < 1e-6 && none.banana == 1)
        let l1 = try Self.sums(norm: .l1, sublinear: true)
        #expect(abs(l1.apple - (1 + log(2.0)) / (2 + log(2.0))) < 1e-6)
    }

    @Test("a model trained without a norm predicts with the same setting after a save and load")
    func normSurvivesTheModelFile() throws {
        var options = ClassifierOptions()
        options.features.tfidf.norm = .none
        let model = try TopicClassifier.train(on: ClassifierFixtures.threeTopics, options: options)
        let loaded = try TopicModelFile.decode(TopicModelFile.encode(model), location: SourceLocation(path: "in memory"))
        #expect(loaded.options.features.tfidf.norm == VectorNorm.none)
        #expect(loaded.predict(ClassifierFixtures.probes).map(\.label) == model.predict(ClassifierFixtures.probes).map(\.label))
    }
}
