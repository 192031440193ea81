import LedeCore
import Testing

/// Found by the sentence-splitter fuzz harness: a byte that cannot start a UTF-8 character
/// (`0xF8`) was decoded together with the characters after it, so whether a line break was a hard
/// wrap depended on whether the file ended with a newline.
@Suite("SentenceSplitter on invalid UTF-8")
struct SentenceSplitterInvalidUTF8Tests {
    static func split(_ bytes: [UInt8]) -> [Sentence] {
        bytes.withUnsafeBufferPointer { SentenceSplitter().split(utf8: $0) }
    }

    @Test("an invalid lead byte after a line break does not borrow the following bytes; a trailing newline changes nothing")
    func invalidLeadByte() {
        let bytes = Array("Short headline! A longer line of text that goes on... Toooooooooooooooh\r".utf8) + [0xF8] + Array("]]".utf8)
        let sentences = Self.split(bytes)
        #expect(Self.split(bytes + [0x0A]) == sentences)
        #expect(sentences.last?.text == "\u{FFFD}]]")
    }

    @Test("a truncated multi-byte character at the end is repaired, not read past", arguments: [[0xE2, 0x80], [0xF0, 0x9F, 0x98], [0xC3]])
    func truncatedCharacter(tail: [UInt8]) {
        let bytes = Array("It ended. Then".utf8) + tail
        let sentences = Self.split(bytes)
        #expect(sentences.map(\.utf8Range.upperBound).last == bytes.count)
        #expect(Self.split(bytes + [0x0A]) == sentences)
    }
}
