/// Everything `lede analyze` does to each article, in one place for the library and the CLI.
public struct AnalysisOptions: Sendable, Hashable, Codable {
    /// How pages are split into articles and cleaned.
    public var segmenter: PageSegmenterOptions = .init()
    /// How summaries are made. Default: the shipped summariser settings, three sentences.
    public var summarizer: SummarizerOptions = .init()
    /// How many topics to list per article (the chosen one first). Default
    /// ``TopicPrediction/defaultRankedCount`` (3).
    public var topTopics: Int = TopicPrediction.defaultRankedCount
    /// How keywords are found.
    public var keywords: KeywordOptions = .init()
    /// How many keywords to list per article. Default ``KeywordOptions/count`` (8).
    public var keywordCount: Int = KeywordOptions().count
    /// Size limits for each input file.
    public var limits: InputLimits = .init()

    /// The documented defaults.
    public init() {}
}
