/// Scores a candidate summary against a reference with ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum,
/// matching Google's `rouge-score`
/// (`RougeScorer(["rouge1", "rouge2", "rougeL", "rougeLsum"], use_stemmer: ...)`) to
/// floating-point rounding. As there, ROUGE-Lsum takes each text's lines as its sentences: join a
/// summary's sentences with `"\n"`.
///
/// ```swift
/// let scores = RougeScorer().score(candidate: "the cat sat", reference: "the cat sat down")
/// scores.rouge1.recall  // 0.75
/// ```
public struct RougeScorer: Sendable {
    /// The tokenizer both texts go through.
    public let tokenizer: RougeTokenizer

    /// Creates a scorer. Stemming is on by default because summaries are usually reported
    /// with it (`rouge-score`'s own default is off).
    public init(useStemmer: Bool = true) {
        tokenizer = RougeTokenizer(useStemmer: useStemmer)
    }

    /// ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum of `candidate` against `reference`. Precision is
    /// measured on the candidate and recall on the reference; texts with no tokens score 0.
    public func score(candidate: String, reference: String) -> RougeScores {
        var interner = TokenInterner(expectedTokens: (candidate.utf8.count + reference.utf8.count) / 8)
        let referenceIDs = tokenizer.tokenIDs(in: reference, interner: &interner)
        let candidateIDs = tokenizer.tokenIDs(in: candidate, interner: &interner)

        let sharedUnigrams = NGramOverlap.unigrams(
            referenceIDs, candidateIDs, vocabularySize: interner.count)
        let sharedBigrams = NGramOverlap.bigrams(referenceIDs, candidateIDs)
        let rougeL: RougeScore
        if referenceIDs.isEmpty || candidateIDs.isEmpty {
            rougeL = .zero
        } else {
            let lcs = Double(longestCommonSubsequenceLength(referenceIDs, candidateIDs))
            rougeL = RougeScore(
                precision: lcs / Double(candidateIDs.count), recall: lcs / Double(referenceIDs.count))
        }
        let rougeLsum = SummaryLevelLCS.score(
            candidate: sentenceTokenIDs(candidate, interner: &interner),
            reference: sentenceTokenIDs(reference, interner: &interner),
            vocabularySize: interner.count)
        return RougeScores(
            rouge1: Self.nGramScore(
                shared: sharedUnigrams, candidateCount: candidateIDs.count,
                referenceCount: referenceIDs.count),
            rouge2: Self.nGramScore(
                shared: sharedBigrams, candidateCount: max(candidateIDs.count - 1, 0),
                referenceCount: max(referenceIDs.count - 1, 0)),
            rougeL: rougeL, rougeLsum: rougeLsum)
    }

    /// The tokens of each non-empty line of `text` (`rouge-score` drops empty lines but keeps a
    /// line whose characters all tokenise away).
    private func sentenceTokenIDs(_ text: String, interner: inout TokenInterner) -> [[Int32]] {
        // On bytes: as a `Character`, "\r\n" is one grapheme and would not split at "\n".
        text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true).map {
            tokenizer.tokenIDs(in: String(decoding: $0, as: UTF8.self), interner: &interner)
        }
    }

    /// `rouge-score` divides by at least 1, so an empty side gives 0 rather than NaN.
    private static func nGramScore(shared: Int, candidateCount: Int, referenceCount: Int) -> RougeScore {
        RougeScore(
            precision: Double(shared) / Double(max(candidateCount, 1)),
            recall: Double(shared) / Double(max(referenceCount, 1)))
    }
}
