import Foundation
import LedeCore
import Testing

/// The (word, NLTK stem) pairs written by `Fixtures/porter/make_expected.py`.
private func nltkStems() throws -> [(word: String, stem: String)] {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/porter/expected", withExtension: "tsv"))
    let text = try String(contentsOf: url, encoding: .utf8)
    return text.split(separator: "\n").compactMap { line in
        guard !line.hasPrefix("#") else { return nil }
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        return fields.count == 2 ? (String(fields[0]), String(fields[1])) : nil
    }
}

@Test("every word of the fixture stems exactly as NLTK's default PorterStemmer stems it")
func stemsMatchNLTKOnFixture() throws {
    let pairs = try nltkStems()
    #expect(pairs.count >= 2_000)
    let stemmer = PorterStemmer()
    let mismatches = pairs.filter { stemmer.stem($0.word) != $0.stem }
    let examples = mismatches.prefix(20).map { "\($0.word)→\(stemmer.stem($0.word)) (NLTK \($0.stem))" }
    #expect(mismatches.isEmpty, "\(mismatches.count) differ, e.g. \(examples)")
}

@Test("the byte form stems in place to the same result as the string form")
func byteFormAgreesWithStringForm() throws {
    let stemmer = PorterStemmer()
    for (word, stem) in try nltkStems() {
        var bytes = Array(word.utf8)
        stemmer.stem(&bytes)
        #expect(bytes == Array(stem.utf8), "\(word)")
    }
}

@Test("the paper's examples and NLTK's changes to them", arguments: [
    ("caresses", "caress"), ("ponies", "poni"), ("ties", "tie"), ("cats", "cat"),
    ("feed", "feed"), ("agreed", "agre"), ("plastered", "plaster"), ("motoring", "motor"),
    ("hopping", "hop"), ("falling", "fall"), ("filing", "file"), ("happy", "happi"),
    ("enjoy", "enjoy"), ("relational", "relat"), ("generalizations", "gener"),
    ("dying", "die"), ("news", "news"), ("spied", "spi"), ("died", "die"), ("geology", "geolog"),
    ("controll", "control"), ("oscillators", "oscil"),
])
func stemsKnownWords(word: String, stem: String) {
    #expect(PorterStemmer().stem(word) == stem)
}

@Test("upper-case ASCII is lower-cased before stemming, as NLTK does")
func lowerCasesASCII() {
    #expect(PorterStemmer().stem("Running") == "run")
    var bytes = Array("CONNECTIONS".utf8)
    PorterStemmer().stem(&bytes)
    #expect(bytes == Array("connect".utf8))
}

@Test("words with non-ASCII characters, one- and two-letter words and the empty word are left alone")
func leavesUnstemmableWordsAlone() {
    let stemmer = PorterStemmer()
    #expect(stemmer.stem("cafés") == "cafés")
    var bytes = Array("naïveties".utf8)
    stemmer.stem(&bytes)
    #expect(bytes == Array("naïveties".utf8))
    #expect(stemmer.stem("as") == "as")
    #expect(stemmer.stem("") == "")
}

@Test("a run of 5,000 y's stems as NLTK stems it (\"-ing\" gone, final y → i)")
func longRunOfYStems() {
    let word = String(repeating: "y", count: 5_000) + "ing"
    #expect(PorterStemmer().stem(word) == String(repeating: "y", count: 4_999) + "i")
}
