/// ROUGE-Lsum: the summary-level longest common subsequence of Lin (2004, section 3.2), as
/// `rouge-score`'s `rougeLsum` and ROUGE-1.5.5 compute it.
///
/// Both texts are lists of sentences. For each reference sentence, the union of the token
/// positions of one longest common subsequence with every candidate sentence is taken; its tokens
/// are hits, each token counted at most as often as it occurs on both sides (ROUGE-1.5.5 guards
/// against double counting the same way). Recall divides the hits by the reference's tokens,
/// precision by the candidate's.
enum SummaryLevelLCS {
    /// The score of `candidate` against `reference`, each a list of tokenised sentences.
    static func score(candidate: [[Int32]], reference: [[Int32]], vocabularySize: Int) -> RougeScore {
        let referenceTokens = reference.reduce(0) { $0 + $1.count }
        let candidateTokens = candidate.reduce(0) { $0 + $1.count }
        guard referenceTokens > 0, candidateTokens > 0 else { return .zero }
        var referenceLeft = [Int32](repeating: 0, count: vocabularySize)
        var candidateLeft = [Int32](repeating: 0, count: vocabularySize)
        for sentence in reference { for id in sentence { referenceLeft[Int(id)] += 1 } }
        for sentence in candidate { for id in sentence { candidateLeft[Int(id)] += 1 } }
        var hits = 0
        for sentence in reference where !sentence.isEmpty {
            var inUnion = [Bool](repeating: false, count: sentence.count)
            for other in candidate where !other.isEmpty {
                for position in lcsPositions(sentence, other) { inUnion[position] = true }
            }
            for (position, id) in sentence.enumerated() where inUnion[position] {
                if candidateLeft[Int(id)] > 0 && referenceLeft[Int(id)] > 0 {
                    hits += 1
                    candidateLeft[Int(id)] -= 1
                    referenceLeft[Int(id)] -= 1
                }
            }
        }
        return RougeScore(
            precision: Double(hits) / Double(candidateTokens), recall: Double(hits) / Double(referenceTokens))
    }

    /// Positions in `reference` of one longest common subsequence with `candidate`, read back
    /// from the full table with `rouge-score`'s tie rule (move left only when strictly better),
    /// so the union matches its choice token for token.
    static func lcsPositions(_ reference: [Int32], _ candidate: [Int32]) -> [Int] {
        let rows = reference.count
        let columns = candidate.count
        let width = columns + 1
        var table = [Int32](repeating: 0, count: (rows + 1) * width)
        for i in 1...rows {
            for j in 1...columns {
                table[i * width + j] = reference[i - 1] == candidate[j - 1]
                    ? table[(i - 1) * width + j - 1] + 1
                    : max(table[(i - 1) * width + j], table[i * width + j - 1])
            }
        }
        var positions: [Int] = []
        var i = rows
        var j = columns
        while i > 0 && j > 0 {
            if reference[i - 1] == candidate[j - 1] {
                positions.append(i - 1)
                i -= 1
                j -= 1
            } else if table[i * width + j - 1] > table[(i - 1) * width + j] {
                j -= 1
            } else {
                i -= 1
            }
        }
        return positions
    }
}
