/// The Porter stemmer (Porter 1980, "An algorithm for suffix stripping") as NLTK's default
/// `PorterStemmer()` runs it, with the `NLTK_EXTENSIONS` changes: a small table of irregular
/// forms, words of one or two letters left alone, and NLTK's versions of the "-ies", "-ied",
/// "y" → "i", "-alli", "-fulli" and "-logi" rules.
///
/// Matching NLTK exactly matters because Google's `rouge-score`, the reference for ROUGE,
/// stems with it.
///
/// ```swift
/// let stemmer = PorterStemmer()
/// stemmer.stem("generalizations")  // "gener"
/// stemmer.stem("running")          // "run"
/// ```
public struct PorterStemmer: Sendable {
    /// Creates a stemmer. It holds no state; one instance can be shared freely.
    public init() {}

    /// The stem of `word`, lower-cased first as NLTK does ("Running" → "run").
    /// A word containing any non-ASCII character is returned unchanged.
    public func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        guard Self.isASCII(bytes) else { return word }
        stem(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Stems a lower-case ASCII word held in bytes, in place; leaves non-ASCII words unchanged.
    /// Upper-case ASCII letters are lower-cased first, as NLTK does.
    public func stem(_ word: inout [UInt8]) {
        guard Self.isASCII(word) else { return }
        for i in word.indices where word[i] &- UInt8(ascii: "A") < 26 { word[i] |= 0x20 }
        let stemmedCount = word.withUnsafeMutableBufferPointer { buffer -> Int in
            guard let start = buffer.baseAddress else { return 0 }
            var porterWord = PorterWord(bytes: start, count: buffer.count)
            if porterWord.replaceIrregularForm() { return porterWord.count }
            // NLTK leaves words of one or two letters alone, although the paper does not.
            guard porterWord.count > 2 else { return porterWord.count }
            porterWord.step1a()
            porterWord.step1b()
            porterWord.step1c()
            porterWord.step2()
            porterWord.step3()
            porterWord.step4()
            porterWord.step5a()
            porterWord.step5b()
            return porterWord.count
        }
        word.removeLast(word.count - stemmedCount)
    }

    @inline(__always)
    private static func isASCII(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { $0 < 0x80 }
    }
}

extension PorterWord {
    /// NLTK's table of irregular forms: words the rules get wrong, with their stems.
    /// Every stem is no longer than its form, so the replacement fits in place.
    private static let irregularForms: [(form: StaticString, stem: StaticString)] = [
        ("sky", "sky"), ("skies", "sky"), ("dying", "die"), ("lying", "lie"), ("tying", "tie"),
        ("news", "news"), ("innings", "inning"), ("inning", "inning"), ("outings", "outing"),
        ("outing", "outing"), ("cannings", "canning"), ("canning", "canning"), ("howe", "howe"),
        ("proceed", "proceed"), ("exceed", "exceed"), ("succeed", "succeed"),
    ]

    /// Replaces the whole word with its stem if it is an irregular form; returns whether it was.
    mutating func replaceIrregularForm() -> Bool {
        guard (3...8).contains(count) else { return false }
        for (form, stem) in Self.irregularForms
        where form.utf8CodeUnitCount == count && endsWith(form) {
            count = 0
            replaceLast(0, with: stem)
            return true
        }
        return false
    }
}
