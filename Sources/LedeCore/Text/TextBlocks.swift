#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Cuts a document into blocks that no sentence may cross: paragraphs (separated by blank
/// lines) and, inside a paragraph, lines whose line break is a hard boundary.
///
/// A single line break is a **space** (a hard wrap) when either
/// 1. the paragraph is hard-wrapped and the line before the break is long, or
/// 2. the line before the break does not end in terminal punctuation and the next line starts
///    with a lower-case letter (`...a sentence that\ncontinues here`).
///
/// A paragraph of three or more lines is hard-wrapped when at least 75% of its lines other than
/// the last are long (at least 60% of the longest line, which must be 30 or more characters)
/// and at least half of them end without terminal punctuation (prose wrapped at a fixed width
/// breaks mid-sentence; a list of one sentence per line does not). Once one paragraph of the
/// document is hard-wrapped, a two-line paragraph whose first line is long relative to that
/// paragraph's width is hard-wrapped too. A line that starts a list item (`- `, `* `, `• `,
/// `– `, `1. `, `2) `) always starts a new block, and every other line break is hard: a
/// headline, a section line such as `News` or a sub-heading stays a sentence of its own.
/// A document without any terminal punctuation is read as one sentence per line.
struct TextBlocks {
    /// A run of bytes inside one paragraph that sentence scanning may treat as continuous text.
    struct Block: Equatable {
        var range: Range<Int>
        var paragraphIndex: Int
    }

    private struct Line {
        var start: Int
        var end: Int
        var length: Int
        var endsWithTerminal: Bool
    }

    /// The blocks of `bytes`, in order; blank lines are not part of any block.
    static func blocks(
        of bytes: UnsafeBufferPointer<UInt8>, joinHardWraps: Bool, onePerLine: Bool
    ) -> [Block] {
        let paragraphs = Self.paragraphs(of: bytes)
        let joins = joinHardWraps && !onePerLine && Self.containsTerminal(bytes)
        let documentWidth = joins ? Self.documentWrapWidth(paragraphs) : nil
        var blocks: [Block] = []
        for (paragraphIndex, lines) in paragraphs.enumerated() {
            guard lines.count > 1 else {
                blocks.append(Block(range: lines[0].start..<lines[0].end, paragraphIndex: paragraphIndex))
                continue
            }
            let width = joins ? Self.wrapWidth(of: lines) ?? Self.twoLineWidth(lines, documentWidth) : nil
            var blockStart = lines[0].start
            for index in 0..<lines.count - 1 {
                let line = lines[index]
                let next = lines[index + 1]
                let soft = joins && !Self.startsListItem(bytes, next)
                    && ((width.map { line.length * 10 >= $0 * 6 } ?? false)
                        || (!line.endsWithTerminal
                            && SentenceBytes.wordStart(in: bytes, at: next.start) == .lower))
                if !soft {
                    blocks.append(Block(range: blockStart..<line.end, paragraphIndex: paragraphIndex))
                    blockStart = next.start
                }
            }
            blocks.append(Block(range: blockStart..<lines[lines.count - 1].end, paragraphIndex: paragraphIndex))
        }
        return blocks
    }

    /// Non-blank lines, trimmed, grouped into paragraphs by blank lines.
    /// Line lengths (in scalars) are counted only in paragraphs of more than one line, the
    /// only ones where hard-wrap detection needs them.
    private static func paragraphs(of bytes: UnsafeBufferPointer<UInt8>) -> [[Line]] {
        var paragraphs: [[Line]] = []
        var current: [Line] = []
        var index = 0
        let count = bytes.count
        while index <= count {
            let lineEnd = Self.lineEnd(bytes, from: index)
            var start = index
            while start < lineEnd && SentenceBytes.isSpace(bytes[start]) { start += 1 }
            var end = lineEnd
            while end > start && SentenceBytes.isSpace(bytes[end - 1]) { end -= 1 }
            if start == end {
                if !current.isEmpty { paragraphs.append(current) }
                current = []
            } else {
                let terminal = SentenceBytes.endsWithTerminal(bytes, lower: start, end: end)
                current.append(Line(start: start, end: end, length: 0, endsWithTerminal: terminal))
            }
            if lineEnd >= count { break }
            index = lineEnd + (bytes[lineEnd] == 0x0D && lineEnd + 1 < count && bytes[lineEnd + 1] == 0x0A ? 2 : 1)
        }
        if !current.isEmpty { paragraphs.append(current) }
        for paragraph in paragraphs.indices where paragraphs[paragraph].count > 1 {
            for line in paragraphs[paragraph].indices {
                var length = 0
                for position in paragraphs[paragraph][line].start..<paragraphs[paragraph][line].end
                where SentenceBytes.isScalarStart(bytes[position]) {
                    length += 1
                }
                paragraphs[paragraph][line].length = length
            }
        }
        return paragraphs
    }

    /// The offset of the next `\n` or `\r` at or after `start`, or the end.
    private static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress, start < bytes.count else { return bytes.count }
        let remaining = bytes.count - start
        let newline = memchr(base + start, 0x0A, remaining).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) }
            ?? bytes.count
        let carriageReturn = memchr(base + start, 0x0D, newline - start).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) }
        return carriageReturn ?? newline
    }

    /// The width (longest line) of a paragraph of three or more lines that looks hard-wrapped.
    private static func wrapWidth(of lines: [Line]) -> Int? {
        guard lines.count >= 3 else { return nil }
        let width = lines.map(\.length).max() ?? 0
        guard width >= 30 else { return nil }
        let inner = lines.dropLast()
        let long = inner.filter { $0.length * 10 >= width * 6 }.count
        let open = inner.filter { !$0.endsWithTerminal }.count
        return long * 4 >= inner.count * 3 && open * 2 >= inner.count ? width : nil
    }

    /// The widest hard-wrapped paragraph's width, if any paragraph is hard-wrapped.
    private static func documentWrapWidth(_ paragraphs: [[Line]]) -> Int? {
        paragraphs.compactMap { wrapWidth(of: $0) }.max()
    }

    /// A two-line paragraph in a hard-wrapped document is wrapped when its first line is long
    /// for that document and ends mid-sentence.
    private static func twoLineWidth(_ lines: [Line], _ documentWidth: Int?) -> Int? {
        guard lines.count == 2, let documentWidth, !lines[0].endsWithTerminal,
            lines[0].length * 10 >= documentWidth * 6, lines[0].length <= documentWidth + 10
        else { return nil }
        return documentWidth
    }

    /// Whether the line starts like a list item: a bullet mark or a short number, then a space.
    private static func startsListItem(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Line) -> Bool {
        let first = bytes[line.start]
        let afterMark: Int
        switch first {
        case 0x2D, 0x2A: afterMark = line.start + 1
        case 0xE2 where line.start + 2 < line.end && bytes[line.start + 1] == 0x80
            && (bytes[line.start + 2] == 0xA2 || bytes[line.start + 2] == 0x93 || bytes[line.start + 2] == 0x94):
            afterMark = line.start + 3
        case 0xC2 where line.start + 1 < line.end && bytes[line.start + 1] == 0xB7:
            afterMark = line.start + 2
        default:
            var position = line.start
            while position < line.end && position - line.start < 3 && SentenceBytes.isASCIIDigit(bytes[position]) {
                position += 1
            }
            guard position > line.start, position < line.end,
                bytes[position] == 0x2E || bytes[position] == 0x29
            else { return false }
            afterMark = position + 1
        }
        return afterMark < line.end && SentenceBytes.isSpace(bytes[afterMark])
    }

    /// Whether any sentence-ending mark occurs in the document.
    private static func containsTerminal(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in 0..<bytes.count {
            let byte = bytes[index]
            if byte == 0x2E || byte == 0x21 || byte == 0x3F { return true }
            if byte >= 0xE2 && (SentenceBytes.horizontalEllipsisLength(in: bytes, at: index) > 0
                || SentenceBytes.fullWidthTerminalLength(in: bytes, at: index) > 0) {
                return true
            }
        }
        return false
    }
}
