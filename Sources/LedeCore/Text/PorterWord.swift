/// A word being stemmed: its bytes, edited in place, and where the word currently ends.
///
/// Every Porter rule replaces a suffix with one no longer than itself, so a word never outgrows
/// the buffer it started in and no step allocates. Positions and lengths are in bytes; the
/// consonant tests follow the paper's definition, where `y` is a consonant unless it follows one.
struct PorterWord {
    /// The word's first byte; the buffer holds at least `count` bytes.
    package let bytes: UnsafeMutablePointer<UInt8>
    /// The current length of the word.
    var count: Int

    @inline(__always)
    static func isVowelLetter(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "a") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "i")
            || byte == UInt8(ascii: "o") || byte == UInt8(ascii: "u")
    }

    /// The byte at `offset` from the current end: `last(1)` is the final letter.
    @inline(__always)
    package func last(_ offset: Int) -> UInt8 { bytes[count - offset] }

    /// Whether the byte at `index` is a consonant. A run of `y`s alternates consonant and vowel,
    /// so walking back over it decides the letter without classifying the whole word.
    func isConsonant(_ index: Int) -> Bool {
        var i = index
        var flipped = false
        while i > 0 && bytes[i] == UInt8(ascii: "y") {
            flipped.toggle()
            i -= 1
        }
        return !Self.isVowelLetter(bytes[i]) != flipped
    }

    /// The measure m of the first `length` bytes: how many vowel-run → consonant-run changes
    /// the form [C](VC){m}[V] contains.
    func measure(_ length: Int) -> Int {
        var m = 0
        var previousIsConsonant = true
        for i in 0..<length {
            let byte = bytes[i]
            let consonant: Bool
            if Self.isVowelLetter(byte) {
                consonant = false
            } else if byte == UInt8(ascii: "y") {
                consonant = i == 0 || !previousIsConsonant
            } else {
                consonant = true
            }
            if consonant && !previousIsConsonant { m += 1 }
            previousIsConsonant = consonant
        }
        return m
    }

    /// Condition *v*: the first `length` bytes contain a vowel. Scanning stops at the first
    /// vowel, so a `y` reached after the first byte follows a consonant and is itself a vowel.
    func containsVowel(_ length: Int) -> Bool {
        for i in 0..<length {
            let byte = bytes[i]
            if Self.isVowelLetter(byte) || (i > 0 && byte == UInt8(ascii: "y")) { return true }
        }
        return false
    }

    /// Condition *d: the first `length` bytes end with a doubled consonant.
    func endsWithDoubleConsonant(_ length: Int) -> Bool {
        length >= 2 && bytes[length - 1] == bytes[length - 2] && isConsonant(length - 1)
    }

    /// Condition *o: the first `length` bytes end consonant–vowel–consonant with the last not
    /// `w`, `x` or `y`. NLTK also counts a two-letter vowel–consonant word (with no exception
    /// for the final letter), so that short stems such as "ow" keep their `e`.
    func endsConsonantVowelConsonant(_ length: Int) -> Bool {
        if length >= 3 {
            let final = bytes[length - 1]
            return isConsonant(length - 3) && !isConsonant(length - 2) && isConsonant(length - 1)
                && final != UInt8(ascii: "w") && final != UInt8(ascii: "x")
                && final != UInt8(ascii: "y")
        }
        return length == 2 && !isConsonant(0) && isConsonant(1)
    }

    /// Whether the word ends with `suffix`.
    @inline(__always)
    func endsWith(_ suffix: StaticString) -> Bool {
        let length = suffix.utf8CodeUnitCount
        guard length <= count else { return false }
        let suffixBytes = suffix.utf8Start
        let start = count - length
        for i in 0..<length where bytes[start + i] != suffixBytes[i] { return false }
        return true
    }

    /// Drops the last `length` bytes and appends `replacement`.
    @inline(__always)
    package mutating func replaceLast(_ length: Int, with replacement: StaticString) {
        count -= length
        let replacementLength = replacement.utf8CodeUnitCount
        (bytes + count).update(from: replacement.utf8Start, count: replacementLength)
        count += replacementLength
    }

    /// One rule "(m > minimumMeasure) SUFFIX → REPLACEMENT". Returns whether the suffix matched,
    /// because in a rule list the first matching suffix decides even when its condition fails.
    @inline(__always)
    mutating func rule(
        _ suffix: StaticString, _ replacement: StaticString, ifMeasureAbove minimumMeasure: Int
    ) -> Bool {
        guard endsWith(suffix) else { return false }
        let length = suffix.utf8CodeUnitCount
        if measure(count - length) > minimumMeasure { replaceLast(length, with: replacement) }
        return true
    }
}
