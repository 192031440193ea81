/// The candidate key phrases of one text: runs of words that read like a noun phrase. A run
/// never starts or ends on a function word, a number or a verb-like word, never crosses clause
/// punctuation, and stops after a possessive ("company's Grok" gives "company" and "grok") or a
/// plural-looking word followed by another candidate word, which is then taken for a verb
/// ("council backs wind farm" gives "council" and "wind farm").
struct PhraseCandidates {
    /// One occurrence of a candidate.
    struct Occurrence {
        /// The sentence (0 is the headline when there is one).
        var sentence: Int
        /// Offsets of the first and past-the-last word in ``PhraseCandidates/words``.
        var range: Range<Int>
    }

    /// Every word of the text, sentence after sentence.
    let words: [PhraseWord]
    /// The sentence of each word.
    let sentenceOfWord: [Int]
    /// Whether each word may be part of a key phrase.
    let isContent: [Bool]
    /// Candidate occurrences in text order.
    let occurrences: [Occurrence]
    /// How many words are English function words (for the language check).
    let functionWordCount: Int

    init(sentences: [String], maximumWords: Int, vocabulary: KeywordVocabulary) {
        var words: [PhraseWord] = []
        var sentenceOfWord: [Int] = []
        for (index, sentence) in sentences.enumerated() {
            var scanned = PhraseWordScanner.words(in: sentence)
            if !scanned.isEmpty {
                scanned[0].startsClause = true
                // A sentence's first word is capitalised by position, not because it is a name;
                // in a headline set in title case ("Tarn Dynamics Switches Campus") no word is.
                let capitalized = scanned.filter(\.isCapitalized).count
                if scanned.count >= 3 && capitalized * 4 >= scanned.count * 3 {
                    for k in scanned.indices { scanned[k].isCapitalized = false }
                }
                scanned[0].isCapitalized = false
            }
            words += scanned
            sentenceOfWord += Array(repeating: index, count: scanned.count)
        }
        var functionWords = 0
        var isContent = [Bool](repeating: false, count: words.count)
        for (index, word) in words.enumerated() {
            if vocabulary.isStopWord(word.text) {
                functionWords += 1
                continue
            }
            isContent[index] = !vocabulary.isFiller(word) && vocabulary.mayBeInPhrase(word)
        }
        var occurrences: [Occurrence] = []
        var start = 0
        while start < words.count {
            guard isContent[start] else { start += 1; continue }
            var end = start + 1
            while end < words.count, isContent[end], !words[end].startsClause, !words[end - 1].isPossessive,
                  !vocabulary.endsPhraseAsPlural(words[end - 1]),
                  sentenceOfWord[end] == sentenceOfWord[start] { end += 1 }
            // A run cut after a plural-looking word because another candidate word follows
            // ("harbour town backs | wind farm") ends on a verb: the word is dropped.
            var last = end
            if end < words.count, isContent[end], !words[end].startsClause, !words[end - 1].isPossessive,
               sentenceOfWord[end] == sentenceOfWord[start], vocabulary.endsPhraseAsPlural(words[end - 1]) {
                last -= 1
            } else if end - start >= 2, end < words.count, words[end - 2].isCapitalized,
                      vocabulary.endsPhraseAsPlural(words[end - 1]), !words[end].startsClause,
                      KeywordVocabulary.followsVerbs.contains(words[end].text) {
                // So does one after a name and before a particle or determiner ("Tarn Dynamics
                // switches on its campus", "Bush calls for the").
                last -= 1
            }
            // A run ending on a participle or gerund ("the proposal approved", "claims resulting")
            // drops it; one opening on a gerund ("counting aliens") too.
            while last > start, vocabulary.isParticiple(words[last - 1]) || vocabulary.isGerund(words[last - 1]) { last -= 1 }
            var first = max(start, last - maximumWords)
            while first < last, vocabulary.isGerund(words[first]) { first += 1 }
            if first < last {
                occurrences.append(Occurrence(sentence: sentenceOfWord[start], range: first..<last))
            }
            start = end
        }
        self.words = words
        self.sentenceOfWord = sentenceOfWord
        self.isContent = isContent
        self.occurrences = occurrences
        functionWordCount = functionWords
    }
}
