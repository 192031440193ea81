import Foundation
import LedeTestSupport
import Testing

/// Every command that reads articles reads pages, records, folders and standard input alike,
/// through one reading path: each test pins one of the findings that path fixed.
@Suite("one way in: pages, records, folders and stdin read alike by every command")
struct OneWayInTests {
    /// A sport report whose `<script>` and `<aside>` are full of business words: markup the
    /// reader must never see.
    static let sportPageWithBusinessScript = """
        <!doctype html>
        <html><head><title>Riverside win the cup | Example Sport</title>
        <script>var tracking = {"shares":"profit","bank":"earnings","market":"investors","stocks":"dividend",
        "forecast":"revenue","economy":"inflation","quarter":"profits","shareholders":"merger","bonds":"interest"};
        var more = "shares profit bank earnings market investors stocks dividend forecast revenue economy inflation";</script>
        </head><body>
        <aside><a href="/markets">Markets: shares, profit, bank earnings and investors</a></aside>
        <article><h1>Riverside win the cup in stoppage time</h1>
        <p>Riverside won the cup final after a late header from their captain, and the striker scored twice before half-time.</p>
        <p>The goalkeeper saved a penalty in the second half as the team held on to win the match in front of their fans.</p>
        <p>The manager said the players had never stopped believing, and the club will parade the trophy on Sunday.</p>
        </article></body></html>
        """

    func jsonLines(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    func topic(_ record: [String: Any]) -> (label: String?, probability: Double?) {
        let topic = record["topic"] as? [String: Any]
        return (topic?["label"] as? String, topic?["probability"] as? Double)
    }

    @Test("classify and explain read a page's article text, not its markup, and agree with analyze on every sample page")
    func classifyReadsArticleTextLikeAnalyze() throws {
        let folder = try LedeBinary.temporaryFolder()
        let page = folder + "/cup.html"
        try Self.sportPageWithBusinessScript.write(toFile: page, atomically: true, encoding: .utf8)
        let classify = try LedeBinary.run(["classify", "--format", "jsonl", page])
        #expect(classify.status == 0, "\(classify.standardError)")
        let classified = try jsonLines(classify.standardOutput)
        #expect(classified.count == 1)
        #expect(topic(classified[0]).label == "sport")
        #expect((topic(classified[0]).probability ?? 0) > 0.95, "\(classify.standardOutput)")
        let explain = try LedeBinary.run(["explain", "--format", "jsonl", page])
        let terms = (try jsonLines(explain.standardOutput).first?["terms"] as? [[String: Any]] ?? []).compactMap { $0["term"] as? String }
        for markupWord in ["shares", "profit", "bank", "investors", "dividend", "markets", "tracking"] {
            #expect(!terms.contains(markupWord), "explain found \(markupWord) from markup: \(terms)")
        }
        let pages = ["chip-plant.html", "cup-final.txt", "front-page.txt", "harbour-wind-farm.txt"].map { LedeBinary.sample("articles/" + $0) } + [page]
        let classifyAll = try jsonLines(try LedeBinary.run(["classify", "--format", "jsonl"] + pages).standardOutput)
        let analyzeAll = try jsonLines(try LedeBinary.run(["analyze", "--format", "jsonl"] + pages).standardOutput)
        #expect(classifyAll.count == analyzeAll.count && classifyAll.count >= 8)
        for (classified, analysed) in zip(classifyAll, analyzeAll) {
            #expect(classified["source"] as? String == analysed["source"] as? String)
            #expect(classified["article"] as? Int == analysed["article"] as? Int)
            #expect(topic(classified).label == topic(analysed).label)
            #expect(topic(classified).probability == topic(analysed).probability)
        }
    }

    @Test("JSON Lines on standard input are records: one prediction each, with its id and line")
    func standardInputRecords() throws {
        let input = Data("""
            {"id":"m1","text":"Shares fell sharply after the bank cut its profit forecast for the year."}
            {"id":"s1","text":"The striker scored twice as the club won the cup final."}

            """.utf8)
        let result = try LedeBinary.run(["classify", "--input-format", "jsonl", "--format", "jsonl", "-"], input: input)
        #expect(result.status == 0, "\(result.standardError)")
        let records = try jsonLines(result.standardOutput)
        #expect(records.map { $0["id"] as? String } == ["m1", "s1"])
        #expect(records.map { $0["line"] as? Int } == [1, 2])
        #expect(records.map { topic($0).label } == ["business", "sport"])
        // Without --input-format, standard input is one plain article, as documented.
        let plain = try LedeBinary.run(["classify", "--format", "jsonl", "-"], input: input)
        #expect(try jsonLines(plain.standardOutput).count == 1)
    }

    @Test("a .jsonl file given to analyze, summarize and keywords is read as records, never as one article of JSON")
    func recordFilesAreRecords() throws {
        let data = LedeBinary.sample("labelled/articles.jsonl")
        let count = try String(contentsOfFile: data, encoding: .utf8).split(separator: "\n").count
        for command in ["analyze", "summarize", "keywords"] {
            let result = try LedeBinary.run([command, "--format", "jsonl", data])
            #expect(result.status == 0, "\(command): \(result.standardError)")
            let records = try jsonLines(result.standardOutput)
            #expect(records.count == count, "\(command)")
            #expect(records.allSatisfy { $0["line"] is Int }, "\(command)")
            #expect(!result.standardOutput.contains("{\\\""), "\(command) shows JSON as text")
        }
        let summaries = try jsonLines(try LedeBinary.run(["summarize", "--format", "jsonl", data]).standardOutput)
        let firstSentences = summaries.compactMap { ($0["sentences"] as? [[String: Any]])?.first?["text"] as? String }
        #expect(firstSentences.count == count && firstSentences.allSatisfy { !$0.hasPrefix("{") })
    }

    @Test("a flat folder of articles given to classify is walked: every file, top level included")
    func flatFolderIsWalked() throws {
        let folder = try LedeBinary.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/more", withIntermediateDirectories: true)
        try "The striker scored twice as the club won the cup final and the fans celebrated.".write(
            toFile: folder + "/cup.txt", atomically: true, encoding: .utf8)
        try "Shares fell after the bank cut its profit forecast and investors sold the stock.".write(
            toFile: folder + "/more/bank.txt", atomically: true, encoding: .utf8)
        let result = try LedeBinary.run(["classify", "--format", "jsonl", folder])
        #expect(result.status == 0, "\(result.standardError)")
        let records = try jsonLines(result.standardOutput)
        #expect(records.map { ($0["source"] as? String).map { URL(fileURLWithPath: $0).lastPathComponent } } == ["cup.txt", "bank.txt"])
        #expect(records.map { topic($0).label } == ["sport", "business"])
    }

    @Test("one bad record is named with its line; the good records around it are still answered; --strict stops at it")
    func badRecordDoesNotHideGoodOnes() throws {
        let folder = try LedeBinary.temporaryFolder()
        let path = folder + "/mixed.jsonl"
        try """
            {"id":"a","text":"Shares fell after the bank cut its profit forecast."}
            {"id": broken
            {"id":"c","text":"The striker scored twice in the cup final."}
            {"id":"d","title":42,"text":"The band released a new album and began a world tour."}
            {"id":"e","text":"Voters went to the polls as the prime minister called an election."}

            """.write(toFile: path, atomically: true, encoding: .utf8)
        for command in ["classify", "analyze", "summarize", "keywords", "explain"] {
            let result = try LedeBinary.run([command, "--format", "jsonl", path])
            #expect(result.status == 65, "\(command): \(result.status)")
            #expect(try jsonLines(result.standardOutput).map { $0["id"] as? String } == ["a", "c", "e"], "\(command)")
            let errors = result.standardError.split(separator: "\n").filter { $0.hasPrefix("lede: error:") }
            #expect(errors.count == 2, "\(command): \(result.standardError)")
            #expect(errors.first?.contains("mixed.jsonl:2") == true && errors.last?.contains("mixed.jsonl:4") == true, "\(command)")
        }
        let strict = try LedeBinary.run(["classify", "--strict", "--format", "jsonl", path])
        #expect(strict.status == 65)
        #expect(!strict.standardOutput.contains("\"c\""), "--strict went on past the bad record")
        #expect(strict.standardError.contains("mixed.jsonl:2"))
        // A missing file among good ones is reported the same way (66), the others answered.
        let missing = try LedeBinary.run(["classify", "--format", "jsonl", folder + "/absent.txt", LedeBinary.sample("articles/cup-final.txt")])
        #expect(missing.status == 66 && missing.standardError.contains("absent.txt"))
        #expect(try jsonLines(missing.standardOutput).count == 1)
    }

    @Test("each command accepts only the formats it writes (64 otherwise); classify writes CSV")
    func formatsPerCommand() throws {
        let article = LedeBinary.sample("articles/cup-final.txt")
        for (command, format) in [("analyze", "csv"), ("summarize", "markdown"), ("keywords", "table"), ("explain", "csv"), ("classify", "markdown")] {
            let result = try LedeBinary.run([command, "--format", format, article])
            #expect(result.status == 64, "\(command) --format \(format): \(result.status)")
            #expect(result.standardOutput.isEmpty)
        }
        let csv = try LedeBinary.run(["classify", "--format", "csv", article, LedeBinary.sample("labelled/articles.jsonl")])
        #expect(csv.status == 0, "\(csv.standardError)")
        let lines = csv.standardOutput.split(separator: "\n")
        #expect(lines.first == "source,line,id,article,label,probability,status,runners_up")
        #expect(lines.dropFirst().allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count == 8 })
        let help = try LedeBinary.run(["analyze", "--help"])
        #expect(help.standardOutput.contains("text, json, jsonl, markdown") && !help.standardOutput.contains("csv, markdown"))
    }

    @Test("analyze, summarize and keywords take --max-bytes and --latin1-fallback; Latin-1 text can be analysed")
    func readingOptionsOnEveryCommand() throws {
        let folder = try LedeBinary.temporaryFolder()
        let path = folder + "/latin.txt"
        let bytes = Array("Caf".utf8) + [0xE9] + Array(" owners said the harbour plan would bring visitors. The council voted on Tuesday to back it.\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        for command in ["analyze", "summarize", "keywords", "classify", "explain"] {
            let refused = try LedeBinary.run([command, path])
            #expect(refused.status == 65 && refused.standardError.contains("latin.txt"), "\(command): \(refused.standardError)")
            let fallback = try LedeBinary.run([command, "--latin1-fallback", "--format", "jsonl", path])
            #expect(fallback.status == 0, "\(command): \(fallback.standardError)")
            #expect(fallback.standardOutput.contains("Café") || command != "summarize", "\(command): \(fallback.standardOutput)")
            let tooLarge = try LedeBinary.run([command, "--max-bytes", "10", path])
            #expect(tooLarge.status == 65 && tooLarge.standardError.contains("10 bytes"), "\(command): \(tooLarge.standardError)")
        }
    }

    @Test("classify holds a bounded number of records: peak memory on 16 times the input stays within 1.5 times",
          .enabled(if: PeakMemory.isAvailable, "needs GNU time at /usr/bin/time to measure peak memory (apt-get install time; .ci/run installs it)"))
    func classifyMemoryIsBounded() throws {
        let folder = try LedeBinary.temporaryFolder()
        let words = ["market", "shares", "striker", "album", "election", "minister", "goal", "profit", "film", "software",
                     "device", "league", "council", "voters", "bank", "chart", "singer", "coach", "network", "chip"]
        var generator = SplitMix(seed: 7)
        func corpus(documents: Int, to path: String) throws {
            #expect(FileManager.default.createFile(atPath: path, contents: nil))
            let handle = try #require(FileHandle(forWritingAtPath: path))
            var buffer = ""
            for index in 0..<documents {
                var text = ""
                for _ in 0..<160 { text += words[Int(generator.next() % UInt64(words.count))] + "\(generator.next() % 997) " }
                buffer += "{\"id\":\"d\(index)\",\"text\":\"\(text)\"}\n"
                if buffer.utf8.count > 1 << 20 { handle.write(Data(buffer.utf8)); buffer = "" }
            }
            handle.write(Data(buffer.utf8))
            try handle.close()
        }
        try corpus(documents: 2_000, to: folder + "/x1.jsonl")
        try corpus(documents: 32_000, to: folder + "/x16.jsonl")
        func peakKilobytes(_ path: String) throws -> Int {
            let run = try PeakMemory.run(LedeBinary.path, ["classify", "--format", "jsonl", path])
            return run.status == 0 ? run.peakKilobytes : -1
        }
        let small = try peakKilobytes(folder + "/x1.jsonl")
        let large = try peakKilobytes(folder + "/x16.jsonl")
        #expect(small > 0 && large > 0)
        #expect(Double(large) <= 1.5 * Double(small), "peak \(large) KB on ×16 against \(small) KB on ×1")
    }
}

/// Labelled records reach `train` the same way: from standard input with `--input-format`.
@Suite("one way in: labelled records on standard input")
struct LabelledStandardInputTests {
    @Test("train reads JSON Lines from standard input with --input-format jsonl and refuses a page format")
    func trainFromStandardInput() throws {
        let folder = try LedeBinary.temporaryFolder()
        let records = try Data(contentsOf: URL(fileURLWithPath: LedeBinary.sample("labelled/articles.jsonl")))
        let fromFile = try LedeBinary.run(["train", LedeBinary.sample("labelled/articles.jsonl"), "-o", folder + "/file.ledemodel"])
        #expect(fromFile.status == 0, "\(fromFile.standardError)")
        let fromInput = try LedeBinary.run(["train", "--input-format", "jsonl", "-", "-o", folder + "/stdin.ledemodel"], input: records)
        #expect(fromInput.status == 0, "\(fromInput.standardError)")
        let probe = Data("The striker scored twice as the club won the cup final.".utf8)
        let answers = try ["file", "stdin"].map { name in
            try LedeBinary.run(["classify", "-m", "\(folder)/\(name).ledemodel", "--format", "jsonl", "-"], input: probe).standardOutput
        }
        #expect(!answers[0].isEmpty && answers[0] == answers[1])
        let refused = try LedeBinary.run(["train", "--input-format", "html", "-", "-o", folder + "/x.ledemodel"], input: records)
        #expect(refused.status == 64 && !FileManager.default.fileExists(atPath: folder + "/x.ledemodel"))
    }
}
