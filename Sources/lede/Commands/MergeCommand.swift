import ArgumentParser
import LedeAnalysis

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge", abstract: "Merge two models trained with the same options on different data.")

    @Argument(help: "First model.")
    var first: String
    @Argument(help: "Second model.")
    var second: String
    @Option(name: .shortAndLong, help: "Where to write the merged model.")
    var output: String

    func run() throws {
        try reportingErrors {
            let merged = try TopicModelFile.read(from: first).merged(with: try TopicModelFile.read(from: second))
            try TopicModelFile.write(merged, to: output)
            StandardError.write("merged: \(merged.labels.count) labels, \(merged.counts.documentCount) documents → \(output)\n")
        }
    }
}
