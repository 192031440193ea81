import Foundation
import LedeTestSupport
import Testing

/// Finding 9 of issue 20, the model-info half: `lede model info --format json` writes options as
/// plain values, not Swift's encoding of enums with payloads.
@Suite("lede model info --format json")
struct ModelInfoCommandTests {
    @Test("options are plain JSON values: a count is a number, a fraction the --max-df spelling, priors a word")
    func plainOptions() throws {
        let folder = try LedeBinary.temporaryFolder()
        let model = folder + "/m.ledemodel"
        let train = try LedeBinary.run(["train", LedeBinary.sample("labelled/articles.jsonl"), "-o", model, "--min-df", "2", "--max-df", "0.9"],
                                      environment: ["SOURCE_DATE_EPOCH": "1795392000"])
        #expect(train.status == 0, "\(train.standardError)")
        let info = try LedeBinary.run(["model", "info", model, "--format", "json"])
        #expect(info.status == 0, "\(info.standardError)")
        #expect(!info.standardOutput.contains("_0"), "\(info.standardOutput)")
        let object = try JSONSerialization.jsonObject(with: Data(info.standardOutput.utf8)) as? [String: Any]
        let options = object?["options"] as? [String: Any]
        let features = options?["features"] as? [String: Any]
        #expect(features?["minDocumentFrequency"] as? Int == 2)
        #expect(features?["maxDocumentFrequency"] as? String == "0.9")
        #expect(options?["priors"] as? String == "learned")
        #expect(options?["variant"] as? String == "complement")
        // What model info shows is what the options take: training again with it gives the same model.
        let again = try LedeBinary.run([
            "train", LedeBinary.sample("labelled/articles.jsonl"), "-o", folder + "/again.ledemodel",
            "--min-df", "\(features?["minDocumentFrequency"] ?? "")", "--max-df", "\(features?["maxDocumentFrequency"] ?? "")",
        ], environment: ["SOURCE_DATE_EPOCH": "1795392000"])
        #expect(again.status == 0, "\(again.standardError)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: model)) == Data(contentsOf: URL(fileURLWithPath: folder + "/again.ledemodel")))
    }
}
