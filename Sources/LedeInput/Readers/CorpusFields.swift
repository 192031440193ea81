/// Which record keys (JSON Lines) or header columns (CSV) hold each part of a document.
/// For each part the first name in the list that a record has wins, so `text` beats `article`
/// when a record has both. The defaults read every corpus in `../shared/corpora` unchanged.
public struct CorpusFields: Sendable, Hashable, Codable {
    /// Keys that hold the body text; a record must have one of them.
    public var text: [String] = ["text", "article", "content", "body"]
    /// Keys that hold the headline.
    public var title: [String] = ["title", "headline"]
    /// Keys that hold the class label.
    public var label: [String] = ["label", "category", "topic", "class"]
    /// Keys that hold the record id.
    public var id: [String] = ["id"]

    /// The defaults above; set a property to read other layouts, e.g. `fields.text = ["description"]`.
    public init() {}
}
