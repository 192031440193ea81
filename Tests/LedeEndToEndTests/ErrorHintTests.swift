import Foundation
import LedeTestSupport
import Testing

/// Finding 7 of issue 20: errors state facts, and `lede` adds hints that name only options the
/// running command has (analyze, summarize and keywords used to say "raise it with --max-bytes",
/// an option they did not have).
@Suite("an error's hint names only options of the command that failed")
struct ErrorHintTests {
    /// A reading command and how to run it on one input file (`{input}`) in a folder (`{dir}`).
    struct Reading: Sendable, CustomStringConvertible {
        var name: String
        var arguments: [String]
        /// Whether the input is labelled JSON Lines rather than a plain article.
        var labelled = false
        var description: String { name }
    }

    static let commands: [Reading] = [
        Reading(name: "classify", arguments: ["classify", "{input}"]),
        Reading(name: "explain", arguments: ["explain", "{input}"]),
        Reading(name: "analyze", arguments: ["analyze", "{input}"]),
        Reading(name: "summarize", arguments: ["summarize", "{input}"]),
        Reading(name: "keywords", arguments: ["keywords", "{input}"]),
        Reading(name: "train", arguments: ["train", "{input}", "-o", "{dir}/out.ledemodel"], labelled: true),
        Reading(name: "evaluate", arguments: ["evaluate", "{model}", "{input}"], labelled: true),
        Reading(name: "update", arguments: ["update", "{model}", "{input}", "-o", "{dir}/out.ledemodel"], labelled: true),
        Reading(name: "forget", arguments: ["forget", "{model}", "{input}", "-o", "{dir}/out.ledemodel"], labelled: true),
    ]

    /// The long options `lede <command> --help` lists.
    static func helpOptions(_ command: String) throws -> Set<String> {
        let help = try LedeBinary.run([command, "--help"]).standardOutput
        return Set(help.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "[" || $0 == "]" || $0 == "," })
            .filter { $0.hasPrefix("--") }.map(String.init))
    }

    /// Every `--option` named in `text`.
    static func namedOptions(_ text: String) -> Set<String> {
        let words = text.split(whereSeparator: { " \n;,()\"'".contains($0) })
        return Set(words.filter { $0.hasPrefix("--") && $0.count > 2 }.map { String($0.prefix { $0 != "." }) })
    }

    /// Runs `command` on `input` written in a fresh folder, with a trained model at `{model}`.
    static func run(_ command: Reading, input: (String) throws -> String, extra: [String] = []) throws -> LedeBinary.Result {
        let folder = try LedeBinary.temporaryFolder()
        let model = folder + "/model.ledemodel"
        #expect(try LedeBinary.run(["train", LedeBinary.sample("labelled/articles.jsonl"), "-o", model]).status == 0)
        let path = try input(folder)
        let arguments = command.arguments.map {
            $0.replacingOccurrences(of: "{input}", with: path).replacingOccurrences(of: "{dir}", with: folder)
                .replacingOccurrences(of: "{model}", with: model)
        }
        return try LedeBinary.run(arguments + extra)
    }

    @Test("invalid UTF-8: the hint offers --latin1-fallback only where the command has it", arguments: commands)
    func invalidUTF8(_ command: Reading) throws {
        let result = try Self.run(command) { folder in
            let path = folder + (command.labelled ? "/latin.jsonl" : "/latin.txt")
            let text: [UInt8] = command.labelled
                ? Array("{\"label\": \"sport\", \"text\": \"Le caf".utf8) + [0xE9] + Array(" est ouvert.\"}\n".utf8)
                : Array("Le caf".utf8) + [0xE9] + Array(" est ouvert.\n".utf8)
            try Data(text).write(to: URL(fileURLWithPath: path))
            return path
        }
        let options = try Self.helpOptions(command.name)
        #expect(result.status == 65, "\(result.standardError)")
        #expect(result.standardError.contains("invalid UTF-8"), "\(result.standardError)")
        #expect(Self.namedOptions(result.standardError).isSubset(of: options), "\(result.standardError)")
        #expect(result.standardError.contains("--latin1-fallback") == options.contains("--latin1-fallback"), "\(result.standardError)")
        #expect(!result.standardError.contains("Windows-1252 fallback"), "names an option by description: \(result.standardError)")
    }

    @Test("a file over the size limit: the hint offers --max-bytes only where the command has it", arguments: commands)
    func inputTooLarge(_ command: Reading) throws {
        let options = try Self.helpOptions(command.name)
        // Over the default limit (32 MiB) as a sparse file, or a small file under --max-bytes 10.
        let lowered = options.contains("--max-bytes")
        let result = try Self.run(command, input: { folder in
            let path = folder + (command.labelled ? "/big.jsonl" : "/big.txt")
            if lowered {
                let line = command.labelled ? "{\"label\": \"sport\", \"text\": \"A long enough line of text.\"}\n" : "A long enough line of text.\n"
                try Data(line.utf8).write(to: URL(fileURLWithPath: path))
            } else {
                _ = FileManager.default.createFile(atPath: path, contents: nil)
                let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
                try handle.truncate(atOffset: 33 << 20)
                try handle.close()
            }
            return path
        }, extra: lowered ? ["--max-bytes", "10"] : [])
        #expect(result.status == 65, "\(result.standardError)")
        #expect(result.standardError.contains("larger than the limit"), "\(result.standardError)")
        #expect(Self.namedOptions(result.standardError).isSubset(of: options), "\(result.standardError)")
        #expect(result.standardError.contains("--max-bytes") == lowered, "\(result.standardError)")
    }

    @Test("classify names --latin1-fallback, and with it reads the Latin-1 article")
    func latin1FallbackWorks() throws {
        let folder = try LedeBinary.temporaryFolder()
        let path = folder + "/latin.txt"
        try Data(Array("The striker scored in the caf".utf8) + [0xE9] + Array(" league final.\n".utf8)).write(to: URL(fileURLWithPath: path))
        let refused = try LedeBinary.run(["classify", path])
        #expect(refused.status == 65 && refused.standardError.contains("--latin1-fallback"), "\(refused.standardError)")
        let read = try LedeBinary.run(["classify", "--latin1-fallback", path])
        #expect(read.status == 0, "\(read.standardError)")
        #expect(read.standardOutput.contains("sport"), "\(read.standardOutput)")
    }
}
