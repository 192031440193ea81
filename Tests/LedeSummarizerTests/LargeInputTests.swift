import Foundation
import LedeSummarizer
import Testing

@Suite("Summariser on book-length input")
struct LargeInputTests {
    /// About 6 MB of generated prose: 60,000 sentences drawn from a small vocabulary so that
    /// every sentence is linked to many others (the worst case for a dense graph).
    private static let book: String = {
        let subjects = ["The council", "A local farmer", "The new museum", "Our reporter", "The rail company", "A young scientist"]
        let verbs = ["announced", "questioned", "celebrated", "reviewed", "postponed", "explained"]
        let objects = ["the harbour plans", "a winter festival", "the budget for schools", "rising energy prices", "the river survey", "a bold research project"]
        var text = ""
        text.reserveCapacity(6_500_000)
        for index in 0..<60_000 {
            let a = subjects[index % subjects.count]
            let b = verbs[(index / 6) % verbs.count]
            let c = objects[(index / 36) % objects.count]
            text += "\(a) \(b) \(c) on day \(index) of the long project, according to the paper. "
            if index % 8 == 7 { text += "\n\n" }
        }
        return text
    }()

    @Test("a 6 MB text is summarised in bounded time, ranking at most the capped number of sentences")
    func bookLength() {
        let start = ContinuousClock.now
        let summary = TextRankSummarizer().summarize(Self.book)
        let elapsed = ContinuousClock.now - start
        #expect(Self.book.utf8.count > 5_000_000)
        #expect(summary.sentences.count == 3)
        #expect(summary.all.count == 60_000)
        #expect(summary.all.filter { $0.rank != nil }.count == SummarizerOptions().maxRankedSentences)
        #expect(elapsed < .seconds(30), "took \(elapsed)")
    }

    @Test("keywords of a 6 MB text come back in bounded time")
    func bookKeywords() {
        let start = ContinuousClock.now
        let keywords = KeywordExtractor().keywords(in: Self.book, count: 10)
        #expect(keywords.count == 10)
        #expect(ContinuousClock.now - start < .seconds(60))
    }
}
