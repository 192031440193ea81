import LedeSummarizer
import Testing

/// A short article written for these tests: sentences 0, 2 and 4 share the storm vocabulary,
/// sentence 1 and 3 are side remarks.
private let stormArticle = """
    The storm closed the coastal road and flooded the harbour town overnight.
    Local bakers still opened at dawn as usual.

    Engineers said the flooded road would stay closed while the storm surge continued.
    A choir concert went ahead in the village hall.

    Officials expect the harbour road to reopen once the storm and the flooding pass.
    """

private func summarizer(_ configure: (inout SummarizerOptions) -> Void = { _ in }) -> TextRankSummarizer {
    var options = SummarizerOptions()
    configure(&options)
    return TextRankSummarizer(options: options)
}

@Suite("TextRank summariser")
struct TextRankSummarizerTests {
    @Test("empty and whitespace-only input give an empty summary with status empty")
    func emptyInput() {
        for text in ["", "   \n\n  "] {
            let summary = summarizer().summarize(text)
            #expect(summary.status == .empty)
            #expect(summary.sentences.isEmpty && summary.all.isEmpty)
        }
    }

    @Test("a one-sentence article returns that sentence")
    func oneSentence() {
        let summary = summarizer().summarize("The council approved the new budget on Tuesday.")
        #expect(summary.sentences.map(\.text) == ["The council approved the new budget on Tuesday."])
        #expect(summary.status == .tooShort)
    }

    @Test("a text without punctuation still gives a sentence")
    func noPunctuation() {
        let text = "so we talked about the weather for a while\nand then the meeting moved on to the budget and the plans"
        let summary = summarizer().summarize(text)
        #expect(summary.sentences.count >= 1)
        #expect(summary.sentences.allSatisfy { !$0.text.isEmpty })
    }

    @Test("a very short fragment that is not prose is still returned rather than nothing")
    func onlyShortFragments() {
        let summary = summarizer().summarize("Hello there")
        #expect(summary.sentences.map(\.text) == ["Hello there"])
        #expect(summary.status == .tooShort)
    }

    @Test("repeated identical sentences appear once in the summary")
    func duplicates() {
        let summary = summarizer { $0.length = .sentences(3) }.summarize("Hello, world. Hello, world. Hello, world.")
        #expect(summary.sentences.map(\.text) == ["Hello, world."])
        #expect(summary.all.count == 3)
        #expect(summary.all.compactMap(\.rank) == [1])
    }

    @Test("sentences sharing no words are ranked by position")
    func zeroSimilarityGraph() {
        let text = "Apples grow on tall trees. Rivers carry heavy sediment. Pianos need regular tuning. Comets orbit distant stars."
        let summary = summarizer { $0.length = .sentences(2); $0.order = .rank }.summarize(text)
        #expect(summary.sentences.map(\.index) == [0, 1])
        #expect(summary.all.map(\.rank) == [1, 2, 3, 4])
    }

    @Test("two sentences at a length of three give both, flagged too short")
    func twoSentences() {
        let summary = summarizer().summarize("The match ended in a draw after extra time. Both coaches praised the young goalkeepers.")
        #expect(summary.sentences.count == 2)
        #expect(summary.status == .tooShort)
    }

    @Test("a disconnected graph ranks the connected, central sentences first")
    func disconnectedGraph() {
        let text = """
            Solar panels cut household energy bills. Pianos need regular tuning. \
            Cheaper solar panels lower energy bills further. Household energy bills fall with solar panels.
            """
        let summary = summarizer { $0.length = .sentences(1) }.summarize(text)
        #expect(summary.sentences.count == 1)
        #expect(summary.sentences[0].index != 1)
        // PageRank puts the isolated sentence last; the position-aware default may lift it above
        // the last connected sentence with its lead prior.
        let pageRank = summarizer { $0.length = .sentences(1); $0.centrality = .pagerank }.summarize(text)
        #expect(pageRank.sentences[0].index != 1)
        #expect(pageRank.all[1].rank == 4)
    }

    @Test("a ratio of 0.2 of four sentences gives one sentence, not none")
    func ratioRoundsUp() {
        let text = "The first sentence is here now. The second sentence follows it closely. A third sentence comes next in line. The fourth sentence ends the text."
        let summary = summarizer { $0.length = .ratio(0.2) }.summarize(text)
        #expect(summary.sentences.count == 1)
        #expect(summary.status == .ok)
    }

    @Test("a word budget keeps the summary within the budget but never empty")
    func wordBudget() {
        let budgeted = summarizer { $0.length = .words(25) }.summarize(stormArticle)
        let words = budgeted.sentences.reduce(0) { $0 + $1.text.split(separator: " ").count }
        #expect(!budgeted.sentences.isEmpty && words <= 25)
        let tiny = summarizer { $0.length = .words(1) }.summarize(stormArticle)
        #expect(tiny.sentences.count == 1)
        #expect(tiny.sentences[0].rank == 1)
    }

    @Test("document order follows the article; rank order follows the scores")
    func orders() {
        let byDocument = summarizer { $0.length = .sentences(3) }.summarize(stormArticle)
        let byRank = summarizer { $0.length = .sentences(3); $0.order = .rank }.summarize(stormArticle)
        #expect(byDocument.sentences.map(\.index) == byDocument.sentences.map(\.index).sorted())
        #expect(byRank.sentences.map(\.rank) == [1, 2, 3])
        #expect(Set(byDocument.sentences.map(\.index)) == Set(byRank.sentences.map(\.index)))
    }

    @Test("the storm sentences outrank the side remarks, and every sentence carries a score and range")
    func scoresPresent() {
        let summary = summarizer { $0.length = .sentences(3) }.summarize(stormArticle)
        #expect(summary.sentences.map(\.index) == [0, 2, 4])
        // The position-aware centrality is shifted so the least central sentence scores 0.
        #expect(summary.all.allSatisfy { $0.rank != nil && $0.score >= 0 })
        #expect(summary.all.contains { $0.score == 1 })
        let bytes = Array(stormArticle.utf8)
        for sentence in summary.all {
            #expect(String(decoding: bytes[sentence.utf8Range], as: UTF8.self).hasPrefix(String(sentence.text.prefix(10))))
        }
    }

    @Test("the headline is not a candidate but the title bias pulls towards it")
    func titleBias() {
        let text = """
            The choir sang at the village hall on Sunday. Ticket sales for the choir were strong this year. \
            The storm flooded the harbour road overnight. Many residents came to hear the choir perform.
            """
        let plain = summarizer { $0.length = .sentences(1) }.summarize(text, title: "Storm floods harbour road")
        let biased = summarizer { $0.length = .sentences(1); $0.titleBias = 20 }.summarize(text, title: "Storm floods harbour road")
        #expect(plain.sentences[0].index != 2)
        #expect(biased.sentences[0].index == 2)
        #expect(!biased.all.contains { $0.text.hasPrefix("Storm floods") })
    }

    @Test("headline and section lines without terminal punctuation are not candidates")
    func nonProseExcluded() {
        let text = "Weather news\n\n" + stormArticle + "\n\nRelated stories on the storm and the flooded harbour road"
        let summary = summarizer { $0.length = .sentences(5) }.summarize(text)
        #expect(summary.sentences.allSatisfy { $0.text.hasSuffix(".") })
        #expect(summary.all.first?.rank == nil && summary.all.last?.rank == nil)
    }

    @Test("maximal marginal relevance skips a near-copy of a chosen sentence")
    func redundancy() {
        let text = """
            The storm flooded the harbour road and closed the coastal bridge. \
            The storm flooded the harbour road and closed the coastal bridge today. \
            The harbour storm also damaged boats near the road. \
            Bakers opened at dawn.
            """
        let plain = summarizer { $0.length = .sentences(2) }.summarize(text)
        let diverse = summarizer { $0.length = .sentences(2); $0.redundancyLambda = 0.5 }.summarize(text)
        #expect(plain.sentences.map(\.index) == [0, 1])
        #expect(diverse.sentences.map(\.index) != [0, 1])
    }

    @Test("every similarity measure ranks the same storm sentences first")
    func similarityMeasures() {
        for measure in SentenceSimilarity.allCases {
            let summary = summarizer { $0.similarity = measure; $0.length = .sentences(1) }.summarize(stormArticle)
            #expect([0, 2, 4].contains(summary.sentences[0].index), "\(measure)")
        }
    }

    @Test("out-of-range options are rejected with a message")
    func validation() {
        var options = SummarizerOptions()
        options.damping = 1.5
        #expect(throws: LedeError.self) { try options.validate() }
        options = SummarizerOptions()
        options.length = .ratio(0)
        #expect(throws: LedeError.self) { try options.validate() }
        #expect(throws: Never.self) { try SummarizerOptions().validate() }
    }

    @Test("summarising twice, or another article in between, gives identical results")
    func noHiddenState() {
        let summarizer = summarizer()
        let first = summarizer.summarize(stormArticle)
        _ = summarizer.summarize("Something else entirely happened in another town today.")
        #expect(summarizer.summarize(stormArticle) == first)
    }
}
