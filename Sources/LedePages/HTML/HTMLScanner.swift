/// The single forward pass over an HTML page's UTF-8 bytes behind ``HTMLTextExtractor``: a
/// small tokenizer (tags, attributes, comments, raw-text elements, character references) driving
/// a stack of open elements. Every byte is looked at a bounded number of times, and popping the
/// stack on an end tag is amortised against the pushes, so the pass is linear in the input.
struct HTMLScanner {
    private struct OpenElement {
        let kind: HTMLElementKind
        let suppression: HTMLElementKind.Suppression
        let startsArticleRegion: Bool
        let isArticle: Bool
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var stack: [OpenElement] = []
    private var openCounts: [String: Int] = [:]
    private var suppressedAll = 0
    private var suppressedButHeadings = 0
    private var headingDepth = 0
    private var preDepth = 0
    private var articleDepth = 0
    private var page = HTMLTextBuffer()
    private var articles: [HTMLTextBuffer] = []
    private var pageTitle: String?
    /// Element kinds by name, so each distinct tag name is classified once per page.
    private var kinds: [String: HTMLElementKind] = [:]

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private var isSuppressed: Bool {
        suppressedAll > 0 || (suppressedButHeadings > 0 && headingDepth == 0)
    }

    mutating func run() {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<"), scanMarkup() { continue }
            if byte == UInt8(ascii: "&"), let (decoded, end) = HTMLEntities.decode(bytes, at: index) {
                emit(decoded)
                index = end
                continue
            }
            emitTextByte(byte)
            index += 1
        }
    }

    // MARK: Markup

    /// Consumes the markup starting at `index` (which holds `<`); false when it is a literal `<`.
    private mutating func scanMarkup() -> Bool {
        guard index + 1 < bytes.count else { return false }
        let next = bytes[index + 1]
        if next == UInt8(ascii: "!") {
            if hasPrefix("<!--", at: index) {
                index = (find("-->", from: index + 4) ?? bytes.count - 3) + 3
            } else {
                index = (findByte(UInt8(ascii: ">"), from: index + 2) ?? bytes.count - 1) + 1
            }
            return true
        }
        if next == UInt8(ascii: "?") {
            index = (findByte(UInt8(ascii: ">"), from: index + 2) ?? bytes.count - 1) + 1
            return true
        }
        if next == UInt8(ascii: "/"), index + 2 < bytes.count, isASCIILetter(bytes[index + 2]) {
            var cursor = index + 2
            let name = readName(&cursor)
            index = (findByte(UInt8(ascii: ">"), from: cursor) ?? bytes.count - 1) + 1
            closeElement(named: name)
            return true
        }
        if isASCIILetter(next) {
            var cursor = index + 1
            let name = readName(&cursor)
            let attributes = readAttributes(&cursor)
            index = cursor
            openElement(kind(named: name), attributes: attributes)
            return true
        }
        return false
    }

    private struct Attributes {
        var marksFurniture = false
    }

    /// Reads attributes up to and including `>` (or to the end of input), noting those that
    /// mark an element as furniture or hidden.
    private func readAttributes(_ cursor: inout Int) -> Attributes {
        var attributes = Attributes()
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: ">") { cursor += 1; return attributes }
            if isSpace(byte) || byte == UInt8(ascii: "/") { cursor += 1; continue }
            let nameStart = cursor
            while cursor < bytes.count, !isSpace(bytes[cursor]), bytes[cursor] != UInt8(ascii: "="),
                  bytes[cursor] != UInt8(ascii: ">"), !(bytes[cursor] == UInt8(ascii: "/") && cursor > nameStart) {
                cursor += 1
            }
            let name = lowercasedString(nameStart..<cursor)
            while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
            var value = ""
            if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "=") {
                cursor += 1
                while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
                let valueStart: Int
                let valueEnd: Int
                if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "\"") || bytes[cursor] == UInt8(ascii: "'") {
                    let quote = bytes[cursor]
                    valueStart = cursor + 1
                    valueEnd = findByte(quote, from: valueStart) ?? bytes.count
                    cursor = min(bytes.count, valueEnd + 1)
                } else {
                    valueStart = cursor
                    while cursor < bytes.count, !isSpace(bytes[cursor]), bytes[cursor] != UInt8(ascii: ">") { cursor += 1 }
                    valueEnd = cursor
                }
                if name == "class" || name == "id" || name == "style" || name == "aria-hidden" {
                    value = lowercasedString(valueStart..<valueEnd)
                }
            }
            switch name {
            case "class", "id": if HTMLElementKind.isFurniture(classOrID: value) { attributes.marksFurniture = true }
            case "hidden": attributes.marksFurniture = true
            case "aria-hidden": if value == "true" { attributes.marksFurniture = true }
            case "style":
                if value.filter({ $0 != " " }).contains("display:none") { attributes.marksFurniture = true }
            default: break
            }
        }
        return attributes
    }

    // MARK: Elements

    private mutating func openElement(_ kind: HTMLElementKind, attributes: Attributes) {
        if kind.isRawText {
            scanRawText(of: kind)
            return
        }
        applyBreak(kind.breaking)
        if kind.breaking == .listItem, !isSuppressed { emit(Array("\u{2022} ".utf8)) }
        guard !kind.isVoid else { return }
        var suppression = kind.suppression
        let structural = Self.structuralElements.contains(kind.name)
        if attributes.marksFurniture, !structural { suppression = .allContent }
        let startsRegion = kind.name == "article" && articleDepth == 0 && suppressedAll == 0
        let element = OpenElement(
            kind: kind, suppression: suppression, startsArticleRegion: startsRegion, isArticle: kind.name == "article")
        stack.append(element)
        openCounts[kind.name, default: 0] += 1
        switch suppression {
        case .allContent: suppressedAll += 1
        case .allButHeadings: suppressedButHeadings += 1
        case .none: break
        }
        if startsRegion { articles.append(HTMLTextBuffer()) }
        if element.isArticle { articleDepth += 1 }
        if kind.name == "pre" { preDepth += 1 }
        if kind.headingLevel > 0 {
            headingDepth += 1
            if !isSuppressed { forEachBuffer { $0.beginHeading(level: kind.headingLevel) } }
        }
    }

    private mutating func closeElement(named name: String) {
        let kind = kind(named: name)
        if kind.name == "br" { applyBreak(.line) }
        guard openCounts[name, default: 0] > 0 else {
            applyBreak(kind.breaking == .listItem ? .paragraph : kind.breaking)
            return
        }
        while let element = stack.popLast() {
            leave(element)
            if element.kind.name == name { break }
        }
    }

    private mutating func leave(_ element: OpenElement) {
        openCounts[element.kind.name, default: 1] -= 1
        if element.kind.headingLevel > 0 {
            forEachBuffer { $0.endHeading(level: element.kind.headingLevel) }
            headingDepth -= 1
        }
        switch element.suppression {
        case .allContent: suppressedAll -= 1
        case .allButHeadings: suppressedButHeadings -= 1
        case .none: break
        }
        if element.isArticle { articleDepth -= 1 }
        if element.kind.name == "pre" { preDepth -= 1 }
        applyBreak(element.kind.breaking == .listItem ? .paragraph : element.kind.breaking)
    }

    /// Skips (or, for `<title>`, captures) the content of a raw-text element up to its end tag.
    private mutating func scanRawText(of kind: HTMLElementKind) {
        let contentStart = index
        var cursor = index
        var contentEnd = bytes.count
        while let lessThan = findByte(UInt8(ascii: "<"), from: cursor) {
            if lessThan + 1 < bytes.count, bytes[lessThan + 1] == UInt8(ascii: "/") {
                var nameEnd = lessThan + 2
                let name = readName(&nameEnd)
                if name == kind.name {
                    contentEnd = lessThan
                    cursor = (findByte(UInt8(ascii: ">"), from: nameEnd) ?? bytes.count - 1) + 1
                    break
                }
            }
            cursor = lessThan + 1
        }
        if contentEnd == bytes.count { cursor = bytes.count }
        index = cursor
        if kind.name == "title", pageTitle == nil, openCounts["svg", default: 0] == 0 {
            pageTitle = Self.decodedInlineText(UnsafeBufferPointer(rebasing: bytes[contentStart..<contentEnd]))
        }
        applyBreak(kind.breaking)
    }

    private static let structuralElements: Set<String> = ["html", "body", "main", "article"]

    private mutating func kind(named name: String) -> HTMLElementKind {
        if let known = kinds[name] { return known }
        let kind = HTMLElementKind(name: name)
        kinds[name] = kind
        return kind
    }

    // MARK: Text

    private mutating func emitTextByte(_ byte: UInt8) {
        guard !isSuppressed else { return }
        if isSpace(byte) {
            applyBreak(preDepth > 0 && byte == 0x0A ? .line : .space)
        } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
            applyBreak(.space)
            index += 1
        } else {
            forEachBuffer { $0.append(byte) }
        }
    }

    private mutating func emit(_ decoded: [UInt8]) {
        guard !isSuppressed else { return }
        if decoded == [0x20] { applyBreak(.space); return }
        forEachBuffer { $0.append(contentsOf: decoded) }
    }

    private mutating func applyBreak(_ kind: HTMLElementKind.Break) {
        guard suppressedAll == 0 else { return }
        let pending: HTMLTextBuffer.PendingBreak
        switch kind {
        case .none: return
        case .space: pending = .space
        case .line: pending = .line
        case .paragraph, .listItem: pending = .paragraph
        }
        forEachBuffer { $0.requestBreak(pending) }
    }

    private mutating func forEachBuffer(_ body: (inout HTMLTextBuffer) -> Void) {
        body(&page)
        if articleDepth > 0, !articles.isEmpty { body(&articles[articles.count - 1]) }
    }

    // MARK: Assembly

    /// The page's text as ``HTMLTextExtractor`` documents it.
    func assembledText() -> String {
        let articleRegions = articles.filter { !$0.isEmpty }
        let articleBytes = articleRegions.reduce(0) { $0 + $1.bytes.count }
        let useArticles = !articleRegions.isEmpty && articleBytes * 2 >= page.bytes.count
        let regions = useArticles ? articleRegions : [page]
        let title = regions.count == 1 ? pageTitle.flatMap(Self.titleWithoutSiteName) : nil
        let parts = regions.map { region -> String in
            let (headline, body) = region.splittingHeadline(fallbackTitle: title)
            let text = [headline, body].compactMap { $0 }.joined(separator: "\n\n")
            return Self.collapsingBlankLines(text)
        }
        return parts.filter { !$0.isEmpty }.joined(separator: "\n\n\u{0C}\n\n")
    }

    /// "Headline | Site Name" → "Headline", when the trailing part is at most four words.
    static func titleWithoutSiteName(_ title: String) -> String? {
        let trimmed = LineShape.trimmed(title)
        guard !trimmed.isEmpty else { return nil }
        for separator in [" | ", " \u{2013} ", " \u{2014} ", " - ", " :: ", " \u{B7} "] {
            guard let range = trimmed.ranges(of: separator).last else { continue }
            let head = String(trimmed[..<range.lowerBound])
            let tail = String(trimmed[range.upperBound...])
            if LineShape.countWords(tail) <= 4, LineShape.countWords(head) >= 2 { return LineShape.trimmed(head) }
        }
        return trimmed
    }

    static func collapsingBlankLines(_ text: String) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = LineShape.trimmed(line)
            if trimmed.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(trimmed)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// Text of a raw-text element such as `<title>`: references decoded, whitespace collapsed.
    static func decodedInlineText(_ content: UnsafeBufferPointer<UInt8>) -> String {
        var output: [UInt8] = []
        var cursor = 0
        while cursor < content.count {
            if content[cursor] == UInt8(ascii: "&"), let (decoded, end) = HTMLEntities.decode(content, at: cursor) {
                output.append(contentsOf: decoded)
                cursor = end
            } else {
                output.append(content[cursor] == 0x0A || content[cursor] == 0x09 || content[cursor] == 0x0D ? 0x20 : content[cursor])
                cursor += 1
            }
        }
        return LineShape.words(String(decoding: output, as: UTF8.self)).joined(separator: " ")
    }

    // MARK: Byte helpers

    private func readName(_ cursor: inout Int) -> String {
        let start = cursor
        while cursor < bytes.count, isNameByte(bytes[cursor]) { cursor += 1 }
        return lowercasedString(start..<cursor)
    }

    private func lowercasedString(_ range: Range<Int>) -> String {
        let clamped = range.clamped(to: 0..<bytes.count)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[clamped]), as: UTF8.self).lowercased()
    }

    private func findByte(_ target: UInt8, from start: Int) -> Int? {
        var cursor = start
        while cursor < bytes.count {
            if bytes[cursor] == target { return cursor }
            cursor += 1
        }
        return nil
    }

    private func find(_ needle: String, from start: Int) -> Int? {
        let pattern = Array(needle.utf8)
        var cursor = start
        while let candidate = findByte(pattern[0], from: cursor) {
            if hasPrefix(needle, at: candidate) { return candidate }
            cursor = candidate + 1
        }
        return nil
    }

    private func hasPrefix(_ prefix: String, at start: Int) -> Bool {
        let pattern = Array(prefix.utf8)
        guard start + pattern.count <= bytes.count else { return false }
        for offset in pattern.indices where bytes[start + offset] | 0x20 != pattern[offset] | 0x20 { return false }
        return true
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    private func isASCIILetter(_ byte: UInt8) -> Bool {
        byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A
    }

    private func isNameByte(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":")
            || byte == UInt8(ascii: "_")
    }
}
