import LedeSummarizer
import Testing

/// An article written for these tests. Sentence 0 states the story; sentence 5 restates all of it
/// (the most central sentence by plain similarity, but one that only repeats what came before);
/// the others develop single points.
private let leadArticle = """
    A storm flooded the harbour town and closed the coastal road on Sunday.
    Fishing boats stayed tied up in the harbour all day.
    Engineers inspected the coastal road for damage after the flood.
    The town council opened the school gym as a shelter.
    Forecasters expect calmer weather by the middle of the week.
    The storm flooded the town, the harbour and the coastal road, and the council opened a shelter for the town.
    Insurers have begun counting the cost of the flood.
    """

private func summarizer(_ configure: (inout SummarizerOptions) -> Void) -> TextRankSummarizer {
    var options = SummarizerOptions()
    configure(&options)
    return TextRankSummarizer(options: options)
}

@Suite("Position-aware centrality (PacSum)")
struct PositionAwareCentralityTests {
    @Test("a one-sentence summary of a seven-sentence story takes the lead, not the sentence that repeats it")
    func shortSummaryIsLeadAware() {
        let positionAware = summarizer { $0.positionPrior = 0 }.summarize(leadArticle, length: .sentences(1))
        #expect(positionAware.sentences.map(\.index) == [0])
        let pageRank = summarizer { $0.centrality = .pagerank; $0.positionPrior = 0 }
            .summarize(leadArticle, length: .sentences(1))
        #expect(pageRank.sentences.map(\.index) == [5], "PageRank picks the restatement")
    }

    @Test("a summary holding most of the story ranks by plain centrality, restatement included")
    func longSummaryIsUndirected() {
        let long = summarizer { $0.positionPrior = 0 }.summarize(leadArticle, length: .sentences(4))
        #expect(long.sentences.map(\.index).contains(5))
        #expect(long.all.first { $0.index == 5 }?.rank == 1)
    }

    @Test("the earlier-sentence weight decides: at 1 the graph is undirected even for one sentence")
    func undirectedWeight() {
        let undirected = summarizer { $0.earlierSentenceWeight = 1; $0.positionPrior = 0 }
            .summarize(leadArticle, length: .sentences(1))
        #expect(undirected.sentences.map(\.index) == [5])
    }

    @Test("bad position-aware settings are refused with the option named")
    func validation() {
        var options = SummarizerOptions()
        options.leadCoverage = 0.5
        options.centralCoverage = 0.4
        #expect(throws: LedeError.self) { try options.validate() }
        options = SummarizerOptions()
        options.relativeEdgeThreshold = 1
        #expect(throws: LedeError.self) { try options.validate() }
        options = SummarizerOptions()
        options.earlierSentenceWeight = 2
        #expect(throws: LedeError.self) { try options.validate() }
    }
}
