/// The one reading path of the commands that read articles: paths in (files, folders walked
/// for articles, `-` for standard input), ``ArticleRecord``s out, in input order.
///
/// A text or HTML page becomes the articles ``PageSegmenter`` finds on it (a page with none
/// gives one empty record, so every input gets an answer); a JSON Lines or CSV line becomes one
/// record with its id, title and label. Records come in bounded batches — at most
/// ``ArticleInputOptions/batchRecords`` records or ``ArticleInputOptions/batchBytes`` bytes of
/// text — so a corpus of any size is read in bounded memory; pages of a batch are read and split
/// on every core.
///
/// A bad record or an unreadable file does not stop the reading: it comes back as a failure in
/// its place, and the good records around it are still read.
///
/// ```swift
/// try ArticleRecordReader(paths: ["feed.jsonl", "pages/"]).forEachBatch { batch in
///     for outcome in batch { if case .success(let record) = outcome { print(record.topicText) } }
/// }
/// ```
public struct ArticleRecordReader: Sendable {
    /// The paths to read: files, folders, or `-` for standard input.
    public var paths: [String]
    /// Formats, fields, limits, decoding, page segmentation and batch size.
    public var options: ArticleInputOptions
    /// Receives warnings about input that needed a workaround; standard error by default.
    public var onWarning: InputWarningHandler

    /// A reader of `paths`; nothing is opened until ``forEachBatch(threads:_:)``.
    public init(
        paths: [String], options: ArticleInputOptions = .init(),
        onWarning: @escaping InputWarningHandler = InputWarnings.standardError
    ) {
        self.paths = paths
        self.options = options
        self.onWarning = onWarning
    }

    /// Calls `body` with each batch of outcomes, in input order. Errors thrown by `body` stop the
    /// reading and are rethrown as they are; errors of the input are outcomes, never thrown.
    public func forEachBatch(
        threads: Int = ParallelWork.defaultThreadCount, _ body: ([ArticleRecordOutcome]) throws -> Void
    ) throws {
        let pending = PendingInput()
        let segmenter = PageSegmenter(options: options.segmenter)
        func flush() throws {
            guard !pending.items.isEmpty else { return }
            let items = pending.items
            pending.items.removeAll(keepingCapacity: true)
            pending.textBytes = 0
            let outcomes = ParallelWork.map(count: items.count, threads: threads) { index in
                outcomesOf(items[index], segmenter: segmenter)
            }
            do {
                try body(outcomes.flatMap { $0 })
            } catch {
                throw StoppedByCaller(error: error)
            }
        }
        func append(_ item: PendingInput.Item, textBytes: Int = 0) throws {
            pending.items.append(item)
            pending.textBytes += textBytes
            if pending.items.count >= options.batchRecords || pending.textBytes >= options.batchBytes { try flush() }
        }
        do {
            for path in paths {
                let files: [String]
                do {
                    files = try InputFiles.expand([path], extensions: InputFormat.articleFileExtensions)
                } catch let error as LedeError {
                    try append(.failure(error))
                    continue
                }
                for file in files {
                    let format = options.format.resolved(for: file)
                    guard format.holdsRecords else {
                        try append(.page(path: file, isHTML: format == .html ? true : nil))
                        continue
                    }
                    var reader = CorpusReader(
                        path: file, format: format == .jsonl ? .jsonLines : .csv, fields: options.fields, limits: options.limits,
                        decoding: options.decoding, onWarning: onWarning)
                    reader.delimiter = options.delimiter
                    reader.onRecordError = { error in pending.items.append(.failure(error)) }
                    do {
                        try reader.forEach { document in
                            try append(.record(document, isHTML: format == .html ? true : nil), textBytes: document.text.utf8.count)
                        }
                    } catch let error as LedeError {
                        try append(.failure(error))
                    }
                }
            }
            try flush()
        } catch let stop as StoppedByCaller {
            throw stop.error
        }
    }

    /// The outcomes one pending input gives: a page's articles, a record, or a failure.
    private func outcomesOf(_ item: PendingInput.Item, segmenter: PageSegmenter) -> [ArticleRecordOutcome] {
        switch item {
        case .failure(let error):
            return [.failure(error)]
        case .record(let document, let isHTML):
            return [.success(record(from: document, isHTML: isHTML, segmenter: segmenter))]
        case .page(let path, let isHTML):
            do {
                let page = try ArticlePage.read(path: path, limits: options.limits, decoding: options.decoding, isHTML: isHTML)
                for warning in page.warnings { onWarning(warning) }
                let articles = segmenter.articles(in: page.text).filter { !$0.paragraphs.isEmpty || $0.title != nil }
                let location = SourceLocation(path: path)
                guard !articles.isEmpty else {
                    return [.success(ArticleRecord(source: path, location: location, index: 1, article: ArticleText(), topicText: ""))]
                }
                return articles.enumerated().map { index, article in
                    .success(ArticleRecord(
                        source: path, location: location, index: index + 1, article: article,
                        topicText: ArticleRecord.topicText(of: article)))
                }
            } catch let error as LedeError {
                return [.failure(error)]
            } catch {
                return [.failure(.unreadable(SourceLocation(path: path), reason: "\(error)"))]
            }
        }
    }

    /// A JSON Lines or CSV record as an article. The topic text is the record's title and text
    /// as training reads them (``LabeledDocument/fullText``), so classifying a corpus file gives
    /// what `lede evaluate` measures; the article for summaries and keywords is the text split
    /// by ``PageSegmenter`` when it finds one article with a body in it, else the text's paragraphs.
    private func record(from document: LabeledDocument, isHTML: Bool?, segmenter: PageSegmenter) -> ArticleRecord {
        var document = document
        if isHTML ?? HTMLTextExtractor.looksLikeHTML(document.text) {
            document.text = HTMLTextExtractor().text(fromHTML: document.text)
        }
        let found = options.splitsRecordText
            ? segmenter.articles(in: document.text).filter { !$0.paragraphs.isEmpty || $0.title != nil } : []
        var article: ArticleText
        if !options.splitsRecordText {
            article = ArticleText(title: document.title, paragraphs: [document.text])
        } else if found.count == 1, !found[0].paragraphs.isEmpty {
            article = found[0]
            if let title = document.title, !title.isEmpty { article.title = title }
        } else {
            let paragraphs = document.text.split(separator: "\n\n").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            article = ArticleText(title: document.title, paragraphs: paragraphs)
        }
        return ArticleRecord(
            source: document.location.path, location: document.location, index: 1, id: document.id, label: document.label,
            article: article, topicText: document.fullText)
    }
}

/// The inputs of the batch being gathered. Shared by the reading loop and the record-error
/// handler, which runs synchronously inside it (never on another thread).
private final class PendingInput: @unchecked Sendable {
    /// One input waiting to be turned into records.
    enum Item {
        case page(path: String, isHTML: Bool?)
        case record(LabeledDocument, isHTML: Bool?)
        case failure(LedeError)
    }

    var items: [Item] = []
    var textBytes = 0
}

/// An error thrown by the caller's batch handler, carried past the reader's own error handling.
private struct StoppedByCaller: Error {
    var error: any Error
}

extension Substring {
    /// The text without leading and trailing spaces, tabs and line breaks.
    fileprivate func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
