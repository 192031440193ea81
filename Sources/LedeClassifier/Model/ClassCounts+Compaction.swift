extension ClassCounts {
    /// The counts restricted to the terms where `keep[id]` is true (ids renumbered in order).
    /// Documents per class and the vocabulary's document total are unchanged, so idf and priors
    /// of the kept terms are exactly as before.
    public func keepingTerms(_ keep: [Bool]) -> ClassCounts {
        precondition(keep.count == vocabulary.count)
        var terms = ByteStringTable(capacity: keep.lazy.filter { $0 }.count)
        var frequencies: [Int] = []
        var totals: [Int] = []
        var newID = [Int32](repeating: -1, count: vocabulary.count)
        for id in 0..<vocabulary.count where keep[id] {
            newID[id] = Int32(terms.count)
            vocabulary.terms.withBytes(of: id) { _ = terms.insert($0) }
            frequencies.append(vocabulary.documentFrequencies[id])
            totals.append(vocabulary.termTotals[id])
        }
        let compact = Vocabulary(
            terms: terms, documentFrequencies: frequencies, termTotals: totals, documentCount: vocabulary.documentCount)
        let sums = termSums.keeping(newID)
        // Shapes agree by construction, so this cannot throw.
        return try! ClassCounts(labels: labels, documentsPerClass: documentsPerClass, termSums: sums, vocabulary: compact)
    }
}

extension TopicClassifier {
    /// A smaller model that keeps only the terms that are features under the model's options
    /// (e.g. drops terms seen in one document when `minDocumentFrequency` is 2). Its predictions
    /// are identical; but the dropped terms' counts are gone, so it records that it is compact
    /// (``isCompact``) and `update`, `merge` and `forget` refuse it. Use it to ship models.
    public func compacted() -> TopicClassifier {
        var keep = [Bool](repeating: false, count: counts.vocabulary.count)
        for feature in 0..<weights.featureCount { keep[weights.features.term(ofFeature: feature)] = true }
        return TopicClassifier(
            options: options, counts: counts.keepingTerms(keep), metadata: metadata, isCompact: true, threads: threads)
    }
}
