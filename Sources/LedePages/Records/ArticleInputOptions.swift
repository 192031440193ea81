/// How the commands that read articles (classify, explain, analyze, summarize, keywords) turn
/// paths into articles: the one definition shared by the library and the CLI's input options.
public struct ArticleInputOptions: Sendable, Hashable {
    /// What the files hold; ``InputFormat/auto`` decides by extension.
    public var format: InputFormat = .auto
    /// Which JSON keys or CSV columns hold the id, text, title and label of a record.
    public var fields = CorpusFields()
    /// The CSV field separator; `nil` means a tab for `.tsv`/`.tab` files and a comma otherwise.
    public var delimiter: UInt8? = nil
    /// Size limits that make oversized input fail fast.
    public var limits = InputLimits()
    /// How bytes become text (strict UTF-8 unless the Windows-1252 fallback is allowed).
    public var decoding = TextDecodingOptions()
    /// How a page is split into its articles.
    public var segmenter = PageSegmenterOptions()
    /// Whether a JSON Lines or CSV record's text is split into an article (headline, body
    /// paragraphs, bylines left out) for summaries and keywords. Classifying needs only the
    /// topic text, so `classify` and `explain` turn this off and skip the work; the record's
    /// article is then its title and its text as one paragraph.
    public var splitsRecordText = true
    /// At most this many records (or pages) are held at a time; a batch is handed over whole.
    public var batchRecords = 512
    /// A batch is also handed over once its records' text reaches this many bytes.
    public var batchBytes = 16 << 20

    /// The defaults described on each property.
    public init() {}
}
