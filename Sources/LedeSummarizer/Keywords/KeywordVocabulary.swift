/// Which words may be part of a key phrase: not function words (Lede's English stop words and a
/// few news verbs and fillers), not numbers, and not verb-like words, judged by the background
/// table's word classes with spelling as a fallback for words it has not seen enough.
struct KeywordVocabulary: Sendable {
    private let stopWords: Set<String>
    private let fillers: Set<String>
    private let alwaysFillers: Set<String>
    let background: KeywordBackground

    /// Words that never make a key phrase although they are not on the stop list: reporting
    /// verbs, discourse fillers and vague quantities of news prose.
    private static let newsFillers: [String] = [
        "said", "says", "say", "told", "tell", "added", "according", "including", "also", "like", "well",
        "per", "cent", "percent", "one", "two", "three", "four", "five", "six",
        "seven", "eight", "nine", "ten", "first", "second", "third", "last", "next", "year", "years",
        "month", "months", "week", "weeks", "day", "days", "time", "times", "many", "much", "several",
        "new", "old", "big", "good", "great", "lot", "lots", "way", "ways", "thing", "things", "part",
        "since", "yet", "still", "even", "already", "however", "although", "though", "whether", "among",
        "today", "yesterday", "tomorrow", "ago", "least", "less", "likely", "around", "across", "within", "without", "used",
        "use", "make", "made", "get", "got", "go", "going", "take", "taken", "come", "came", "set",
        // Irregular past tenses, which spelling cannot tell from nouns.
        "rose", "fell", "won", "lost", "took", "gave", "went", "began", "grew", "met", "saw", "led",
        "paid", "sold", "bought", "held", "kept", "brought", "thought", "became", "spoke", "wrote",
        "chose", "drove", "threw", "knew", "sent", "spent", "built", "struck", "sought", "fought",
    ]

    /// Fillers even when capitalised: titles and weekdays.
    private static let capitalizedFillers: [String] = [
        "mr", "mrs", "ms", "dr", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// Words that follow a verb far more often than a plural noun: particles and determiners.
    static let followsVerbs: Set<String> = [
        "the", "a", "an", "its", "his", "her", "their", "on", "off", "up", "out", "for", "into", "back", "down",
    ]

    init(background: KeywordBackground) {
        self.background = background
        stopWords = Set(StopWords.english.words)
        fillers = Set(Self.newsFillers)
        alwaysFillers = Set(Self.capitalizedFillers)
    }

    /// Whether `word` (lower case) is an English function word (the language check counts them).
    func isStopWord(_ word: String) -> Bool { stopWords.contains(word) }

    /// Whether the word is a filler: on the list, unless capitalised inside a sentence (a name
    /// such as "New York" or "First Boston"); titles and weekdays always.
    func isFiller(_ word: PhraseWord) -> Bool {
        alwaysFillers.contains(word.text) || (fillers.contains(word.text) && !word.isCapitalized)
    }

    /// Whether the word may be part of a phrase: it has a letter, at least two characters, and
    /// does not read as a verb or adverb. A capitalised word (inside a sentence) is a name and
    /// always may.
    func mayBeInPhrase(_ word: PhraseWord) -> Bool {
        let text = word.text
        guard text.unicodeScalars.count >= 2, text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { return false }
        if word.isCapitalized { return true }
        return !isVerbLike(text)
    }

    /// Verb-like: the background says so; or, for words it cannot place, the spelling of a
    /// finite verb or adverb ("-ly", or "-s" on a verbal stem).
    func isVerbLike(_ text: String) -> Bool {
        switch background.wordClass(of: text) {
        case .verbal: return true
        case .nominal: return false
        case .unknown:
            if text.hasSuffix("ly") && text.count > 4 { return true }
            if text.hasSuffix("s") && !text.hasSuffix("ss") && background.wordClass(of: String(text.dropLast())) == .verbal {
                return true
            }
            return false
        }
    }

    /// A lower-case "-ed" word ("approved", "dedicated"; not "-eed" as in "speed"): it may open a
    /// phrase ("proposed merger") but not end one, nor stand alone.
    func isParticiple(_ word: PhraseWord) -> Bool {
        !word.isCapitalized && word.text.hasSuffix("ed") && !word.text.hasSuffix("eed") && word.text.count > 4
    }

    /// A lower-case plural-looking "-s" word ("backs", "signs"; not "-ss", "-us", "-is"): inside
    /// a run it is far more often a verb ("council backs wind farm") than a noun modifying the
    /// next one, so a phrase ends before it.
    func endsPhraseAsPlural(_ word: PhraseWord) -> Bool {
        let text = word.text
        return !word.isCapitalized && text.count > 3 && text.hasSuffix("s")
            && !text.hasSuffix("ss") && !text.hasSuffix("us") && !text.hasSuffix("is")
    }

    /// A lower-case "-ing" word the background does not know as a noun or adjective ("counting",
    /// "resulting"): it may sit inside a phrase but neither open nor end one, nor stand alone.
    func isGerund(_ word: PhraseWord) -> Bool {
        !word.isCapitalized && word.text.hasSuffix("ing") && word.text.count > 5
            && background.wordClass(of: word.text) != .nominal
    }
}
