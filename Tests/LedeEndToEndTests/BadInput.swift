import Foundation

/// One bad input of issue 7's table: the files to create, the `lede` command to run on them,
/// and what the one-line error must say.
struct BadInput: Sendable, CustomStringConvertible {
    /// What is wrong with the input (the row's name in the test report).
    var description: String
    /// Creates the row's files in a fresh folder (paths are relative to it).
    var setUp: @Sendable (_ folder: String) throws -> Void
    /// The command; `{dir}` stands for the folder.
    var arguments: [String]
    /// Bytes on standard input.
    var standardInput: Data = Data()
    /// The documented exit status expected (see README "Exit codes").
    var status: Int32
    /// Text the error line must contain: the file name, with `:line` where there is a line.
    var mentions: [String]

    /// The arguments with `{dir}` replaced by `folder`.
    func resolvedArguments(in folder: String) -> [String] {
        arguments.map { $0.replacingOccurrences(of: "{dir}", with: folder) }
    }
}
