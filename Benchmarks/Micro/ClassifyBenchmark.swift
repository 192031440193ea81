import LedeAnalysis

/// The whole classification pipeline with Lede's shipped defaults: read JSON Lines, train
/// (vectorising the training set), predict (vectorising the test set). Lede's training and
/// prediction include their own vectorising, so `vectorize_seconds` is reported as 0 and the
/// stage comparison should be read on the totals.
enum ClassifyBenchmark {
    static func run(train: String, test: String, variant: NaiveBayesVariant) throws -> [String: Any] {
        let readStart = ContinuousClock.now
        let trainDocuments = try CorpusReader(path: train).readAll()
        let testDocuments = try CorpusReader(path: test).readAll()
        let readSeconds = seconds(since: readStart)
        var options = ClassifierOptions()
        options.variant = variant
        let trainStart = ContinuousClock.now
        let model = try TopicClassifier.train(on: trainDocuments, options: options, validation: .init(minimumExamplesPerLabel: 1))
        let trainSeconds = seconds(since: trainStart)
        let predictStart = ContinuousClock.now
        let predictions = model.predict(testDocuments.map(\.fullText), topK: 1)
        let predictSeconds = seconds(since: predictStart)
        let report = ClassificationReport(expected: testDocuments.map { $0.label ?? "" }, predicted: predictions.map(\.label))
        return [
            "read_seconds": readSeconds, "vectorize_seconds": 0.0, "train_seconds": trainSeconds,
            "predict_seconds": predictSeconds, "total_seconds": readSeconds + trainSeconds + predictSeconds,
            "accuracy": report.accuracy, "macro_f1": report.macro.f1,
            "train_documents": trainDocuments.count, "test_documents": testDocuments.count,
        ]
    }
}
