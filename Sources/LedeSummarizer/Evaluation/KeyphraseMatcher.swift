/// The field's convention for comparing keyphrases (Hulth 2003; Wan & Xiao 2008; Kong et al.
/// 2023): lower-case, split into words at every character that is not a letter or digit,
/// Porter-stem every word, and compare the word sequences exactly.
///
/// ```swift
/// KeyphraseMatcher().normalized("Insurance Claims")  // "insur claim"
/// ```
public struct KeyphraseMatcher: Sendable {
    private let stemmer = PorterStemmer()

    /// Creates a matcher.
    public init() {}

    /// The stemmed words of `phrase` joined by single spaces; `""` when it has no words.
    public func normalized(_ phrase: String) -> String {
        var words: [String] = []
        var word: [UInt8] = []
        func finish() {
            guard !word.isEmpty else { return }
            stemmer.stem(&word)
            words.append(String(decoding: word, as: UTF8.self))
            word.removeAll(keepingCapacity: true)
        }
        for character in phrase.lowercased() {
            if character.isLetter || character.isNumber {
                word.append(contentsOf: character.utf8)
            } else {
                finish()
            }
        }
        finish()
        return words.joined(separator: " ")
    }

    /// Precision, recall and F1 of the first `k` distinct predictions against `gold`. Predictions
    /// and gold phrases are normalised; a prediction that repeats an earlier one is dropped before
    /// the first `k` are taken, and each gold phrase is matched at most once. Precision divides by
    /// the number of predictions considered (at most `k`), recall by the distinct gold phrases.
    public func score(predicted: [String], gold: [String], k: Int) -> KeyphraseScore {
        var goldSet = Set(gold.map(normalized).filter { !$0.isEmpty })
        let goldCount = goldSet.count
        var seen = Set<String>()
        var considered = 0
        var correct = 0
        for phrase in predicted {
            guard considered < k else { break }
            let form = normalized(phrase)
            guard !form.isEmpty, seen.insert(form).inserted else { continue }
            considered += 1
            if goldSet.remove(form) != nil { correct += 1 }
        }
        let precision = considered > 0 ? Double(correct) / Double(considered) : 0
        let recall = goldCount > 0 ? Double(correct) / Double(goldCount) : 0
        return KeyphraseScore(precision: precision, recall: recall)
    }
}
