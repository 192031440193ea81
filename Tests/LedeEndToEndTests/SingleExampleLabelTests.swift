import Foundation
import LedeTestSupport
import Testing

/// Finding 8 of issue 20: a label with one example trains (as in scikit-learn and fastText), with
/// a warning naming it; cross-validation warns only about labels a fold cannot hold, and refuses
/// only data some fold cannot train on.
@Suite("labels with one example train, with a warning")
struct SingleExampleLabelTests {
    /// Two labels with three examples each, then `extra` lines.
    static func corpus(_ extra: String = "") -> String {
        """
        {"label": "sport", "text": "The striker scored twice as the club won the cup final."}
        {"label": "sport", "text": "The goalkeeper saved a penalty in the league match."}
        {"label": "sport", "text": "The home side won the derby after extra time."}
        {"label": "business", "text": "Shares rose after the bank raised its profit forecast."}
        {"label": "business", "text": "The retailer cut jobs as sales and profit fell."}
        {"label": "business", "text": "The chip maker agreed to buy a rival for two billion dollars."}

        """ + extra
    }

    static func write(_ text: String) throws -> (folder: String, path: String) {
        let folder = try LedeBinary.temporaryFolder()
        try text.write(toFile: folder + "/data.jsonl", atomically: true, encoding: .utf8)
        return (folder, folder + "/data.jsonl")
    }

    @Test("train keeps labels with one example and warns naming them")
    func trainWarns() throws {
        let (folder, path) = try Self.write(Self.corpus("""
            {"label": "weather", "text": "Heavy rain and gales are forecast for the coast all week."}
            {"label": "zinc", "text": "Zinc prices climbed on the metals exchange."}

            """))
        let result = try LedeBinary.run(["train", path, "-o", folder + "/m.ledemodel"])
        #expect(result.status == 0, "\(result.standardError)")
        let warning = result.standardError.split(separator: "\n").first { $0.contains("warning") } ?? ""
        #expect(warning.contains("\"weather\"") && warning.contains("\"zinc\"") && warning.contains("one example"), "\(result.standardError)")
        #expect(!warning.contains("\"sport\""))
        let info = try LedeBinary.run(["model", "info", folder + "/m.ledemodel", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(info.standardOutput.utf8)) as? [String: Any]
        #expect((object?["labels"] as? [String]) == ["business", "sport", "weather", "zinc"])
        let rain = try LedeBinary.run(["classify", "-m", folder + "/m.ledemodel", "-"], input: Data("Rain and gales on the coast.".utf8))
        #expect(rain.standardOutput.contains("weather"), "\(rain.standardOutput)")
    }

    @Test("data whose labels all have several examples trains without a warning")
    func noWarning() throws {
        let (folder, path) = try Self.write(Self.corpus())
        let result = try LedeBinary.run(["train", path, "-o", folder + "/m.ledemodel"])
        #expect(result.status == 0)
        #expect(!result.standardError.contains("warning"), "\(result.standardError)")
    }

    @Test("--min-examples 2 still refuses a label with one example, naming its file and line (exit 65)")
    func minimumRefuses() throws {
        let (folder, path) = try Self.write(Self.corpus("{\"label\": \"weather\", \"text\": \"Rain all week.\"}\n"))
        let result = try LedeBinary.run(["train", path, "-o", folder + "/m.ledemodel", "--min-examples", "2"])
        #expect(result.status == 65, "\(result.standardError)")
        #expect(result.standardError.contains("data.jsonl:7") && result.standardError.contains("\"weather\""), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/m.ledemodel"))
    }

    @Test("update adds a label with one example and warns naming it")
    func updateWarns() throws {
        let (folder, path) = try Self.write(Self.corpus())
        #expect(try LedeBinary.run(["train", path, "-o", folder + "/m.ledemodel"]).status == 0)
        try "{\"label\": \"weather\", \"text\": \"Rain all week on the coast.\"}\n".write(toFile: folder + "/new.jsonl", atomically: true, encoding: .utf8)
        let result = try LedeBinary.run(["update", folder + "/m.ledemodel", folder + "/new.jsonl"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("warning") && result.standardError.contains("\"weather\""), "\(result.standardError)")
    }

    @Test("cross-validation runs with a label rarer than the folds and warns naming it and its count")
    func crossValidationWarns() throws {
        let (_, path) = try Self.write(Self.corpus("{\"label\": \"weather\", \"text\": \"Rain all week on the coast.\"}\n"))
        let result = try LedeBinary.run(["evaluate", "--cv", "3", path, "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("\"weather\" (1)") && result.standardError.contains("3 folds"), "\(result.standardError)")
        #expect(!result.standardError.contains("\"sport\""), "sport has 3 examples, one per fold")
        let report = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        #expect(report?["documents"] as? Int == 7, "\(result.standardOutput.prefix(300))")
    }

    @Test("cross-validation refuses, naming the fold, only when a fold would leave fewer than two labels to train on")
    func crossValidationRefuses() throws {
        let (_, path) = try Self.write("""
            {"label": "sport", "text": "The striker scored twice."}
            {"label": "business", "text": "Shares rose after the results."}
            {"label": "weather", "text": "Rain all week."}

            """)
        let result = try LedeBinary.run(["evaluate", "--cv", "2", path])
        #expect(result.status == 65, "\(result.standardError)")
        #expect(result.standardError.contains("fold 1 of 2"), "\(result.standardError)")
    }
}
