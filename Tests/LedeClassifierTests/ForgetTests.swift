import Testing
import LedeClassifier

@Suite("Forgetting trained documents: the model trained on the rest, or a refusal that changes nothing")
struct ForgetTests {
    static var all: [LabeledDocument] {
        ClassifierFixtures.threeTopics + ClassifierFixtures.documents(ClassifierFixtures.politics, label: "politics", firstLine: 19)
    }

    /// The same labels, documents per label and terms with the same statistics (ids may differ:
    /// training numbers terms in first-seen order), the same predicted labels, and
    /// log-probabilities within 1e-4.
    static func expectEqualToTraining(_ forgotten: TopicClassifier, _ trained: TopicClassifier) {
        TopicClassifierTests.expectSameModel(forgotten, trained)
        let (a, b) = (forgotten.counts.vocabulary, trained.counts.vocabulary)
        #expect(a.count == b.count && a.documentCount == b.documentCount)
        for id in 0..<b.count {
            let term = b.term(id)
            guard let other = a.id(of: term) else {
                Issue.record("term \"\(term)\" missing after forgetting")
                continue
            }
            #expect(a.documentFrequencies[other] == b.documentFrequencies[id] && a.termTotals[other] == b.termTotals[id], "\(term)")
        }
    }

    @Test("forgetting documents gives the model trained on the rest", arguments: NaiveBayesVariant.allCases)
    func forgettingEqualsTrainingOnTheRest(variant: NaiveBayesVariant) throws {
        var options = TopicClassifierTests.options
        options.variant = variant
        let all = Self.all
        // Five documents spread over three labels, and two of the three politics documents.
        let gone = all.indices.filter { ($0 < 18 && $0 % 4 == 1) || $0 >= 19 }
        let rest = all.indices.filter { !gone.contains($0) }
        var model = try TopicClassifier.train(on: all, options: options)
        try model.forget(gone.map { all[$0] })
        // The rest keeps one politics document: train on it as on any label.
        let trained = try TopicClassifier.train(
            on: rest.map { all[$0] }, options: options, validation: TrainingDataValidator(minimumExamplesPerLabel: 1))
        #expect(trained.labels == ["business", "politics", "sport", "tech"] && trained.counts.documentsPerClass == [4, 1, 5, 4])
        Self.expectEqualToTraining(model, trained)
    }

    @Test("a label whose documents are all forgotten goes, with the words only it had")
    func forgettingAWholeLabel() throws {
        var model = try TopicClassifier.train(on: Self.all, options: TopicClassifierTests.options)
        #expect(model.counts.vocabulary.id(of: "parliamentary") != nil)
        try model.forget(ClassifierFixtures.documents(ClassifierFixtures.politics, label: "politics"))
        #expect(model.labels == ["business", "sport", "tech"])
        #expect(model.counts.vocabulary.id(of: "parliamentary") == nil)
        Self.expectEqualToTraining(model, try TopicClassifier.train(on: ClassifierFixtures.threeTopics, options: TopicClassifierTests.options))
    }

    @Test("update then forget of the same documents gives back the model")
    func updateThenForget() throws {
        let base = try TopicClassifier.train(on: ClassifierFixtures.threeTopics, options: TopicClassifierTests.options)
        var model = base
        let extra = ClassifierFixtures.documents(ClassifierFixtures.politics, label: "politics")
        try model.update(with: extra)
        try model.forget(extra)
        Self.expectEqualToTraining(model, base)
    }

    @Test("refusals name the document's file and line and leave the model as it was")
    func refusals() throws {
        let model = try TopicClassifier.train(on: Self.all, options: TopicClassifierTests.options)
        let at = SourceLocation(path: "forget.jsonl", line: 3)
        let sport = ClassifierFixtures.sport[0]
        let cases: [(String, [LabeledDocument], String)] = [
            ("unknown label", [LabeledDocument(label: "weather", text: sport, location: at)], "\"weather\""),
            ("unseen term", [LabeledDocument(label: "sport", text: "The striker scored a zebraquokka.", location: at)], "\"zebraquokka\""),
            ("wrong label", [LabeledDocument(label: "business", text: sport, location: at)], "below zero"),
            ("more than trained", ClassifierFixtures.documents(ClassifierFixtures.politics + ClassifierFixtures.politics, label: "politics", file: "forget.jsonl", firstLine: 3), "trained on 3"),
            ("one label left", ClassifierFixtures.documents(ClassifierFixtures.sport, label: "sport", file: "forget.jsonl", firstLine: 3)
                + ClassifierFixtures.documents(ClassifierFixtures.tech, label: "tech", file: "forget.jsonl", firstLine: 9)
                + ClassifierFixtures.documents(ClassifierFixtures.politics, label: "politics", file: "forget.jsonl", firstLine: 15), "leave 1 label"),
        ]
        for (name, documents, phrase) in cases {
            var copy = model
            #expect {
                try copy.forget(documents)
            } throws: { error in
                guard case LedeError.invalidTrainingData(let location, let reason) = error else { return false }
                return location == at && reason.contains(phrase)
            }
            #expect(copy.counts == model.counts && copy.metadata == model.metadata, "\(name)")
        }
    }

    @Test("blank documents are skipped, as in training, and a document with only punctuation is forgotten as trained")
    func blankDocuments() throws {
        let punctuation = LabeledDocument(label: "tech", text: "... !!!", location: SourceLocation(path: "d", line: 1))
        let blank = LabeledDocument(label: "tech", text: " \n\t", location: SourceLocation(path: "d", line: 2))
        var model = try TopicClassifier.train(on: Self.all + [punctuation], options: TopicClassifierTests.options)
        try model.forget([punctuation, blank])
        Self.expectEqualToTraining(model, try TopicClassifier.train(on: Self.all, options: TopicClassifierTests.options))
    }
}
