/// Turns text into terms, working on UTF-8 bytes: words are maximal runs of letters, digits and
/// combining marks of any script; ASCII takes a table-driven fast path and only other scalars are
/// decoded. Words are lower-cased, stripped of possessives, filtered by length and stop words,
/// optionally stemmed, and joined into word n-grams.
///
/// ```swift
/// let tokenizer = Tokenizer(options: .init())
/// tokenizer.words("Honda's year-over-year sales of the AI5") // ["honda", "year", "year", "sales", "ai5"] ("over", "of", "the" are stop words)
/// ```
///
/// CJK text has no spaces between words; a run of Han or Kana characters is one term (Lede does
/// no dictionary segmentation).
public struct Tokenizer: Sendable {
    /// The options this tokenizer applies.
    public let options: TokenizerOptions
    private let stopWords: ByteStringTable
    private let stemmer = PorterStemmer()

    /// Creates a tokenizer; options are validated by ``TokenizerOptions/validate()`` at the edge.
    public init(options: TokenizerOptions = .init()) {
        self.options = options
        var table = ByteStringTable(capacity: 256)
        for word in options.stopWords.words { table.insert(word) }
        stopWords = table
    }

    /// The normalised words of `text` (no n-grams).
    public func words(_ text: String) -> [String] {
        var result: [String] = []
        forEachWord(in: text) { result.append(String(decoding: $0, as: UTF8.self)) }
        return result
    }

    /// The terms of `text`: words and word n-grams as configured, in text order (for each word,
    /// the unigram first, then the n-grams that end at it, shortest first).
    public func terms(_ text: String) -> [String] {
        var result: [String] = []
        forEachTerm(in: text) { result.append(String(decoding: $0, as: UTF8.self)) }
        return result
    }

    /// Calls `body` with the UTF-8 bytes of each term of `text`. The buffer is only valid during the call.
    public func forEachTerm(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let low = options.ngramMin
        let high = options.ngramMax
        if high == 1 {
            forEachWord(in: text, body)
            return
        }
        // The last (high - 1) words, oldest first, to build n-grams ending at the current word.
        var history: [[UInt8]] = []
        history.reserveCapacity(high)
        var gram: [UInt8] = []
        gram.reserveCapacity(128)
        forEachWord(in: text) { word in
            if low == 1 { body(word) }
            history.append(Array(word))
            if history.count > high { history.removeFirst() }
            let shortest = max(2, low)
            let available = history.count
            if available >= shortest {
                for n in shortest...min(high, available) {
                    gram.removeAll(keepingCapacity: true)
                    for index in (available - n)..<available {
                        if index > available - n { gram.append(0x20) }
                        gram.append(contentsOf: history[index])
                    }
                    gram.withUnsafeBufferPointer(body)
                }
            }
        }
    }

    /// Calls `body` with the UTF-8 bytes of each normalised word of `text`.
    public func forEachWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { bytes in scanWords(bytes, body) }
    }

    /// Calls `body` with each normalised word of the valid UTF-8 `bytes`.
    public func forEachWord(inUTF8 bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        scanWords(bytes, body)
    }

    private func scanWords(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let classes = CharacterClasses.ascii
        var word: [UInt8] = []
        word.reserveCapacity(64)
        var scalars = 0
        var index = 0
        let end = bytes.count
        let lowercase = options.lowercase

        func finish() {
            if scalars >= options.minimumLength { emit(&word, body) }
            word.removeAll(keepingCapacity: true)
            scalars = 0
        }

        while index < end {
            let byte = bytes[index]
            var scalar = Unicode.Scalar(byte)
            var length = 1
            if byte < 0x80 {
                let kind = classes[Int(byte)]
                if kind != 0 {
                    word.append(lowercase && kind == CharacterClasses.upper ? byte | 0x20 : byte)
                    scalars += 1
                    index += 1
                    continue
                }
            } else {
                (scalar, length) = UTF8Scalar.decode(bytes, at: index)
            }
            if scalars > 0, let joiner = Joiner(scalar) {
                let next = index + length
                if next < end && UTF8Scalar.isWordStart(bytes, at: next) {
                    switch joiner {
                    case .apostrophe:
                        let isPossessive = (bytes[next] | 0x20) == UInt8(ascii: "s")
                            && (next + 1 >= end || !UTF8Scalar.isWordStart(bytes, at: next + 1))
                        if isPossessive && options.dropPossessive {
                            finish()
                            index = next + 1
                        } else {
                            word.append(0x27)
                            scalars += 1
                            index = next
                        }
                        continue
                    case .hyphen where !options.splitHyphenatedWords:
                        word.append(0x2D)
                        scalars += 1
                        index = next
                        continue
                    case .hyphen:
                        break
                    }
                }
            }
            if byte >= 0x80 && UTF8Scalar.isWordScalar(scalar) {
                UTF8Scalar.appendLowercased(scalar, lowercase: lowercase, to: &word)
                scalars += 1
            } else if scalars > 0 {
                finish()
            }
            index += length
        }
        if scalars > 0 { finish() }
    }

    /// Punctuation that may join two parts of one word.
    private enum Joiner {
        case apostrophe, hyphen

        init?(_ scalar: Unicode.Scalar) {
            switch scalar.value {
            case 0x27, 0x2019: self = .apostrophe
            case 0x2D, 0x2010, 0x2011: self = .hyphen
            default: return nil
            }
        }
    }

    @inline(__always)
    private func emit(_ word: inout [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let isStopWord = stopWords.count > 0 && word.withUnsafeBufferPointer { stopWords.id(of: $0) != nil }
        if isStopWord { return }
        if options.stemming { stemmer.stem(&word) }
        word.withUnsafeBufferPointer(body)
    }
}
