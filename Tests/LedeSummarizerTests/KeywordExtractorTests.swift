import Foundation
import LedeSummarizer
import LedeTestSupport
import Testing

/// The shipped background table (it lives in the repository, so these tests always have it).
private let shippedBackground = try! KeywordBackground.read(
    path: SharedCorpora.repositoryRoot.appendingPathComponent("Models/keyword-background.tsv").path)

@Suite("Keywords")
struct KeywordExtractorTests {
    private let text = """
        The central bank raised interest rates again on Thursday. Economists said the central bank \
        acted because inflation kept rising. Higher interest rates make mortgages more expensive. \
        The central bank expects inflation to fall next year.
        """

    @Test("adjacent keywords are joined into key phrases")
    func phrases() {
        let keywords = KeywordExtractor(background: shippedBackground).keywords(in: text, count: 5).map(\.text)
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

    @Test("verb fragments never start or end a phrase: the README's bad keywords are gone")
    func noVerbFragments() {
        let text = """
            Honda achieved record sales in Canada. Tesla halted production at its plant after the company's Grok \
            assistant failed. The supercomputer already exceeds its target. Honda produces Canadian cars, and \
            Tesla said production would resume.
            """
        let keywords = KeywordExtractor(background: shippedBackground).keywords(in: text, count: 20).map(\.text)
        for bad in ["honda achieve", "honda achieved", "tesla halted", "produce canadian", "company grok", "supercomputer already exceeds", "already"] {
            #expect(!keywords.contains(bad), "\(bad) in \(keywords)")
        }
        #expect(keywords.contains("grok") || keywords.contains { $0.hasSuffix("grok assistant") })
        #expect(!keywords.contains { $0.split(separator: " ").last.map { ["halted", "achieved", "exceeds", "said"].contains(String($0)) } ?? false })
    }

    @Test("a possessive ends a phrase: \"company's Grok\" gives company and grok, never one phrase")
    func possessiveSplits() {
        let text = "The company's Grok model answered. Grok is popular. The company grew."
        let phrases = KeywordExtractor().firstPhrases(in: text, count: 10)
        #expect(phrases.prefix(2) == ["company", "grok model"])
    }

    @Test("plural, possessive and case variants fold into one keyword, shown in its most frequent form")
    func variantsFold() {
        let text = "Interest rates rose. The interest rate rose again. Savers worry about interest rates."
        let keywords = KeywordExtractor().keywords(in: text, count: 10).map(\.text)
        #expect(keywords.filter { $0.hasPrefix("interest rate") } == ["interest rates"])
    }

    @Test("German text gives no keywords and says it is not English, instead of German function words")
    func notEnglish() {
        let text = """
            Die Bundesregierung hat am Mittwoch einen neuen Haushalt für das kommende Jahr vorgelegt. Der \
            Finanzminister sagte, die Ausgaben für die Verteidigung und für die Bildung würden steigen. Von der \
            Opposition kam scharfe Kritik an den Plänen der Regierung.
            """
        let found = KeywordExtractor(background: shippedBackground).extract(from: text, count: 10)
        #expect(found.status == .notEnglish)
        #expect(found.keywords.isEmpty)
        let english = KeywordExtractor(background: shippedBackground).extract(from: self.text, count: 10)
        #expect(english.status == .ok)
    }

    @Test("the headline counts as the first sentence: its phrases come first among first phrases")
    func headlineFirst() {
        let phrases = KeywordExtractor().firstPhrases(in: "Officials met in Paris. Talks went on.", title: "Climate summit in Paris", count: 3)
        #expect(phrases.first == "climate summit")
    }
}
