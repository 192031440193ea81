import Foundation
import LedeTestSupport
import Testing

@Suite("lede summarize / keywords / evaluate-summaries")
struct SummarizeCommandTests {
    @Test("-n picks that many sentences, in article order, never the headline")
    func sentenceCount() throws {
        let result = try LedeBinary.run(["summarize", "-n", "2", LedeBinary.sample("articles/harbour-wind-farm.txt")])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(!lines.contains("Harbour town backs offshore wind farm after two-year review"))
    }

    @Test("a one-sentence article gives that sentence; an article without punctuation still gives a sentence")
    func degenerateArticles() throws {
        let one = try LedeBinary.run(["summarize", "-"], input: Data("The council approved the new budget on Tuesday.".utf8))
        #expect(one.standardOutput == "The council approved the new budget on Tuesday.\n")
        let bare = try LedeBinary.run(["summarize", "-"], input: Data("no punctuation at all in this transcript\nanother line of the same talk".utf8))
        #expect(bare.status == 0)
        #expect(!bare.standardOutput.isEmpty)
    }

    @Test("an empty file is refused with its name; a 50 MB file is refused by the size limit")
    func emptyAndHuge() throws {
        let folder = try LedeBinary.temporaryFolder()
        FileManager.default.createFile(atPath: folder + "/empty.txt", contents: Data())
        let empty = try LedeBinary.run(["summarize", folder + "/empty.txt"])
        #expect(empty.status == 65)
        #expect(empty.standardError.contains("empty.txt"))
        let huge = folder + "/huge.txt"
        FileManager.default.createFile(atPath: huge, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: huge))
        try handle.truncate(atOffset: 50 << 20)
        try handle.close()
        let refused = try LedeBinary.run(["summarize", huge])
        #expect(refused.status == 65)
        #expect(refused.standardError.contains("huge.txt") && refused.standardError.contains("limit"))
    }

    @Test("json output carries scores and every sentence with --all")
    func jsonScores() throws {
        let result = try LedeBinary.run(["summarize", "--format", "json", "--all", LedeBinary.sample("articles/cup-final.txt")])
        let records = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]]
        let sentences = records?.first?["sentences"] as? [[String: Any]] ?? []
        #expect(sentences.count >= 4)
        #expect(sentences.contains { ($0["selected"] as? Bool) == true })
        #expect(sentences.allSatisfy { $0["score"] is Double })
    }

    @Test("keywords of the cup final name the winning club")
    func keywords() throws {
        let result = try LedeBinary.run(["keywords", "-c", "5", LedeBinary.sample("articles/cup-final.txt")])
        #expect(result.status == 0)
        #expect(result.standardOutput.lowercased().contains("riverside"))
    }

    @Test(
        "evaluate-summaries on BBC News Summary: Lede beats lead-k and summa's R1 79.2",
        .enabled(if: SharedCorpora.isAvailable, "needs ../shared/corpora (CI provides it)"))
    func evaluateSummaries() throws {
        let result = try LedeBinary.run(["evaluate-summaries", "--format", "json", SharedCorpora.corpus("bbc-summary/all.jsonl")])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        let lede = (object?["lede"] as? [String: Any])?["rouge1"] as? [String: Double]
        let lead = (object?["leadK"] as? [String: Any])?["rouge1"] as? [String: Double]
        print("evaluate-summaries R1 F1: lede \(lede?["f1"] ?? 0), lead-k \(lead?["f1"] ?? 0)")
        #expect((lede?["f1"] ?? 0) > 0.80)
        #expect((lede?["f1"] ?? 0) > (lead?["f1"] ?? 1))
    }
}
