import LedeSummarizer
import Testing

@Suite("TextRank keywords")
struct KeywordExtractorTests {
    private let text = """
        The central bank raised interest rates again on Thursday. Economists said the central bank \
        acted because inflation kept rising. Higher interest rates make mortgages more expensive. \
        The central bank expects inflation to fall next year.
        """

    @Test("adjacent keywords are joined into key phrases")
    func phrases() {
        let keywords = KeywordExtractor().keywords(in: text, count: 5).map(\.text)
        #expect(keywords.contains("central bank"))
        #expect(keywords.contains("interest rates"))
    }

    @Test("a phrase never spans a comma, colon, dash or quote between two keywords",
          arguments: [",", ":", " —", "\""])
    func phrasesStopAtClausePunctuation(mark: String) {
        let base = """
            Battery output rose at the plant. Battery makers expanded again. The factory hired \
            staff. Factory workers cheered. Output grew at the battery
            """
        let joined = KeywordExtractor().keywords(in: base + " factory, managers said.", count: 30).map(\.text)
        #expect(joined.contains { $0.contains("battery factory") }, "without punctuation the two words form a phrase")
        let separated = KeywordExtractor().keywords(in: base + mark + " factory managers said.", count: 30).map(\.text)
        #expect(!separated.contains { $0.contains("battery factory") }, "\(separated)")
    }

    @Test("stop words and numbers never become keywords")
    func noStopWords() {
        let keywords = KeywordExtractor().keywords(in: text + " In 2024 the the the 2025.", count: 50)
        for keyword in keywords {
            for word in keyword.text.split(separator: " ") {
                #expect(!StopWords.english.words.contains(String(word)), "\(keyword.text)")
                #expect(Int(word) == nil, "\(keyword.text)")
            }
        }
    }

    @Test("scores are sorted, the best is 1 and the count is respected")
    func ordering() {
        let keywords = KeywordExtractor().keywords(in: text, count: 3)
        #expect(keywords.count == 3)
        #expect(keywords.first?.score == 1)
        #expect(keywords.map(\.score) == keywords.map(\.score).sorted(by: >))
        #expect(keywords.allSatisfy { $0.occurrences >= 1 })
    }

    @Test("text with no candidate words gives no keywords, and a tiny text gives what it has")
    func degenerate() {
        #expect(KeywordExtractor().keywords(in: "", count: 5).isEmpty)
        #expect(KeywordExtractor().keywords(in: "The and of it 12 34.", count: 5).isEmpty)
        #expect(KeywordExtractor().keywords(in: "Volcano.", count: 5).map(\.text) == ["volcano"])
    }

    @Test("the summariser's keywords match the extractor's")
    func summarizerShortcut() {
        #expect(TextRankSummarizer().keywords(text, count: 4) == KeywordExtractor().keywords(in: text, count: 4))
    }
}
