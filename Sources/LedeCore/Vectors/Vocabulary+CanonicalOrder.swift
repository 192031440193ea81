/// A vocabulary's canonical order: terms numbered in byte order, so that the ids of a term set do
/// not depend on the order its documents were seen in (the first-seen ids of counting). Models
/// kept in this order are the same bytes however their training data was split and merged.
extension Vocabulary {
    /// Whether the ids follow the byte order of the terms.
    public var isInTermOrder: Bool { terms.isInKeyOrder }

    /// The same vocabulary renumbered in byte order of the terms, with `order[newID]` the old id
    /// of each term; `nil` when the ids already follow that order. Statistics move with their
    /// terms; the term table is renumbered without rehashing, on `threads` threads.
    public func inTermOrder(threads: Int = ParallelWork.defaultThreadCount) -> (vocabulary: Vocabulary, order: [Int])? {
        guard !isInTermOrder else { return nil }
        let order = terms.idsInKeyOrder(Array(0..<count))
        let sorted = Vocabulary(
            terms: terms.permuted(order, threads: threads), documentFrequencies: order.map { documentFrequencies[$0] },
            termTotals: order.map { termTotals[$0] }, documentCount: documentCount)
        return (sorted, order)
    }
}
