import LedeAnalysis

/// Micro-benchmarks of the hot paths on synthetic text (deterministic): tokenising, TF-IDF,
/// the BLAS cosine-similarity matrix and PageRank.
enum HotPathsBenchmark {
    static func run() -> [String: Any] {
        var generator = SplitMix(seed: 42)
        let words = (0..<5_000).map { index in "w\(index)" + String(repeating: "x", count: index % 7) }
        let documents = (0..<4_000).map { _ in
            (0..<300).map { _ in words[Int(generator.next() % UInt64(words.count))] }.joined(separator: " ") + "."
        }
        let bytes = documents.reduce(0) { $0 + $1.utf8.count }
        let tokenizer = Tokenizer(options: .init())
        var tokens = 0
        let tokenStart = ContinuousClock.now
        for document in documents { tokenizer.forEachWord(in: document) { _ in tokens += 1 } }
        let tokenSeconds = seconds(since: tokenStart)

        var vectorizer = TfidfVectorizer(options: .init())
        let tfidfStart = ContinuousClock.now
        let matrix = try! vectorizer.fitTransform(documents)
        let tfidfSeconds = seconds(since: tfidfStart)

        let block = matrix.denseBlock(rows: 0..<400).matrix
        let similarityStart = ContinuousClock.now
        let graph = BLAS.gram(block)
        let similaritySeconds = seconds(since: similarityStart)

        let pageRankStart = ContinuousClock.now
        let scores = PageRank().scores(of: graph)
        let pageRankSeconds = seconds(since: pageRankStart)
        precondition(tokens > 0 && scores.count == 400)
        return [
            "tokenizer_mb_per_second": Double(bytes) / 1e6 / tokenSeconds, "tfidf_seconds": tfidfSeconds,
            "similarity_seconds": similaritySeconds, "pagerank_seconds": pageRankSeconds,
        ]
    }
}

/// A small deterministic random generator (SplitMix64).
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
