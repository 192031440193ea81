import ArgumentParser
import LedeAnalysis

/// Summariser options on the command line (`summarize`, `analyze`, `evaluate-summaries`). Every
/// option is optional: when absent, the library's default (``SummarizerOptions``) applies, and
/// the help shows it from there.
struct SummarizerOptionGroup: ParsableArguments {
    private static let defaults = SummarizerOptions()

    @Option(help: "Sentence similarity: cosine, overlap or bm25 (default: \(defaults.similarity.rawValue)).")
    var similarity: SentenceSimilarity?
    @Option(help: "Sentence centrality: position-aware (PacSum, lead-aware for short summaries) or pagerank (TextRank) (default: \(defaults.centrality.rawValue)).")
    var centrality: SentenceCentrality?
    @Option(name: .customLong("earlier-weight"), help: "Position-aware: PacSum λ1, weight of similarity to earlier sentences for short summaries (default: \(defaults.earlierSentenceWeight)).")
    var earlierWeight: Double?
    @Option(name: .customLong("relative-edge-threshold"), help: "Position-aware: PacSum β, edges below min + β·(max − min) dropped (default: \(defaults.relativeEdgeThreshold)).")
    var relativeEdgeThreshold: Double?
    @Option(name: .customLong("lead-coverage"), help: "Position-aware: summary/article sentence share up to which ranking is fully lead-aware (default: \(defaults.leadCoverage)).")
    var leadCoverage: Double?
    @Option(name: .customLong("central-coverage"), help: "Position-aware: share from which ranking is undirected centrality (default: \(defaults.centralCoverage)).")
    var centralCoverage: Double?
    @Option(name: .customLong("lead-prior"), help: "Weight of the lead prior, 0 = off (default: \(defaults.positionPrior)).")
    var leadPrior: Double?
    @Option(name: .customLong("title-bias"), help: "Weight of similarity to the headline, 0 = off (default: \(defaults.titleBias)).")
    var titleBias: Double?
    @Option(help: "Maximal marginal relevance λ in [0, 1] (less repetition as λ falls; default off).")
    var mmr: Double?
    @Option(name: .customLong("min-sentence-words"), help: "Shorter sentences are not candidates (default: \(defaults.minimumSentenceWords)).")
    var minimumSentenceWords: Int?
    @Option(help: "Idf of the sentence vectors: none, smooth or plain (default: \(defaults.idf.rawValue)).")
    var idf: InverseDocumentFrequency?

    /// Writes the options given over `options`.
    func apply(to options: inout SummarizerOptions) throws {
        if let similarity { options.similarity = similarity }
        if let centrality { options.centrality = centrality }
        if let earlierWeight { options.earlierSentenceWeight = earlierWeight }
        if let relativeEdgeThreshold { options.relativeEdgeThreshold = relativeEdgeThreshold }
        if let leadCoverage { options.leadCoverage = leadCoverage }
        if let centralCoverage { options.centralCoverage = centralCoverage }
        if let leadPrior { options.positionPrior = leadPrior }
        if let titleBias { options.titleBias = titleBias }
        if let mmr { options.redundancyLambda = mmr }
        if let minimumSentenceWords { options.minimumSentenceWords = minimumSentenceWords }
        if let idf { options.idf = idf }
    }
}

extension SentenceSimilarity: ExpressibleByArgument {}
extension SentenceCentrality: ExpressibleByArgument {}
