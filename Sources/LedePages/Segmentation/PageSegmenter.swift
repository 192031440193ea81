/// Turns the text a scraper hands over (or ``HTMLTextExtractor`` output) into clean articles:
/// splits pages that hold several articles, and keeps headlines, section labels, standfirsts,
/// subheadings, captions, bylines, datelines and boilerplate out of the body paragraphs.
///
/// The page is first cut into paragraphs (see ``PageParagraphs`` for the line rules), then each
/// paragraph is judged in page order:
/// 1. Non-prose shapes are recognised wherever they stand: boilerplate (``BoilerplateRecognizer``:
///    contact lines with e-mail addresses or `@handles`, "What do you think of the article?",
///    "Related Post", "Sign up", "Subscribe", "Share this", "Read more", cookie notices, comment
///    widgets), bylines and author biographies (``BylineRecognizer``), photo credits
///    (``CaptionRecognizer``) and date-only lines (``DatelineRecognizer``).
/// 2. A *heading-like* paragraph is one line without final punctuation of at most
///    ``PageSegmenterOptions/maxHeadingWords`` words. Consecutive heading-like paragraphs form a run.
///    - Before an article has body prose, a run is its header: the first line longer than
///      ``PageSegmenterOptions/maxSectionWords`` words (else the last line) is the title, the line
///      before it the section label, the line after it the standfirst. So the first non-empty line
///      of a page without final punctuation is the title.
///    - After body prose, a run of two or more lines (section label + headline, or headline +
///      unpunctuated standfirst) starts a new article, as do form-feed boundaries.
///    - A single heading-like line inside an article followed by prose is a subheading, not a new
///      article; one followed by nothing or by non-prose is boilerplate.
///    - A short capitalised name directly followed by a staff line ("Business reporter") is a byline.
/// 3. Between the header and the first body paragraph:
///    - a paragraph in caption shape ("X, chief executive of Y, meets with Z …") followed by more
///      prose is a caption;
///    - when the header had a section label (a site's article-listing layout), the first prose
///      paragraph of at most ``PageSegmenterOptions/maxStandfirstWords`` words followed by more prose
///      is the standfirst.
/// 4. Inside the body, a paragraph equal to the standfirst (the standfirst repeated as body text, or
///    a caption repeating it) or to an earlier paragraph of the same article is left out, so each
///    text appears once.
/// 5. Afterwards: an article without body paragraphs is folded into its neighbour as boilerplate
///    (a trailing "related stories" list of headlines is not an article); on a page with several
///    articles, a paragraph found in two or more of them is boilerplate; and a dateline prefix is
///    cut from each article's first paragraph and kept as a removed ``LineRole/dateline``.
/// 6. A page with no prose at all but two or more heading-like lines (a transcript or caption
///    dump without punctuation) is one article without a title whose paragraphs are those lines,
///    so that a summariser or classifier gets those lines rather than nothing. A single such line
///    stays a title over an empty body.
///
/// Cost is linear in the page length. The segmenter holds no state between calls.
public struct PageSegmenter: Sendable {
    /// The thresholds and switches in use.
    public let options: PageSegmenterOptions

    private let boilerplate: BoilerplateRecognizer
    private let bylines = BylineRecognizer()
    private let captions: CaptionRecognizer
    private let datelines = DatelineRecognizer()

    /// Creates a segmenter with `options`.
    public init(options: PageSegmenterOptions = .init()) {
        self.options = options
        boilerplate = BoilerplateRecognizer(extraPrefixes: options.extraBoilerplatePrefixes)
        captions = CaptionRecognizer(maxWords: options.maxCaptionWords)
    }

    /// The articles on the page, in page order; empty when the text holds no words.
    public func articles(in text: String) -> [ArticleText] {
        let items = paragraphCutter.items(in: text)
        let judged = items.map { item -> JudgedParagraph in
            switch item {
            case .articleBoundary: return JudgedParagraph(boundary: ())
            case .paragraph(let paragraph): return judge(paragraph)
            }
        }
        var drafts = ArticleAssembler(options: options, captions: captions).assemble(judged)
        if !drafts.contains(where: \.hasProse), let transcript = Self.transcript(judged) { return [transcript] }
        drafts = ArticleAssembler.foldingEmptyArticles(drafts)
        if drafts.count >= 2 { ArticleAssembler.removeParagraphsSharedAcrossArticles(&drafts) }
        return drafts.map { draft in
            var draft = draft
            if options.stripsDatelines { draft.stripDateline(using: datelines) }
            return draft.article
        }
    }

    /// The unpunctuated lines of a page without prose as one untitled article, when there are two or more.
    private static func transcript(_ judged: [JudgedParagraph]) -> ArticleText? {
        let lines = judged.filter { $0.isHeadingLike }.map(\.text)
        guard lines.count >= 2 else { return nil }
        let removed = judged.compactMap { paragraph in
            paragraph.fixedRole.map { RemovedLine(text: paragraph.text, role: $0) }
        }
        return ArticleText(paragraphs: lines, removedLines: removed)
    }

    private var paragraphCutter: PageParagraphs {
        let boilerplate = self.boilerplate, bylines = self.bylines, captions = self.captions
        return PageParagraphs(maxHeadingWords: options.maxHeadingWords) { shape in
            boilerplate.isBoilerplate(shape) || bylines.isByline(shape) || captions.isCredit(shape)
        }
    }

    private func judge(_ paragraph: String) -> JudgedParagraph {
        let shape = LineShape(paragraph)
        let role: LineRole?
        if boilerplate.isBoilerplate(shape) {
            role = .boilerplate
        } else if bylines.isByline(shape) {
            role = .byline
        } else if captions.isCredit(shape) {
            role = .caption
        } else if datelines.isDateOnlyLine(shape) {
            role = .dateline
        } else {
            role = nil
        }
        return JudgedParagraph(
            shape: shape, fixedRole: role,
            isHeadingLike: role == nil && shape.isHeadingLike(maxWords: options.maxHeadingWords))
    }
}

/// One paragraph with what its own text says about it, before its position is considered.
struct JudgedParagraph: Sendable {
    /// Nil for a hard article boundary.
    let shape: LineShape?
    /// A role the text alone decides (boilerplate, byline, credit caption, date line).
    let fixedRole: LineRole?
    let isHeadingLike: Bool

    init(shape: LineShape, fixedRole: LineRole?, isHeadingLike: Bool) {
        self.shape = shape
        self.fixedRole = fixedRole
        self.isHeadingLike = isHeadingLike
    }

    init(boundary: Void) {
        shape = nil
        fixedRole = nil
        isHeadingLike = false
    }

    var isBoundary: Bool { shape == nil }
    var text: String { shape?.text ?? "" }
    /// Prose: neither a boundary, nor heading-like, nor of a fixed non-body role.
    var isProse: Bool { shape != nil && fixedRole == nil && !isHeadingLike }
}
