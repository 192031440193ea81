import LedeAnalysis

/// Warnings about training data that trains, but less well than it seems: labels learnt from one
/// article, and labels too rare for every cross-validation fold. Each is one line for standard
/// error, naming the labels.
enum TrainingWarnings {
    /// How many labels a warning names before it says "and N more".
    static let namedLabels = 12

    /// The warning for a model with labels learnt from one document each, or `nil`.
    static func oneExample(_ model: TopicClassifier) -> String? {
        let single = zip(model.labels, model.counts.documentsPerClass).filter { $0.1 == 1 }.map(\.0)
        guard !single.isEmpty else { return nil }
        let subject = single.count == 1 ? "1 label has" : "\(single.count) labels have"
        return "lede: warning: \(subject) only one example, so the model knows \(single.count == 1 ? "it" : "each") from one article: "
            + names(single.map { "\"\($0)\"" })
    }

    /// The warning for cross-validation over `labels` in `folds` folds, when some label has fewer
    /// examples than folds, or `nil`.
    static func shortOfFolds(labels: [String], folds: Int) -> String? {
        let short = CrossValidation.labelsShortOfFolds(labels: labels, folds: folds)
        guard !short.isEmpty else { return nil }
        let subject = short.count == 1 ? "1 label has" : "\(short.count) labels have"
        var line = "lede: warning: \(subject) fewer examples than the \(folds) folds, so some folds test without "
            + "\(short.count == 1 ? "it" : "them"): " + names(short.map { "\"\($0.label)\" (\($0.count))" })
        if short.contains(where: { $0.count == 1 }) {
            line += "; a label with one example is tested only by a model trained without it, so its example always counts as wrong"
        }
        return line
    }

    /// `a, b, c and 4 more`.
    private static func names(_ quoted: [String]) -> String {
        let shown = quoted.prefix(namedLabels).joined(separator: ", ")
        return quoted.count > namedLabels ? shown + " and \(quoted.count - namedLabels) more" : shown
    }
}
