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

    /// Creates an analyzer around a trained topic model. `keywordBackground` gives keywords their
    /// background idf and word classes; pass ``DefaultKeywordBackground/load(_:)``'s table for the
    /// shipped one.
    public init(classifier: TopicClassifier, options: AnalysisOptions = .init(), keywordBackground: KeywordBackground = .empty) {
        self.classifier = classifier
        self.options = options
        summarizer = TextRankSummarizer(options: options.summarizer)
        keywordExtractor = KeywordExtractor(options: options.keywords, background: keywordBackground)
        segmenter = PageSegmenter(options: options.segmenter)
    }

    /// Analyses every article of one page.
    public func analyze(_ page: ArticlePage) -> [ArticleAnalysis] {
        let location = SourceLocation(path: page.source)
        let records = segmenter.articles(in: page.text).filter { !$0.paragraphs.isEmpty || $0.title != nil }
            .enumerated().map { index, article in
                ArticleRecord(
                    source: page.source, location: location, index: index + 1, article: article,
                    topicText: ArticleRecord.topicText(of: article))
            }
        return analyze(records)
    }

    /// Analyses a batch of articles (``ArticleRecordReader`` reads them): one topic prediction
    /// for the whole batch, summaries and keywords on `threads` threads; results in input order.
    public func analyze(_ records: [ArticleRecord], threads: Int = ParallelWork.defaultThreadCount) -> [ArticleAnalysis] {
        guard !records.isEmpty else { return [] }
        let topics = classifier.predict(records.map(\.topicText), topK: options.topTopics)
        return ParallelWork.map(count: records.count, threads: threads) { index in
            let record = records[index]
            let body = record.article.bodyText
            let summary = summarizer.summarize(body, title: record.article.title)
            let keywords = keywordExtractor.extract(from: body, title: record.article.title, count: options.keywordCount)
            return ArticleAnalysis(
                source: record.source, line: record.line, id: record.id, article: record.index, title: record.article.title,
                section: record.article.section, topic: topics[index], summary: summary.sentences, summaryStatus: summary.status,
                keywords: keywords.keywords, keywordStatus: keywords.status,
                removedLines: record.article.removedLines,
                bodyWords: body.split(whereSeparator: { $0 == " " || $0 == "\n" }).count)
        }
    }

    /// Reads and analyses every article of `paths` (files, folders walked for pages and record
    /// files, `-` for standard input) through ``ArticleRecordReader``, with this analyzer's
    /// segmenter options and limits unless `input` is given. A bad record or file gives a failure
    /// in its place instead of stopping the batch.
    public func analyze(paths: [String], input: ArticleInputOptions? = nil) throws -> [Result<ArticleAnalysis, LedeError>] {
        let input = input ?? {
            var input = ArticleInputOptions()
            input.segmenter = options.segmenter
            input.limits = options.limits
            return input
        }()
        var results: [Result<ArticleAnalysis, LedeError>] = []
        try ArticleRecordReader(paths: paths, options: input).forEachBatch { outcomes in
            let records = outcomes.compactMap { try? $0.get() }
            var analyses = analyze(records).makeIterator()
            for outcome in outcomes {
                switch outcome {
                case .success: results.append(.success(analyses.next()!))
                case .failure(let error): results.append(.failure(error))
                }
            }
        }
        return results
    }
}
