/// What an HTML element means for text extraction: whether its content is dropped, what break
/// it makes, whether it has content at all.
///
/// - Dropped with all content: `script`, `style`, `noscript`, `template`, `svg`, `math`, `nav`,
///   `footer`, `aside`, `form`, `iframe`, `object`, `button`, `select`, `textarea`, `canvas`,
///   `audio`, `video`, `figcaption` (captions are not prose, peer ask C5), `dialog`; and any
///   element whose `class`/`id` names site furniture (see ``HTMLElementKind/isFurniture(classOrID:)``)
///   or that is `hidden`/`aria-hidden`/`display:none`.
/// - `header`: dropped except its headings, because article headers hold the `<h1>` beside
///   bylines, share buttons and breadcrumbs.
/// - Paragraph breaks: `p`, `div`, `h1`–`h6`, `article`, `section`, `main`, `blockquote`, `ul`, `ol`,
///   `dl`, `table`, `figure`, `pre`, `address`, `hr`, `details`, `summary`, `center`, `fieldset`;
///   `li` too, written with a "• " marker so that short list items are never taken for headlines.
/// - Line breaks: `br`, `tr`, `dt`, `dd`. Table cells (`td`, `th`) are separated by a space.
struct HTMLElementKind: Sendable, Hashable {
    enum Suppression: Sendable, Hashable { case none, allContent, allButHeadings }
    enum Break: Sendable, Hashable { case none, space, line, paragraph, listItem }

    let name: String
    let suppression: Suppression
    let breaking: Break
    let isVoid: Bool
    /// Content is raw text up to the matching end tag (no tags or comments inside).
    let isRawText: Bool
    /// `h1` = 1 … `h6` = 6, else 0.
    let headingLevel: Int

    init(name: String) {
        self.name = name
        isVoid = Self.voidElements.contains(name)
        isRawText = Self.rawTextElements.contains(name)
        if Self.droppedElements.contains(name) {
            suppression = .allContent
        } else if name == "header" {
            suppression = .allButHeadings
        } else {
            suppression = .none
        }
        if name.count == 2, name.first == "h", let level = name.last?.wholeNumberValue, (1...6).contains(level) {
            headingLevel = level
        } else {
            headingLevel = 0
        }
        if name == "li" {
            breaking = .listItem
        } else if headingLevel > 0 || Self.paragraphElements.contains(name) {
            breaking = .paragraph
        } else if Self.lineElements.contains(name) {
            breaking = .line
        } else if name == "td" || name == "th" {
            breaking = .space
        } else {
            breaking = .none
        }
    }

    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr", "keygen",
    ]
    static let rawTextElements: Set<String> = [
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext",
    ]
    static let droppedElements: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "nav", "footer", "aside", "form", "iframe",
        "object", "button", "select", "textarea", "canvas", "audio", "video", "figcaption", "dialog", "xmp",
        "noembed", "noframes", "head",
    ]
    static let paragraphElements: Set<String> = [
        "p", "div", "article", "section", "main", "blockquote", "ul", "ol", "dl", "table", "figure", "pre",
        "address", "hr", "details", "summary", "center", "fieldset", "header", "footer", "nav", "aside", "form",
        "body", "html",
    ]
    static let lineElements: Set<String> = ["br", "tr", "dt", "dd"]

    /// Class or id name parts that mark site furniture rather than article text.
    static let furnitureWords: Set<String> = [
        "comment", "comments", "disqus", "sidebar", "related", "share", "sharing", "social", "newsletter",
        "cookie", "cookies", "consent", "advert", "advertisement", "ad", "ads", "promo", "footer", "nav",
        "navbar", "menu", "breadcrumb", "breadcrumbs", "subscribe", "subscription", "signup", "popup", "modal",
        "byline", "author", "caption", "credit", "tags", "paywall", "recommended", "trending", "outbrain", "taboola",
    ]

    /// Whether a `class` or `id` value names furniture: one of its space-separated names, split at
    /// `-` and `_`, is a furniture word ("comments-area", "site-footer", "related_posts"). Names that
    /// describe a state or a modifier ("has-sidebar", "with-ads", "no-comments", "is-sticky") do not count.
    static func isFurniture(classOrID value: String) -> Bool {
        for name in value.lowercased().split(separator: " ") {
            if name.hasPrefix("has-") || name.hasPrefix("with-") || name.hasPrefix("no-") || name.hasPrefix("is-") {
                continue
            }
            let parts = name.split(whereSeparator: { $0 == "-" || $0 == "_" })
            if parts.contains(where: { furnitureWords.contains(String($0)) }) { return true }
        }
        return false
    }
}
