/// Extractive summarisation by graph centrality: the article's sentences are the nodes of a graph
/// weighted by their similarity, and the most central sentences make the summary. The default
/// centrality is position-aware (PacSum, Zheng & Lapata 2019: lead-aware for short summaries,
/// undirected for long ones, ``PositionAwareCentrality``); TextRank's PageRank (Mihalcea & Tarau
/// 2004) is ``SentenceCentrality/pagerank``.
///
/// The pipeline for one article:
/// 1. split the body into sentences (``SentenceSplitter``) and keep the candidates: prose
///    sentences (enough words, terminal punctuation), each distinct text once, at most
///    ``SummarizerOptions/maxRankedSentences`` (the first ones), so a book costs at most
///    `maxRankedSentences²` edges;
/// 2. term-frequency rows over the article's own vocabulary, weighted by idf when
///    ``SummarizerOptions/idf`` asks for it (from the article's sentences or a background corpus);
/// 3. the similarity graph (``SentenceSimilarity``) with BLAS, edges below the threshold removed;
/// 4. centrality (position-aware, or PageRank by power iteration), then the optional length
///    factor, lead prior and headline bias; ties go to the earlier sentence;
/// 5. the top sentences (or MMR) up to the requested length, in document or rank order.
///
/// Every article with at least one sentence yields at least one sentence.
///
/// ```swift
/// let summarizer = TextRankSummarizer()
/// let summary = summarizer.summarize(bodyText, title: headline)
/// print(summary.text)
/// ```
public struct TextRankSummarizer: Sendable {
    /// The options in force.
    public let options: SummarizerOptions
    /// Document frequencies of a background corpus; when present, idf comes from it instead of
    /// from the article's own sentences (it has no effect while ``SummarizerOptions/idf`` is
    /// `.none`, the default).
    public let background: Vocabulary?
    private let splitter: SentenceSplitter
    private let tokenizer: Tokenizer

    /// Creates a summariser. `background`, when given, is a vocabulary whose document
    /// frequencies (and document count) define idf, e.g. one counted over a news corpus with
    /// ``TermCounter/countAdding(_:to:)`` using the same tokenizer options.
    public init(options: SummarizerOptions = .init(), background: Vocabulary? = nil, splitter: SentenceSplitter = .init()) {
        self.options = options
        self.background = background
        self.splitter = splitter
        self.tokenizer = Tokenizer(options: options.tokenizer)
    }

    /// Summarises an article found by ``PageSegmenter``: its body paragraphs are ranked and its
    /// headline, when present, steers the ranking through ``SummarizerOptions/titleBias``.
    /// Sentence offsets refer to ``ArticleText/bodyText``. `length` overrides
    /// ``SummarizerOptions/length`` for this call.
    public func summarize(_ article: ArticleText, length: SummaryLength? = nil) -> Summary {
        summarize(article.bodyText, title: article.title, length: length)
    }

    /// Summarises the body `text`. `title`, the headline, is never a candidate; it only steers
    /// the ranking through ``SummarizerOptions/titleBias``. `length` overrides
    /// ``SummarizerOptions/length`` for this call, so one summariser can serve requests of
    /// different lengths.
    public func summarize(_ text: String, title: String? = nil, length: SummaryLength? = nil) -> Summary {
        let length = length ?? options.length
        let sentences = splitter.split(text)
        guard !sentences.isEmpty else { return Summary(sentences: [], all: [], status: .empty) }
        let candidates = CandidateSentences(sentences, options: options)
        let ranked = candidates.indices
        let vectors = SentenceVectors(
            sentences: ranked.map { sentences[$0].text }, tokenizer: tokenizer,
            tfidf: tfidfOptions, background: background)
        let graph = SimilarityGraph.matrix(vectors, measure: options.similarity, threshold: options.edgeThreshold)
        let wordCounts = candidates.wordCounts
        let centrality: [Double]
        switch options.centrality {
        case .pagerank:
            centrality = PageRank(damping: options.damping, tolerance: options.tolerance, maxIterations: options.maxIterations)
                .scores(of: graph)
        case .positionAware:
            let positionAware = PositionAwareCentrality(
                earlierWeight: options.earlierSentenceWeight, relativeThreshold: options.relativeEdgeThreshold,
                leadCoverage: options.leadCoverage, centralCoverage: options.centralCoverage,
                positionPrior: options.positionPrior)
            centrality = positionAware.scores(of: graph, coverage: Self.coverage(of: length, wordCounts: wordCounts))
        }
        let scores = adjustedScores(centrality, vectors: vectors, wordCounts: wordCounts, title: title)
        let order = Array(0..<ranked.count).sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }

        let mmrSimilarity = options.redundancyLambda == nil ? DenseMatrix(rows: 0, columns: 0) : BLAS.gram(vectors.unitRows)
        let selection = SentenceSelection(
            scores: scores, order: order, wordCounts: wordCounts, similarity: mmrSimilarity,
            length: length, redundancyLambda: options.redundancyLambda)

        var all = sentences.enumerated().map { index, sentence in
            ScoredSentence(index: index, text: sentence.text, utf8Range: sentence.utf8Range, score: 0, rank: nil, selected: false)
        }
        for (rank, position) in order.enumerated() {
            all[ranked[position]].score = scores[position]
            all[ranked[position]].rank = rank + 1
        }
        for position in selection.chosen { all[ranked[position]].selected = true }
        let chosenIndices = selection.chosen.map { ranked[$0] }
        let chosen = (options.order == .document ? chosenIndices.sorted() : chosenIndices).map { all[$0] }

        let requested = length.sentenceCount(candidates: Int.max) ?? 1
        let isShort = candidates.usedFallback || (length.isSentenceCount && ranked.count < requested)
        return Summary(sentences: chosen, all: all, status: isShort ? .tooShort : .ok)
    }

    /// The `count` best TextRank keywords and key phrases of `text`, best first, with the
    /// default ``KeywordOptions``; see ``KeywordExtractor`` for more control.
    public func keywords(_ text: String, count: Int) -> [Keyword] {
        KeywordExtractor(splitter: splitter).keywords(in: text, count: count)
    }

    private var tfidfOptions: TfidfOptions {
        var tfidf = TfidfOptions()
        tfidf.idf = options.idf
        tfidf.sublinearTF = options.sublinearTF
        tfidf.norm = .l2
        return tfidf
    }

    /// The share of the `wordCounts.count` candidates a summary of `length` will hold; a word
    /// budget counts as that many words of average sentences.
    static func coverage(of length: SummaryLength, wordCounts: [Int]) -> Double {
        let n = wordCounts.count
        guard n > 0 else { return 1 }
        if let count = length.sentenceCount(candidates: n) { return Double(count) / Double(n) }
        guard case .words(let budget) = length else { return 1 }
        let meanWords = Double(wordCounts.reduce(0, +)) / Double(n)
        return min(1, max(1, Double(budget) / max(meanWords, 1)) / Double(n))
    }

    /// Centrality with the length factor, lead prior (PageRank only; the position-aware
    /// centrality has its own) and headline bias applied, scaled so the best is 1.
    private func adjustedScores(_ raw: [Double], vectors: SentenceVectors, wordCounts: [Int], title: String?) -> [Double] {
        let n = raw.count
        var scores = raw
        if options.lengthBias > 0 {
            for i in 0..<n { scores[i] *= pow(Double(max(wordCounts[i], 1)), options.lengthBias) }
        }
        if options.positionPrior > 0 && options.centrality == .pagerank {
            for i in 0..<n { scores[i] *= 1 + options.positionPrior * (1 - Double(i) / Double(n)) }
        }
        if options.titleBias > 0, let title, !title.isEmpty {
            let similarity = vectors.cosine(with: title)
            for i in 0..<n { scores[i] *= 1 + options.titleBias * Double(similarity[i]) }
        }
        let top = scores.max() ?? 0
        return top > 0 ? scores.map { $0 / top } : scores
    }
}

extension SummaryLength {
    /// Whether the length is a fixed number of sentences (the only setting that can fall short
    /// of what was asked in a way worth reporting).
    fileprivate var isSentenceCount: Bool {
        if case .sentences = self { return true }
        return false
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
