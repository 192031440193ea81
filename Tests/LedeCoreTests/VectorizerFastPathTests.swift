import LedeCore
import Testing

/// The vectoriser's fast paths — the short-word cache in front of the word table, the
/// prefix-keyed sort of the vocabulary and the row-by-row column remap — must give exactly
/// what the plain definitions give, on inputs large enough to take them.
@Suite("Vectoriser fast paths agree with the plain definitions")
struct VectorizerFastPathTests {
    /// A deterministic pseudo-random word list: many short words (more than the cache holds, so
    /// entries are evicted and collide), long words sharing long prefixes, and repeats.
    static let words: [String] = {
        var state: UInt64 = 0x1234_5678
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var words: [String] = []
        for _ in 0..<40_000 {
            let length = 1 + next() % 14
            var word = length > 9 ? "internation" : ""
            for _ in 0..<length { word.append(letters[next() % letters.count]) }
            words.append(word)
        }
        return words
    }()

    /// Every word kept as it is: no stop words, no minimum length beyond one letter.
    static var plainTokenizer: Tokenizer {
        var options = TokenizerOptions()
        options.stopWords = .none
        options.minimumLength = 1
        return Tokenizer(options: options)
    }

    static var documents: [String] {
        stride(from: 0, to: words.count, by: 50).map { start in
            (start..<min(words.count, start + 80)).map { words[$0 % words.count] }.joined(separator: " ")
        }
    }

    @Test("term ids follow first-seen order and counts match, with far more words than the cache holds")
    func idsFollowFirstSeenOrder() {
        var vocabulary = Vocabulary()
        let documents = Self.documents
        let counts = TermCounter(tokenizer: Self.plainTokenizer, threads: 2).countAdding(documents, to: &vocabulary)
        var firstSeen: [String] = []
        var known: [String: Int] = [:]
        var expectedTotals: [Int] = []
        for document in documents {
            for word in document.split(separator: " ").map(String.init) {
                if let id = known[word] {
                    expectedTotals[id] += 1
                } else {
                    known[word] = firstSeen.count
                    firstSeen.append(word)
                    expectedTotals.append(1)
                }
            }
        }
        #expect(vocabulary.terms.strings == firstSeen)
        #expect(vocabulary.termTotals == expectedTotals)
        #expect(counts.values.reduce(0, +) == Float(expectedTotals.reduce(0, +)))
    }

    @Test("pruning sorts terms by their bytes, also when they share their first eight bytes")
    func pruningSortsByBytes() {
        var vocabulary = Vocabulary()
        _ = TermCounter(tokenizer: Self.plainTokenizer, threads: 1).countAdding(Self.documents, to: &vocabulary)
        let pruned = vocabulary.pruned().vocabulary
        let expected = vocabulary.terms.strings.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        #expect(pruned.terms.strings == expected)
        for id in stride(from: 0, to: pruned.count, by: 101) { #expect(pruned.id(of: expected[id]) == id) }
    }

    @Test("remapping columns equals renaming, dropping and sorting each row by hand")
    func remapEqualsNaive() {
        var state: UInt64 = 99
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33) % bound
        }
        let oldColumns = 500, newColumns = 300
        var matrix = SparseMatrix(columnCount: oldColumns)
        for row in 0..<200 {
            let length = row % 7 == 0 ? 0 : next(120)
            var used = Set<Int32>()
            for _ in 0..<length {
                let column = Int32(next(oldColumns))
                if used.insert(column).inserted {
                    matrix.columnIndices.append(column)
                    matrix.values.append(Float(next(1000)))
                }
            }
            matrix.rowOffsets.append(matrix.columnIndices.count)
        }
        var mapping = [Int32](repeating: -1, count: oldColumns)
        var generator = FixedGenerator()
        for (new, old) in (0..<oldColumns).shuffled(using: &generator).prefix(newColumns).enumerated() {
            mapping[old] = Int32(new)
        }
        let remapped = matrix.remappingColumns(mapping, columnCount: newColumns)
        #expect(remapped.columnCount == newColumns)
        #expect(remapped.rowCount == matrix.rowCount)
        for row in 0..<matrix.rowCount {
            let expected = matrix.entries(ofRow: row)
                .compactMap { entry -> (Int32, Float)? in
                    let mapped = mapping[Int(matrix.columnIndices[entry])]
                    return mapped >= 0 ? (mapped, matrix.values[entry]) : nil
                }
                .sorted { $0.0 < $1.0 }
            let found = remapped.entries(ofRow: row).map { (remapped.columnIndices[$0], remapped.values[$0]) }
            #expect(found.map(\.0) == expected.map(\.0))
            #expect(found.map(\.1) == expected.map(\.1))
        }
    }
}

/// A fixed-seed generator, so the shuffled mapping is the same on every run.
private struct FixedGenerator: RandomNumberGenerator {
    private var state: UInt64 = 7
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state
    }
}
