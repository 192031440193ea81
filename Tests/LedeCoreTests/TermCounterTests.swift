import LedeCore
import Testing

private let documents = [
    "Council approves budget; council budget vote passes.",
    "",
    "Storm floods harbour. Harbour road closed.",
    "Budget storm: council harbour.",
    "the of and",
    "Fishermen say storm worst in years",
    "Mining company cuts jobs after report",
    "Report: mining jobs, mining company, report again",
    "Bridge opens; bridge traffic doubles",
    "Bus drivers strike over pay",
    "Strike closes bus routes",
]

@Suite("TermCounter")
struct TermCounterTests {
    @Test("counts each term per document, columns ascending, ids in first-seen order")
    func countsTerms() {
        var vocabulary = Vocabulary()
        let counts = TermCounter(tokenizer: Tokenizer(), threads: 1).countAdding(Array(documents.prefix(4)), to: &vocabulary)
        #expect(vocabulary.terms.strings == ["council", "approves", "budget", "vote", "passes", "storm", "floods", "harbour", "road", "closed"])
        #expect(counts.rowCount == 4)
        #expect(counts.columnCount == 10)
        #expect(counts.rowOffsets == [0, 5, 5, 10, 14])
        #expect(counts.columnIndices[0..<5] == [0, 1, 2, 3, 4])
        #expect(counts.values[0..<5] == [2, 1, 2, 1, 1])
        #expect(counts.columnIndices[5..<10] == [5, 6, 7, 8, 9])
        #expect(counts.values[5..<10] == [1, 1, 2, 1, 1])
        #expect(counts.columnIndices[10..<14] == [0, 2, 5, 7])
        #expect(vocabulary.documentCount == 4)
        #expect(vocabulary.documentFrequencies == [2, 1, 2, 1, 1, 2, 1, 2, 1, 1])
        #expect(vocabulary.termTotals == [3, 1, 3, 1, 1, 2, 1, 3, 1, 1])
    }

    @Test("results are identical for 1, 2, 3 and 7 threads")
    func threadCountDoesNotMatter() {
        var reference = Vocabulary()
        let referenceCounts = TermCounter(tokenizer: Tokenizer(), threads: 1).countAdding(documents, to: &reference)
        let referenceKnown = TermCounter(tokenizer: Tokenizer(), threads: 1).countKnown(documents.reversed(), in: reference)
        for threads in [2, 3, 7] {
            let counter = TermCounter(tokenizer: Tokenizer(), threads: threads)
            var vocabulary = Vocabulary()
            #expect(counter.countAdding(documents, to: &vocabulary) == referenceCounts, "threads \(threads)")
            #expect(vocabulary == reference, "threads \(threads)")
            let known = counter.countKnown(documents.reversed(), in: reference)
            #expect(known.matrix == referenceKnown.matrix, "threads \(threads)")
            #expect(known.termOccurrences == referenceKnown.termOccurrences, "threads \(threads)")
        }
    }

    @Test("counting over a fixed vocabulary ignores unknown terms but reports all occurrences")
    func countKnownIgnoresUnknownTerms() {
        let vocabulary = Vocabulary(
            terms: ByteStringTable(["budget", "storm"]), documentFrequencies: [1, 1], termTotals: [1, 1], documentCount: 1)
        let known = TermCounter(tokenizer: Tokenizer(), threads: 2)
            .countKnown(["storm budget storm", "zebra quagga", "", "budget"], in: vocabulary)
        #expect(known.matrix.rowOffsets == [0, 2, 2, 2, 3])
        #expect(known.matrix.columnIndices == [0, 1, 0])
        #expect(known.matrix.values == [1, 2, 1])
        #expect(known.matrix.columnCount == 2)
        #expect(known.termOccurrences == [3, 2, 0, 1])
        #expect(TermCounter(tokenizer: Tokenizer()).count(["storm budget storm"], in: vocabulary) == known.matrix.selectingRows([0]))
    }

    @Test("counting more documents into a vocabulary extends it and keeps earlier ids")
    func countingExtendsVocabulary() {
        let counter = TermCounter(tokenizer: Tokenizer(), threads: 2)
        var vocabulary = Vocabulary()
        _ = counter.countAdding(["storm harbour"], to: &vocabulary)
        let second = counter.countAdding(["harbour bridge"], to: &vocabulary)
        #expect(vocabulary.terms.strings == ["storm", "harbour", "bridge"])
        #expect(second.columnCount == 3)
        #expect(second.columnIndices == [1, 2])
        #expect(vocabulary.documentCount == 2)
        #expect(vocabulary.documentFrequencies == [1, 2, 1])
    }

    @Test("no documents give an empty matrix")
    func noDocuments() {
        var vocabulary = Vocabulary()
        let counts = TermCounter(tokenizer: Tokenizer(), threads: 3).countAdding([], to: &vocabulary)
        #expect(counts.rowCount == 0)
        #expect(vocabulary.count == 0)
    }
}
