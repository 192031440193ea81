/// How long a summary is. Whatever the setting, an article with at least one sentence gets at
/// least one sentence back, and never more than its candidate sentences.
public enum SummaryLength: Sendable, Hashable, Codable {
    /// This many sentences (values below 1 count as 1).
    case sentences(Int)
    /// This fraction of the article's candidate sentences, rounded up (so `0.2` of four
    /// sentences is one sentence, not none).
    case ratio(Double)
    /// As many of the best sentences as fit in this many words (words are whitespace-separated);
    /// the best sentence is always included even if it alone is longer.
    case words(Int)

    /// The number of sentences to pick from `candidates` candidate sentences, for the sentence
    /// and ratio settings; `nil` for a word budget, which depends on the sentences chosen.
    public func sentenceCount(candidates: Int) -> Int? {
        guard candidates > 0 else { return 0 }
        switch self {
        case .sentences(let count):
            return min(max(count, 1), candidates)
        case .ratio(let fraction):
            let wanted = (max(fraction, 0) * Double(candidates)).rounded(.up)
            return min(max(Int(min(wanted, Double(candidates))), 1), candidates)
        case .words:
            return nil
        }
    }
}
