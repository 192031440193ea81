import ArgumentParser
import LedeAnalysis

/// `lede forget MODEL DATA…`: takes trained articles back out of a model.
struct ForgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget",
        abstract: "Take labelled articles the model was trained on back out of it (a retraction, or a wrong label).",
        discussion: """
            The model becomes the one trained on the rest of its data. To correct a label, forget
            the article under its old label, then `lede update` it under the new one.
            """)

    @Argument(help: "The model to forget from.")
    var model: String
    @Argument(help: "The labelled articles to forget, as they were trained (files or folders).")
    var data: [String]
    @Option(name: .shortAndLong, help: "Write the result here instead of replacing MODEL.")
    var output: String?
    @OptionGroup var input: DataOptions
    @OptionGroup var lock: LockOptionGroup
    @OptionGroup var memory: MemoryOptionGroup

    func run() throws {
        try reportingErrors {
            let rewrite = ModelRewrite(model: model, output: output, lock: try lock.resolved(), memory: try memory.resolved())
            var forgotten = 0
            let classifier = try rewrite.apply(data: data, input: input) { classifier, documents in
                let before = classifier.counts.documentCount
                try classifier.forget(documents)
                forgotten = before - classifier.counts.documentCount
            }
            StandardError.write(
                "forgot \(forgotten) documents: \(classifier.labels.count) labels, \(classifier.counts.documentCount) documents left → \(rewrite.destination)\n")
        }
    }
}
