/// What a file given to a command that reads articles holds (`--input-format`).
///
/// `auto` decides by the file's extension: `.jsonl`, `.ndjson`, `.jsonlines` and `.json` are
/// JSON Lines; `.csv`, `.tsv` and `.tab` are CSV; `.html`, `.htm` and `.xhtml` are HTML; anything
/// else, and standard input (`-`), is text. Standard input holding records therefore needs
/// `--input-format jsonl` (or `csv`).
public enum InputFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// By extension, as described on the type.
    case auto
    /// A page of plain text (HTML is still recognised by its content and reduced to text).
    case text
    /// An HTML page, reduced to its text whatever it starts with.
    case html
    /// JSON Lines: one record per line, fields chosen by ``CorpusFields``.
    case jsonl
    /// CSV with a header row, fields chosen by ``CorpusFields``.
    case csv

    /// The extensions a folder walk picks up for articles: pages and record files.
    public static let articleFileExtensions: Set<String> = [
        "txt", "text", "md", "html", "htm", "xhtml", "jsonl", "ndjson", "jsonlines", "json", "csv", "tsv", "tab",
    ]

    /// The concrete format of `path`: this format, or for ``auto`` the one its extension names.
    public func resolved(for path: String) -> InputFormat {
        guard self == .auto else { return self }
        if path == PosixFile.standardInputPath { return .text }
        switch InputFiles.pathExtension(path) {
        case "jsonl", "ndjson", "jsonlines", "json": return .jsonl
        case "csv", "tsv", "tab": return .csv
        case "html", "htm", "xhtml": return .html
        default: return .text
        }
    }

    /// Whether the format holds one record per line (JSON Lines or CSV) rather than a page.
    public var holdsRecords: Bool { self == .jsonl || self == .csv }
}
