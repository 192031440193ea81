import LedeClassifier
import Testing

@Suite("FeatureSelection")
struct FeatureSelectionTests {
    private var documents: [LabeledDocument] {
        ClassifierFixtures.documents(ClassifierFixtures.sport, label: "sport")
            + ClassifierFixtures.documents(ClassifierFixtures.business, label: "business", firstLine: 7)
            + ClassifierFixtures.documents(ClassifierFixtures.tech, label: "tech", firstLine: 13)
    }

    /// A model of the fixture documents whose features are the terms in at least `minimum` documents.
    private func trained(minimumDocumentFrequency minimum: Int) throws -> TopicClassifier {
        var options = ClassifierOptions()
        options.features.minDocumentFrequency = .count(minimum)
        return try TopicClassifier.train(on: documents, options: options)
    }

    @Test("with every term a feature, feature f is term f and no table is needed")
    func everyTermIsItsOwnFeature() throws {
        let model = try trained(minimumDocumentFrequency: 1)
        let selection = model.weights.features
        #expect(selection.coversEveryTerm)
        #expect(selection.count == model.counts.vocabulary.count)
        for term in [0, 7, selection.count - 1] {
            #expect(selection.term(ofFeature: term) == term)
            #expect(selection.feature(ofTerm: term) == term)
        }
    }

    @Test("a document-frequency floor selects a subset; terms and features map both ways")
    func subsetMapsBothWays() throws {
        let model = try trained(minimumDocumentFrequency: 2)
        let selection = model.weights.features
        let vocabulary = model.counts.vocabulary
        #expect(!selection.coversEveryTerm)
        #expect(selection.count > 0 && selection.count < vocabulary.count)
        var previous = -1
        for feature in 0..<selection.count {
            let term = selection.term(ofFeature: feature)
            #expect(term > previous)
            #expect(vocabulary.documentFrequencies[term] >= 2)
            #expect(selection.feature(ofTerm: term) == feature)
            previous = term
        }
        let dropped = (0..<vocabulary.count).filter { vocabulary.documentFrequencies[$0] < 2 }
        #expect(!dropped.isEmpty)
        #expect(dropped.allSatisfy { selection.feature(ofTerm: $0) == nil })
        // Feature rows keep only the selected terms, renumbered.
        let text = ClassifierFixtures.sport[0] + " " + ClassifierFixtures.tech[0]
        let rows = model.featureRows([text]).rows
        #expect(rows.columnCount == selection.count)
        #expect(rows.storedCount > 0)
        #expect(rows.columnIndices.allSatisfy { Int($0) < selection.count })
    }
}
