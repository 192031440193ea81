import Foundation
import LedeTestSupport
import Testing

/// Finding 9 of issue 20, the repository half: a licence, and an install section that says how a
/// copied binary finds its model (EnvironmentTests runs what it says).
@Suite("the repository: licence and install instructions")
struct RepositoryHygieneTests {
    static func text(_ name: String) throws -> String {
        try String(contentsOf: SharedCorpora.repositoryRoot.appendingPathComponent(name), encoding: .utf8)
    }

    @Test("LICENSE holds the Apache License 2.0, and the README names it")
    func licence() throws {
        let licence = try Self.text("LICENSE")
        #expect(licence.contains("Apache License") && licence.contains("Version 2.0, January 2004"))
        #expect(licence.contains("END OF TERMS AND CONDITIONS"), "the whole text, not a stub")
        #expect(try Self.text("README.md").contains("[LICENSE](LICENSE)"))
    }

    @Test("the README's Install names the binary's place, the model's place, LEDE_MODEL, completions and manual pages")
    func installSection() throws {
        let readme = try Self.text("README.md")
        let install = readme.components(separatedBy: "\n## Install\n").dropFirst().first?.components(separatedBy: "\n## ").first ?? ""
        for needed in ["/usr/local/bin/lede", "/usr/local/share/lede/topic-default.ledemodel", "LEDE_MODEL",
                       "--generate-completion-script", "generate-manual"] {
            #expect(install.contains(needed), "Install lacks \(needed)")
        }
    }
}
