/// Precision, recall and F1 at several cut-offs of Lede's keywords and of two baselines against
/// keyphrases chosen by people, averaged over stories (see ``KeyphraseMatcher`` for the
/// convention). The baselines:
/// - **first phrases**: the story's first distinct candidate phrases (Lede's candidates, in the
///   order they first occur, headline first);
/// - **TF-IDF words**: single words (no stop words, numbers or words under three letters) by
///   term frequency in the story times smooth idf over the stories being evaluated.
public struct KeyphraseEvaluationReport: Sendable, Hashable, Codable {
    /// One system's mean scores, one per cut-off.
    public struct SystemScores: Sendable, Hashable, Codable {
        /// The system's name: `lede`, `first-phrases` or `tfidf-words`.
        public var system: String
        /// Mean scores, in the order of ``KeyphraseEvaluationReport/cutoffs``.
        public var scores: [KeyphraseScore]
        /// Seconds spent extracting (not scoring).
        public var seconds: Double
    }

    /// The number of stories.
    public var stories: Int
    /// The mean number of distinct gold phrases per story.
    public var meanGoldPhrases: Double
    /// The cut-offs `k`, ascending.
    public var cutoffs: [Int]
    /// Lede first, then the baselines.
    public var systems: [SystemScores]

    /// Extracts keywords from every example with `extractor`, computes both baselines, and
    /// scores all three at each cut-off.
    public init(examples: [KeyphraseExample], extractor: KeywordExtractor, cutoffs: [Int],
                threads: Int = ParallelWork.defaultThreadCount) {
        let cutoffs = Array(Set(cutoffs.filter { $0 > 0 })).sorted()
        let most = cutoffs.last ?? 0
        let matcher = KeyphraseMatcher()
        var systems: [SystemScores] = []
        func measure(_ name: String, _ predict: @Sendable (Int) -> [String]) {
            let start = ContinuousClock.now
            let predictions = ParallelWork.map(count: examples.count, threads: threads, predict)
            let elapsed = ContinuousClock.now - start
            let means = cutoffs.map { k -> KeyphraseScore in
                var precision = 0.0, recall = 0.0, f1 = 0.0
                for (index, example) in examples.enumerated() {
                    let score = matcher.score(predicted: predictions[index], gold: example.keyphrases, k: k)
                    precision += score.precision
                    recall += score.recall
                    f1 += score.f1
                }
                let n = Double(max(examples.count, 1))
                return KeyphraseScore(precision: precision / n, recall: recall / n, f1: f1 / n)
            }
            systems.append(SystemScores(
                system: name, scores: means,
                seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
        }
        measure("lede") { extractor.keywords(in: examples[$0].body, title: examples[$0].title, count: most).map(\.text) }
        measure("first-phrases") { extractor.firstPhrases(in: examples[$0].body, title: examples[$0].title, count: most) }
        let tfidf = TfidfWordBaseline(documents: examples.map { $0.title + "\n" + $0.body })
        measure("tfidf-words") { tfidf.words(ofDocument: $0, count: most) }
        stories = examples.count
        meanGoldPhrases = examples.isEmpty ? 0
            : Double(examples.reduce(0) { $0 + Set($1.keyphrases.map(matcher.normalized)).count }) / Double(examples.count)
        self.cutoffs = cutoffs
        self.systems = systems
    }
}
