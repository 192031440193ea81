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
        let shortest = max(2, low)
        // The last `high` words joined by single spaces, so that every n-gram ending at the
        // current word is a suffix of this buffer and needs no copying.
        let recent = ByteScratch(capacity: 256)
        var starts: [Int] = []
        starts.reserveCapacity(high)
        forEachWord(in: text) { word in
            if low == 1 { body(word) }
            if starts.count == high {
                let cut = starts[1]
                recent.removeFirst(cut)
                for index in 1..<high { starts[index - 1] = starts[index] - cut }
                starts.removeLast()
            }
            if !starts.isEmpty { recent.append(0x20) }
            starts.append(recent.count)
            recent.append(contentsOf: word)
            let held = starts.count
            guard held >= shortest else { return }
            for n in shortest...min(high, held) {
                let start = starts[held - n]
                body(UnsafeBufferPointer(start: recent.base + start, count: recent.count - start))
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
        guard let base = bytes.baseAddress else { return }
        let word = ByteScratch(capacity: 64)
        var scalars = 0
        var index = 0
        let end = bytes.count
        let lowercase = options.lowercase
        let minimumLength = options.minimumLength

        // ASCII word bytes map to themselves (lower-cased when asked); everything else to 0.
        (lowercase ? CharacterClasses.asciiLowered : CharacterClasses.asciiKept).withUnsafeBufferPointer { fold in
            while index < end {
                let byte = base[index]
                let folded = fold[Int(byte)]
                if folded != 0 {
                    // A run of ASCII word bytes is copied (folded) in one go.
                    let runEnd = word.appendRun(base, from: index, to: end, mappedBy: fold)
                    scalars += runEnd - index
                    index = runEnd
                    continue
                }
                var scalar = Unicode.Scalar(byte)
                var length = 1
                if byte >= 0x80 {
                    (scalar, length) = UTF8Scalar.decode(bytes, at: index)
                }
                if scalars > 0, let joiner = Joiner(scalar) {
                    let next = index + length
                    if next < end && UTF8Scalar.isWordStart(bytes, at: next) {
                        switch joiner {
                        case .apostrophe:
                            let isPossessive = (base[next] | 0x20) == UInt8(ascii: "s")
                                && (next + 1 >= end || !UTF8Scalar.isWordStart(bytes, at: next + 1))
                            if isPossessive && options.dropPossessive {
                                if scalars >= minimumLength { emit(word, body) }
                                word.removeAll()
                                scalars = 0
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
                        case .dot, .at:
                            guard options.keepAddresses else { break }
                            word.append(byte)
                            scalars += 1
                            index = next
                            continue
                        }
                    }
                }
                if byte >= 0x80 && UTF8Scalar.isWordScalar(scalar) {
                    UTF8Scalar.appendLowercased(scalar, lowercase: lowercase, to: word)
                    scalars += 1
                } else if scalars > 0 {
                    if scalars >= minimumLength { emit(word, body) }
                    word.removeAll()
                    scalars = 0
                }
                index += length
            }
        }
        if scalars >= minimumLength && scalars > 0 { emit(word, body) }
    }

    /// Punctuation that may join two parts of one word.
    private enum Joiner {
        case apostrophe, hyphen, dot, at

        init?(_ scalar: Unicode.Scalar) {
            switch scalar.value {
            case 0x27, 0x2019: self = .apostrophe
            case 0x2D, 0x2010, 0x2011: self = .hyphen
            case 0x2E: self = .dot
            case 0x40: self = .at
            default: return nil
            }
        }
    }

    @inline(__always)
    private func emit(_ word: ByteScratch, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let bytes = UnsafeBufferPointer(start: word.base, count: word.count)
        if stopWords.count > 0 && stopWords.id(of: bytes) != nil { return }
        if options.stemming {
            var stemmed = Array(bytes)
            stemmer.stem(&stemmed)
            stemmed.withUnsafeBufferPointer(body)
        } else {
            body(bytes)
        }
    }
}
