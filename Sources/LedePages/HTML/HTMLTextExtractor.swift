/// Turns an HTML page into plain text that ``PageSegmenter`` can read: headline first, one
/// paragraph per block element, no markup, scripts, navigation or comment widgets.
///
/// Rules:
/// - Elements listed on ``HTMLElementKind`` are dropped with their content: `script`, `style`,
///   `nav`, `footer`, `aside`, `form`, `noscript`, `svg`, `figcaption`, …, plus any element whose
///   `class`/`id` names furniture ("comments", "related-posts", "site-footer", "cookie-banner") or
///   that is hidden. `header` is dropped except its headings. Comments, doctype and processing
///   instructions are dropped.
/// - Character references are decoded (see ``HTMLEntities``): named (`&amp;`, `&rsquo;`, `&eacute;`,
///   …) and numeric (`&#8217;`, `&#x2019;`).
/// - Block elements (`p`, `div`, `h1`–`h6`, `li`, `article`, `section`, …) become paragraph breaks
///   (a blank line), `br` and `tr` line breaks; other whitespace collapses to one space.
/// - The headline comes first: the first `<h1>` (moved out of the body), else the page `<title>`
///   without a trailing " | Site Name" part, else the first `<h2>`.
/// - When `<article>` elements hold at least half of the page's text, only they are kept. Two or
///   more of them are written one after another, each with its own headline first, separated by
///   a line holding a form feed (U+000C), which ``PageSegmenter`` treats as an article boundary.
///
/// The scanner reads UTF-8 bytes once, front to back, so time is linear in the input; malformed
/// markup (unclosed tags, comments or quotes, stray `<`, mismatched end tags) never fails: an
/// unclosed construct runs to the end of the input, a `<` that starts no tag is text, and an end
/// tag with no open element of that name is ignored.
public struct HTMLTextExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// The plain text of `html`, as described on the type.
    public func text(fromHTML html: String) -> String {
        var html = html
        return html.withUTF8 { bytes in
            var scanner = HTMLScanner(bytes: bytes)
            scanner.run()
            return scanner.assembledText()
        }
    }

    /// The plain text of an HTML page given as raw bytes, decoded as ``HTMLCharsetDecoder``
    /// describes (byte-order mark, then `contentType`'s charset, then `<meta charset>`, then UTF-8
    /// validity, then Windows-1252).
    public func text(fromHTMLBytes bytes: [UInt8], contentType: String? = nil) -> String {
        text(fromHTML: HTMLCharsetDecoder.decode(bytes, contentType: contentType).text)
    }

    /// Whether `text` looks like an HTML page rather than plain text: it opens with a doctype,
    /// `<html`, `<head` or `<body`, or its first 16 KB hold at least three tags of common
    /// elements (`<p>`, `</div>`, `<br/>`, `<a href…`). Prose that mentions one tag is not HTML.
    public static func looksLikeHTML(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in HTMLSniffer.looksLikeHTML(bytes) }
    }
}

/// Decides whether text is HTML by looking at its opening and counting familiar tags.
enum HTMLSniffer {
    static let openers = ["<!doctype html", "<html", "<head", "<body", "<?xml"]
    static let commonTags: Set<String> = [
        "p", "div", "br", "span", "a", "article", "section", "h1", "h2", "h3", "li", "ul", "ol", "table", "tr", "td",
        "img", "meta", "link", "script", "style", "b", "i", "em", "strong", "title", "header", "footer", "nav",
    ]

    static func looksLikeHTML(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x0A || bytes[start] == 0x0D || bytes[start] == 0x09 {
            start += 1
        }
        let headEnd = min(bytes.count, start + 16)
        let head = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<headEnd]), as: UTF8.self).lowercased()
        if openers.contains(where: head.hasPrefix) { return true }
        let limit = min(bytes.count, 16 * 1024)
        var tags = 0
        var index = start
        while index < limit {
            defer { index += 1 }
            guard bytes[index] == UInt8(ascii: "<") else { continue }
            var cursor = index + 1
            if cursor < limit, bytes[cursor] == UInt8(ascii: "/") { cursor += 1 }
            let nameStart = cursor
            while cursor < limit, cursor - nameStart < 10, isASCIILetterOrDigit(bytes[cursor]) { cursor += 1 }
            guard cursor > nameStart, cursor < limit else { continue }
            let terminator = bytes[cursor]
            guard terminator == UInt8(ascii: ">") || terminator == UInt8(ascii: " ") || terminator == UInt8(ascii: "/")
                || terminator == 0x0A
            else { continue }
            let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<cursor]), as: UTF8.self)
            if commonTags.contains(name.lowercased()) {
                tags += 1
                if tags >= 3 { return true }
            }
        }
        return false
    }

    static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }
}
