/// Everything that decides how ``TextRankSummarizer`` ranks and picks sentences. The defaults
/// are the shipped settings, chosen by cross-validation over two corpora together: news stories
/// with summaries written by people (`news-summaries`) and BBC News Summary's long extractive
/// references (see `Models/CHOOSING-SUMMARY-DEFAULTS.md`).
public struct SummarizerOptions: Sendable, Hashable, Codable {
    /// How sentence similarity (the graph's edge weight) is measured. Default `.cosine`.
    public var similarity: SentenceSimilarity = .cosine
    /// How a sentence's centrality is read from the graph. Default `.positionAware`.
    public var centrality: SentenceCentrality = .positionAware
    /// Position-aware graph: PacSum's λ₁, the weight of a sentence's similarity to earlier
    /// sentences (later ones weigh 1) for the shortest summaries. Negative: repeating earlier
    /// sentences counts against a sentence. Default −4.
    public var earlierSentenceWeight: Double = -4
    /// Position-aware graph: PacSum's β. Edges below `min + β · (max − min)` of the article's
    /// similarities are dropped (the rest are reduced by that amount). Default 0 (every edge).
    public var relativeEdgeThreshold: Double = 0
    /// Position-aware graph: up to this coverage (summary sentences / candidate sentences) the
    /// graph is fully lead-aware (λ₁ = ``earlierSentenceWeight``, full lead prior). Default 0.1.
    public var leadCoverage: Double = 0.1
    /// Position-aware graph: from this coverage on the graph is undirected (λ₁ = 1, no lead
    /// prior); between ``leadCoverage`` and this, both move linearly. Default 0.3.
    public var centralCoverage: Double = 0.3
    /// PageRank damping factor: the probability of following an edge rather than jumping to a
    /// random sentence. Default 0.85.
    public var damping: Double = 0.85
    /// Power iteration stops when the scores move by less than this (L1 distance). Default 1e-6.
    public var tolerance: Double = 1e-6
    /// Power iteration stops after this many steps even if not converged. Default 100.
    public var maxIterations: Int = 100
    /// Edges weaker than this are dropped before ranking (0 keeps every non-zero edge).
    /// Default 0.
    public var edgeThreshold: Double = 0
    /// How long the summary is. Default three sentences.
    public var length: SummaryLength = .sentences(3)
    /// Maximal marginal relevance: when set, sentences are chosen greedily by
    /// `λ · score − (1 − λ) · (highest similarity to a sentence already chosen)`, which trades
    /// relevance for less repetition. `nil` (default) picks the top-ranked sentences.
    public var redundancyLambda: Double? = nil
    /// Weight of a lead prior for the p-th of n ranked sentences. With the PageRank centrality a
    /// sentence's score is multiplied by `1 + positionPrior · (1 − p / n)`; with the
    /// position-aware one, `positionPrior · (1 − p / n)` times the largest centrality is added,
    /// fading to nothing across the coverage band (``leadCoverage`` to ``centralCoverage``).
    /// 0 turns it off. Default 0.5.
    public var positionPrior: Double = 0.5
    /// Weight of the headline: a sentence's score is multiplied by
    /// `1 + titleBias · cos(headline, sentence)` (TF-IDF cosine). The headline is never a
    /// candidate itself. 0 turns it off.
    public var titleBias: Double = 0
    /// Exponent of a length factor: scores are multiplied by `(words in sentence)^lengthBias`,
    /// which counteracts cosine's indifference to sentence length. 0 turns it off.
    public var lengthBias: Double = 0
    /// Sentences with fewer words than this are not candidates (very short lines, stray labels).
    /// Default 4.
    public var minimumSentenceWords: Int = 4
    /// Only sentences that end with terminal punctuation are candidates, which keeps headlines,
    /// section lines and list items out. Ignored when no sentence of the article has terminal
    /// punctuation (a transcript without full stops). Default `true`.
    public var requiresTerminalPunctuation: Bool = true
    /// At most this many candidate sentences (the first ones) are ranked, which bounds the
    /// graph at `n²` edges for book-length input; later sentences are left unranked.
    /// Default 2,000.
    public var maxRankedSentences: Int = 2_000
    /// How sentences become terms. Default: Lede's tokenizer defaults (English stop words out,
    /// no stemming; stemming cost 1.4 ROUGE-1 points on the BBC corpus).
    public var tokenizer: TokenizerOptions = .init()
    /// The idf formula for the sentence rows (over the article's sentences, or over a background
    /// corpus when the summariser has one). Default `.none`: plain term-frequency cosine.
    /// Within one article, idf boosts words that occur in a single sentence, which pulls the
    /// ranking towards peripheral sentences; on the BBC corpus `.none` scored 2.5 ROUGE-1 points
    /// above `.smooth`. Choose `.smooth` or `.plain` to use a background corpus's frequencies.
    public var idf: InverseDocumentFrequency = .none
    /// Use `1 + ln(tf)` instead of raw term counts. Default `false`.
    public var sublinearTF: Bool = false
    /// The order of the chosen sentences. Default `.document`.
    public var order: SummaryOrder = .document

    /// The shipped defaults.
    public init() {}

    /// Checks the values are usable, naming the first that is not.
    public func validate() throws {
        guard damping > 0, damping < 1 else { throw LedeError.invalidOption("damping must be in (0, 1) (got \(damping))") }
        guard tolerance > 0 else { throw LedeError.invalidOption("tolerance must be positive (got \(tolerance))") }
        guard maxIterations >= 1 else { throw LedeError.invalidOption("maxIterations must be at least 1 (got \(maxIterations))") }
        guard edgeThreshold >= 0 else { throw LedeError.invalidOption("edge threshold must not be negative (got \(edgeThreshold))") }
        guard (0..<1).contains(relativeEdgeThreshold) else {
            throw LedeError.invalidOption("relative edge threshold must be in [0, 1) (got \(relativeEdgeThreshold))")
        }
        guard earlierSentenceWeight.isFinite, earlierSentenceWeight <= 1 else {
            throw LedeError.invalidOption("earlier-sentence weight must be at most 1 (got \(earlierSentenceWeight))")
        }
        guard leadCoverage >= 0, centralCoverage > leadCoverage, centralCoverage <= 1 else {
            throw LedeError.invalidOption("coverage band must satisfy 0 ≤ lead < central ≤ 1 (got \(leadCoverage), \(centralCoverage))")
        }
        guard minimumSentenceWords >= 1 else {
            throw LedeError.invalidOption("minimum sentence words must be at least 1 (got \(minimumSentenceWords))")
        }
        if let lambda = redundancyLambda, !(0...1).contains(lambda) {
            throw LedeError.invalidOption("redundancy λ must be in [0, 1] (got \(lambda))")
        }
        guard positionPrior >= 0, titleBias >= 0, lengthBias >= 0 else {
            throw LedeError.invalidOption("position prior, title bias and length bias must not be negative")
        }
        guard maxRankedSentences >= 1 else {
            throw LedeError.invalidOption("maxRankedSentences must be at least 1 (got \(maxRankedSentences))")
        }
        switch length {
        case .sentences(let count) where count < 1:
            throw LedeError.invalidOption("summary length must be at least one sentence (got \(count))")
        case .ratio(let fraction) where !(fraction > 0 && fraction <= 1):
            throw LedeError.invalidOption("summary ratio must be in (0, 1] (got \(fraction))")
        case .words(let count) where count < 1:
            throw LedeError.invalidOption("summary word budget must be at least 1 (got \(count))")
        default:
            break
        }
        try tokenizer.validate()
    }
}
