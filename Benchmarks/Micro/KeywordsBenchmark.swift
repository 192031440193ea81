import Foundation
import LedeAnalysis

/// Extracts ten keywords from every story of a keyphrase data set (DUC-2001) with the shipped
/// defaults and the shipped background table, headline included, and writes them to a
/// predictions file: one `{"keywords": [...]}` line per story, the file every keyword system of
/// the benchmark writes. `seconds` is extraction alone (not reading or writing). Scoring is
/// `score-keywords`, run afterwards on every system's file.
enum KeywordsBenchmark {
    static func run(data: String, limit: Int?, predictions path: String) throws -> [String: Any] {
        let examples = try read(data: data, limit: limit)
        let extractor = KeywordExtractor(background: try DefaultKeywordBackground.load())
        let start = ContinuousClock.now
        let keywords = ParallelWork.map(count: examples.count) { index in
            extractor.keywords(in: examples[index].body, title: examples[index].title, count: 10).map(\.text)
        }
        let extractingSeconds = seconds(since: start)
        try write(keywords, to: path)
        return ["seconds": extractingSeconds, "stories": examples.count]
    }

    /// Scores a predictions file against the gold keyphrases with Lede's `KeyphraseMatcher`
    /// (lower-cased, Porter-stemmed, exact; each prediction once) at k = 5 and 10, and writes each
    /// story's `[P@10, R@10, F1@10]` to `perStory` for the suite's cross-check.
    static func score(data: String, limit: Int?, predictions path: String, perStory: String?) throws -> [String: Any] {
        let examples = try read(data: data, limit: limit)
        let predictions = try readPredictions(path: path)
        guard predictions.count == examples.count else {
            throw LedeError.malformedRecord(
                SourceLocation(path: path), reason: "\(predictions.count) stories of keywords for \(examples.count) stories")
        }
        let matcher = KeyphraseMatcher()
        var result: [String: Any] = ["stories": examples.count]
        var rows: [[Double]] = []
        for k in [5, 10] {
            var precision = 0.0, recall = 0.0, f1 = 0.0
            for (example, predicted) in zip(examples, predictions) {
                let score = matcher.score(predicted: predicted, gold: example.keyphrases, k: k)
                precision += score.precision
                recall += score.recall
                f1 += score.f1
                if k == 10 { rows.append([score.precision, score.recall, score.f1]) }
            }
            let n = Double(examples.count)
            result["p_at_\(k)"] = precision / n * 100
            result["r_at_\(k)"] = recall / n * 100
            result["f1_at_\(k)"] = f1 / n * 100
        }
        if let perStory {
            var output = Data()
            for row in rows {
                output.append(try JSONSerialization.data(withJSONObject: row))
                output.append(0x0A)
            }
            try output.write(to: URL(fileURLWithPath: perStory))
        }
        return result
    }

    static func read(data: String, limit: Int?) throws -> [KeyphraseExample] {
        let examples = try KeyphraseExample.read(path: data)
        return limit.map { Array(examples.prefix($0)) } ?? examples
    }

    private static func write(_ keywords: [[String]], to path: String) throws {
        var output = Data()
        for list in keywords {
            output.append(try JSONSerialization.data(withJSONObject: ["keywords": list]))
            output.append(0x0A)
        }
        do {
            try output.write(to: URL(fileURLWithPath: path))
        } catch {
            throw LedeError.writeFailed(SourceLocation(path: path), reason: error.localizedDescription)
        }
    }

    private static func readPredictions(path: String) throws -> [[String]] {
        guard let data = FileManager.default.contents(atPath: path) else { throw LedeError.fileNotFound(SourceLocation(path: path)) }
        var lists: [[String]] = []
        for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let list = object["keywords"] as? [String] else {
                throw LedeError.malformedRecord(SourceLocation(path: path, line: index + 1), reason: "expected {\"keywords\": [...]}")
            }
            lists.append(list)
        }
        return lists
    }
}
