/// How the edge weight between two sentences of the TextRank graph is measured.
public enum SentenceSimilarity: String, Sendable, Hashable, Codable, CaseIterable {
    /// Cosine of the sentences' TF-IDF vectors (the default): the Gram matrix of unit rows,
    /// computed with BLAS.
    case cosine
    /// The original TextRank measure (Mihalcea & Tarau 2004): shared words divided by
    /// `ln |Sᵢ| + ln |Sⱼ|`, where `|S|` counts a sentence's words. It favours long sentences.
    case overlap
    /// Okapi BM25 (k₁ = 1.2, b = 0.75) of each sentence as a query against each other sentence,
    /// made symmetric by averaging both directions and scaled so the largest weight is 1.
    case bm25
}

/// How a sentence's centrality is read from the similarity graph.
public enum SentenceCentrality: String, Sendable, Hashable, Codable, CaseIterable {
    /// TextRank: PageRank on the undirected graph (Mihalcea & Tarau 2004).
    case pagerank
    /// PacSum's directed degree centrality (Zheng & Lapata 2019), lead-aware for short summaries
    /// and undirected for summaries that hold much of the article (``PositionAwareCentrality``).
    case positionAware = "position-aware"
}
