/// The checks a decoded model file must pass before any of it is used. The checksum only proves
/// the bytes are the ones written; these prove the values are ones Lede could have written, so
/// that a hand-edited or foreign file is refused with a message instead of crashing later (an
/// n-gram range of 0...0, no labels, a negative document count, a NaN weight).
extension TopicModelFile {
    /// Refuses options that `train` would refuse, and a label list that is empty, unsorted, has
    /// duplicates or empty labels, or disagrees with the per-class document counts.
    static func validate(_ header: Header, at location: SourceLocation) throws {
        do {
            try header.options.validate()
        } catch let error as LedeError {
            throw LedeError.invalidModel(location, reason: "invalid options: \(error)")
        }
        guard !header.labels.isEmpty else { throw LedeError.invalidModel(location, reason: "the model has no labels") }
        guard header.labels.allSatisfy({ !$0.isEmpty }) else {
            throw LedeError.invalidModel(location, reason: "a label is empty")
        }
        guard !header.labels.contains(where: { $0.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) } }) else {
            throw LedeError.invalidModel(location, reason: "a label holds a control character")
        }
        guard zip(header.labels, header.labels.dropFirst()).allSatisfy({ $0.utf8.lexicographicallyPrecedes($1.utf8) }) else {
            throw LedeError.invalidModel(location, reason: "labels are not sorted and distinct")
        }
        guard header.documentsPerClass.count == header.labels.count else {
            throw LedeError.invalidModel(location, reason: "\(header.documentsPerClass.count) document counts for \(header.labels.count) labels")
        }
        try requireCounts(header.documentsPerClass, what: "documents per class", at: location)
    }

    /// Refuses negative statistics and totals that would overflow when summed.
    static func validateStatistics(
        documentFrequencies: [Int], termTotals: [Int], documentCount: Int, at location: SourceLocation
    ) throws {
        guard documentCount >= 0 else { throw LedeError.invalidModel(location, reason: "negative document count") }
        guard documentFrequencies.allSatisfy({ $0 >= 0 && $0 <= documentCount }) else {
            throw LedeError.invalidModel(location, reason: "a document frequency is negative or exceeds the document count")
        }
        try requireCounts(termTotals, what: "term totals", at: location)
    }

    /// Requires every value to be non-negative and their sum to fit in an `Int`.
    private static func requireCounts(_ values: [Int], what: String, at location: SourceLocation) throws {
        var total = 0
        for value in values {
            let (sum, overflow) = total.addingReportingOverflow(value)
            guard value >= 0, !overflow else {
                throw LedeError.invalidModel(location, reason: "\(what) are negative or too large")
            }
            total = sum
        }
    }
}
