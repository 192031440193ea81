/// The layouts a corpus can come in. ``detect(path:)`` picks one from the path, so that
/// `lede train data/` and `lede train train.jsonl` both just work.
public enum CorpusFormat: String, Sendable, Codable, CaseIterable {
    /// One JSON object per line (`.jsonl`, `.ndjson`), keys chosen by ``CorpusFields``.
    case jsonLines
    /// RFC 4180 CSV with a header row (`.csv`; `.tsv` is read the same way with tabs).
    case csv
    /// scikit-learn's `load_files` layout: `<dir>/<label>/<file>`, one document per file.
    case folderPerLabel
    /// One file (or standard input) holding one unlabelled document.
    case plainText

    /// The format for `path`: a directory is ``folderPerLabel``; `.jsonl`, `.ndjson`,
    /// `.jsonlines` and `.json` are ``jsonLines``; `.csv`, `.tsv` and `.tab` are ``csv``;
    /// anything else, and standard input (`"-"`), is ``plainText``.
    /// - Throws: `.fileNotFound` when the path does not exist.
    public static func detect(path: String) throws -> CorpusFormat {
        if path == PosixFile.standardInputPath { return .plainText }
        guard let kind = PosixFile.kind(of: path) else { throw LedeError.fileNotFound(SourceLocation(path: path)) }
        if kind == .directory { return .folderPerLabel }
        switch InputFiles.pathExtension(path) {
        case "jsonl", "ndjson", "jsonlines", "json": return .jsonLines
        case "csv", "tsv", "tab": return .csv
        default: return .plainText
        }
    }
}
