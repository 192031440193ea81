/// Which stop-word list a tokeniser removes.
public enum StopWords: String, Sendable, Hashable, Codable, CaseIterable {
    /// Keep every word.
    case none
    /// Lede's English list: function words (articles, pronouns, auxiliaries, prepositions,
    /// conjunctions, common contractions), no content words. Matched after lower-casing and
    /// before stemming, so `The`, `the` and `THE` are all removed.
    case english

    /// The words of the list, lower case.
    public var words: [String] {
        switch self {
        case .none: []
        case .english: Self.englishWords
        }
    }

    // Function words only: content words such as "system", "computer" or "bill" carry topic
    // signal in news and are deliberately absent (compare scikit-learn#10735).
    private static let englishWords: [String] = [
        "a", "about", "above", "after", "again", "against", "all", "almost", "also", "although",
        "always", "am", "among", "an", "and", "another", "any", "anyone", "anything", "are", "around",
        "as", "at", "be", "became", "because", "been", "before", "being", "below", "between", "both",
        "but", "by", "can", "cannot", "could", "did", "do", "does", "doing", "done", "down", "during",
        "each", "either", "else", "enough", "etc", "even", "ever", "every", "few", "for", "from",
        "further", "get", "gets", "got", "had", "has", "have", "having", "he", "her", "here", "hers",
        "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it",
        "its", "itself", "just", "least", "less", "let", "like", "many", "may", "me", "might", "mine",
        "more", "most", "much", "must", "my", "myself", "neither", "no", "nor", "not", "now", "of",
        "off", "often", "on", "once", "one", "only", "or", "other", "others", "otherwise", "our",
        "ours", "ourselves", "out", "over", "own", "per", "perhaps", "quite", "rather", "said", "same",
        "say", "says", "several", "shall", "she", "should", "since", "so", "some", "something", "still",
        "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
        "therefore", "these", "they", "this", "those", "though", "through", "thus", "to", "too",
        "toward", "towards", "under", "until", "up", "upon", "us", "very", "via", "was", "we", "well",
        "were", "what", "whatever", "when", "whenever", "where", "whereas", "whether", "which",
        "while", "who", "whoever", "whole", "whom", "whose", "why", "will", "with", "within",
        "without", "would", "yet", "you", "your", "yours", "yourself", "yourselves",
        "ain't", "aren't", "can't", "couldn't", "didn't", "doesn't", "don't", "hadn't", "hasn't",
        "haven't", "he'd", "he'll", "i'd", "i'll", "i'm", "i've", "isn't", "it'd", "it'll", "let's",
        "mightn't", "mustn't", "shan't", "she'd", "she'll", "shouldn't", "that'll", "there'd",
        "they'd", "they'll", "they're", "they've", "wasn't", "we'd", "we'll", "we're", "we've",
        "weren't", "won't", "wouldn't", "you'd", "you'll", "you're", "you've",
    ]
}
