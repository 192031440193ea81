import LedeCore
import Testing

/// Found by the sentence-splitter fuzz harness: sentences were trimmed of ASCII whitespace only,
/// so a no-break space (common from `&nbsp;`) or an ideographic space at a paragraph's edge
/// stayed in the sentence text.
@Suite("SentenceSplitter trims Unicode spaces at sentence edges")
struct SentenceSplitterUnicodeSpaceTests {
    @Test("no-break, em and ideographic spaces around sentences are trimmed; ranges follow")
    func trimsUnicodeSpaces() {
        let text = "\u{00A0}\u{2003}The vote passed. Turnout was high.\u{3000}"
        let sentences = SentenceSplitter().split(text)
        #expect(sentences.map(\.text) == ["The vote passed.", "Turnout was high."])
        let bytes = Array(text.utf8)
        for sentence in sentences {
            #expect(String(decoding: bytes[sentence.utf8Range], as: UTF8.self) == sentence.text)
        }
    }

    @Test("spaces inside a sentence and non-space characters sharing lead bytes stay")
    func keepsInnerAndLookalikes() {
        // U+2010 (hyphen) and U+3001 (ideographic comma) share lead bytes with U+2000 and U+3000.
        #expect(SentenceSplitter().split("‐a\u{00A0}b、").map(\.text) == ["‐a\u{00A0}b、"])
    }

    @Test("a sentence of only Unicode spaces is no sentence")
    func onlySpaces() {
        #expect(SentenceSplitter().split("\u{00A0}\u{3000}\u{2009}").isEmpty)
    }
}
