import Foundation
import LedeTestSupport
import Testing

/// Finding 9 of issue 20, the README half: every `<!-- run: CMD -->` block of the README is run
/// with the `lede` under test and must print what the README shows (times normalised). README.md
/// is read when the test runs, so a sample changed by any commit is checked as it stands.
@Suite("the README's samples are what lede prints")
struct ReadmeRunBlockTests {
    /// One `<!-- run: CMD -->` … `<!-- end -->` block.
    struct Block: Sendable, CustomTestStringConvertible {
        /// The line of the `<!-- run:` marker in README.md.
        var line: Int
        /// The shell command run, as written (it names `.build/release/lede`).
        var command: String
        /// The `$ lede …` line shown in the fenced sample.
        var shownCommand: String
        /// The sample's output lines.
        var expected: [String]

        var testDescription: String { "README.md:\(line): \(shownCommand)" }
    }

    static let readme = SharedCorpora.repositoryRoot.appendingPathComponent("README.md").path

    /// Every block of README.md, in order.
    static func blocks() throws -> [Block] {
        let lines = try String(contentsOfFile: readme, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var blocks: [Block] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            guard line.hasPrefix("<!-- run: "), line.hasSuffix(" -->") else { index += 1; continue }
            let command = String(line.dropFirst("<!-- run: ".count).dropLast(" -->".count))
            guard let open = lines[(index + 1)...].firstIndex(where: { $0.hasPrefix("```") }),
                  let close = lines[(open + 1)...].firstIndex(where: { $0.hasPrefix("```") }),
                  lines[(close + 1)...].first(where: { !$0.isEmpty }) == "<!-- end -->"
            else {
                throw ReadmeError(message: "README.md:\(index + 1): a run block needs a fenced sample then <!-- end -->")
            }
            let body = Array(lines[(open + 1)..<close])
            blocks.append(Block(
                line: index + 1, command: command, shownCommand: body.first ?? "", expected: Array(body.dropFirst())))
            index = close + 1
        }
        return blocks
    }

    struct ReadmeError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// `text` with what legitimately changes between runs made uniform: times (`0.21 s`,
    /// `16 ms`), the folder the repository is checked out in, and trailing spaces.
    static func normalised(_ lines: [String]) -> [String] {
        let time = try! Regex(#"\b\d+(\.\d+)? ?(s|ms)\b"#)
        let repository = try! Regex(#"(/[^\s/]+)+/Models/"#)
        return lines.map { line in
            var line = line.replacing(time, with: "<time>").replacing(repository, with: "<repository>/Models/")
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    @Test("README.md has run blocks, each showing the command it runs")
    func blocksShowTheirCommand() throws {
        let blocks = try Self.blocks()
        #expect(blocks.count >= 8, "found \(blocks.count) run blocks")
        for block in blocks {
            let shown = block.command.replacingOccurrences(of: ".build/release/lede", with: "lede")
                .replacingOccurrences(of: " 2>&1", with: "")
            #expect(block.shownCommand == "$ " + shown, "README.md:\(block.line)")
        }
    }

    @Test("every run block prints what the README shows", arguments: try ReadmeRunBlockTests.blocks())
    func blockOutput(_ block: Block) throws {
        guard !block.command.contains("../shared") || SharedCorpora.isAvailable else {
            // The one block on a shared corpus is checked wherever the corpora are (CI has them).
            return
        }
        let command = block.command.replacingOccurrences(of: ".build/release/lede", with: "'\(LedeBinary.path)'")
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", command]
        shell.currentDirectoryURL = SharedCorpora.repositoryRoot
        var environment = ProcessInfo.processInfo.environment
        environment["LEDE_MODEL"] = nil
        shell.environment = environment
        let output = Pipe()
        shell.standardOutput = output
        try shell.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        shell.waitUntilExit()
        var printed = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if printed.last == "" { printed.removeLast() }
        let expected = Self.normalised(block.expected)
        let actual = Self.normalised(printed)
        #expect(actual == expected, """
            README.md:\(block.line) has drifted from `\(block.command)`; it now prints:
            \(printed.joined(separator: "\n"))
            """)
    }
}
