import Foundation
import LedeTestSupport
import Testing

/// `lede analyze` on real scraped pages and on the project's samples, with the shipped model.
@Suite("lede analyze on real pages")
struct AnalyzeCommandTests {
    struct Analysis: Decodable {
        struct Topic: Decodable { var label: String; var probability: Double }
        struct Sentence: Decodable { var text: String }
        var source: String
        var article: Int
        var title: String?
        var section: String?
        var topic: Topic
        var summary: [Sentence]
        var keywords: [Keyword]
        struct Keyword: Decodable { var text: String }
    }

    func analyze(_ paths: [String]) throws -> [Analysis] {
        let result = try LedeBinary.run(["analyze", "--format", "jsonl"] + paths)
        #expect(result.status == 0, "\(result.standardError)")
        return try result.standardOutput.split(separator: "\n").map {
            try JSONDecoder().decode(Analysis.self, from: Data($0.utf8))
        }
    }

    @Test(
        "the four-article page yields four articles; Dojo 3 and Colossus 2 are technology; summaries hold no byline, section line or e-mail",
        .enabled(if: SharedCorpora.isAvailable, "needs ../shared/examples (CI provides it)"))
    func fourArticlePage() throws {
        let analyses = try analyze([SharedCorpora.example("001_74fbac84b1a14351.txt")])
        #expect(analyses.count == 4)
        let titles = analyses.map { $0.title ?? "" }
        #expect(titles[0].hasPrefix("Honda EV production"))
        #expect(titles[1].hasPrefix("Tesla seen as early winner"))
        #expect(titles[2].hasPrefix("Tesla confirms that work on Dojo 3"))
        #expect(titles[3].contains("Colossus 2"))
        #expect(analyses[2].topic.label == "tech")
        #expect(analyses[3].topic.label == "tech")
        for analysis in analyses {
            #expect(!analysis.summary.isEmpty)
            for sentence in analysis.summary.map(\.text) {
                #expect(!sentence.contains("@"), "\(sentence)")
                #expect(sentence != "News" && sentence != "Elon Musk" && sentence != analysis.title)
                #expect(!sentence.contains("Related Post") && !sentence.contains("Shoot me an email"))
            }
        }
    }

    @Test(
        "the single-article page keeps the caption, bio and comment widget out of the summary",
        .enabled(if: SharedCorpora.isAvailable, "needs ../shared/examples (CI provides it)"))
    func singleArticlePage() throws {
        let analyses = try analyze([SharedCorpora.example("000_a207c14975e4ddcc.txt")])
        #expect(analyses.count == 1)
        let summary = analyses[0].summary.map(\.text).joined(separator: " ")
        #expect(!summary.contains("meets with"))
        #expect(!summary.contains("William Johnson"))
        #expect(!summary.contains("Disqus"))
        #expect(["business", "tech"].contains(analyses[0].topic.label))
    }

    @Test("the samples folder is walked; the front page gives four articles; the HTML page loses its navigation, byline and footer; topics are right")
    func samplesFolder() throws {
        let analyses = try analyze([LedeBinary.sample("articles")])
        #expect(analyses.count == 3 + 4)
        #expect(analyses.filter { $0.source.hasSuffix("front-page.txt") }.map(\.section) == ["Energy", "Energy", "Robotics", "Robotics"])
        let byTitle = Dictionary(uniqueKeysWithValues: analyses.map { ($0.title ?? "", $0) })
        #expect(byTitle["Riverside snatch cup final in stoppage time"]?.topic.label == "sport")
        let chip = try #require(byTitle["Chipmaker opens research lab for low-power AI processors"])
        #expect(chip.topic.label == "tech")
        let text = chip.summary.map(\.text).joined(separator: " ")
        #expect(!text.contains("Lena Ortiz") && !text.contains("newsdesk@") && !text.contains("Home"))
    }

    @Test("markdown and text output carry the title, topic and summary")
    func humanFormats() throws {
        let page = LedeBinary.sample("articles/cup-final.txt")
        let text = try LedeBinary.run(["analyze", page])
        #expect(text.status == 0)
        #expect(text.standardOutput.contains("Riverside snatch cup final"))
        #expect(text.standardOutput.contains("topic: sport"))
        let markdown = try LedeBinary.run(["analyze", "--format", "markdown", page])
        #expect(markdown.standardOutput.hasPrefix("## Riverside snatch cup final in stoppage time"))
    }

    @Test("an unreadable file in a batch is reported on its own line without stopping the others")
    func batchWithBadFile() throws {
        let folder = try LedeBinary.temporaryFolder()
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]).write(to: URL(fileURLWithPath: folder + "/picture.txt"))
        let result = try LedeBinary.run(["analyze", "--format", "jsonl", folder + "/picture.txt", LedeBinary.sample("articles/cup-final.txt")])
        #expect(result.status == 65)
        #expect(result.standardOutput.split(separator: "\n").count == 1)
        #expect(result.standardError.contains("picture.txt"))
    }
}
