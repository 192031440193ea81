import LedeAnalysis

/// The whole classification pipeline: read JSON Lines, train (vectorising the training set),
/// predict (vectorising the test set). Lede's training and prediction include their own
/// vectorising, so `vectorize_seconds` is reported as 0 and the stage comparison should be read
/// on the totals.
///
/// `--settings lede` (the default) uses Lede's shipped classifier defaults; `--settings sklearn`
/// does the work scikit-learn's peer does — `TfidfVectorizer()` defaults (lower-case, words of two
/// or more characters, no stop words, unigrams, raw tf, smooth idf, l2) and naive Bayes with
/// alpha 1.0 — so the speed ratio can also be read on equal work.
enum ClassifyBenchmark {
    /// Which options the classifier is trained with.
    enum Settings: String {
        /// ``ClassifierOptions``'s defaults.
        case lede
        /// scikit-learn's `TfidfVectorizer()` and naive-Bayes defaults.
        case sklearn

        /// The classifier options for `variant`.
        func options(variant: NaiveBayesVariant) -> ClassifierOptions {
            var options = ClassifierOptions()
            options.variant = variant
            if self == .sklearn {
                var features = VectorizerOptions()
                features.tokenizer.stopWords = .none
                options.features = features
                options.alpha = 1.0
            }
            return options
        }
    }

    static func run(train: String, test: String, variant: NaiveBayesVariant, settings: Settings) throws -> [String: Any] {
        let readStart = ContinuousClock.now
        let corpora = try CorpusReader.readAll([CorpusReader(path: train), CorpusReader(path: test)])
        let (trainDocuments, testDocuments) = (corpora[0], corpora[1])
        let readSeconds = seconds(since: readStart)
        let options = settings.options(variant: variant)
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
