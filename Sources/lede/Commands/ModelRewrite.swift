import LedeAnalysis

/// What `lede update` and `lede forget` share: read MODEL, read the DATA files, change the model
/// with them, and write it atomically to `output` or back over MODEL (a failure at any step
/// leaves the old file as it was).
struct ModelRewrite {
    /// The model file to change.
    var model: String
    /// Where to write the result (`nil`: over ``model``).
    var output: String?

    /// Where the result is written.
    var destination: String { output ?? model }

    /// Reads the model and `data`, applies `change`, writes the result and returns it.
    func apply(
        data: [String], input: DataOptions, _ change: (inout TopicClassifier, [LabeledDocument]) throws -> Void
    ) throws -> TopicClassifier {
        var classifier = try TopicModelFile.read(from: model)
        try change(&classifier, try input.read(data))
        try TopicModelFile.write(classifier, to: destination)
        return classifier
    }
}
