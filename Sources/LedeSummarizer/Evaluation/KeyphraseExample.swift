/// A story with the keyphrases people chose for it, for keyword evaluation.
public struct KeyphraseExample: Sendable, Hashable {
    /// The headline (the article's first line; may be empty).
    public var title: String
    /// The article body without the headline.
    public var body: String
    /// The gold keyphrases as annotated.
    public var keyphrases: [String]
    /// Where the example was read from.
    public var location: SourceLocation

    /// Creates an example from an article whose first line is its headline.
    public init(article: String, keyphrases: [String], location: SourceLocation) {
        let parts = article.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        title = String(parts.first ?? "")
        body = parts.count > 1 ? String(parts[1]) : ""
        self.keyphrases = keyphrases
        self.location = location
    }

    /// The field holding the article when the caller does not say.
    public static let defaultArticleField = "article"
    /// The field holding the gold keyphrases when the caller does not say.
    public static let defaultKeyphrasesField = "keywords"

    /// Reads JSON Lines with the string field `article` (headline on the first line) and the
    /// list-of-strings field `keywords` (names configurable); a bad line is an error naming the
    /// file and line.
    public static func read(
        path: String, articleField: String = defaultArticleField, keyphrasesField: String = defaultKeyphrasesField
    ) throws -> [KeyphraseExample] {
        try JSONLinesFields.read(path: path, wanted: [articleField, keyphrasesField]).map { location, object in
            guard let article = object.strings[articleField] else { throw LedeError.missingField(location, field: articleField) }
            guard let phrases = object.lists[keyphrasesField] else { throw LedeError.missingField(location, field: keyphrasesField) }
            return KeyphraseExample(article: article, keyphrases: phrases, location: location)
        }
    }
}
