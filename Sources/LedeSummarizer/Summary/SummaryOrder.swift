/// The order of the chosen sentences in a ``Summary``.
public enum SummaryOrder: String, Sendable, Hashable, Codable, CaseIterable {
    /// As they appear in the article (the default, for reading).
    case document
    /// Best first (for pipelines that want the ranking).
    case rank
}
