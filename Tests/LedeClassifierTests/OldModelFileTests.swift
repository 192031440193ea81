import Foundation
import Testing
import LedeClassifier

/// Format version 3 changed how class sums are stored (fixed-point integers over a vocabulary in
/// byte order). `Fixtures/four-topics-v2.ledemodel` was written by the last version-2 `lede`
/// (`SOURCE_DATE_EPOCH=1764892800 lede train four-topics.jsonl`, before this change) and is kept
/// so that old files are proven to load, not only files this build writes in the old layout.
@Suite("Model files written before format version 3 still load")
struct OldModelFileTests {
    static func fixture(_ name: String) throws -> URL {
        try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
    }

    static func corpus() throws -> [LabeledDocument] {
        try CorpusReader(path: fixture("four-topics.jsonl").path).readAll()
    }

    @Test("a version-2 file loads, predicts as a model trained afresh, and is not compact")
    func versionTwoLoads() throws {
        let old = try TopicModelFile.read(from: Self.fixture("four-topics-v2.ledemodel").path)
        let fresh = try TopicClassifier.train(on: try Self.corpus(), options: old.options)
        #expect(old.labels == ["business", "politics", "sport", "tech"])
        #expect(old.isCompact == false)
        #expect(old.metadata.trainingDataFingerprint == "27d35b16e1ff72cf")
        #expect(old.counts.vocabulary.count == fresh.counts.vocabulary.count)
        #expect(old.predict(ClassifierFixtures.probes).map(\.label) == fresh.predict(ClassifierFixtures.probes).map(\.label))
        for (a, b) in zip(old.logProbabilities(ClassifierFixtures.probes), fresh.logProbabilities(ClassifierFixtures.probes)) {
            for (x, y) in zip(a, b) { #expect(abs(x - y) < 1e-5) }
        }
    }

    @Test("an updated version-2 model is written as version 3, in byte order, and predicts as training on all")
    func versionTwoUpdates() throws {
        var old = try TopicModelFile.read(from: Self.fixture("four-topics-v2.ledemodel").path)
        #expect(!old.counts.vocabulary.isInTermOrder)
        let extra = [
            LabeledDocument(label: "sport", text: "The keeper saved a penalty in the derby.", location: SourceLocation(path: "extra.jsonl", line: 1)),
            LabeledDocument(label: "politics", text: "The senate passed the budget bill.", location: SourceLocation(path: "extra.jsonl", line: 2)),
        ]
        try old.update(with: extra, validation: TrainingDataValidator(minimumExamplesPerLabel: 1))
        #expect(old.counts.vocabulary.isInTermOrder)
        let bytes = try TopicModelFile.encode(old)
        #expect(bytes[8] == UInt8(ModelContainer.formatVersion) && ModelContainer.formatVersion == 3)
        let fresh = try TopicClassifier.train(on: try Self.corpus() + extra, options: old.options)
        #expect(old.counts.vocabulary == fresh.counts.vocabulary)
        #expect(old.predict(ClassifierFixtures.probes).map(\.label) == fresh.predict(ClassifierFixtures.probes).map(\.label))
    }
}
