/// A term and how much it moved a decision.
public struct TermContribution: Sendable, Hashable, Codable {
    /// The term.
    public var term: String
    /// Its weight: for class profiles, how much more the term favours the class than the average
    /// other class; for one document, `x_t × (w_chosen,t − w_runnerUp,t)`.
    public var weight: Double
}

/// Exact term-level explanations of naive-Bayes decisions (a linear model: each term's part of
/// the score difference is its feature value times its weight difference).
public enum TopicExplanation {
    /// How many terms an explanation lists when the caller does not say (`lede explain --top`): 10.
    public static let defaultTermCount = 10

    /// The `count` terms that most favour each class over the mean of the other classes.
    public static func topTerms(of model: TopicClassifier, count: Int = defaultTermCount) -> [String: [TermContribution]] {
        let weights = model.weights.weights
        let classes = model.labels.count
        var result: [String: [TermContribution]] = [:]
        for c in 0..<classes {
            var scored: [(Int, Double)] = []
            for feature in 0..<weights.rows {
                var others: Double = 0
                for other in 0..<classes where other != c { others += Double(weights[feature, other]) }
                let mean = classes > 1 ? others / Double(classes - 1) : 0
                scored.append((model.weights.features.term(ofFeature: feature), Double(weights[feature, c]) - mean))
            }
            scored.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            result[model.labels[c]] = scored.prefix(count).map {
                TermContribution(term: model.counts.vocabulary.term($0.0), weight: $0.1)
            }
        }
        return result
    }

    /// Why `text` got its label rather than the runner-up: the `count` terms contributing most
    /// to the score difference, strongest first.
    public static func explain(_ text: String, with model: TopicClassifier, count: Int = defaultTermCount) -> (prediction: TopicPrediction, terms: [TermContribution]) {
        let prediction = model.predict([text], topK: 2)[0]
        guard prediction.ranked.count > 1,
              let chosen = model.labels.firstIndex(of: prediction.label),
              let runnerUp = model.labels.firstIndex(of: prediction.ranked[1].label)
        else { return (prediction, []) }
        let rows = model.featureRows([text]).rows
        let weights = model.weights.weights
        var contributions: [TermContribution] = []
        for entry in rows.entries(ofRow: 0) {
            let feature = Int(rows.columnIndices[entry])
            let value = Double(rows.values[entry]) * Double(weights[feature, chosen] - weights[feature, runnerUp])
            let term = model.weights.features.term(ofFeature: feature)
            contributions.append(TermContribution(term: model.counts.vocabulary.term(term), weight: value))
        }
        contributions.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term }
        return (prediction, Array(contributions.prefix(count)))
    }
}
