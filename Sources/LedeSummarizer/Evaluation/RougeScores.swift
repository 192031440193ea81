/// ROUGE-1, ROUGE-2 and ROUGE-L for one candidate summary against one reference, as Google's
/// `rouge-score` computes them with `RougeScorer(["rouge1", "rouge2", "rougeL"])`.
public struct RougeScores: Sendable, Hashable, Codable {
    /// Unigram overlap.
    public var rouge1: RougeScore
    /// Bigram overlap.
    public var rouge2: RougeScore
    /// Longest common subsequence of the two token sequences, taken over each text as a whole
    /// (`rougeL`, not the sentence-split `rougeLsum`).
    public var rougeL: RougeScore

    /// Scores from their three parts.
    public init(rouge1: RougeScore, rouge2: RougeScore, rougeL: RougeScore) {
        self.rouge1 = rouge1
        self.rouge2 = rouge2
        self.rougeL = rougeL
    }
}
