import Foundation
import LedeTestSupport
import Testing

@Suite("the README's library example")
struct ReadmeExampleTests {
    @Test("compiles, runs and gives the expected topics and a summary sentence")
    func exampleRuns() throws {
        let results = try readmeExample()
        #expect(results[0] == "sport")
        #expect(results[1].hasPrefix("Riverside won the cup"))
        #expect(results[2] == "sport")
    }

    @Test("the README shows exactly the code that this test target compiles")
    func readmeMatchesSource() throws {
        let root = SharedCorpora.repositoryRoot
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let source = try String(contentsOf: root.appendingPathComponent("Tests/LedeAnalysisTests/ReadmeExample.swift"), encoding: .utf8)
        #expect(readme.contains("```swift\n" + source + "```"))
    }
}
