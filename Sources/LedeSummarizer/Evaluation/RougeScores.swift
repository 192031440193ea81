/// ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum for one candidate summary against one reference, as
/// Google's `rouge-score` computes them with `RougeScorer(["rouge1", "rouge2", "rougeL", "rougeLsum"])`.
public struct RougeScores: Sendable, Hashable, Codable {
    /// Unigram overlap.
    public var rouge1: RougeScore
    /// Bigram overlap.
    public var rouge2: RougeScore
    /// Longest common subsequence of the two token sequences, taken over each text as a whole.
    public var rougeL: RougeScore
    /// Summary-level longest common subsequence (``SummaryLevelLCS``): each text's lines are its
    /// sentences, as papers report ROUGE-L for multi-sentence summaries. Equal to ``rougeL`` when
    /// both texts are one line.
    public var rougeLsum: RougeScore

    /// Scores from their four parts.
    public init(rouge1: RougeScore, rouge2: RougeScore, rougeL: RougeScore, rougeLsum: RougeScore) {
        self.rouge1 = rouge1
        self.rouge2 = rouge2
        self.rougeL = rougeL
        self.rougeLsum = rougeLsum
    }
}
