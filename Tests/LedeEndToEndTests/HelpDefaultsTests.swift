import Foundation
import LedeTestSupport
import Testing

/// Item 6 of issue 20, the defaults half: a default has one definition, in the library's option
/// structs, and what the help shows and the commands do both come from it.
@Suite("defaults: one definition, shown in help and used by every command")
struct HelpDefaultsTests {
    static let article = LedeBinary.sample("articles/harbour-wind-farm.txt")

    @Test("keywords and analyze give the same number of keywords by default, the number their help shows")
    func keywordCount() throws {
        let keywords = try LedeBinary.run(["keywords", "--format", "json", Self.article])
        let analyze = try LedeBinary.run(["analyze", "--format", "json", Self.article])
        #expect(keywords.status == 0 && analyze.status == 0, "\(keywords.standardError) \(analyze.standardError)")
        let fromKeywords = try JSONSerialization.jsonObject(with: Data(keywords.standardOutput.utf8)) as? [[String: Any]]
        let fromAnalyze = try JSONSerialization.jsonObject(with: Data(analyze.standardOutput.utf8)) as? [[String: Any]]
        let counts = [fromKeywords?.first?["keywords"], fromAnalyze?.first?["keywords"]].map { ($0 as? [Any])?.count }
        #expect(counts[0] != nil && counts[0] == counts[1], "\(counts)")
        let help = try LedeBinary.run(["keywords", "--help"]).standardOutput
        #expect(help.contains("(default: \(counts[0] ?? -1))"), "\(help)")
        let analyzeHelp = try LedeBinary.run(["analyze", "--help"]).standardOutput
        #expect(analyzeHelp.contains("(default: \(counts[1] ?? -1))"), "\(analyzeHelp)")
    }

    @Test("classify ranks as many labels by default as analyze lists topics")
    func rankedLabels() throws {
        let classify = try LedeBinary.run(["classify", "--format", "json", Self.article])
        let analyze = try LedeBinary.run(["analyze", "--format", "json", Self.article])
        let counts = try [classify, analyze].map { result in
            let topic = (try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])?.first?["topic"]
            return ((topic as? [String: Any])?["ranked"] as? [Any])?.count
        }
        #expect(counts[0] != nil && counts[0] == counts[1], "\(counts)")
        let help = try LedeBinary.run(["classify", "--help"]).standardOutput
        #expect(help.contains("(default: \(counts[0] ?? -1))"), "\(help)")
    }

    @Test("no option's help states its default twice (a hand-written default beside argument-parser's)",
          arguments: ["analyze", "classify", "summarize", "keywords", "train", "update", "forget", "merge", "evaluate",
                      "evaluate-summaries", "explain"])
    func noDefaultStatedTwice(_ command: String) throws {
        let help = try LedeBinary.run([command, "--help"], environment: ["COLUMNS": "1000"]).standardOutput
        // With wide columns each option's description is one line.
        for line in help.split(separator: "\n") where line.hasPrefix("  -") {
            #expect(line.components(separatedBy: "default").count <= 2, "\(line)")
        }
    }

    @Test("the classifier options' help shows the library defaults")
    func classifierDefaults() throws {
        let help = try LedeBinary.run(["train", "--help"], environment: ["COLUMNS": "1000"]).standardOutput
        for shown in ["Additive smoothing (default: 0.1)", "(default: complement)", "words only (default: 2)", "(default: l2)"] {
            #expect(help.contains(shown), "train --help lacks \(shown)")
        }
    }
}
