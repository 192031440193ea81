/// What Lede says about one article: where it came from, its headline, its topic with the
/// runner-up topics, a short extractive summary and its keywords.
public struct ArticleAnalysis: Sendable, Hashable, Codable {
    /// The file (or `-`) the article came from.
    public var source: String
    /// The line of the JSON Lines or CSV record the article came from; `nil` for a page.
    public var line: Int?
    /// The record's id, when the input has one.
    public var id: String?
    /// The article's position on its page (1-based; pages with several articles have several).
    public var article: Int
    /// The headline, when one was found.
    public var title: String?
    /// The site-section label above the headline, when there was one.
    public var section: String?
    /// The topic: chosen label, probability, runners-up, and whether it rests on known words.
    public var topic: TopicPrediction
    /// The summary sentences, in article order, with their scores.
    public var summary: [ScoredSentence]
    /// Whether the summary could be made at the requested length.
    public var summaryStatus: SummaryStatus
    /// Keywords and key phrases, best first.
    public var keywords: [Keyword]
    /// Whether keywords could be found (``KeywordStatus/notEnglish`` for text in another language).
    public var keywordStatus: KeywordStatus
    /// Lines left out of the article body (bylines, captions, boilerplate...), with their roles.
    public var removedLines: [RemovedLine]
    /// The number of words in the article body.
    public var bodyWords: Int
}
