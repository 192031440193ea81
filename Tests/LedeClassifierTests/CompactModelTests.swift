import Testing
import LedeClassifier

/// A compact model keeps only its features' counts: it predicts as the full model, records that
/// it is compact in its file, and refuses the changes its dropped counts would make inexact.
@Suite("Compact models record that they are compact and refuse merge, update and forget")
struct CompactModelTests {
    static func compactModel() throws -> TopicClassifier {
        var options = ClassifierOptions()
        options.features.minDocumentFrequency = .count(2)
        return try TopicClassifier.train(on: ClassifierFixtures.threeTopics, options: options).compacted()
    }

    @Test("compactness survives the model file; a full model is not compact")
    func recordedInTheFile() throws {
        let compact = try Self.compactModel()
        #expect(compact.isCompact)
        let location = SourceLocation(path: "compact.ledemodel")
        #expect(try TopicModelFile.decode(try TopicModelFile.encode(compact), location: location).isCompact)
        let full = try TopicClassifier.train(on: ClassifierFixtures.threeTopics)
        #expect(!(try TopicModelFile.decode(try TopicModelFile.encode(full), location: location)).isCompact)
    }

    @Test("merge (either side), update and forget refuse a compact model, saying why")
    func changesRefused() throws {
        let compact = try Self.compactModel()
        let full = try TopicClassifier.train(on: ClassifierFixtures.threeTopics, options: compact.options)
        func expectRefusal(_ verb: String, _ body: () throws -> Void) {
            do {
                try body()
                Issue.record("\(verb) of a compact model was accepted")
            } catch {
                let message = "\(error)"
                #expect(message.contains("compact") && message.contains(verb), "\(message)")
            }
        }
        expectRefusal("merged") { _ = try compact.merged(with: full) }
        expectRefusal("merged") { _ = try full.merged(with: compact) }
        var updated = compact
        expectRefusal("updated") { try updated.update(with: ClassifierFixtures.threeTopics) }
        var forgotten = compact
        expectRefusal("forgotten") { try forgotten.forget(Array(ClassifierFixtures.threeTopics.prefix(2))) }
        #expect(try TopicModelFile.encode(updated) == TopicModelFile.encode(compact))
    }
}
