/// The abbreviation lists the sentence splitter consults when a period is followed by a space
/// and a capitalised word, and how a token before a period is classified.
///
/// Three kinds matter:
/// - **Non-terminal** abbreviations (titles such as `Mr.`, `Sen.`, `Prof.`; `e.g.`, `vs.`, `ca.`,
///   `bzw.`) precede more of the same sentence, so they never end one when text follows.
/// - **Before-number** abbreviations (`No. 10`, `Art. 5`) continue before a number only.
/// - **Ambiguous** abbreviations (`Inc.`, `Jr.`, months, US states, dotted acronyms such as
///   `U.S.`, single-letter initials such as `B.`) often sit at the end of a sentence too. They end
///   one only when the next word is a common sentence opener (``SentenceStarters``):
///   `U.S. President` continues, `in the U.S. The next` splits.
struct Abbreviations: Sendable {
    /// How a token that ends in a period behaves.
    enum Kind: Equatable {
        /// Never ends a sentence when followed by more text.
        case nonTerminal
        /// Precedes a number (`No. 10`, `Art. 5`); before a word it ends the sentence (`"No. Never."`).
        case beforeNumber
        /// Ends a sentence only before a sentence opener.
        case ambiguous
        /// A number of digits alone (`5`, `31`), which may be an ordinal.
        case number(digitCount: Int)
        /// Anything else: a period after it ends the sentence.
        case word

        /// Whether the token is an abbreviation of some kind (so a following number or symbol
        /// continues the sentence).
        var isAbbreviation: Bool {
            switch self {
            case .nonTerminal, .beforeNumber, .ambiguous: true
            case .number, .word: false
            }
        }
    }

    /// Titles and words that introduce more of the same sentence.
    static let nonTerminal: [String] = [
        // English titles and ranks.
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Sen", "Sens", "Gov", "Rep", "Reps",
        "Gen", "Col", "Capt", "Cpt", "Lt", "Sgt", "Cpl", "Pvt", "Cmdr", "Adm", "Maj", "Brig", "Rev",
        "Revd", "Hon", "Pres", "Supt", "Insp", "Det", "Fr", "Msgr", "Atty", "Sec", "Amb",
        "St", "Ste", "Mt", "Ft",
        // Latin and English function abbreviations.
        "e.g", "i.e", "cf", "viz", "vs", "v", "ca", "approx", "esp", "incl", "excl", "resp",
        "p", "para", "ed", "eds", "op", "ref", "tel", "Tel", "est", "Dept",
        // German, French and Spanish ones that news text uses.
        "bzw", "z.B", "d.h", "u.a", "v.a", "o.ä", "vgl", "evtl", "ggf", "bspw", "inkl", "sog", "gem",
        "Hr", "Hrn", "Frl", "Abs", "Str", "Jh", "Hrsg", "Mme", "Mlle", "Sra", "Srta",
    ]

    /// Abbreviations that introduce a number; before a word they are ordinary words.
    static let beforeNumber: [String] = [
        "No", "Nos", "Nr", "Art", "Fig", "Figs", "Vol", "Vols", "pp", "ch", "Ch",
    ]

    /// Abbreviations that may or may not end the sentence. `etc.` is not one: before a
    /// capitalised word it almost always ends the sentence.
    static let ambiguous: [String] = [
        "Jr", "Sr", "Snr", "Jnr", "Inc", "Corp", "Ltd", "Co", "Cos", "Plc", "PLC", "LLC", "Bros",
        "al", "usw", "Ave", "Blvd", "Rd", "Sq", "a.m", "p.m",
        // Months, and the weekdays that are not also common names (`Sun`, `Sat`, `Mon`, `Wed`).
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Tue", "Tues", "Thu", "Thur", "Thurs", "Fri",
        // US states as AP style abbreviates them.
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans",
        "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore",
        "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
    ]

    private let nonTerminalForms: Set<String>
    private let beforeNumberForms: Set<String>
    private let ambiguousForms: Set<String>
    private let longestForm: Int

    /// The built-in lists plus `extra` non-terminal abbreviations (with or without final period).
    init(extra: [String] = []) {
        let extraTrimmed = extra.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }.filter { !$0.isEmpty }
        nonTerminalForms = Self.forms(of: Self.nonTerminal + extraTrimmed)
        beforeNumberForms = Self.forms(of: Self.beforeNumber)
        ambiguousForms = Self.forms(of: Self.ambiguous)
        longestForm = (nonTerminalForms.union(beforeNumberForms).union(ambiguousForms)).map(\.utf8.count).max() ?? 0
    }

    /// Each entry as written and, for lower-case entries, capitalised. Upper-case forms are left
    /// out on purpose: `FT.`, `SEC.` and `MS.` are names that end sentences, not `Ft.`, `Sec.`, `Ms.`.
    private static func forms(of entries: [String]) -> Set<String> {
        var forms = Set<String>()
        for entry in entries {
            forms.insert(entry)
            if let first = entry.first, first.isLowercase {
                forms.insert(first.uppercased() + entry.dropFirst())
            }
        }
        return forms
    }

    /// Classifies `bytes[range]`, the token before a period with leading brackets and quotes
    /// already removed.
    func kind(of bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Kind {
        guard !range.isEmpty else { return .word }
        if range.allSatisfy({ SentenceBytes.isASCIIDigit(bytes[$0]) }) {
            return .number(digitCount: range.count)
        }
        // Most tokens are ordinary words longer than any listed form: skip building a string.
        if range.count <= longestForm {
            let token = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            if nonTerminalForms.contains(token) { return .nonTerminal }
            if beforeNumberForms.contains(token) { return .beforeNumber }
            if ambiguousForms.contains(token) { return .ambiguous }
        }
        switch Self.letterPattern(bytes, range) {
        case .singleUpper, .dotted: return .ambiguous
        case .singleLower: return .nonTerminal
        case .none: return .word
        }
    }

    private enum LetterPattern { case singleUpper, singleLower, dotted, none }

    /// `B` (an initial), `v` (a lower-case single letter) or `F.B.I` / `a.m` (single letters
    /// joined by periods); any script.
    private static func letterPattern(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> LetterPattern {
        var index = range.lowerBound
        var letters = 0
        var firstIsUpper = false
        while index < range.upperBound {
            guard SentenceBytes.isLetter(in: bytes, at: index),
                let (scalar, length) = SentenceBytes.scalar(in: bytes, at: index)
            else { return .none }
            if letters == 0 { firstIsUpper = scalar.properties.isUppercase }
            letters += 1
            index += length
            guard index < range.upperBound else { break }
            guard bytes[index] == 0x2E, index + 1 < range.upperBound else { return .none }
            index += 1
        }
        if letters == 1 { return firstIsUpper ? .singleUpper : .singleLower }
        return letters > 1 ? .dotted : .none
    }
}
