import Foundation
import LedeTestSupport
import Testing

/// Finding 9 of issue 20, the environment half: `LEDE_THREADS` is checked, and a copied `lede`
/// finds its model the way the README's "Install" says.
@Suite("the environment: LEDE_THREADS, LEDE_MODEL and an installed lede")
struct EnvironmentTests {
    static let article = Data("The striker scored twice as the club won the cup final.".utf8)

    @Test("a LEDE_THREADS that is not a positive whole number is refused with exit 64, naming it",
          arguments: ["abc", "0", "-3", "2.5", " 4"])
    func badThreadCount(_ value: String) throws {
        let result = try LedeBinary.run(["classify", "-"], input: Self.article, environment: ["LEDE_THREADS": value])
        #expect(result.status == 64, "\(result.standardError)")
        #expect(result.standardError.contains("LEDE_THREADS") && result.standardError.contains("\"\(value)\""), "\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
    }

    @Test("a positive LEDE_THREADS is accepted and does not change the answer")
    func goodThreadCount() throws {
        let one = try LedeBinary.run(["classify", "--format", "jsonl", "-"], input: Self.article, environment: ["LEDE_THREADS": "1"])
        let two = try LedeBinary.run(["classify", "--format", "jsonl", "-"], input: Self.article, environment: ["LEDE_THREADS": "2"])
        #expect(one.status == 0 && two.status == 0, "\(one.standardError) \(two.standardError)")
        #expect(one.standardOutput == two.standardOutput)
    }

    /// Copies the built `lede` to `prefix/bin/lede`.
    static func install(into prefix: String) throws -> String {
        try FileManager.default.createDirectory(atPath: prefix + "/bin", withIntermediateDirectories: true)
        let binary = prefix + "/bin/lede"
        try FileManager.default.copyItem(atPath: LedeBinary.path, toPath: binary)
        return binary
    }

    static let model = SharedCorpora.repositoryRoot.appendingPathComponent("Models/topic-default.ledemodel").path

    @Test("a lede copied to PREFIX/bin finds its model in PREFIX/share/lede, as the README's Install says")
    func installedLayout() throws {
        let prefix = try LedeBinary.temporaryFolder()
        let binary = try Self.install(into: prefix)
        try FileManager.default.createDirectory(atPath: prefix + "/share/lede", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.model, toPath: prefix + "/share/lede/topic-default.ledemodel")
        let result = try Self.runCopied(binary, ["classify", "-"], environment: ["LEDE_MODEL": ""])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("sport"), "\(result.standardOutput)")
        let info = try Self.runCopied(binary, ["model", "info"], environment: ["LEDE_MODEL": ""])
        #expect(info.standardOutput.contains(prefix + "/share/lede/topic-default.ledemodel"), "\(info.standardOutput)")
    }

    @Test("a copied lede without its model says where it looked and how to give one (exit 64); LEDE_MODEL then works")
    func copiedWithoutModel() throws {
        let prefix = try LedeBinary.temporaryFolder()
        let binary = try Self.install(into: prefix)
        let missing = try Self.runCopied(binary, ["classify", "-"], environment: ["LEDE_MODEL": ""])
        #expect(missing.status == 64, "\(missing.standardError)")
        for text in [prefix + "/share/lede", "LEDE_MODEL", "--model"] {
            #expect(missing.standardError.contains(text), "\(missing.standardError) lacks \(text)")
        }
        let given = try Self.runCopied(binary, ["classify", "-"], environment: ["LEDE_MODEL": Self.model])
        #expect(given.status == 0, "\(given.standardError)")
    }

    @Test("the completion scripts the README's Install names are generated for bash, zsh and fish",
          arguments: [("bash", "complete -o filenames -F _lede lede"), ("zsh", "#compdef lede"), ("fish", "complete -c 'lede'")])
    func completionScripts(_ shell: String, _ marker: String) throws {
        let result = try LedeBinary.run(["--generate-completion-script", shell])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains(marker), "\(result.standardOutput.prefix(300))")
        #expect(result.standardOutput.contains("latin1-fallback"), "the subcommands' options are completed")
    }

    /// Runs the copy `binary` with ``article`` on standard input.
    static func runCopied(_ binary: String, _ arguments: [String], environment: [String: String]) throws -> LedeBinary.Result {
        try LedeBinary.run(arguments, input: article, environment: environment, executable: binary)
    }
}
