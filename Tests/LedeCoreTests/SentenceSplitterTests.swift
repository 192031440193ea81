import Foundation
import LedeCore
import Testing

@Suite("SentenceSplitter basics")
struct SentenceSplitterTests {
    @Test("empty and whitespace-only input give no sentences")
    func emptyInput() {
        #expect(sentenceTexts("").isEmpty)
        #expect(sentenceTexts("   \n").isEmpty)
        #expect(sentenceTexts("\r\n\t \n\n").isEmpty)
    }

    @Test("two plain sentences split after the period")
    func twoSentences() {
        #expect(sentenceTexts("The council met today. It approved the plan.")
            == ["The council met today.", "It approved the plan."])
    }

    @Test("a trailing \\n or \\r\\n never changes the sentences")
    func newlineInvariance() {
        let texts = [
            "x", "One sentence only.", "Mr. Smith went to Washington. He stayed.",
            "Headline without stop\n\nBody text here. More body.",
            "A line that is wrapped in the middle of\na sentence. Then another.",
        ]
        for text in texts {
            let plain = SentenceSplitter().split(text)
            #expect(!plain.isEmpty)
            #expect(SentenceSplitter().split(text + "\n") == plain, "\(text)")
            #expect(SentenceSplitter().split(text + "\r\n") == plain, "\(text)")
        }
        #expect(sentenceTexts("First line.\r\nSecond line.") == sentenceTexts("First line.\nSecond line."))
    }

    @Test("utf8Range points at the sentence's bytes in the input")
    func rangesPointAtInputBytes() {
        let text = "  Grüße aus Köln. Zweiter Satz “hier”.  "
        let bytes = Array(text.utf8)
        let sentences = SentenceSplitter().split(text)
        #expect(sentences.count == 2)
        for sentence in sentences {
            #expect(String(decoding: bytes[sentence.utf8Range], as: UTF8.self) == sentence.text)
        }
        #expect(sentences[0].utf8Range.lowerBound == 2)
    }

    @Test("a hard-wrapped sentence's text has single spaces where the line breaks were")
    func internalNewlinesBecomeSpaces() {
        let sentences = SentenceSplitter().split("The vote was close and\r\n  the result surprised many. Next.")
        #expect(sentences.map(\.text) == ["The vote was close and the result surprised many.", "Next."])
        #expect(sentences[0].utf8Range == 0..<52)
    }

    @Test("paragraph indices count blank-line separated paragraphs; headlines do not end in punctuation")
    func paragraphsAndTerminalFlags() {
        let sentences = SentenceSplitter().split(
            "Ad sales boost profit\n\nQuarterly profits rose 76%. The firm is pleased.\n\n\nShares rose")
        #expect(sentences.map(\.text)
            == ["Ad sales boost profit", "Quarterly profits rose 76%.", "The firm is pleased.", "Shares rose"])
        #expect(sentences.map(\.paragraphIndex) == [0, 1, 1, 2])
        #expect(sentences.map(\.endsWithTerminalPunctuation) == [false, true, true, false])
    }

    @Test("a sentence ending in a closing quote still ends with terminal punctuation")
    func terminalBeforeClosingQuote() {
        let sentences = SentenceSplitter().split("He said “it is over.” Then he left.")
        #expect(sentences.map(\.text) == ["He said “it is over.”", "Then he left."])
        #expect(sentences.map(\.endsWithTerminalPunctuation) == [true, true])
    }

    @Test("no sentence is ever empty, even for stray punctuation")
    func noEmptySentences() {
        for text in ["...", " . . . ", "!!!", ". A.", "\" \"", "?\n\n.", "“”. ()"] {
            let sentences = SentenceSplitter().split(text)
            #expect(!sentences.isEmpty, "\(text)")
            for sentence in sentences {
                #expect(!sentence.text.isEmpty)
                #expect(sentence.text == sentence.text.trimmingCharacters(in: .whitespacesAndNewlines))
            }
        }
        #expect(sentenceTexts("...") == ["..."])
    }

    @Test("one-sentence-per-line mode keeps every line whole")
    func oneSentencePerLine() {
        let options = SentenceSplitterOptions(oneSentencePerLine: true)
        #expect(sentenceTexts("One. Two.\nthree and\n\nFour", options) == ["One. Two.", "three and", "Four"])
    }

    @Test("extra abbreviations stop a split that the built-in lists would make")
    func extraAbbreviations() {
        let text = "He met Abg. Müller on Monday."
        #expect(sentenceTexts(text) == ["He met Abg.", "Müller on Monday."])
        #expect(sentenceTexts(text, SentenceSplitterOptions(extraAbbreviations: ["Abg."])) == [text])
        #expect(sentenceTexts(text, SentenceSplitterOptions(extraAbbreviations: ["Abg"])) == [text])
    }

    @Test("options decode with defaults for missing keys and round-trip through JSON")
    func optionsCodable() throws {
        let empty = try JSONDecoder().decode(SentenceSplitterOptions.self, from: Data("{}".utf8))
        #expect(empty == SentenceSplitterOptions())
        let custom = SentenceSplitterOptions(
            oneSentencePerLine: true, extraAbbreviations: ["Abg."], joinsHardWrappedLines: false,
            numbersWithPeriodAreOrdinals: true)
        let decoded = try JSONDecoder().decode(SentenceSplitterOptions.self, from: JSONEncoder().encode(custom))
        #expect(decoded == custom)
    }

    @Test("splitting UTF-8 bytes directly gives the same sentences as splitting the string")
    func bytesAndStringAgree() {
        let text = "Prices rose 6.1% in the U.S. The Fed met. «Bon.» Fin."
        let fromBytes = Array(text.utf8).withUnsafeBufferPointer { SentenceSplitter().split(utf8: $0) }
        #expect(fromBytes == SentenceSplitter().split(text))
        #expect(fromBytes.count == 4)
    }
}
