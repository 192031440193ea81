import Foundation
import LedeFuzzTargets

#if canImport(Glibc)
import Glibc
#endif

/// A file a bad-input row creates, by kind, so that a row is one line of data.
enum BadInputFixture: Sendable {
    /// A UTF-8 text file.
    case text(String)
    /// A file of these bytes.
    case bytes([UInt8])
    /// An empty folder.
    case folder
    /// A named pipe (FIFO).
    case fifo
    /// A model trained on the repository's sample data (see ``BadInputFiles/goodModel``).
    case goodModel
    /// ``BadInputFiles/goodModel`` with the format version field set to this number.
    case modelOfVersion(UInt32)
    /// A crafted model file of enormous declared shapes (see ``CraftedModelFile``).
    case crafted(CraftedModelFile)
    /// Four good labelled lines followed by these lines.
    case goodLinesThen(String)
    /// A folder per label holding two good label folders and one whose name is these bytes.
    case labelFoldersWithName([UInt8])

    /// Creates the fixture at `path`.
    func create(at path: String) throws {
        switch self {
        case .text(let text): try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        case .bytes(let bytes): try Data(bytes).write(to: URL(fileURLWithPath: path))
        case .folder: try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        case .fifo: guard mkfifo(path, 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
        case .goodModel: try Data(BadInputFiles.goodModel).write(to: URL(fileURLWithPath: path))
        case .modelOfVersion(let version):
            var bytes = BadInputFiles.goodModel
            withUnsafeBytes(of: version.littleEndian) { bytes.replaceSubrange(8..<12, with: $0) }
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        case .crafted(let file): try Data(try file.bytes()).write(to: URL(fileURLWithPath: path))
        case .goodLinesThen(let lines): try Data((BadInputFiles.goodLines + lines).utf8).write(to: URL(fileURLWithPath: path))
        case .labelFoldersWithName(let name):
            for label in ["business", "sport"] {
                try FileManager.default.createDirectory(atPath: path + "/" + label, withIntermediateDirectories: true)
                for index in 1...2 { try Data("Words about \(label), item \(index).".utf8).write(to: URL(fileURLWithPath: "\(path)/\(label)/\(index).txt")) }
            }
            let raw = (Array(path.utf8) + [UInt8(ascii: "/")] + name + [0]).map { CChar(bitPattern: $0) }
            guard mkdir(raw, 0o755) == 0 else { throw CocoaError(.fileWriteUnknown) }
        }
    }
}

extension BadInput {
    /// A row in one line: `files` (names in the row's folder) created from fixtures, then
    /// `arguments` (`{dir}` is the folder) must exit with `status` and one error line
    /// containing every text of `mentions`.
    init(_ description: String, _ files: [String: BadInputFixture], _ arguments: [String], _ status: Int32, _ mentions: [String]) {
        self.init(
            description: description,
            setUp: { folder in for (name, fixture) in files.sorted(by: { $0.key < $1.key }) { try fixture.create(at: folder + "/" + name) } },
            arguments: arguments, status: status, mentions: mentions)
    }
}
