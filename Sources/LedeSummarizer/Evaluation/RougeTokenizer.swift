/// The tokenizer of Google's `rouge-score` (`tokenize.tokenize`), which copies the original
/// ROUGE-1.5.5 script: lower-case the text, treat every character outside `[a-z0-9]` as a
/// space, split, and, when stemming, Porter-stem the tokens longer than three characters.
///
/// ```swift
/// RougeTokenizer(useStemmer: true).tokens(in: "The cats' owners were running!")
/// // ["the", "cat", "owner", "were", "run"]
/// ```
public struct RougeTokenizer: Sendable {
    /// Whether tokens longer than three characters are Porter-stemmed (NLTK's default mode).
    public let useStemmer: Bool
    private let stemmer = PorterStemmer()

    /// Creates a tokenizer; `rouge-score` calls this option `use_stemmer`.
    public init(useStemmer: Bool) {
        self.useStemmer = useStemmer
    }

    /// The tokens of `text`, exactly as `rouge-score` would produce them.
    public func tokens(in text: String) -> [String] {
        var interner = TokenInterner()
        return tokenIDs(in: text, interner: &interner).map {
            String(decoding: interner.bytes(of: $0), as: UTF8.self)
        }
    }

    /// The ids, from `interner`, of the tokens of `text`.
    func tokenIDs(in text: String, interner: inout TokenInterner) -> [Int32] {
        var text = text
        text.makeContiguousUTF8()
        var ids: [Int32] = []
        ids.reserveCapacity(text.utf8.count / 5)
        _ = text.utf8.withContiguousStorageIfAvailable { bytes in
            appendTokenIDs(of: bytes, to: &ids, interner: &interner)
        }
        return ids
    }

    private func appendTokenIDs(
        of bytes: UnsafeBufferPointer<UInt8>, to ids: inout [Int32], interner: inout TokenInterner
    ) {
        var token: [UInt8] = []
        token.reserveCapacity(64)
        var i = 0
        let end = bytes.count
        while i < end {
            let byte = bytes[i]
            if byte &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 {
                token.append(byte)
            } else if byte &- UInt8(ascii: "A") < 26 {
                token.append(byte | 0x20)
            } else if byte == 0xC4 && i + 1 < end && bytes[i + 1] == 0xB0 {
                // Python lower-cases "İ" (U+0130) to "i" plus a combining dot above; the dot
                // is not alphanumeric, so the "i" ends the token.
                token.append(UInt8(ascii: "i"))
                finish(&token, into: &ids, interner: &interner)
                i += 1
            } else if byte == 0xE2 && i + 2 < end && bytes[i + 1] == 0x84 && bytes[i + 2] == 0xAA {
                // Python lower-cases the Kelvin sign (U+212A) to a plain "k".
                token.append(UInt8(ascii: "k"))
                i += 2
            } else if !token.isEmpty {
                // Every other character, ASCII or not, lower-cases to something outside
                // [a-z0-9] and so separates tokens.
                finish(&token, into: &ids, interner: &interner)
            }
            i += 1
        }
        finish(&token, into: &ids, interner: &interner)
    }

    /// Stems the token in progress if it is long enough, records its id and empties it.
    @inline(__always)
    private func finish(_ token: inout [UInt8], into ids: inout [Int32], interner: inout TokenInterner) {
        guard !token.isEmpty else { return }
        if useStemmer && token.count > 3 { stemmer.stem(&token) }
        // rouge-score drops tokens that stemming has emptied.
        if !token.isEmpty { ids.append(interner.id(of: token)) }
        token.removeAll(keepingCapacity: true)
    }
}
