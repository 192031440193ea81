import LedeCore
import Testing

/// Words that are prefixes of one another ("new", "news", "newsroom"), so that a term and a
/// longer word share their first bytes and the space joining words has to sort below them;
/// accented and CJK words (bytes above 0x7F); digits.
private let articles = [
    "New York news: the newsroom of New York Times reports news of new newspapers in York.",
    "Newer news, newest newsroom; new york new yorker. Yorkshire and York again, new again.",
    "Ärger über Straßenbahn — die Straßenbahn fährt nicht. 東京 タワー 東京 über uber ü2",
    "",
    "2024 budget 2024 budgets 20 24 council budget budgeting counc council councils.",
    "a b c",
]

/// One row per document across `parts`, as term → count.
private func rows(of parts: [SparseMatrix], vocabulary: Vocabulary) -> [[String: Float]] {
    parts.flatMap { matrix in
        (0..<matrix.rowCount).map { row in
            Dictionary(uniqueKeysWithValues: matrix.entries(ofRow: row).map {
                (vocabulary.term(Int(matrix.columnIndices[$0])), matrix.values[$0])
            })
        }
    }
}

@Suite("TermCounter numbering a new vocabulary in term order")
struct TermCounterTermOrderTests {
    static let ranges: [(Int, Int)] = [(1, 1), (1, 2), (2, 2), (1, 3), (2, 3), (1, 5), (4, 5)]

    /// The counts of first-seen numbering, renamed by spelling: what term order must give.
    private func check(_ documents: [String], range: (Int, Int), threads: [Int]) {
        var options = TokenizerOptions()
        options.stopWords = .none
        options.minimumLength = 1
        options.ngramMin = range.0
        options.ngramMax = range.1
        let tokenizer = Tokenizer(options: options)
        var reference = Vocabulary()
        let referenceParts = TermCounter(tokenizer: tokenizer, threads: 1)
            .countAddingInParts(documents, to: &reference, sortingRows: false)
        let sorted = reference.terms.strings.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let referenceRows = rows(of: referenceParts, vocabulary: reference)
        for threads in threads {
            var vocabulary = Vocabulary()
            let parts = TermCounter(tokenizer: tokenizer, threads: threads)
                .countAddingInParts(documents, to: &vocabulary, sortingRows: false, inTermOrder: true)
            #expect(vocabulary.isInTermOrder, "range \(range), threads \(threads)")
            #expect(vocabulary.terms.strings == sorted, "range \(range), threads \(threads)")
            for id in 0..<vocabulary.count {
                let old = reference.id(of: vocabulary.term(id))!
                #expect(vocabulary.documentFrequencies[id] == reference.documentFrequencies[old])
                #expect(vocabulary.termTotals[id] == reference.termTotals[old])
            }
            #expect(vocabulary.documentCount == documents.count)
            #expect(rows(of: parts, vocabulary: vocabulary) == referenceRows, "range \(range), threads \(threads)")
            for part in parts { #expect(part.columnCount == vocabulary.count) }
        }
    }

    @Test("terms come out in byte order of their spellings, with their counts and statistics, for any n-gram range and thread count",
          arguments: ranges)
    func byteOrderForEveryRange(range: (Int, Int)) {
        check(articles + articles.reversed(), range: range, threads: [1, 2, 3])
    }

    /// 5,000 distinct words need 13 bits of rank each, and five of them do not fit in 64 bits:
    /// the spellings are sorted instead, to the same order.
    @Test("five-word terms over more words than their ranks can pack come out in byte order too")
    func byteOrderWhenRanksDoNotFit() {
        var state: UInt64 = 11
        let documents = (0..<300).map { _ in
            (0..<40).map { _ -> String in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return "w" + String((state >> 40) % 6000, radix: 36) + ((state >> 20) & 1 == 0 ? "" : "x")
            }.joined(separator: " ")
        }
        check(documents, range: (1, 5), threads: [2])
    }

    @Test("a vocabulary that already has terms is extended in first-seen order, as without term order")
    func existingVocabularyIsExtended() {
        let tokenizer = Tokenizer(options: { var options = TokenizerOptions(); options.ngramMax = 2; return options }())
        var plain = Vocabulary()
        var ordered = Vocabulary()
        _ = TermCounter(tokenizer: tokenizer, threads: 2).countAddingInParts(
            Array(articles.prefix(2)), to: &plain, sortingRows: false, inTermOrder: true)
        ordered = plain
        let first = TermCounter(tokenizer: tokenizer, threads: 2).countAddingInParts(
            Array(articles.suffix(4)), to: &plain, sortingRows: false)
        let second = TermCounter(tokenizer: tokenizer, threads: 2).countAddingInParts(
            Array(articles.suffix(4)), to: &ordered, sortingRows: false, inTermOrder: true)
        #expect(plain == ordered)
        #expect(first == second)
        #expect(!ordered.isInTermOrder)
    }
}
