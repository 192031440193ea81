/// An article while ``PageSegmenter`` is still reading it: its header fields and every
/// paragraph in page order with its role, so that later passes can re-judge a paragraph
/// without losing the order of what was removed.
struct ArticleDraft: Sendable {
    struct Entry: Sendable, Hashable {
        var text: String
        var role: LineRole
    }

    var title: String?
    var section: String?
    var standfirst: String?
    /// Whether the header held a section label: the layout of a site's article listing.
    var hadSectionLabel = false
    private(set) var entries: [Entry] = []
    private var bodyTexts: Set<String> = []

    var hasProse: Bool { !bodyTexts.isEmpty }
    var isEmpty: Bool { title == nil && section == nil && standfirst == nil && entries.isEmpty }

    mutating func addBody(_ text: String) {
        entries.append(Entry(text: text, role: .body))
        bodyTexts.insert(text)
    }

    func hasBody(_ text: String) -> Bool { bodyTexts.contains(text) }

    mutating func remove(_ text: String, as role: LineRole) {
        entries.append(Entry(text: text, role: role))
    }

    /// Puts removed `leading` entries before everything this draft holds.
    mutating func prepend(_ leading: [Entry]) {
        entries.insert(contentsOf: leading.map { Entry(text: $0.text, role: $0.role == .body ? .boilerplate : $0.role) }, at: 0)
    }

    /// Marks every body paragraph whose text is in `texts` as `role`.
    mutating func reclassifyBody(in texts: Set<String>, as role: LineRole) {
        for index in entries.indices where entries[index].role == .body && texts.contains(entries[index].text) {
            entries[index].role = role
            bodyTexts.remove(entries[index].text)
        }
    }

    /// Moves everything this draft holds into `other`'s removed lines as boilerplate.
    func fold(into other: inout ArticleDraft) {
        for text in [section, title, standfirst].compactMap({ $0 }) { other.remove(text, as: .boilerplate) }
        for entry in entries {
            other.remove(entry.text, as: entry.role == .body ? .boilerplate : entry.role)
        }
    }

    /// Cuts a dateline prefix from the first body paragraph, keeping it as a removed dateline.
    mutating func stripDateline(using recognizer: DatelineRecognizer) {
        guard let index = entries.firstIndex(where: { $0.role == .body }),
              let split = recognizer.split(entries[index].text)
        else { return }
        bodyTexts.remove(entries[index].text)
        bodyTexts.insert(split.remainder)
        entries[index].text = split.remainder
        entries.insert(Entry(text: split.dateline, role: .dateline), at: index)
    }

    var article: ArticleText {
        ArticleText(
            title: title, section: section, standfirst: standfirst,
            paragraphs: entries.filter { $0.role == .body }.map(\.text),
            removedLines: entries.filter { $0.role != .body }.map { RemovedLine(text: $0.text, role: $0.role) })
    }
}
