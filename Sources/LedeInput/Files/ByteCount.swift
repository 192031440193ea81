/// A size in bytes as people write it: `67108864`, `64M`, `64MiB`, `64 MiB`, `1.5G`, `512k`.
///
/// Suffixes are binary (k = 1,024, M = 1,024², G = 1,024³, T = 1,024⁴), case-insensitive,
/// optionally followed by `B` or `iB`, and may follow the number after a space; a bare number,
/// or one followed by `B`, `byte` or `bytes`, is bytes. The value must come to a whole,
/// positive number of bytes that fits in an `Int`.
public struct ByteCount: Sendable, Hashable, CustomStringConvertible {
    /// The number of bytes.
    public var bytes: Int

    /// A count of `bytes` bytes.
    public init(bytes: Int) {
        self.bytes = bytes
    }

    /// Reads `text` (see the type's description); `nil` when it is not a size: empty, negative,
    /// zero, a fraction of a byte, an unknown suffix or too large.
    public init?(parsing text: String) {
        var digits = Substring(text.trimmingWhitespace().lowercased())
        // One space may part the number from its unit ("64 MiB", as ``description`` writes it).
        if let letter = digits.firstIndex(where: { $0.isLetter }), letter > digits.startIndex,
           digits[digits.index(before: letter)] == " " {
            digits = digits[..<digits.index(before: letter)] + digits[letter...]
        }
        for word in ["bytes", "byte"] where digits.hasSuffix(word) {
            digits = digits.dropLast(word.count - 1)
            break
        }
        if digits.hasSuffix("ib") {
            // `iB` needs a unit before it: `MiB`, not `5iB`.
            digits = digits.dropLast(2)
            guard let unit = digits.last, Self.powers[unit] != nil else { return nil }
        } else if digits.hasSuffix("b") {
            digits = digits.dropLast()
        }
        var multiplier = 1
        if let unit = digits.last, let power = Self.powers[unit] {
            multiplier = 1 << (10 * power)
            digits = digits.dropLast()
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              digits.filter({ $0 == "." }).count <= 1, digits.first != ".", digits.last != "."
        else { return nil }
        if let whole = Int(digits) {
            let (product, overflow) = whole.multipliedReportingOverflow(by: multiplier)
            guard !overflow, product > 0 else { return nil }
            bytes = product
        } else {
            guard let value = Double(digits) else { return nil }
            let product = value * Double(multiplier)
            guard product >= 1, product < 0x1p63, product.rounded(.towardZero) == product else { return nil }
            bytes = Int(product)
        }
    }

    /// The size in the largest binary unit that divides it exactly (`64 MiB`, `1536 KiB`,
    /// `1000 bytes`).
    public var description: String {
        for (power, unit) in [(4, "TiB"), (3, "GiB"), (2, "MiB"), (1, "KiB")] where bytes % (1 << (10 * power)) == 0 {
            return "\(bytes >> (10 * power)) \(unit)"
        }
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }

    private static let powers: [Character: Int] = ["k": 1, "m": 2, "g": 3, "t": 4]
}

extension String {
    fileprivate func trimmingWhitespace() -> Substring {
        let characters = Substring(self)
        guard let start = characters.firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let end = characters.lastIndex(where: { !$0.isWhitespace })!
        return characters[start...end]
    }
}
