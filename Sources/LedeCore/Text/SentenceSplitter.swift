/// Lede's news-grade sentence splitter: compiled in, no downloads, on UTF-8 bytes.
///
/// Splitting happens in two steps:
/// 1. **Blocks** (``TextBlocks``): blank lines separate paragraphs; a line break is a hard
///    boundary (headlines, section lines, list items) unless the text is hard-wrapped there, in
///    which case it is a space. A document with no terminal punctuation at all comes out as its
///    lines.
/// 2. **Sentence ends** inside each block (``SentenceBoundaryScanner``): abbreviations, dotted
///    acronyms, initials, numbers, ellipses, quotes and glued sentences are handled as documented
///    there and in ``Abbreviations``.
///
/// ```swift
/// let sentences = SentenceSplitter().split("Mr. Comey met U.S. officials. They said no.")
/// // ["Mr. Comey met U.S. officials.", "They said no."]
/// ```
/// The result never contains an empty sentence; whitespace-only input gives `[]`. A trailing
/// `\n` or `\r\n` never changes the result.
public struct SentenceSplitter: Sendable {
    /// The settings this splitter was made with.
    public let options: SentenceSplitterOptions
    private let abbreviations: Abbreviations

    /// Creates a splitter with `options` (defaults suit English news).
    public init(options: SentenceSplitterOptions = .init()) {
        self.options = options
        self.abbreviations = Abbreviations(extra: options.extraAbbreviations)
    }

    /// The sentences of `text`, in order.
    public func split(_ text: String) -> [Sentence] {
        if let sentences = text.utf8.withContiguousStorageIfAvailable({ split(utf8: $0) }) {
            return sentences
        }
        return Array(text.utf8).withUnsafeBufferPointer { split(utf8: $0) }
    }

    /// The sentences of UTF-8 `bytes`, in order; ranges are offsets into `bytes`. Invalid UTF-8
    /// is repaired (with U+FFFD) in `Sentence.text` only.
    public func split(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Sentence] {
        let blocks = TextBlocks.blocks(
            of: bytes, joinHardWraps: options.joinsHardWrappedLines, onePerLine: options.oneSentencePerLine)
        let scanner = SentenceBoundaryScanner(
            bytes: bytes, abbreviations: abbreviations, numbersAreOrdinals: options.numbersWithPeriodAreOrdinals)
        var sentences: [Sentence] = []
        for block in blocks {
            var start = block.range.lowerBound
            let cuts = options.oneSentencePerLine ? [] : scanner.cuts(in: block.range)
            for cut in cuts + [block.range.upperBound] {
                if let sentence = Self.sentence(bytes, start..<cut, paragraphIndex: block.paragraphIndex) {
                    sentences.append(sentence)
                }
                start = cut
            }
        }
        return sentences
    }

    /// The trimmed sentence in `range`, or nil when only whitespace is there.
    private static func sentence(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, paragraphIndex: Int
    ) -> Sentence? {
        var lower = range.lowerBound
        var upper = range.upperBound
        // Unicode spaces too: a no-break or ideographic space at a paragraph's edge is not text.
        while lower < upper, case let length = SentenceBytes.spaceLength(in: bytes, at: lower), length > 0, lower + length <= upper { lower += length }
        while upper > lower, case let length = SentenceBytes.spaceLength(in: bytes, endingAt: upper), length > 0, upper - length >= lower { upper -= length }
        guard lower < upper else { return nil }
        return Sentence(
            text: text(bytes, lower..<upper),
            utf8Range: lower..<upper,
            paragraphIndex: paragraphIndex,
            endsWithTerminalPunctuation: SentenceBytes.endsWithTerminal(bytes, lower: lower, end: upper))
    }

    /// The bytes as a string, with each whitespace run that holds a line break made one space.
    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        guard slice.contains(where: SentenceBytes.isLineBreak) else {
            return String(decoding: slice, as: UTF8.self)
        }
        var joined: [UInt8] = []
        joined.reserveCapacity(slice.count)
        var index = 0
        while index < slice.count {
            guard SentenceBytes.isSpace(slice[index]) else {
                joined.append(slice[index])
                index += 1
                continue
            }
            let runStart = index
            var hasBreak = false
            while index < slice.count && SentenceBytes.isSpace(slice[index]) {
                hasBreak = hasBreak || SentenceBytes.isLineBreak(slice[index])
                index += 1
            }
            if hasBreak {
                joined.append(0x20)
            } else {
                joined.append(contentsOf: slice[runStart..<index])
            }
        }
        return String(decoding: joined, as: UTF8.self)
    }
}
