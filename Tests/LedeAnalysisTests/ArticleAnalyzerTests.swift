import LedeAnalysis
import Testing

@Suite("ArticleAnalyzer")
struct ArticleAnalyzerTests {
    static func model() throws -> TopicClassifier {
        let location = SourceLocation(path: "memory")
        let documents = [
            ("sport", "The striker scored twice and the club won the cup final in extra time."),
            ("sport", "The goalkeeper saved a penalty as the team won the league match at home."),
            ("sport", "The coach praised the players after the club's third win of the season."),
            ("business", "Shares rose after the bank raised its profit forecast and cut costs."),
            ("business", "The retailer cut jobs as sales and profit fell in the third quarter."),
            ("business", "Investors sold shares as the company warned on profit and sales."),
        ].map { LabeledDocument(label: $0.0, text: $0.1, location: location) }
        var options = ClassifierOptions()
        options.features.minDocumentFrequency = .count(1)
        return try TopicClassifier.train(on: documents, options: options)
    }

    @Test("a page with two articles back to back gives two analyses, each with its own topic and no headline in its summary")
    func twoArticlePage() throws {
        let page = ArticlePage(source: "page.txt", text: """
            Sport
            Harbour club win the cup final
            A late goal settled a tense afternoon

            The striker scored twice as the club won the cup final on Saturday. The goalkeeper saved a penalty in the first half. The coach said the players had earned the win.

            Business
            Bank shares rise on profit forecast
            Investors welcomed the upgrade

            Shares in the bank rose after it raised its profit forecast for the year. The bank said costs had fallen and sales had grown. Analysts said the forecast looked cautious.
            """)
        let analyses = ArticleAnalyzer(classifier: try Self.model()).analyze(page)
        #expect(analyses.count == 2)
        #expect(analyses.map(\.topic.label) == ["sport", "business"])
        #expect(analyses[0].title == "Harbour club win the cup final")
        for analysis in analyses {
            #expect(!analysis.summary.isEmpty)
            #expect(!analysis.summary.contains { $0.text == analysis.title })
            #expect(analysis.article >= 1)
        }
    }

    @Test("HTML is reduced to its text before analysis; scripts never reach the summary")
    func htmlPage() throws {
        let page = ArticlePage(source: "p.html", text: """
            <html><head><title>Club wins cup</title><script>var tracking = "scored twice";</script></head>
            <body><h1>Club wins cup</h1><p>The striker scored twice and the club won the cup final.</p>
            <p>The goalkeeper saved a penalty late in the match.</p></body></html>
            """)
        #expect(page.wasHTML)
        let analyses = ArticleAnalyzer(classifier: try Self.model()).analyze(page)
        #expect(analyses.count == 1)
        #expect(analyses[0].topic.label == "sport")
        #expect(!analyses[0].summary.contains { $0.text.contains("tracking") })
    }

    @Test("analysing the same page twice, or after another page, gives the same result")
    func noHiddenState() throws {
        let analyzer = ArticleAnalyzer(classifier: try Self.model())
        let first = ArticlePage(source: "a.txt", text: "Club wins cup\n\nThe striker scored twice and the club won the cup final. The coach was delighted.")
        let second = ArticlePage(source: "b.txt", text: "Bank profit\n\nShares rose after the bank raised its profit forecast. Costs fell.")
        let before = analyzer.analyze(first)
        _ = analyzer.analyze(second)
        #expect(analyzer.analyze(first) == before)
    }
}
