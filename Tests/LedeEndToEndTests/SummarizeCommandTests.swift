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

    @Test("evaluate-summaries takes the reference's sentences from summary_sentences, else its lines, else the splitter; one block per file")
    func evaluateSummariesReferenceSentences() throws {
        let folder = try LedeBinary.temporaryFolder()
        let article = "Dam plan\\nThe council approved a dam on the river. Farmers upstream welcomed the plan. Fishermen said the river would suffer. The work starts in spring."
        let records = [
            ("list.jsonl", #"{"article": "\#(article)", "summary": "ignored", "summary_sentences": ["The council approved a dam", "Farmers welcomed it"]}"#),
            ("lines.jsonl", #"{"article": "\#(article)", "summary": "council approves dam\nfarmers welcome it\nfishermen object"}"#),
            ("glued.jsonl", #"{"article": "\#(article)", "summary": "The council approved a dam on the river.Farmers upstream welcomed the plan."}"#),
        ]
        var paths: [String] = []
        for (name, line) in records {
            FileManager.default.createFile(atPath: folder + "/" + name, contents: Data((line + "\n").utf8))
            paths.append(folder + "/" + name)
        }
        let result = try LedeBinary.run(["evaluate-summaries", "--format", "json"] + paths)
        #expect(result.status == 0, "\(result.standardError)")
        let reports = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]] ?? []
        #expect(reports.map { ($0["file"] as? String).map { URL(fileURLWithPath: $0).lastPathComponent } } == ["list.jsonl", "lines.jsonl", "glued.jsonl"])
        let sentences = reports.map { ($0["report"] as? [String: Any])?["meanSentences"] as? Double }
        #expect(sentences == [2, 3, 2])
        let glued = reports.last?["report"] as? [String: Any]
        let rougeLsum = ((glued?["leadK"] as? [String: Any])?["rougeLsum"] as? [String: Double])?["f1"]
        #expect(rougeLsum == 1, "the first two sentences are the glued reference exactly")
        let table = try LedeBinary.run(["evaluate-summaries"] + paths)
        #expect(table.standardOutput.contains("RLsum") && table.standardOutput.contains("lead-k"))
    }

    @Test("evaluate-keywords scores Lede and both baselines at each k, as table, JSON and CSV; a bad line names file and line")
    func evaluateKeywords() throws {
        let folder = try LedeBinary.temporaryFolder()
        let path = folder + "/stories.jsonl"
        let lines = [
            #"{"article": "Volcano erupts on island\n\nThe volcano erupted on Tuesday. Ash from the volcano covered the island airport.", "keywords": ["volcano", "island airport"]}"#,
            #"{"article": "Ferry strike ends\n\nFerry workers ended their strike. The ferry company agreed to a pay rise.", "keywords": ["ferry workers", "pay rise", "strike"]}"#,
        ]
        FileManager.default.createFile(atPath: path, contents: Data(lines.joined(separator: "\n").utf8))
        let json = try LedeBinary.run(["evaluate-keywords", "--k", "1,3", "--format", "json", path])
        #expect(json.status == 0, "\(json.standardError)")
        let reports = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]] ?? []
        let report = reports.first?["report"] as? [String: Any]
        #expect(report?["cutoffs"] as? [Int] == [1, 3])
        #expect(report?["stories"] as? Int == 2)
        let systems = report?["systems"] as? [[String: Any]] ?? []
        #expect(systems.map { $0["system"] as? String } == ["lede", "first-phrases", "tfidf-words"])
        let csv = try LedeBinary.run(["evaluate-keywords", "--k", "1,3", "--format", "csv", path])
        #expect(csv.standardOutput.split(separator: "\n").count == 1 + 3 * 2)
        let table = try LedeBinary.run(["evaluate-keywords", path])
        #expect(table.standardOutput.contains("F1@10"))

        let bad = folder + "/bad.jsonl"
        FileManager.default.createFile(atPath: bad, contents: Data((lines[0] + "\n{not json}\n").utf8))
        let refused = try LedeBinary.run(["evaluate-keywords", bad])
        #expect(refused.status == 65)
        #expect(refused.standardError.contains("bad.jsonl:2"))
    }
}
