import Foundation
import LedeCore
import Testing

/// scikit-learn's output on an invented corpus, written by `Fixtures/tfidf/make_expected.py`.
struct ScikitLearnFixture: Decodable {
    struct Limit: Decodable {
        var count: Int?
        var fraction: Double?

        var limit: DocumentFrequencyLimit { count.map { .count($0) } ?? .fraction(fraction!) }
    }

    struct Settings: Decodable {
        var sublinear_tf: Bool
        var smooth_idf: Bool
        var norm: String
        var ngram_range: [Int]
        var min_df: Limit
        var max_df: Limit
        var max_features: Int?
        var stop_words: String
    }

    struct Matrix: Decodable {
        var rowOffsets: [Int]
        var columnIndices: [Int32]
        var values: [Double]
    }

    struct Case: Decodable, CustomTestStringConvertible {
        var name: String
        var settings: Settings
        var vocabulary: [String]
        var idf: [Double]
        var train: Matrix
        var test: Matrix

        var testDescription: String { name }

        /// Lede's options for the same settings.
        var options: VectorizerOptions {
            var options = VectorizerOptions()
            options.tokenizer.stopWords = StopWords(rawValue: settings.stop_words)!
            options.tokenizer.ngramMin = settings.ngram_range[0]
            options.tokenizer.ngramMax = settings.ngram_range[1]
            options.minDocumentFrequency = settings.min_df.limit
            options.maxDocumentFrequency = settings.max_df.limit
            options.maxFeatures = settings.max_features
            options.tfidf.sublinearTF = settings.sublinear_tf
            options.tfidf.idf = settings.smooth_idf ? .smooth : .plain
            options.tfidf.norm = VectorNorm(rawValue: settings.norm)!
            return options
        }
    }

    var train: [String]
    var test: [String]
    var cases: [Case]

    static let shared: ScikitLearnFixture = {
        let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        let data = try! Data(contentsOf: folder.appendingPathComponent("tfidf/expected.json"))
        return try! JSONDecoder().decode(ScikitLearnFixture.self, from: data)
    }()
}

/// Checks `actual` has the same sparsity pattern as `expected` and values within `tolerance`.
private func expectMatches(
    _ actual: SparseMatrix, _ expected: ScikitLearnFixture.Matrix, tolerance: Double = 1e-5,
    _ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    #expect(actual.rowOffsets == expected.rowOffsets, "\(what): row offsets", sourceLocation: sourceLocation)
    #expect(actual.columnIndices == expected.columnIndices, "\(what): columns", sourceLocation: sourceLocation)
    guard actual.values.count == expected.values.count else { return }
    let worst = zip(actual.values, expected.values).map { abs(Double($0) - $1) }.max() ?? 0
    #expect(worst <= tolerance, "\(what): largest difference \(worst)", sourceLocation: sourceLocation)
}

@Suite("TfidfVectorizer")
struct TfidfVectorizerTests {
    @Test("fit and transform equal scikit-learn's TfidfVectorizer", arguments: ScikitLearnFixture.shared.cases)
    func matchesScikitLearn(_ expected: ScikitLearnFixture.Case) throws {
        let fixture = ScikitLearnFixture.shared
        var vectorizer = TfidfVectorizer(options: expected.options)
        let train = try vectorizer.fitTransform(fixture.train)
        #expect(vectorizer.vocabulary.terms.strings == expected.vocabulary)
        #expect(vectorizer.idf.count == expected.idf.count)
        let worstIDF = zip(vectorizer.idf, expected.idf).map { abs(Double($0) - $1) }.max() ?? 0
        #expect(worstIDF <= 1e-5)
        #expect(train.columnCount == expected.vocabulary.count)
        expectMatches(train, expected.train, "fitTransform")
        expectMatches(vectorizer.transform(fixture.test), expected.test, "transform")
    }

    @Test("fit alone learns the vocabulary and idf that fitTransform learns, on every threads count",
          arguments: ScikitLearnFixture.shared.cases)
    func fitAloneMatchesFitTransform(_ expected: ScikitLearnFixture.Case) throws {
        let fixture = ScikitLearnFixture.shared
        for threads in [1, 2, 3] {
            var vectorizer = TfidfVectorizer(options: expected.options)
            vectorizer.threads = threads
            try vectorizer.fit(fixture.train)
            #expect(vectorizer.vocabulary.terms.strings == expected.vocabulary)
            #expect(zip(vectorizer.idf, expected.idf).allSatisfy { abs(Double($0) - $1) <= 1e-5 })
            expectMatches(vectorizer.transform(fixture.test), expected.test, "transform after fit, \(threads) threads")
        }
    }

    @Test("the fixture holds the settings it claims, including a document with no known terms")
    func fixtureCoversTheSettings() {
        let cases = ScikitLearnFixture.shared.cases
        #expect(cases.count >= 10)
        #expect(cases.contains { $0.settings.ngram_range == [1, 2] })
        #expect(cases.contains { $0.settings.max_features != nil })
        #expect(cases.contains { $0.settings.stop_words == "english" })
        let first = cases[0].test
        let rowLengths = zip(first.rowOffsets.dropFirst(), first.rowOffsets).map { $0 - $1 }
        #expect(rowLengths.filter { $0 == 0 }.count >= 2)
    }

    @Test("results do not depend on the thread count")
    func threadCountDoesNotMatter() throws {
        let fixture = ScikitLearnFixture.shared
        var options = VectorizerOptions()
        options.tokenizer.ngramMax = 2
        var single = TfidfVectorizer(options: options)
        single.threads = 1
        let reference = try single.fitTransform(fixture.train)
        for threads in [2, 3, 7] {
            var vectorizer = TfidfVectorizer(options: options)
            vectorizer.threads = threads
            #expect(try vectorizer.fitTransform(fixture.train) == reference)
            #expect(vectorizer.transform(fixture.test) == single.transform(fixture.test))
        }
    }

    @Test("fitting documents with no usable words throws emptyVocabulary")
    func emptyVocabulary() {
        var fitOnly = TfidfVectorizer()
        #expect(throws: LedeError.self) { try fitOnly.fit(["The and of.", "", "1 2 3 a b"]) }
        var vectorizer = TfidfVectorizer()
        let error = #expect(throws: LedeError.self) { try vectorizer.fitTransform(["The and of.", "", "1 2 3 a b"]) }
        if case .emptyVocabulary(let documentCount, _)? = error {
            #expect(documentCount == 3)
        } else {
            Issue.record("expected emptyVocabulary, got \(String(describing: error))")
        }
        var options = VectorizerOptions()
        options.minDocumentFrequency = .count(3)
        var strict = TfidfVectorizer(options: options)
        #expect(throws: LedeError.self) { try strict.fitTransform(["storm harbour", "storm bridge"]) }
    }

    @Test("invalid tokenizer options are rejected before any work")
    func invalidOptions() {
        var options = VectorizerOptions()
        options.tokenizer.ngramMax = 9
        var vectorizer = TfidfVectorizer(options: options)
        #expect(throws: LedeError.self) { try vectorizer.fitTransform(["storm harbour"]) }
    }

    @Test("idf formulas follow scikit-learn")
    func idfFormulas() {
        #expect(abs(InverseDocumentFrequency.smooth.weight(documentFrequency: 1, documentCount: 3) - (log(2.0) + 1)) < 1e-12)
        #expect(abs(InverseDocumentFrequency.plain.weight(documentFrequency: 1, documentCount: 3) - (log(3.0) + 1)) < 1e-12)
        #expect(InverseDocumentFrequency.none.weight(documentFrequency: 1, documentCount: 3) == 1)
    }
}

@Suite("TfidfWeighting")
struct TfidfWeightingTests {
    @Test("weighting a large matrix on several threads equals weighting then normalising row by row")
    func parallelWeightingMatchesDefinition() {
        var counts = SparseMatrix(columnCount: 50)
        for row in 0..<4000 {
            let columns = (0..<25).map { Int32(($0 * 7 + row) % 50) }.sorted()
            counts.appendRow(columns: columns, values: columns.map { Float(1 + (Int($0) + row) % 4) })
        }
        let idf = (0..<50).map { 1 + Float($0) / 10 }
        for norm in VectorNorm.allCases {
            var options = TfidfOptions()
            options.sublinearTF = true
            options.norm = norm
            var expected = counts
            for entry in 0..<expected.storedCount {
                expected.values[entry] = options.termWeight(expected.values[entry]) * idf[Int(expected.columnIndices[entry])]
            }
            expected.normalizeRows(norm)
            for threads in [1, 2, 3] {
                var weighted = counts
                TfidfWeighting.apply(options, idf: idf, to: &weighted, threads: threads)
                #expect(weighted == expected, "\(norm), \(threads) threads")
            }
        }
    }
}
