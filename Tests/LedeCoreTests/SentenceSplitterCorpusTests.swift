import Foundation
import LedeCore
import LedeTestSupport
import Testing

/// Corpus-scale acceptance: the BBC News Summary references are article sentences glued
/// together without spaces (`...from $10.9bn.For the full-year, ...`).
///
/// Reference sentences: the summary, whitespace collapsed, is cut at candidate points (right after
/// `.`, `!` or `?`, or after closing quotes that follow one, when no space follows). A dynamic
/// programme chooses the cuts so that the pieces are verbatim substrings of the whitespace-collapsed
/// article, preferring the fewest pieces (so `$10.9bn` is never cut at `.9`). The denominator is
/// the pieces that occur verbatim in the article; a piece counts as recovered when it equals one
/// splitter sentence of the article exactly, after collapsing whitespace.
@Suite("SentenceSplitter on the BBC News Summary corpus")
struct SentenceSplitterCorpusTests {
    @Test(
        "at least 99% of verbatim reference summary sentences come out as exactly one article sentence",
        .enabled(if: SharedCorpora.isAvailable, "needs ../shared/corpora (CI provides it)"))
    func referenceSentencesAreRecovered() throws {
        let path = SharedCorpora.corpus("bbc-summary/all.jsonl")
        let content = try String(contentsOfFile: path, encoding: .utf8)
        let splitter = SentenceSplitter()
        var verbatim = 0
        var recovered = 0
        var records = 0
        var misses: [String] = []
        for line in content.split(separator: "\n") where !line.isEmpty {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
            let record = try #require(object as? [String: Any])
            let article = try #require(record["article"] as? String)
            let summary = try #require(record["summary"] as? String)
            records += 1
            let articleSentences = Set(splitter.split(article).map { collapsedWhitespace($0.text) })
            let collapsedArticle = Array(collapsedWhitespace(article).utf8)
            for piece in referenceSentences(summary: summary, article: collapsedArticle) {
                verbatim += 1
                if articleSentences.contains(piece) {
                    recovered += 1
                } else if misses.count < 15 {
                    misses.append("\(record["id"] ?? "?"): \(piece)")
                }
            }
        }
        let percentage = 100 * Double(recovered) / Double(max(verbatim, 1))
        print("SentenceSplitter BBC summary: \(recovered)/\(verbatim) reference sentences recovered "
            + "(\(String(format: "%.2f", percentage))%) over \(records) articles")
        for miss in misses { print("  missed: \(miss)") }
        #expect(records == 2225)
        #expect(verbatim > 17_000)
        #expect(percentage >= 99.0)
    }
}

/// Whitespace runs become one space; ends are trimmed.
private func collapsedWhitespace(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
}

/// The summary's glued sentences that occur verbatim in the (collapsed) article.
private func referenceSentences(summary: String, article: [UInt8]) -> [String] {
    let glued = Array(collapsedWhitespace(summary).utf8)
    let cuts = candidateCuts(glued)
    // best[j]: (uncovered bytes, piece count) for the prefix ending at cuts[j]; back[j]: chosen start.
    var best = [(uncovered: Int, pieces: Int)](repeating: (Int.max, 0), count: cuts.count)
    var back = [Int](repeating: -1, count: cuts.count)
    best[0] = (0, 0)
    for j in 1..<cuts.count {
        for i in stride(from: j - 1, through: 0, by: -1) where best[i].uncovered != Int.max {
            let piece = trimmed(glued, cuts[i]..<cuts[j])
            if piece.count > 3000 { break }
            let found = piece.isEmpty || contains(article, glued[piece])
            guard found || i == j - 1 else { continue }
            let cost = (best[i].uncovered + (found ? 0 : piece.count), best[i].pieces + 1)
            if cost.0 < best[j].uncovered || (cost.0 == best[j].uncovered && cost.1 <= best[j].pieces) {
                best[j] = cost
                back[j] = i
            }
        }
    }
    var pieces: [String] = []
    var j = cuts.count - 1
    while j > 0 {
        let i = back[j]
        let piece = trimmed(glued, cuts[i]..<cuts[j])
        if !piece.isEmpty && contains(article, glued[piece]) {
            pieces.append(String(decoding: glued[piece], as: UTF8.self))
        }
        j = i
    }
    return pieces.reversed()
}

/// 0, the end, and every point right after `.`/`!`/`?` (or after closing quotes and brackets
/// following one) that is not followed by a space.
private func candidateCuts(_ bytes: [UInt8]) -> [Int] {
    let closers: Set<UInt8> = [0x22, 0x27, 0x29]
    var cuts: Set<Int> = [0, bytes.count]
    for index in bytes.indices where bytes[index] == 0x2E || bytes[index] == 0x21 || bytes[index] == 0x3F {
        var next = index + 1
        while next < bytes.count {
            if bytes[next] != 0x20 { cuts.insert(next) }
            guard closers.contains(bytes[next]) || isCurlyCloser(bytes, next) else { break }
            next += closers.contains(bytes[next]) ? 1 : 3
        }
    }
    return cuts.sorted()
}

private func isCurlyCloser(_ bytes: [UInt8], _ index: Int) -> Bool {
    index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80
        && (bytes[index + 2] == 0x9D || bytes[index + 2] == 0x99)
}

private func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper && bytes[lower] == 0x20 { lower += 1 }
    while upper > lower && bytes[upper - 1] == 0x20 { upper -= 1 }
    return lower..<upper
}

/// Whether `needle` occurs in `haystack`.
private func contains(_ haystack: [UInt8], _ needle: ArraySlice<UInt8>) -> Bool {
    guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
    let last = haystack.count - needle.count
    var index = 0
    while index <= last {
        if haystack[index] == first && haystack[index..<index + needle.count].elementsEqual(needle) { return true }
        index += 1
    }
    return false
}
