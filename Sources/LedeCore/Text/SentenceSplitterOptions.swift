/// Settings for ``SentenceSplitter``. Every default suits English news text; the CLI and the
/// library share this one definition.
public struct SentenceSplitterOptions: Sendable, Hashable, Codable {
    /// Treat every non-blank line as exactly one sentence and never split inside a line
    /// (for corpora that are already one sentence per line). Default `false`.
    public var oneSentencePerLine: Bool
    /// More abbreviations that never end a sentence when more text follows on the same
    /// paragraph, written with or without the final period: `["Abg.", "approx"]`. They are matched
    /// as written, plus the capitalised form of lower-case entries. Default `[]`.
    public var extraAbbreviations: [String]
    /// Join lines of a hard-wrapped paragraph (a single line break in the middle of a sentence
    /// becomes a space). When `false`, every line break is a sentence boundary. Default `true`.
    /// See ``SentenceSplitter`` for the rule that decides whether a paragraph is hard-wrapped.
    public var joinsHardWrappedLines: Bool
    /// Read a number of one to three digits followed by a period as an ordinal that does not end
    /// the sentence (German `der 1. FC Köln`, `am 3. Oktober`). Default `false`: in English
    /// `... rose by 5. The` ends a sentence. A day number before a month name (`31. August`) is an
    /// ordinal even when this is `false`.
    public var numbersWithPeriodAreOrdinals: Bool

    /// Creates options; every parameter defaults to the documented default.
    public init(
        oneSentencePerLine: Bool = false,
        extraAbbreviations: [String] = [],
        joinsHardWrappedLines: Bool = true,
        numbersWithPeriodAreOrdinals: Bool = false
    ) {
        self.oneSentencePerLine = oneSentencePerLine
        self.extraAbbreviations = extraAbbreviations
        self.joinsHardWrappedLines = joinsHardWrappedLines
        self.numbersWithPeriodAreOrdinals = numbersWithPeriodAreOrdinals
    }

    private enum CodingKeys: String, CodingKey {
        case oneSentencePerLine, extraAbbreviations, joinsHardWrappedLines, numbersWithPeriodAreOrdinals
    }

    /// Decodes options; a missing key takes its default, so older settings files stay valid.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = SentenceSplitterOptions()
        oneSentencePerLine = try container.decodeIfPresent(Bool.self, forKey: .oneSentencePerLine)
            ?? defaults.oneSentencePerLine
        extraAbbreviations = try container.decodeIfPresent([String].self, forKey: .extraAbbreviations)
            ?? defaults.extraAbbreviations
        joinsHardWrappedLines = try container.decodeIfPresent(Bool.self, forKey: .joinsHardWrappedLines)
            ?? defaults.joinsHardWrappedLines
        numbersWithPeriodAreOrdinals = try container.decodeIfPresent(
            Bool.self, forKey: .numbersWithPeriodAreOrdinals) ?? defaults.numbersWithPeriodAreOrdinals
    }
}
