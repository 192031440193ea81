import Foundation
import LedeTestSupport
import Testing

@Suite("lede train / classify / update / merge / evaluate / model info, run as a user would")
struct ClassifierCommandTests {
    let jsonl = LedeBinary.sample("labelled/articles.jsonl")

    @Test("a model trained on the JSONL sample classifies a sports snippet as sport")
    func trainThenClassify() throws {
        let folder = try LedeBinary.temporaryFolder()
        let model = folder + "/m.ledemodel"
        let train = try LedeBinary.run(["train", jsonl, "-o", model])
        #expect(train.status == 0, "\(train.standardError)")
        let text = "The striker scored twice as the club won the league match and the goalkeeper saved a penalty."
        let classify = try LedeBinary.run(["classify", "-m", model, "--format", "jsonl", "-"], input: Data(text.utf8))
        #expect(classify.status == 0, "\(classify.standardError)")
        let record = try JSONSerialization.jsonObject(with: Data(classify.standardOutput.utf8)) as? [String: Any]
        let topic = record?["topic"] as? [String: Any]
        #expect(topic?["label"] as? String == "sport")
        #expect(topic?["status"] as? String == "ok")
    }

    @Test("the three training formats (JSONL, CSV, folder per label) give identical models")
    func formatsAgree() throws {
        let folder = try LedeBinary.temporaryFolder()
        var infos: [String] = []
        for (name, data) in [("j", jsonl), ("c", LedeBinary.sample("labelled/articles.csv")), ("f", LedeBinary.sample("labelled/folders"))] {
            let model = "\(folder)/\(name).ledemodel"
            let result = try LedeBinary.run(["train", data, "-o", model, "--min-df", "1"])
            #expect(result.status == 0, "\(result.standardError)")
            let info = try LedeBinary.run(["model", "info", model, "--format", "json"])
            let object = try JSONSerialization.jsonObject(with: Data(info.standardOutput.utf8)) as? [String: Any]
            let perLabel = (object?["documentsPerLabel"] as? [String: Int] ?? [:]).sorted { $0.key < $1.key }
            infos.append("\(perLabel) \(object?["vocabularySize"] ?? "")")
        }
        #expect(Set(infos).count == 1, "\(infos)")
    }

    @Test("training on several DATA files (read at the same time) equals training on them joined, in either order")
    func severalDataFilesAreOneCorpus() throws {
        let folder = try LedeBinary.temporaryFolder()
        let lines = try String(contentsOfFile: jsonl, encoding: .utf8).split(separator: "\n")
        let half = lines.count / 2
        try (lines[..<half].joined(separator: "\n") + "\n").write(toFile: folder + "/a.jsonl", atomically: true, encoding: .utf8)
        try (lines[half...].joined(separator: "\n") + "\n").write(toFile: folder + "/b.jsonl", atomically: true, encoding: .utf8)
        let joined = try LedeBinary.run(["train", jsonl, "-o", folder + "/joined.ledemodel"])
        let split = try LedeBinary.run(["train", folder + "/a.jsonl", folder + "/b.jsonl", "-o", folder + "/split.ledemodel"])
        #expect(joined.status == 0 && split.status == 0, "\(joined.standardError) \(split.standardError)")
        let fingerprints = try ["joined", "split"].map { name in
            let info = try LedeBinary.run(["model", "info", "\(folder)/\(name).ledemodel", "--format", "json"])
            let object = try JSONSerialization.jsonObject(with: Data(info.standardOutput.utf8)) as? [String: Any]
            return (object?["metadata"] as? [String: Any])?["trainingDataFingerprint"] as? String
        }
        #expect(fingerprints[0] != nil && fingerprints[0] == fingerprints[1], "\(fingerprints)")
        let swapped = try LedeBinary.run(["train", folder + "/b.jsonl", folder + "/a.jsonl", "-o", folder + "/swapped.ledemodel"])
        #expect(swapped.status == 0)
        let info = try LedeBinary.run(["model", "info", folder + "/swapped.ledemodel", "--format", "json"])
        // The model is a function of the multiset of documents: file order is not part of it.
        #expect(info.standardOutput.contains(fingerprints[0] ?? "-"), "\(info.standardOutput)")
    }

    @Test("--norm and --idf are kept in the model and shown by model info")
    func termWeightingOptionsAreStored() throws {
        let folder = try LedeBinary.temporaryFolder()
        let model = folder + "/m.ledemodel"
        let train = try LedeBinary.run(["train", jsonl, "-o", model, "--norm", "l1", "--idf", "plain"])
        #expect(train.status == 0, "\(train.standardError)")
        let info = try LedeBinary.run(["model", "info", model])
        #expect(info.standardOutput.contains("idf plain, norm l1"), "\(info.standardOutput)")
        let refused = try LedeBinary.run(["train", jsonl, "-o", folder + "/x.ledemodel", "--norm", "l3"])
        #expect(refused.status != 0 && refused.standardError.contains("norm"), "\(refused.standardError)")
    }

    @Test("text with no known words is classified with status no_known_terms, and empty text with status empty")
    func unknownAndEmptyInput() throws {
        let folder = try LedeBinary.temporaryFolder()
        let model = folder + "/m.ledemodel"
        _ = try LedeBinary.run(["train", jsonl, "-o", model])
        let unknown = try LedeBinary.run(["classify", "-m", model, "--format", "jsonl", "-"], input: Data("zzqx blorf 1234567890".utf8))
        #expect(unknown.standardOutput.contains("\"status\":\"no_known_terms\""), "\(unknown.standardOutput) \(unknown.standardError)")
    }

    @Test("update and merge give the same predictions as training on all the data")
    func updateAndMergeMatchTraining() throws {
        let folder = try LedeBinary.temporaryFolder()
        let lines = try String(contentsOfFile: jsonl, encoding: .utf8).split(separator: "\n")
        let first = lines.enumerated().filter { $0.offset % 2 == 0 }.map { String($0.element) }
        let second = lines.enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
        try (first.joined(separator: "\n") + "\n").write(toFile: folder + "/a.jsonl", atomically: true, encoding: .utf8)
        try (second.joined(separator: "\n") + "\n").write(toFile: folder + "/b.jsonl", atomically: true, encoding: .utf8)
        #expect(try LedeBinary.run(["train", jsonl, "-o", folder + "/all.ledemodel"]).status == 0)
        #expect(try LedeBinary.run(["train", folder + "/a.jsonl", "-o", folder + "/u.ledemodel"]).status == 0)
        #expect(try LedeBinary.run(["update", folder + "/u.ledemodel", folder + "/b.jsonl"]).status == 0)
        #expect(try LedeBinary.run(["train", folder + "/b.jsonl", "-o", folder + "/b.ledemodel"]).status == 0)
        #expect(try LedeBinary.run(["train", folder + "/a.jsonl", "-o", folder + "/a.ledemodel"]).status == 0)
        #expect(try LedeBinary.run(["merge", folder + "/a.ledemodel", folder + "/b.ledemodel", "-o", folder + "/m.ledemodel"]).status == 0)
        let probe = Data("Shares rose after the bank agreed a merger and raised its profit forecast.".utf8)
        let outputs = try ["all", "u", "m"].map { name in
            try LedeBinary.run(["classify", "-m", "\(folder)/\(name).ledemodel", "--format", "jsonl", "--top-k", "3", "-"], input: probe).standardOutput
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0] == outputs[2])
    }

    @Test("evaluate prints accuracy, per-class figures and a confusion matrix")
    func evaluateReport() throws {
        let folder = try LedeBinary.temporaryFolder()
        _ = try LedeBinary.run(["train", jsonl, "-o", folder + "/m.ledemodel"])
        let report = try LedeBinary.run(["evaluate", folder + "/m.ledemodel", jsonl])
        #expect(report.status == 0)
        #expect(report.standardOutput.contains("accuracy"))
        #expect(report.standardOutput.contains("confusion matrix"))
        let json = try LedeBinary.run(["evaluate", folder + "/m.ledemodel", jsonl, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        #expect((object?["accuracy"] as? Double ?? 0) > 0.9)
    }

    @Test("classify --threshold marks an article whose best label falls short as uncertain; a threshold outside 0-1 is refused")
    func classifyThreshold() throws {
        let folder = try LedeBinary.temporaryFolder()
        let model = folder + "/m.ledemodel"
        #expect(try LedeBinary.run(["train", jsonl, "-o", model]).status == 0)
        let text = Data("The striker scored twice as the club won the league match.".utf8)
        let plain = try LedeBinary.run(["classify", "-m", model, "--format", "jsonl", "-"], input: text)
        let record = try JSONSerialization.jsonObject(with: Data(plain.standardOutput.utf8)) as? [String: Any]
        let probability = try #require((record?["topic"] as? [String: Any])?["probability"] as? Double)
        #expect(probability < 1)
        let strict = try LedeBinary.run(
            ["classify", "-m", model, "--format", "jsonl", "--threshold", String(min(1, probability + 0.001)), "-"], input: text)
        let held = (try JSONSerialization.jsonObject(with: Data(strict.standardOutput.utf8)) as? [String: Any])?["topic"] as? [String: Any]
        #expect(strict.status == 0, "\(strict.standardError)")
        #expect(held?["status"] as? String == "uncertain")
        #expect(held?["label"] as? String == (record?["topic"] as? [String: Any])?["label"] as? String)
        #expect((held?["ranked"] as? [Any])?.count == 1)
        for bad in ["1.5", "-0.1", "nan"] {
            let refused = try LedeBinary.run(["classify", "-m", model, "--threshold", bad, "-"], input: text)
            #expect(refused.status != 0 && refused.standardError.contains("--threshold"), "\(bad): \(refused.standardError)")
        }
    }

    @Test("evaluate --thresholds reports answers and accuracy at each threshold, held out or cross-validated, and is refused with --grid")
    func evaluateThresholds() throws {
        let folder = try LedeBinary.temporaryFolder()
        #expect(try LedeBinary.run(["train", jsonl, "-o", folder + "/m.ledemodel"]).status == 0)
        let json = try LedeBinary.run(
            ["evaluate", folder + "/m.ledemodel", jsonl, "--thresholds", "0,0.5,1", "--format", "json"])
        #expect(json.status == 0, "\(json.standardError)")
        let object = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        let outcomes = try #require(object?["thresholds"] as? [[String: Any]])
        #expect(outcomes.map { $0["threshold"] as? Double } == [0, 0.5, 1])
        let answered = outcomes.compactMap { $0["answered"] as? Int }
        #expect(answered.count == 3 && answered[0] == object?["documents"] as? Int)
        #expect(answered == answered.sorted(by: >) && answered[0] > answered[2])
        let table = try LedeBinary.run(["evaluate", folder + "/m.ledemodel", jsonl, "--thresholds", "0.5"])
        #expect(table.standardOutput.contains("right but held back"))
        let plain = try LedeBinary.run(["evaluate", folder + "/m.ledemodel", jsonl, "--format", "json"])
        #expect(!plain.standardOutput.contains("\"thresholds\""))
        let cv = try LedeBinary.run(["evaluate", "--cv", "3", jsonl, "--thresholds", "0,0.5", "--format", "json"])
        #expect(cv.status == 0, "\(cv.standardError)")
        let cvObject = try JSONSerialization.jsonObject(with: Data(cv.standardOutput.utf8)) as? [String: Any]
        let cvOutcomes = try #require(cvObject?["thresholds"] as? [[String: Any]])
        #expect(cvOutcomes.count == 2 && cvOutcomes[0]["answered"] as? Int == cvObject?["documents"] as? Int)
        let grid = try LedeBinary.run(["evaluate", "--cv", "3", "--grid", jsonl, "--thresholds", "0.5"])
        #expect(grid.status != 0 && grid.standardError.contains("--thresholds"), "\(grid.standardError)")
        let outside = try LedeBinary.run(["evaluate", folder + "/m.ledemodel", jsonl, "--thresholds", "0.5,1.2"])
        #expect(outside.status != 0 && outside.standardError.contains("1.2"), "\(outside.standardError)")
    }

    @Test("forget takes trained articles back out: the model then classifies as one trained without them, and a refused forget leaves the file byte for byte")
    func forgetMatchesTrainingWithoutThem() throws {
        let folder = try LedeBinary.temporaryFolder()
        let lines = try String(contentsOfFile: jsonl, encoding: .utf8).split(separator: "\n").map(String.init)
        let gone = lines.enumerated().filter { $0.offset % 4 == 1 }.map(\.element)
        let rest = lines.enumerated().filter { $0.offset % 4 != 1 }.map(\.element)
        try (gone.joined(separator: "\n") + "\n").write(toFile: folder + "/gone.jsonl", atomically: true, encoding: .utf8)
        try (rest.joined(separator: "\n") + "\n").write(toFile: folder + "/rest.jsonl", atomically: true, encoding: .utf8)
        #expect(try LedeBinary.run(["train", jsonl, "-o", folder + "/all.ledemodel"]).status == 0)
        #expect(try LedeBinary.run(["train", folder + "/rest.jsonl", "-o", folder + "/rest.ledemodel", "--min-examples", "1"]).status == 0)
        let forget = try LedeBinary.run(["forget", folder + "/all.ledemodel", folder + "/gone.jsonl", "-o", folder + "/f.ledemodel"])
        #expect(forget.status == 0, "\(forget.standardError)")
        #expect(forget.standardError.contains("forgot \(gone.count) documents"))
        let probe = Data("Shares rose after the bank agreed a merger and raised its profit forecast.".utf8)
        let labels = try ["rest", "f"].map { name in
            let output = try LedeBinary.run(["classify", "-m", "\(folder)/\(name).ledemodel", "--format", "jsonl", "--top-k", "3", "-"], input: probe)
            let record = try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any]
            return ((record?["topic"] as? [String: Any])?["ranked"] as? [[String: Any]] ?? []).compactMap { $0["label"] as? String }
        }
        #expect(labels[0].count == 3 && labels[0] == labels[1])
        // Forgetting them a second time is refused (more documents than the labels now hold, or
        // counts below zero) and changes nothing.
        let before = try Data(contentsOf: URL(fileURLWithPath: folder + "/f.ledemodel"))
        let again = try LedeBinary.run(["forget", folder + "/f.ledemodel", folder + "/gone.jsonl"])
        #expect(again.status != 0 && again.standardError.contains("gone.jsonl:"), "\(again.standardError)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/f.ledemodel")) == before)
    }

    @Test("an HTML page is classified by its text, not its markup: a page with no text gets status empty")
    func htmlPagesByTheirText() throws {
        let folder = try LedeBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let pages = [
            ("empty.html", "<html><head><title></title></head><body></body></html>", "empty"),
            ("blank.html", "<!DOCTYPE html>\n<html><body><div> </div><p></p></body></html>\n", "empty"),
            ("match.html", "<html><body><p>The striker scored twice as the club won the league match and the cup final.</p></body></html>", "ok"),
        ]
        for (name, html, _) in pages { try html.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8) }
        let result = try LedeBinary.run(["classify", "-m", LedeBinary.sample("../Models/topic-default.ledemodel"), "--format", "jsonl"] + pages.map { folder + "/" + $0.0 })
        #expect(result.status == 0, "\(result.standardError)")
        let records = try result.standardOutput.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:] }
        let topics = records.map { $0["topic"] as? [String: Any] ?? [:] }
        #expect(topics.map { $0["status"] as? String } == pages.map(\.2), "\(result.standardOutput)")
        #expect(topics.last?["label"] as? String == "sport")
    }
}
