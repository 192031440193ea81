/// Decodes HTML character references: the named entities news pages use (quotes, dashes,
/// accented Latin letters, currency and typographic signs) and numeric `&#NN;` / `&#xNN;`.
///
/// No-break and thin spaces decode to a plain space and a soft hyphen to nothing, because
/// everything downstream (sentence splitter, tokeniser) wants ordinary word separators.
/// Numeric references in 0x80–0x9F are read as Windows-1252, as browsers do; NUL, surrogates and
/// values beyond U+10FFFF become U+FFFD. An unknown name is left as written.
enum HTMLEntities {
    /// Decodes the reference starting at `start` (which holds `&`). Returns the replacement bytes
    /// and the index just after the reference, or nil when the bytes there are not a reference.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (utf8: [UInt8], end: Int)? {
        var cursor = start + 1
        guard cursor < bytes.count else { return nil }
        if bytes[cursor] == UInt8(ascii: "#") {
            cursor += 1
            var isHex = false
            if cursor < bytes.count, bytes[cursor] | 0x20 == UInt8(ascii: "x") { isHex = true; cursor += 1 }
            var value: UInt32 = 0
            let digitsStart = cursor
            while cursor < bytes.count, cursor - digitsStart < 8, let digit = digitValue(bytes[cursor], hex: isHex) {
                value = value * (isHex ? 16 : 10) + digit
                cursor += 1
            }
            guard cursor > digitsStart else { return nil }
            if cursor < bytes.count, bytes[cursor] == UInt8(ascii: ";") { cursor += 1 }
            return (utf8(ofCodePoint: value), cursor)
        }
        let nameStart = cursor
        while cursor < bytes.count, cursor - nameStart < 32, isAlphanumeric(bytes[cursor]) { cursor += 1 }
        guard cursor > nameStart else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<cursor]), as: UTF8.self)
        if cursor < bytes.count, bytes[cursor] == UInt8(ascii: ";"), let replacement = named[name] {
            return (Array(replacement.utf8), cursor + 1)
        }
        if legacyWithoutSemicolon.contains(name), let replacement = named[name] {
            return (Array(replacement.utf8), cursor)
        }
        return nil
    }

    static func utf8(ofCodePoint value: UInt32) -> [UInt8] {
        var codePoint = value
        if (0x80...0x9F).contains(value) { codePoint = Windows1252.codePoint(of: UInt8(value)) }
        if codePoint == 0xA0 || codePoint == 0x2009 || codePoint == 0x202F || codePoint == 0x2002 || codePoint == 0x2003 {
            return [0x20]
        }
        if codePoint == 0xAD { return [] }
        let scalar = Unicode.Scalar(codePoint).flatMap { codePoint == 0 ? nil : $0 } ?? "\u{FFFD}"
        return Array(String(Character(scalar)).utf8)
    }

    static let legacyWithoutSemicolon: Set<String> = ["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"]

    static let named: [String: String] = {
        var table: [String: String] = [
            "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ensp": " ", "emsp": " ",
            "thinsp": " ", "shy": "", "zwj": "", "zwnj": "", "lrm": "", "rlm": "",
            "copy": "\u{A9}", "reg": "\u{AE}", "trade": "\u{2122}", "hellip": "\u{2026}", "mdash": "\u{2014}",
            "ndash": "\u{2013}", "minus": "\u{2212}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "sbquo": "\u{201A}",
            "ldquo": "\u{201C}", "rdquo": "\u{201D}", "bdquo": "\u{201E}", "laquo": "\u{AB}", "raquo": "\u{BB}",
            "lsaquo": "\u{2039}", "rsaquo": "\u{203A}", "bull": "\u{2022}", "middot": "\u{B7}", "deg": "\u{B0}",
            "plusmn": "\u{B1}", "times": "\u{D7}", "divide": "\u{F7}", "frac12": "\u{BD}", "frac14": "\u{BC}",
            "frac34": "\u{BE}", "sup1": "\u{B9}", "sup2": "\u{B2}", "sup3": "\u{B3}", "euro": "\u{20AC}",
            "pound": "\u{A3}", "yen": "\u{A5}", "cent": "\u{A2}", "curren": "\u{A4}", "sect": "\u{A7}",
            "para": "\u{B6}", "dagger": "\u{2020}", "Dagger": "\u{2021}", "permil": "\u{2030}", "prime": "\u{2032}",
            "Prime": "\u{2033}", "iexcl": "\u{A1}", "iquest": "\u{BF}", "ordf": "\u{AA}", "ordm": "\u{BA}",
            "micro": "\u{B5}", "not": "\u{AC}", "macr": "\u{AF}", "uml": "\u{A8}", "acute": "\u{B4}",
            "cedil": "\u{B8}", "brvbar": "\u{A6}", "larr": "\u{2190}", "rarr": "\u{2192}", "uarr": "\u{2191}",
            "darr": "\u{2193}", "le": "\u{2264}", "ge": "\u{2265}", "ne": "\u{2260}", "infin": "\u{221E}",
            "asymp": "\u{2248}", "hearts": "\u{2665}", "star": "\u{2606}", "check": "\u{2713}",
            "szlig": "\u{DF}", "aelig": "\u{E6}", "AElig": "\u{C6}", "oelig": "\u{153}", "OElig": "\u{152}",
            "oslash": "\u{F8}", "Oslash": "\u{D8}", "aring": "\u{E5}", "Aring": "\u{C5}", "ccedil": "\u{E7}",
            "Ccedil": "\u{C7}", "eth": "\u{F0}", "ETH": "\u{D0}", "thorn": "\u{FE}", "THORN": "\u{DE}",
            "scaron": "\u{161}", "Scaron": "\u{160}", "zcaron": "\u{17E}", "Zcaron": "\u{17D}", "fnof": "\u{192}",
            "alpha": "\u{3B1}", "beta": "\u{3B2}", "gamma": "\u{3B3}", "delta": "\u{3B4}", "pi": "\u{3C0}",
            "mu": "\u{3BC}", "sigma": "\u{3C3}", "omega": "\u{3C9}", "Delta": "\u{394}", "Omega": "\u{3A9}",
        ]
        // Accented vowels and friends follow one naming scheme: letter + accent name.
        let accents: [(String, [Character: UInt32])] = [
            ("acute", ["a": 0xE1, "e": 0xE9, "i": 0xED, "o": 0xF3, "u": 0xFA, "y": 0xFD,
                       "A": 0xC1, "E": 0xC9, "I": 0xCD, "O": 0xD3, "U": 0xDA, "Y": 0xDD]),
            ("grave", ["a": 0xE0, "e": 0xE8, "i": 0xEC, "o": 0xF2, "u": 0xF9,
                       "A": 0xC0, "E": 0xC8, "I": 0xCC, "O": 0xD2, "U": 0xD9]),
            ("circ", ["a": 0xE2, "e": 0xEA, "i": 0xEE, "o": 0xF4, "u": 0xFB,
                      "A": 0xC2, "E": 0xCA, "I": 0xCE, "O": 0xD4, "U": 0xDB]),
            ("uml", ["a": 0xE4, "e": 0xEB, "i": 0xEF, "o": 0xF6, "u": 0xFC, "y": 0xFF,
                     "A": 0xC4, "E": 0xCB, "I": 0xCF, "O": 0xD6, "U": 0xDC, "Y": 0x178]),
            ("tilde", ["a": 0xE3, "n": 0xF1, "o": 0xF5, "A": 0xC3, "N": 0xD1, "O": 0xD5]),
        ]
        for (accent, letters) in accents {
            for (letter, codePoint) in letters {
                table["\(letter)\(accent)"] = String(Character(Unicode.Scalar(codePoint)!))
            }
        }
        return table
    }()

    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x61...0x66 where hex: return UInt32(byte - 0x61 + 10)
        case 0x41...0x46 where hex: return UInt32(byte - 0x41 + 10)
        default: return nil
        }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }
}
