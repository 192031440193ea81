/// Cuts page text into the paragraphs ``PageSegmenter`` classifies, keeping the line breaks
/// that belong inside a paragraph.
///
/// Rules:
/// - `\r\n` and `\r` count as `\n`; a line holding only a form feed (U+000C) is a hard article
///   boundary (``HTMLTextExtractor`` writes one between `<article>` elements);
/// - blank lines separate blocks. On a page whose blocks are mostly one to three lines
///   (a BBC-style page), a block is one paragraph and its single line breaks are kept;
///   otherwise (one paragraph per line, as scrapers often deliver) every line is a paragraph;
/// - a hard-wrapped block (three or more lines of similar width, at most 100 characters, mostly
///   without final punctuation) is one paragraph whatever the page shape, except that a short
///   heading-like first line stands alone;
/// - inside a joined block, a line recognised as non-prose (boilerplate, byline, credit) stands
///   alone, so that "Related Post" is never glued to a biography; so does a heading-like line that
///   starts the block or follows final punctuation, unless the next line starts in lower case
///   (then it is a wrapped sentence);
/// - a widget phrase glued to the next line's text ("Comments Loading...News") is cut after the
///   phrase, so the glued section label is seen.
struct PageParagraphs: Sendable {
    /// One paragraph, or a hard boundary between articles.
    enum Item: Sendable, Hashable {
        case paragraph(String)
        case articleBoundary
    }

    let maxHeadingWords: Int
    let standsAlone: @Sendable (LineShape) -> Bool

    func items(in text: String) -> [Item] {
        let blocks = Self.blocks(in: text)
        let lineCount = blocks.reduce(0) { $0 + ($1.lines?.count ?? 0) }
        let textBlockCount = blocks.filter { $0.lines != nil }.count
        let blockIsParagraph = textBlockCount >= 2 && lineCount <= textBlockCount * 3
        var items: [Item] = []
        for block in blocks {
            guard let lines = block.lines else { items.append(.articleBoundary); continue }
            for paragraph in paragraphs(of: lines, joining: blockIsParagraph) {
                items.append(contentsOf: Self.ungluing(paragraph).map(Item.paragraph))
            }
        }
        return items
    }

    private struct Block { var lines: [String]? }

    private static func blocks(in text: String) -> [Block] {
        var blocks: [Block] = []
        var current: [String] = []
        func flush() { if !current.isEmpty { blocks.append(Block(lines: current)); current = [] } }
        var bytes = Array(text.utf8)
        if bytes.contains(0x0D) {
            bytes = bytes.enumerated().compactMap { offset, byte in
                guard byte == 0x0D else { return byte }
                return offset + 1 < bytes.count && bytes[offset + 1] == 0x0A ? nil : 0x0A
            }
        }
        let lines = bytes.split(omittingEmptySubsequences: false, whereSeparator: { $0 == 0x0A })
            .map { String(decoding: $0, as: UTF8.self) }
        for rawLine in lines {
            if rawLine.unicodeScalars.contains("\u{0C}"), LineShape.trimmed(rawLine.filter { $0 != "\u{0C}" }).isEmpty {
                flush()
                blocks.append(Block(lines: nil))
                continue
            }
            let line = LineShape.trimmed(rawLine)
            if line.isEmpty { flush() } else { current.append(line) }
        }
        flush()
        return blocks
    }

    private func paragraphs(of lines: [String], joining blockIsParagraph: Bool) -> [String] {
        if lines.count == 1 { return lines }
        let shapes = lines.map(LineShape.init)
        if let wrapped = hardWrappedParagraphs(lines, shapes) { return wrapped }
        guard blockIsParagraph else { return lines }
        var result: [String] = []
        var pending: [String] = []
        var previousStoodAlone = true
        for (offset, (line, shape)) in zip(lines, shapes).enumerated() {
            let continuesSentence = offset + 1 < lines.count && Self.startsLowercase(lines[offset + 1])
            let startsFresh = previousStoodAlone || shapes[offset - 1].hasFinalPunctuation
            let isHeading = shape.isHeadingLike(maxWords: maxHeadingWords) && startsFresh && !continuesSentence
            previousStoodAlone = isHeading || standsAlone(shape)
            if previousStoodAlone {
                if !pending.isEmpty { result.append(pending.joined(separator: "\n")); pending = [] }
                result.append(line)
            } else {
                pending.append(line)
            }
        }
        if !pending.isEmpty { result.append(pending.joined(separator: "\n")) }
        return result
    }

    private func hardWrappedParagraphs(_ lines: [String], _ shapes: [LineShape]) -> [String]? {
        let lengths = lines.map { $0.unicodeScalars.count }
        let headingFirst = shapes[0].isHeadingLike(maxWords: maxHeadingWords)
        let widest = lengths.max() ?? 0
        let firstStandsAlone = headingFirst && Double(lengths[0]) < 0.6 * Double(widest)
        let body = firstStandsAlone ? Array(lines.dropFirst()) : lines
        let bodyLengths = firstStandsAlone ? Array(lengths.dropFirst()) : lengths
        let bodyShapes = firstStandsAlone ? Array(shapes.dropFirst()) : shapes
        guard body.count >= 3, widest >= 40, widest <= 100 else { return nil }
        let inner = bodyLengths.dropLast()
        let fullWidth = inner.filter { Double($0) >= 0.6 * Double(widest) }.count
        let punctuated = bodyShapes.dropLast().filter(\.hasFinalPunctuation).count
        guard fullWidth * 3 >= inner.count * 2, punctuated * 2 < inner.count else { return nil }
        let joined = body.joined(separator: "\n")
        return firstStandsAlone ? [lines[0], joined] : [joined]
    }

    private static func startsLowercase(_ line: String) -> Bool {
        line.unicodeScalars.first?.properties.isLowercase == true
    }

    static let gluePhrases = ["Comments Loading...", "Comments Loading\u{2026}", "Loading...", "Loading\u{2026}"]

    /// Cuts "Disqus Comments Loading...News" into the widget phrase and "News".
    static func ungluing(_ paragraph: String) -> [String] {
        for phrase in gluePhrases {
            guard let offset = TextPatterns.byteOffset(of: phrase, in: paragraph) else { continue }
            let bytes = Array(paragraph.utf8)
            let cut = offset + phrase.utf8.count
            let head = String(decoding: bytes[..<cut], as: UTF8.self)
            let tail = LineShape.trimmed(String(decoding: bytes[cut...], as: UTF8.self))
            guard !tail.isEmpty, LineShape.countWords(head) <= 6 else { return [paragraph] }
            return [head] + ungluing(tail)
        }
        return [paragraph]
    }
}
