#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Finds the shipped keyword background table (`Models/keyword-background.tsv`: document
/// frequencies and word classes from 10,229 news documents), so keywords get background idf
/// without flags.
public enum DefaultKeywordBackground {
    /// The table's file name inside `Models/`.
    public static let fileName = "keyword-background.tsv"

    /// The table's path, the first of: `$LEDE_KEYWORD_BACKGROUND` when set;
    /// `../share/lede/<fileName>` from the running executable's folder (the installed layout);
    /// `Models/<fileName>` in the executable's folder or one of the folders above it (a build
    /// inside the repository). The same places as ``DefaultModel/locate()``; `nil` when there is
    /// none.
    public static func locate() -> String? {
        if let custom = ProcessInfo.processInfo.environment["LEDE_KEYWORD_BACKGROUND"], !custom.isEmpty { return custom }
        return ShippedFile.locate(named: fileName)
    }

    /// Loads `path` if given, else the shipped table; without either, ``KeywordBackground/empty``
    /// (keywords still work, without background idf). A table that exists but cannot be read is
    /// an error.
    public static func load(_ path: String? = nil) throws -> KeywordBackground {
        if let path { return try KeywordBackground.read(path: path) }
        guard let found = locate() else { return .empty }
        return try KeywordBackground.read(path: found)
    }
}
