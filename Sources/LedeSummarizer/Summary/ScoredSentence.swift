/// One sentence of an article with its TextRank outcome.
public struct ScoredSentence: Sendable, Hashable, Codable {
    /// The 0-based position of the sentence among all sentences the splitter found in the body.
    public var index: Int
    /// The sentence text, trimmed, line breaks as spaces.
    public var text: String
    /// Byte offsets of the sentence in the UTF-8 of the body text that was summarised
    /// (for an ``ArticleText``, its ``ArticleText/bodyText``).
    public var utf8Range: Range<Int>
    /// The final score (centrality with any prior or bias applied, scaled so the best sentence
    /// scores 1); 0 for sentences that were not ranked, and for the least central one with the
    /// position-aware centrality (whose scores are shifted to start at 0).
    public var score: Double
    /// 1 for the best sentence, 2 for the next, and so on; `nil` for sentences that were not
    /// ranked (not prose, a duplicate of an earlier sentence, or beyond the ranking cap).
    public var rank: Int?
    /// Whether the sentence is in the summary.
    public var selected: Bool

    /// Creates a scored sentence.
    public init(index: Int, text: String, utf8Range: Range<Int>, score: Double, rank: Int?, selected: Bool) {
        self.index = index
        self.text = text
        self.utf8Range = utf8Range
        self.score = score
        self.rank = rank
        self.selected = selected
    }
}
