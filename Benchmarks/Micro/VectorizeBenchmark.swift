import LedeAnalysis

/// TF-IDF fit on a training corpus and transform of a test corpus (`fit` then `transform`, the calls
/// scikit-learn is timed making), scikit-learn's default settings
/// (no stop words, unigrams, smooth idf, l2), as `TfidfVectorizer()` is measured.
enum VectorizeBenchmark {
    static func run(train: String, test: String) throws -> [String: Any] {
        let trainTexts = try CorpusReader(path: train).readAll().map(\.fullText)
        let testTexts = try CorpusReader(path: test).readAll().map(\.fullText)
        var options = VectorizerOptions()
        options.tokenizer.stopWords = .none
        var vectorizer = TfidfVectorizer(options: options)
        let start = ContinuousClock.now
        try vectorizer.fit(trainTexts)
        let fitted = seconds(since: start)
        let transformStart = ContinuousClock.now
        let transformed = vectorizer.transform(testTexts)
        let transformSeconds = seconds(since: transformStart)
        return [
            "fit_seconds": fitted, "transform_seconds": transformSeconds, "total_seconds": fitted + transformSeconds,
            "features": vectorizer.vocabulary.count, "nnz": transformed.storedCount,
        ]
    }
}
