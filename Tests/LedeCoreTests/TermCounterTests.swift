@testable import LedeCore
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

    @Test("adding statistics alone gives the vocabulary that counting gives, on any thread count")
    func statisticsAloneMatchCounting() {
        for threads in [1, 2, 3, 7] {
            var tokenizerOptions = TokenizerOptions()
            tokenizerOptions.ngramMax = 2
            let counter = TermCounter(tokenizer: Tokenizer(options: tokenizerOptions), threads: threads)
            var counted = Vocabulary()
            _ = counter.countAdding(documents, to: &counted)
            _ = counter.countAdding(["harbour bridge closed again"], to: &counted)
            var added = Vocabulary()
            counter.addStatistics(of: documents, to: &added)
            counter.addStatistics(of: ["harbour bridge closed again"], to: &added)
            #expect(added == counted, "threads \(threads)")
            #expect(added.documentCount == documents.count + 1)
        }
    }

    @Test("documents are split into contiguous chunks of about equal bytes, covering every document once")
    func chunksBalanceBytes() {
        let sizes = [4000, 10, 10, 10, 10, 10, 10, 10, 10, 3000, 900, 10, 10, 10]
        let texts = sizes.map { String(repeating: "a", count: $0) }
        let two = TermCounter.chunks(of: texts, parts: 2)
        #expect(two == [0..<2, 2..<14])  // 4,010 and 4,000 bytes
        let three = TermCounter.chunks(of: texts, parts: 3)
        #expect(three.count == 3)
        #expect(three.first?.lowerBound == 0 && three.last?.upperBound == texts.count)
        #expect(zip(three, three.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound && !$0.isEmpty })
        #expect(TermCounter.chunks(of: [], parts: 2).isEmpty)
        #expect(TermCounter.chunks(of: ["", "", ""], parts: 2).flatMap { Array($0) } == [0, 1, 2])
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

    @Test("counting in parts gives, part after part, the rows counting into one matrix gives, with the same vocabulary, into an empty or a non-empty vocabulary")
    func partsStackToTheWholeMatrix() {
        for threads in [1, 3] {
            let counter = TermCounter(tokenizer: Tokenizer(), threads: threads)
            var seeded = Vocabulary()
            _ = counter.countAdding(Array(documents.prefix(3)), to: &seeded)
            for (earlier, sorting) in [(Vocabulary(), false), (Vocabulary(), true), (seeded, false), (seeded, true)] {
                var wholeCopy = earlier
                var partsCopy = earlier
                let whole = counter.countAdding(documents, to: &wholeCopy, sortingRows: sorting)
                let parts = counter.countAddingInParts(documents, to: &partsCopy, sortingRows: sorting)
                #expect(parts.count == threads)
                #expect(parts.allSatisfy { $0.columnCount == partsCopy.count })
                var stacked = SparseMatrix(columnCount: partsCopy.count)
                for part in parts { stacked.appendRows(of: part) }
                #expect(stacked == whole, "\(threads) threads, sorting \(sorting), \(earlier.count) terms before")
                #expect(partsCopy == wholeCopy)
            }
        }
    }

    @Test("runs end with the document that reaches the byte budget, hold at least one document each, and cover a slice once in order")
    func runsCutConsecutiveDocuments() {
        let texts = ["aaaa", "bb", "cccccc", "", "d", "eeeeeeeeee", "ff"]
        #expect(TermCounter.runs(of: texts[...], bytes: 5) == [0..<2, 2..<3, 3..<6, 6..<7])
        #expect(TermCounter.runs(of: texts[2...], bytes: 5) == [2..<3, 3..<6, 6..<7])
        #expect(TermCounter.runs(of: texts[...], bytes: 1) == [0..<1, 1..<2, 2..<3, 3..<5, 5..<6, 6..<7])
        #expect(TermCounter.runs(of: texts[...], bytes: 100) == [0..<7])
        #expect(TermCounter.runs(of: texts[0..<0], bytes: 5).isEmpty)
    }

    @Test("no documents give an empty matrix")
    func noDocuments() {
        var vocabulary = Vocabulary()
        let counts = TermCounter(tokenizer: Tokenizer(), threads: 3).countAdding([], to: &vocabulary)
        #expect(counts.rowCount == 0)
        #expect(vocabulary.count == 0)
    }
}
