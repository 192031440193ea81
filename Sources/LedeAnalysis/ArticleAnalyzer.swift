/// The main job: pages in, articles out, each with a topic, a summary and keywords.
///
/// ```swift
/// let analyzer = ArticleAnalyzer(classifier: try DefaultModel.load(nil))
/// for analysis in try analyzer.analyze(paths: ["page.html"]) {
///     print(analysis.title ?? "", analysis.topic.label, analysis.summary.map(\.text))
/// }
/// ```
///
/// Each page is split into its articles (``PageSegmenter``), so a page holding four stories gives
/// four results; headlines become titles and never summary sentences; bylines, captions,
/// section lines and boilerplate are left out of summaries and keywords. Files are processed on
/// every core; results come back in input order whatever the thread count.
public struct ArticleAnalyzer: Sendable {
    /// The topic model.
    public let classifier: TopicClassifier
    /// The options in force.
    public let options: AnalysisOptions
    private let summarizer: TextRankSummarizer
    private let keywordExtractor: KeywordExtractor
    private let segmenter: PageSegmenter

    /// Creates an analyzer around a trained topic model.
    public init(classifier: TopicClassifier, options: AnalysisOptions = .init()) {
        self.classifier = classifier
        self.options = options
        summarizer = TextRankSummarizer(options: options.summarizer)
        keywordExtractor = KeywordExtractor()
        segmenter = PageSegmenter(options: options.segmenter)
    }

    /// Analyses every article of one page.
    public func analyze(_ page: ArticlePage) -> [ArticleAnalysis] {
        let articles = segmenter.articles(in: page.text).filter { !$0.paragraphs.isEmpty || $0.title != nil }
        guard !articles.isEmpty else { return [] }
        let topicTexts = articles.map { article in
            ([article.title, article.standfirst].compactMap { $0 } + article.paragraphs).joined(separator: "\n\n")
        }
        let topics = classifier.predict(topicTexts, topK: options.topTopics)
        return articles.enumerated().map { index, article in
            let body = article.bodyText
            let summary = summarizer.summarize(body, title: article.title)
            return ArticleAnalysis(
                source: page.source, article: index + 1, title: article.title, section: article.section,
                topic: topics[index], summary: summary.sentences, summaryStatus: summary.status,
                keywords: keywordExtractor.keywords(in: body, count: options.keywordCount),
                removedLines: article.removedLines,
                bodyWords: body.split(whereSeparator: { $0 == " " || $0 == "\n" }).count)
        }
    }

    /// Reads and analyses each path (files, `-`, or folders walked recursively for
    /// `.txt`, `.text`, `.md`, `.html` and `.htm` files), on every core. A file that cannot be
    /// read gives an error result instead of stopping the batch.
    public func analyze(paths: [String], threads: Int = ParallelWork.defaultThreadCount,
                        progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> [Result<[ArticleAnalysis], LedeError>] {
        let files = try InputFiles.expand(paths, extensions: ["txt", "text", "md", "html", "htm"])
        let counter = ProgressCounter(total: files.count, report: progress)
        return ParallelWork.map(count: files.count, threads: threads) { index in
            defer { counter.advance() }
            do {
                return .success(analyze(try ArticlePage.read(path: files[index], limits: options.limits)))
            } catch let error as LedeError {
                return .failure(error)
            } catch {
                return .failure(.unreadable(SourceLocation(path: files[index]), reason: "\(error)"))
            }
        }
    }
}
