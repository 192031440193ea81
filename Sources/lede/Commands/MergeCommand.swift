import ArgumentParser
import LedeAnalysis

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge", abstract: "Merge two models trained with the same options on different data.")

    @Argument(help: "First model.")
    var first: String
    @Argument(help: "Second model.")
    var second: String
    @Option(name: .shortAndLong, help: "Where to write the merged model (not one of the two).")
    var output: String
    @OptionGroup var lock: LockOptionGroup
    @OptionGroup var memory: MemoryOptionGroup

    func run() throws {
        try reportingErrors {
            let lockOptions = try lock.resolved()
            // The merged weights may take what the two files may make lede derive, together.
            let limit = try memory.resolved().forFiles(ofBytes: ModelRewrite.fileBytes(first) + ModelRewrite.fileBytes(second))
            try OutputPath.check(output, notAnyOf: [first, second])
            var left = try TopicModelFile.read(from: first, limit: limit)
            left.memoryLimit = limit
            let right = try TopicModelFile.read(from: second, limit: limit)
            let merged: TopicClassifier
            do {
                merged = try left.merged(with: right)
            } catch LedeError.tooLarge(_, let what, let needed, let allowed, _, _) {
                throw LedeError.tooLarge(
                    SourceLocation(path: first), what: "merged with \(second), \(what)", needed: needed, limit: allowed, fittingFeatures: nil,
                    note: "a merge may derive at most \(MemoryLimit.derivedBytesPerFileByte) times its files' size (at least \(MemoryLimit.derivedBytesFloor >> 20) MiB); retrain on the data instead")
            }
            try ModelLock.withLock(output, options: lockOptions) { try TopicModelFile.write(merged, to: output) }
            StandardError.write("merged: \(merged.labels.count) labels, \(merged.counts.documentCount) documents → \(output)\n")
        }
    }
}
