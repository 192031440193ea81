import LedeCore
import Testing

/// The vocabulary of `documents` counted in one pass.
private func vocabulary(of documents: [String]) -> Vocabulary {
    var vocabulary = Vocabulary()
    _ = TermCounter(tokenizer: Tokenizer(), threads: 1).countAdding(documents, to: &vocabulary)
    return vocabulary
}

private let firstShard = ["storm floods harbour", "harbour road closed", "council budget vote"]
private let secondShard = ["budget vote passes", "storm storm bridge", "bridge traffic doubles harbour"]

/// Terms with document frequencies 1...4 and distinct totals, to exercise every limit:
/// zebra df 4 total 4, apple df 3 total 6, mango df 2 total 2, kiwi df 1 total 3, fig df 1 total 1.
private let graded = vocabulary(of: [
    "zebra apple apple mango kiwi kiwi kiwi",
    "zebra apple apple mango",
    "zebra apple apple fig",
    "zebra",
])

@Suite("Vocabulary")
struct VocabularyTests {
    @Test("merging two vocabularies equals counting the union of their documents")
    func mergeEqualsUnion() {
        var merged = vocabulary(of: firstShard)
        let other = vocabulary(of: secondShard)
        let mapping = merged.merge(other)
        #expect(merged == vocabulary(of: firstShard + secondShard))
        for id in 0..<other.count {
            #expect(merged.term(Int(mapping[id])) == other.term(id))
        }
    }

    @Test("merging into an empty vocabulary copies it")
    func mergeIntoEmpty() {
        var empty = Vocabulary()
        let shard = vocabulary(of: secondShard)
        #expect(empty.merge(shard) == (0..<Int32(shard.count)).map { $0 })
        #expect(empty == shard)
    }

    @Test("pruning keeps every term by default, sorted by bytes, with a mapping from old ids")
    func pruneSortsTerms() {
        let (pruned, mapping) = graded.pruned()
        #expect(graded.terms.strings == ["zebra", "apple", "mango", "kiwi", "fig"])
        #expect(pruned.terms.strings == ["apple", "fig", "kiwi", "mango", "zebra"])
        #expect(mapping == [4, 0, 3, 2, 1])
        #expect(pruned.documentFrequencies == [3, 1, 1, 2, 4])
        #expect(pruned.termTotals == [6, 1, 3, 2, 4])
        #expect(pruned.documentCount == 4)
    }

    @Test("pruning sorts by UTF-8 bytes, which is code-point order")
    func pruneSortsByCodePoint() {
        let pruned = vocabulary(of: ["zulu äpfel apfel ärger Éclair eclair"]).pruned().vocabulary
        #expect(pruned.terms.strings == ["apfel", "eclair", "zulu", "äpfel", "ärger", "éclair"])
    }

    @Test("document-frequency limits keep terms within them, inclusive, as counts or fractions")
    func documentFrequencyLimits() {
        #expect(graded.pruned(minDocumentFrequency: .count(2)).vocabulary.terms.strings == ["apple", "mango", "zebra"])
        #expect(graded.pruned(maxDocumentFrequency: .count(2)).vocabulary.terms.strings == ["fig", "kiwi", "mango"])
        #expect(graded.pruned(maxDocumentFrequency: .fraction(0.75)).vocabulary.terms.strings == ["apple", "fig", "kiwi", "mango"])
        #expect(graded.pruned(minDocumentFrequency: .fraction(0.5), maxDocumentFrequency: .fraction(0.75))
            .vocabulary.terms.strings == ["apple", "mango"])
        let (none, mapping) = graded.pruned(minDocumentFrequency: .count(5))
        #expect(none.count == 0)
        #expect(mapping == [-1, -1, -1, -1, -1])
    }

    @Test("a feature cap keeps the most frequent terms by total count, then sorts them")
    func featureCap() {
        let (pruned, mapping) = graded.pruned(maxFeatures: 3)
        #expect(pruned.terms.strings == ["apple", "kiwi", "zebra"])
        #expect(mapping == [2, 0, -1, 1, -1])
        #expect(pruned.termTotals == [6, 3, 4])
        #expect(graded.pruned(maxFeatures: 10).vocabulary.count == 5)
        #expect(graded.pruned(maxFeatures: 0).vocabulary.count == 0)
    }

    @Test("the feature cap applies after the document-frequency limits")
    func featureCapAfterLimits() {
        #expect(graded.pruned(maxDocumentFrequency: .count(2), maxFeatures: 2).vocabulary.terms.strings == ["kiwi", "mango"])
    }

    @Test("terms tied at the feature cap are kept in term order")
    func featureCapTies() {
        let tied = vocabulary(of: ["delta charlie bravo alpha"])
        #expect(tied.pruned(maxFeatures: 2).vocabulary.terms.strings == ["alpha", "bravo"])
    }

    @Test("document-frequency limits parse from the CLI spelling")
    func limitParsing() {
        #expect(DocumentFrequencyLimit("5") == .count(5))
        #expect(DocumentFrequencyLimit("0.5") == .fraction(0.5))
        #expect(DocumentFrequencyLimit("1.0") == .fraction(1))
        #expect(DocumentFrequencyLimit("1.5") == nil)
        #expect(DocumentFrequencyLimit("many") == nil)
        #expect(DocumentFrequencyLimit.fraction(0.25).threshold(documentCount: 8) == 2)
    }
}
