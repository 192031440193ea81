/// The text encodings Lede reads. Everything else must be converted to UTF-8 first
/// (for example with `iconv`); the error for an unknown charset says so.
public enum TextEncoding: String, Sendable, Hashable, Codable, CaseIterable {
    /// UTF-8, the default; read strictly (an invalid byte is an error, not a replacement character).
    case utf8 = "UTF-8"
    /// UTF-16, little-endian (what Windows tools write as "Unicode").
    case utf16LittleEndian = "UTF-16LE"
    /// UTF-16, big-endian.
    case utf16BigEndian = "UTF-16BE"
    /// Windows-1252, the superset of ISO-8859-1 (Latin-1) that pages labelled Latin-1 really use,
    /// as the WHATWG Encoding Standard prescribes for the `iso-8859-1` label.
    case windows1252 = "windows-1252"

    /// The encoding named by a charset label as written in `<meta charset>` or given to
    /// `--encoding`, case-insensitively: `"utf8"`, `"ISO-8859-1"`, `"latin1"`, `"cp1252"`, ...
    /// `nil` when Lede cannot decode that charset.
    public init?(label: String) {
        let key = label.lowercased().filter { !$0.isWhitespace }
        switch key {
        case "utf-8", "utf8", "unicode-1-1-utf-8": self = .utf8
        case "utf-16le", "utf-16", "utf16", "utf16le", "unicode": self = .utf16LittleEndian
        case "utf-16be", "utf16be", "unicodefffe": self = .utf16BigEndian
        case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1",
            "latin-1", "l1", "cp819", "ibm819", "us-ascii", "ascii", "iso-ir-100", "csisolatin1":
            self = .windows1252
        default: return nil
        }
    }
}
