import Testing
import LedeClassifier

@Suite("Evaluation: reports, folds, training-data validation")
struct EvaluationTests {
    @Test("classification report matches hand-computed precision, recall, F1 and confusion")
    func reportByHand() {
        // a: 3 true (2 right, 1 → b); b: 2 true (1 right, 1 → a); c: 1 true (right), and one a → c.
        let expected = ["a", "a", "a", "b", "b", "c", "a"]
        let predicted = ["a", "a", "b", "b", "a", "c", "c"]
        let report = ClassificationReport(expected: expected, predicted: predicted)
        #expect(report.labels == ["a", "b", "c"])
        #expect(report.confusion == [[2, 1, 1], [1, 1, 0], [0, 0, 1]])
        #expect(abs(report.accuracy - 4.0 / 7.0) < 1e-12)
        let a = report.perClass[0], b = report.perClass[1], c = report.perClass[2]
        #expect(abs(a.precision - 2.0 / 3.0) < 1e-12 && abs(a.recall - 0.5) < 1e-12)
        #expect(abs(a.f1 - 2 * (2.0 / 3.0) * 0.5 / (2.0 / 3.0 + 0.5)) < 1e-12)
        #expect(abs(b.precision - 0.5) < 1e-12 && abs(b.recall - 0.5) < 1e-12 && abs(b.f1 - 0.5) < 1e-12)
        #expect(abs(c.precision - 0.5) < 1e-12 && c.recall == 1 && abs(c.f1 - 2.0 / 3.0) < 1e-12)
        #expect(a.support == 4 && b.support == 2 && c.support == 1)
        #expect(abs(report.macro.f1 - (a.f1 + b.f1 + c.f1) / 3) < 1e-12)
        #expect(abs(report.weighted.recall - (4 * 0.5 + 2 * 0.5 + 1) / 7) < 1e-12)
        #expect(report.micro.f1 == report.accuracy)
    }

    @Test("a threshold sweep counts answers, their accuracy and right labels held back, by hand")
    func thresholdSweepByHand() {
        func prediction(_ label: String, _ probability: Double, _ status: PredictionStatus = .ok) -> TopicPrediction {
            TopicPrediction(
                label: label, probability: probability, ranked: [LabelProbability(label: label, probability: probability)],
                status: status, coverage: status == .ok ? 1 : 0)
        }
        let expected = ["a", "a", "b", "b", "a"]
        // Right, wrong, right, right (unsure), right but with no known terms (never an answer).
        let predictions = [prediction("a", 0.9), prediction("b", 0.6), prediction("b", 0.95), prediction("b", 0.4),
                           prediction("a", 0.99, .noKnownTerms)]
        let outcomes = ThresholdOutcome.sweep(expected: expected, predictions: predictions, thresholds: [0, 0.5, 0.92, 1])
        #expect(outcomes.map(\.threshold) == [0, 0.5, 0.92, 1])
        #expect(outcomes.map(\.answered) == [4, 3, 1, 0])
        #expect(outcomes.map(\.answeredFraction) == [0.8, 0.6, 0.2, 0])
        #expect(outcomes.map(\.correctHeldBack) == [1, 2, 3, 4])
        #expect(outcomes[0].accuracy == 0.75 && abs(outcomes[1].accuracy - 2.0 / 3.0) < 1e-12)
        #expect(outcomes[2].accuracy == 1 && outcomes[3].accuracy == 0)
    }

    @Test("stratified folds deal each label's documents round-robin")
    func stratifiedFolds() {
        let labels = ["x", "y", "x", "x", "y", "x", "z"]
        #expect(CrossValidation.stratifiedFolds(labels: labels, folds: 3) == [0, 0, 1, 2, 1, 0, 0])
    }

    @Test("cross-validation predicts every document once")
    func crossValidationCoversAll() throws {
        var options = ClassifierOptions()
        options.features.minDocumentFrequency = .count(1)
        let report = try CrossValidation.evaluate(ClassifierFixtures.threeTopics, options: options, folds: 3)
        #expect(report.documents == 18)
        #expect(report.labels == ["business", "sport", "tech"])
        #expect(report.confusion.map { $0.reduce(0, +) } == [6, 6, 6])
        #expect(report.thresholds == nil)
    }

    @Test("cross-validation with thresholds sweeps the out-of-fold predictions")
    func crossValidationThresholds() throws {
        var options = ClassifierOptions()
        options.features.minDocumentFrequency = .count(1)
        let report = try CrossValidation.evaluate(ClassifierFixtures.threeTopics, options: options, folds: 3, thresholds: [0, 1])
        let outcomes = try #require(report.thresholds)
        // At 0 every out-of-fold prediction with known terms is an answer: all but the tech
        // article about a browser flaw, which shares no word with the other folds.
        #expect(outcomes[0].answered == 17 && outcomes[1].answered < 17)
        // A right label is either answered or held back, at any threshold.
        let right = Int((report.accuracy * 18).rounded())
        for outcome in outcomes {
            #expect(Int((outcome.accuracy * Double(outcome.answered)).rounded()) + outcome.correctHeldBack == right, "\(outcome)")
        }
    }

    @Test("training data with one label is refused")
    func oneLabel() {
        let documents = ClassifierFixtures.documents(ClassifierFixtures.sport, label: "sport")
        #expect(throws: LedeError.self) { try TrainingDataValidator().check(documents, existingLabels: []) }
    }

    @Test("a label with one example trains by default, and is refused naming its file and line under a minimum of 2")
    func singletonLabel() {
        let documents = ClassifierFixtures.threeTopics
            + ClassifierFixtures.documents(["A lone article about gardening."], label: "sport,", file: "data.jsonl", firstLine: 42)
        #expect(throws: Never.self) { try TrainingDataValidator().check(documents, existingLabels: []) }
        #expect {
            try TrainingDataValidator(minimumExamplesPerLabel: 2).check(documents, existingLabels: [])
        } throws: { error in
            guard case LedeError.invalidTrainingData(let location, let reason) = error else { return false }
            return location == SourceLocation(path: "data.jsonl", line: 42) && reason.contains("\"sport,\"") && !reason.contains("--")
        }
    }

    @Test("cross-validation names the labels rarer than the folds, and runs with them")
    func labelsShortOfFolds() throws {
        let documents = ClassifierFixtures.threeTopics
            + ClassifierFixtures.documents(["Rain and gales all week on the coast."], label: "weather", file: "data.jsonl", firstLine: 99)
        let short = CrossValidation.labelsShortOfFolds(labels: documents.compactMap(\.label), folds: 3)
        #expect(short.map(\.label) == ["weather"] && short.map(\.count) == [1])
        let report = try CrossValidation.evaluate(documents, options: ClassifierOptions(), folds: 3)
        #expect(report.documents == documents.count)
        #expect(report.perClass.first { $0.label == "weather" }?.recall == 0, "tested only by a model trained without it")
    }

    @Test("cross-validation refuses, naming the fold, when a fold's training part would hold one label")
    func foldWithOneTrainingLabel() {
        let documents = ClassifierFixtures.documents(["The striker scored."], label: "sport")
            + ClassifierFixtures.documents(["Shares rose."], label: "business")
            + ClassifierFixtures.documents(["Rain all week.", "Gales on the coast."], label: "weather")
        #expect {
            try CrossValidation.evaluate(documents, options: ClassifierOptions(), folds: 2)
        } throws: { error in
            guard case LedeError.invalidTrainingData(_, let reason) = error else { return false }
            return reason.contains("fold 1 of 2") && reason.contains("\"business\", \"sport\"")
        }
    }

    @Test("an empty or missing label is refused at its line")
    func emptyAndMissingLabel() {
        let at = SourceLocation(path: "data.jsonl", line: 7)
        let empty = ClassifierFixtures.threeTopics + [LabeledDocument(label: "  ", text: "Some text.", location: at)]
        #expect(throws: LedeError.invalidTrainingData(at, reason: "empty label")) {
            try TrainingDataValidator().check(empty, existingLabels: [])
        }
        let missing = ClassifierFixtures.threeTopics + [LabeledDocument(label: nil, text: "Some text.", location: at)]
        #expect(throws: LedeError.missingField(at, field: "label")) {
            try TrainingDataValidator().check(missing, existingLabels: [])
        }
    }

    @Test("empty documents are skipped and counted")
    func emptyDocumentsSkipped() throws {
        let documents = ClassifierFixtures.threeTopics
            + [LabeledDocument(label: "tech", text: " \n\t", location: SourceLocation(path: "d", line: 1))]
        let (texts, _) = try TrainingDataValidator().check(documents, existingLabels: [])
        #expect(texts.count == 18)
        #expect(TrainingDataValidator().skippedEmptyDocuments(documents) == 1)
    }
}
