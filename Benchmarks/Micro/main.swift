import Foundation
import LedeAnalysis

// Lede's side of the benchmark contract in Benchmarks/README.md: each call prints one JSON
// object with the same field names the peer scripts print.

/// Seconds since `start`.
func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

/// The value after `--name` in the arguments.
func option(_ name: String, in arguments: [String]) -> String? {
    guard let index = arguments.firstIndex(of: "--" + name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

/// Prints `fields` as one JSON object with sorted keys.
func emit(_ fields: [String: Any]) {
    let data = try! JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
    print(String(decoding: data, as: UTF8.self))
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("lede-microbench: \(message)\n".utf8))
    exit(64)
}

// As the `lede` command does: large blocks go back to the system when freed.
SystemAllocator.returnLargeBlocksWhenFreed()
let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch arguments.first {
    case "vectorize":
        guard let train = option("train", in: arguments), let test = option("test", in: arguments) else { fail("vectorize needs --train and --test") }
        emit(try VectorizeBenchmark.run(train: train, test: test))
    case "classify":
        guard let train = option("train", in: arguments), let test = option("test", in: arguments) else { fail("classify needs --train and --test") }
        let variant = NaiveBayesVariant(rawValue: option("algorithm", in: arguments) ?? "complement") ?? .complement
        guard let settings = ClassifyBenchmark.Settings(rawValue: option("settings", in: arguments) ?? "lede") else {
            fail("classify --settings must be lede or sklearn")
        }
        emit(try ClassifyBenchmark.run(train: train, test: test, variant: variant, settings: settings))
    case "summarize":
        guard let data = option("data", in: arguments) else { fail("summarize needs --data") }
        let limit = option("limit", in: arguments).flatMap(Int.init)
        if let path = option("dump", in: arguments) {
            try SummarizeBenchmark.dump(data: data, limit: limit, to: path)
        } else if let summaries = option("summaries", in: arguments) {
            emit(try SummarizeBenchmark.run(data: data, limit: limit, summaries: summaries))
        } else {
            fail("summarize needs --summaries FILE (then score it with score-summaries) or --dump FILE")
        }
    case "score-summaries":
        guard let data = option("data", in: arguments), let summaries = option("summaries", in: arguments) else {
            fail("score-summaries needs --data and --summaries")
        }
        let limit = option("limit", in: arguments).flatMap(Int.init)
        emit(try SummaryScoring.run(data: data, limit: limit, summaries: summaries,
                                    perArticle: option("per-article", in: arguments)))
    case "keywords":
        guard let data = option("data", in: arguments), let predictions = option("predictions", in: arguments) else {
            fail("keywords needs --data and --predictions")
        }
        emit(try KeywordsBenchmark.run(data: data, limit: option("limit", in: arguments).flatMap(Int.init), predictions: predictions))
    case "score-keywords":
        guard let data = option("data", in: arguments), let predictions = option("predictions", in: arguments) else {
            fail("score-keywords needs --data and --predictions")
        }
        emit(try KeywordsBenchmark.score(data: data, limit: option("limit", in: arguments).flatMap(Int.init),
                                         predictions: predictions, perStory: option("per-story", in: arguments)))
    case "hotpaths":
        emit(HotPathsBenchmark.run())
    default:
        fail("usage: lede-microbench vectorize|classify|summarize|score-summaries|keywords|score-keywords|hotpaths [options] (see Benchmarks/README.md)")
    }
} catch {
    fail("\(error)")
}
