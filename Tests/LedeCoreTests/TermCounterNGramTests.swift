import LedeCore
import Testing

private let articles = [
    "Council approves budget; council budget vote passes. The council's budget vote was close.",
    "",
    "Storm floods harbour. Harbour road closed after the storm floods the harbour road again.",
    "the of and",
    "Mining company cuts jobs after report: mining jobs, mining company, report again and again.",
    "Bridge opens; bridge traffic doubles as the bridge opens to traffic, bus drivers strike.",
    "Strike closes bus routes; bus drivers strike over pay, strike closes routes.",
    "Ärger über Straßenbahn — die Straßenbahn fährt nicht. 東京 タワー 東京",
    "Budget storm council harbour mining bridge strike budget storm council harbour mining",
]

/// Terms numbered by inserting each term `Tokenizer.forEachTerm` emits, in order: the
/// definition of first-seen ids that `TermCounter`'s integer n-gram dictionary must reproduce.
private func referenceCounts(_ documents: [String], tokenizer: Tokenizer) -> (terms: [String], rows: [[Int32: Float]]) {
    var table = ByteStringTable()
    var rows: [[Int32: Float]] = []
    for document in documents {
        var row: [Int32: Float] = [:]
        tokenizer.forEachTerm(in: document) { row[Int32(table.insert($0).id), default: 0] += 1 }
        rows.append(row)
    }
    return (table.strings, rows)
}

private func rows(of matrix: SparseMatrix) -> [[Int32: Float]] {
    (0..<matrix.rowCount).map { row in
        Dictionary(uniqueKeysWithValues: matrix.entries(ofRow: row).map { (matrix.columnIndices[$0], matrix.values[$0]) })
    }
}

@Suite("TermCounter on word n-grams")
struct TermCounterNGramTests {
    static let ranges: [(Int, Int)] = [(1, 1), (1, 2), (2, 2), (1, 3), (2, 3), (3, 3), (1, 5), (4, 5)]

    @Test("ids, counts, frequencies and totals equal inserting each emitted term in order, for any n-gram range and thread count",
          arguments: ranges)
    func matchesByteStringReference(range: (Int, Int)) {
        var options = TokenizerOptions()
        options.stopWords = .none
        options.ngramMin = range.0
        options.ngramMax = range.1
        let tokenizer = Tokenizer(options: options)
        let documents = articles + articles.reversed()
        let reference = referenceCounts(documents, tokenizer: tokenizer)
        for threads in [1, 2, 3, 7] {
            var vocabulary = Vocabulary()
            let counts = TermCounter(tokenizer: tokenizer, threads: threads).countAdding(documents, to: &vocabulary)
            #expect(vocabulary.terms.strings == reference.terms, "threads \(threads)")
            #expect(rows(of: counts) == reference.rows, "threads \(threads)")
            let frequencies = reference.terms.indices.map { id in reference.rows.filter { $0[Int32(id)] != nil }.count }
            #expect(vocabulary.documentFrequencies == frequencies)
            #expect(vocabulary.documentCount == documents.count)
            let known = TermCounter(tokenizer: tokenizer, threads: threads).countKnown(Array(documents.prefix(5)), in: vocabulary)
            #expect(rows(of: known.matrix) == Array(reference.rows.prefix(5)))
        }
    }

    @Test("counting known terms drops unseen n-grams and keeps each row's columns ascending")
    func knownTermsOnly() {
        var options = TokenizerOptions()
        options.stopWords = .none
        options.ngramMax = 2
        let tokenizer = Tokenizer(options: options)
        var vocabulary = Vocabulary()
        _ = TermCounter(tokenizer: tokenizer, threads: 2).countAdding(Array(articles.prefix(3)), to: &vocabulary)
        let (matrix, occurrences) = TermCounter(tokenizer: tokenizer, threads: 2)
            .countKnown(["council budget storm", "harbour council unknownword"], in: vocabulary)
        #expect(occurrences == [5, 5])
        let first = matrix.entries(ofRow: 0).map { vocabulary.term(Int(matrix.columnIndices[$0])) }
        #expect(Set(first) == ["council", "budget", "storm", "council budget"])
        for row in 0..<matrix.rowCount {
            let columns = matrix.entries(ofRow: row).map { matrix.columnIndices[$0] }
            #expect(columns == columns.sorted())
        }
    }
}
