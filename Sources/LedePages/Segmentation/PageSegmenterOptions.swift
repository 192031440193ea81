/// The thresholds and switches ``PageSegmenter`` uses; defaults suit English news pages.
public struct PageSegmenterOptions: Sendable, Hashable, Codable {
    /// A line without final punctuation and at most this many words can be a headline,
    /// section label, unpunctuated standfirst or subheading. Longer lines are prose.
    public var maxHeadingWords: Int
    /// A section label ("News", "Elon Musk") has at most this many words; in a run of
    /// heading-like lines the first line longer than this is the headline.
    public var maxSectionWords: Int
    /// On a page laid out as section label + headline, the first prose line after the
    /// headline is taken as the standfirst when it has at most this many words.
    public var maxStandfirstWords: Int
    /// A paragraph longer than this is never taken for a photo caption.
    public var maxCaptionWords: Int
    /// Split a page that holds several articles back to back into one ``ArticleText`` each.
    public var splitsArticles: Bool
    /// Strip `CITY (AGENCY) —` prefixes from the first body paragraph.
    public var stripsDatelines: Bool
    /// Extra phrases that mark a whole line as boilerplate on the user's sites, matched
    /// case-insensitively at the start of a line (e.g. `"Listen to this article"`).
    public var extraBoilerplatePrefixes: [String]

    /// Creates options; every parameter defaults to the value documented on its property.
    public init(
        maxHeadingWords: Int = 20,
        maxSectionWords: Int = 4,
        maxStandfirstWords: Int = 45,
        maxCaptionWords: Int = 80,
        splitsArticles: Bool = true,
        stripsDatelines: Bool = true,
        extraBoilerplatePrefixes: [String] = []
    ) {
        self.maxHeadingWords = maxHeadingWords
        self.maxSectionWords = maxSectionWords
        self.maxStandfirstWords = maxStandfirstWords
        self.maxCaptionWords = maxCaptionWords
        self.splitsArticles = splitsArticles
        self.stripsDatelines = stripsDatelines
        self.extraBoilerplatePrefixes = extraBoilerplatePrefixes
    }
}
