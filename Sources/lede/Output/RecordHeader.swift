import LedeAnalysis

/// Where a printed result came from, the same in every command that reads articles: the file,
/// the record's line (JSON Lines and CSV), its id when the input has one, the article's position
/// on its page and its headline.
struct RecordHeader: Encodable {
    var source: String
    var line: Int?
    var id: String?
    var article: Int
    var title: String?

    init(_ record: ArticleRecord) {
        source = record.source
        line = record.line
        id = record.id
        article = record.index
        title = record.article.title
    }

    /// `file:line` for a record, `file#2` for the second article of a page (`file#1` for the first
    /// only with `numberingFirst`), then the record's id in brackets when it has one.
    func place(numberingFirst: Bool = false) -> String {
        var place = source
        if let line { place += ":\(line)" } else if article > 1 || numberingFirst { place += "#\(article)" }
        if let id { place += " (\(id))" }
        return place
    }
}

/// A result printed for one article: the header's fields (source, line, id, article, title),
/// then the command's own fields, in one JSON object.
struct HeadedRecord<Body: Encodable>: Encodable {
    var header: RecordHeader
    var body: Body

    init(_ record: ArticleRecord, _ body: Body) {
        header = RecordHeader(record)
        self.body = body
    }

    func encode(to encoder: any Encoder) throws {
        try header.encode(to: encoder)
        try body.encode(to: encoder)
    }
}
