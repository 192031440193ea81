import LedeCore
import Testing

/// A tokenizer with the defaults except for the settings `configure` changes.
private func tokenizer(_ configure: (inout TokenizerOptions) -> Void = { _ in }) -> Tokenizer {
    var options = TokenizerOptions()
    configure(&options)
    return Tokenizer(options: options)
}

private let keepingStopWords = tokenizer { $0.stopWords = .none }

@Suite("Tokenizer")
struct TokenizerTests {
    @Test("a word is lower-cased whole at any length, across the 64-byte rounds it is copied in, and up to the text's end")
    func longWordsAreCopiedWhole() {
        for length in [1, 2, 63, 64, 65, 127, 128, 129, 300] {
            let upper = String((0..<length).map { Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8($0 % 26))) })
            let lower = upper.lowercased()
            #expect(keepingStopWords.words(upper) == (length >= 2 ? [lower] : []), "length \(length), at the end")
            #expect(keepingStopWords.words("xy \(upper)-Q, zz") == (length >= 2 ? ["xy", lower, "zz"] : ["xy", "zz"]),
                    "length \(length), then a hyphen and a letter")
            #expect(keepingStopWords.words("\(upper)é ok") == [lower + "é", "ok"], "length \(length), then a non-ASCII letter")
        }
    }

    @Test("a possessive 's is dropped, in any case")
    func possessiveIsDropped() {
        #expect(tokenizer().words("Honda's") == ["honda"])
        #expect(tokenizer().words("HONDA'S sales") == ["honda", "sales"])
        #expect(keepingStopWords.words("its owner's car") == ["its", "owner", "car"])
    }

    @Test("with possessives kept, 's stays inside the word")
    func possessiveCanBeKept() {
        #expect(tokenizer { $0.dropPossessive = false }.words("Honda's") == ["honda's"])
    }

    @Test("an apostrophe between letters that is not a possessive stays, normalised to '")
    func innerApostropheStays() {
        #expect(keepingStopWords.words("don't o’kronley") == ["don't", "o'kronley"])
    }

    @Test("a curly apostrophe is treated as a straight one")
    func curlyApostropheIsNormalised() {
        #expect(tokenizer().words("Honda’s") == ["honda"])
        #expect(keepingStopWords.words("don’t") == keepingStopWords.words("don't"))
        #expect(tokenizer().words("don’t stop") == ["stop"])
    }

    @Test("a leading or trailing apostrophe is not part of the word")
    func danglingApostrophe() {
        #expect(keepingStopWords.words("'quoted' farmers' fields") == ["quoted", "farmers", "fields"])
    }

    @Test("hyphenated compounds are split by default and kept whole when asked")
    func hyphenatedCompounds() {
        #expect(keepingStopWords.words("year-over-year growth") == ["year", "over", "year", "growth"])
        let whole = tokenizer { $0.stopWords = .none; $0.splitHyphenatedWords = false }
        #expect(whole.words("year-over-year growth") == ["year-over-year", "growth"])
        #expect(whole.words("a well‑known fact") == ["well-known", "fact"])
        #expect(whole.words("left- and right-wing") == ["left", "and", "right-wing"])
    }

    @Test("the documented example gives the documented words")
    func documentedExample() {
        #expect(tokenizer().words("Honda's year-over-year sales of the AI5") == ["honda", "year", "year", "sales", "ai5"])
    }

    @Test("letters and digits form one word")
    func lettersAndDigits() {
        #expect(tokenizer().words("AI5 beats GPT4o in 2024") == ["ai5", "beats", "gpt4o", "2024"])
    }

    @Test("words of any script are kept and lower-cased by Unicode rules")
    func unicodeWords() {
        #expect(tokenizer().words("Αθήνα ΣΗΜΕΡΑ") == ["αθήνα", "σημερα"])
        #expect(tokenizer().words("Ленин и Москва") == ["ленин", "москва"])
        #expect(tokenizer().words("Ärger über Straße") == ["ärger", "über", "straße"])
        #expect(tokenizer().words("Café, RÉSUMÉ; naïve") == ["café", "résumé", "naïve"])
        #expect(tokenizer().words("السلام عليكم") == ["السلام", "عليكم"])
    }

    @Test("combining marks stay inside their word")
    func combiningMarks() {
        #expect(tokenizer().words("हिन्दी भाषा") == ["हिन्दी", "भाषा"])
        #expect(tokenizer().words("Cafe\u{301} noir") == ["cafe\u{301}", "noir"])
    }

    @Test("without lower-casing, case is kept")
    func caseCanBeKept() {
        #expect(tokenizer { $0.lowercase = false; $0.stopWords = .none }.words("NASA Ärger") == ["NASA", "Ärger"])
    }

    @Test("words shorter than the minimum length are dropped, counting scalars not bytes")
    func minimumLength() {
        #expect(keepingStopWords.words("1 2") == [])
        #expect(keepingStopWords.words("I am a sentence.") == ["am", "sentence"])
        let three = tokenizer { $0.stopWords = .none; $0.minimumLength = 3 }
        #expect(three.words("an ox ran far") == ["ran", "far"])
        #expect(three.words("öl äöü") == ["äöü"])
        let one = tokenizer { $0.stopWords = .none; $0.minimumLength = 1 }
        #expect(one.words("1 2 x") == ["1", "2", "x"])
    }

    @Test("stop words are removed whatever their case")
    func stopWordsRemoved() {
        #expect(tokenizer().words("THE Cat And The Hat") == ["cat", "hat"])
        #expect(tokenizer().words("I am a sentence.") == ["sentence"])
        #expect(keepingStopWords.words("THE Cat") == ["the", "cat"])
    }

    @Test("text with no words gives no terms")
    func noWords() {
        for text in ["", " ", "\n\t  \r\n", "...!?;:—–-'’\"()", "- ' -"] {
            #expect(tokenizer().terms(text) == [], "\(text.debugDescription)")
            #expect(keepingStopWords.words(text) == [], "\(text.debugDescription)")
        }
    }

    @Test("a trailing newline, LF or CRLF, changes nothing")
    func newlineInvariance() {
        let one = tokenizer { $0.stopWords = .none; $0.minimumLength = 1 }
        #expect(one.terms("x") == ["x"])
        #expect(one.terms("x\n") == ["x"])
        #expect(one.terms("x\r\n") == ["x"])
        let bigrams = tokenizer { $0.ngramMax = 2 }
        let plain = bigrams.terms("Budget vote passed")
        #expect(plain == ["budget", "vote", "budget vote", "passed", "vote passed"])
        #expect(bigrams.terms("Budget vote passed\n") == plain)
        #expect(bigrams.terms("Budget vote passed\r\n") == plain)
        #expect(bigrams.terms("Budget\r\nvote\npassed") == plain)
    }

    @Test("1...2 n-grams: each word, then the bigram ending at it, built after stop-word removal")
    func unigramsAndBigrams() {
        let terms = tokenizer { $0.ngramMax = 2 }.terms("The quick brown fox of the forest")
        #expect(terms == ["quick", "brown", "quick brown", "fox", "brown fox", "forest", "fox forest"])
    }

    @Test("2...3 n-grams: no unigrams, shortest n-gram ending at each word first")
    func bigramsAndTrigrams() {
        let terms = tokenizer { $0.ngramMin = 2; $0.ngramMax = 3 }.terms("alpha beta, of gamma delta")
        #expect(terms == [
            "alpha beta",
            "beta gamma", "alpha beta gamma",
            "gamma delta", "beta gamma delta",
        ])
    }

    @Test("n-grams longer than the text give no terms")
    func ngramsLongerThanText() {
        let trigrams = tokenizer { $0.ngramMin = 3; $0.ngramMax = 3 }
        #expect(trigrams.terms("alpha beta") == [])
        #expect(trigrams.terms("alpha beta gamma") == ["alpha beta gamma"])
        #expect(tokenizer { $0.ngramMax = 3 }.terms("solo") == ["solo"])
    }

    @Test("n-grams join non-ASCII words with one space")
    func unicodeNgrams() {
        #expect(tokenizer { $0.ngramMin = 2; $0.ngramMax = 2 }.terms("Ärger über") == ["ärger über"])
    }

    @Test("forEachWord(inUTF8:) gives the same words as words(_:)")
    func byteEntryPointAgrees() {
        let text = "Honda’s AI5 — Ärger über year-over-year ΣΗΜΕΡΑ हिन्दी"
        var fromBytes: [String] = []
        var copy = text
        copy.withUTF8 { bytes in
            tokenizer().forEachWord(inUTF8: bytes) { fromBytes.append(String(decoding: $0, as: UTF8.self)) }
        }
        #expect(fromBytes == tokenizer().words(text))
    }

    @Test("options outside their range are rejected with a message naming them")
    func optionValidation() {
        var options = TokenizerOptions()
        options.minimumLength = 0
        #expect(throws: LedeError.self) { try options.validate() }
        options = TokenizerOptions()
        options.ngramMin = 3
        options.ngramMax = 2
        #expect(throws: LedeError.self) { try options.validate() }
        #expect(throws: Never.self) { try TokenizerOptions().validate() }
    }
}
