// The five steps of Porter (1980), with the changes of NLTK's default `NLTK_EXTENSIONS` mode,
// which is what Google's `rouge-score` stems with. Each rule list is split by the word's final
// letter; within a letter the rules keep the paper's order, because the first suffix that
// matches decides even when its condition then fails.
extension PorterWord {
    /// Step 1a: plurals. NLTK keeps four-letter "-ies" words as "-ie" ("ties" → "tie").
    mutating func step1a() {
        if count == 4 && endsWith("ies") {
            replaceLast(3, with: "ie")
            return
        }
        if endsWith("sses") {
            replaceLast(4, with: "ss")
        } else if endsWith("ies") {
            replaceLast(3, with: "i")
        } else if endsWith("ss") {
            return
        } else if endsWith("s") {
            count -= 1
        }
    }

    /// Step 1b: "-eed", "-ed", "-ing", then repairs the stem left behind.
    /// NLTK maps "-ied" straight to "-ie" (four letters) or "-i" before anything else.
    mutating func step1b() {
        if endsWith("ied") {
            replaceLast(3, with: count == 4 ? "ie" : "i")
            return
        }
        if endsWith("eed") {
            if measure(count - 3) > 0 { count -= 1 }
            return
        }
        if endsWith("ed") && containsVowel(count - 2) {
            count -= 2
        } else if endsWith("ing") && containsVowel(count - 3) {
            count -= 3
        } else {
            return
        }
        if endsWith("at") || endsWith("bl") || endsWith("iz") {
            replaceLast(0, with: "e")
        } else if endsWithDoubleConsonant(count) {
            let final = last(1)
            if final != UInt8(ascii: "l") && final != UInt8(ascii: "s") && final != UInt8(ascii: "z") {
                count -= 1
            }
        } else if measure(count) == 1 && endsConsonantVowelConsonant(count) {
            replaceLast(0, with: "e")
        }
    }

    /// Step 1c: "y" → "i" after a consonant that is not the word's only letter
    /// (NLTK's rule: "happy" → "happi", "enjoy" and "by" unchanged).
    mutating func step1c() {
        if count > 2 && last(1) == UInt8(ascii: "y") && isConsonant(count - 2) {
            replaceLast(1, with: "i")
        }
    }

    /// Step 2: double suffixes to single ones, for stems with m > 0.
    mutating func step2() {
        guard count > 1 else { return }
        switch last(1) {
        case UInt8(ascii: "l"):
            _ = rule("ational", "ate", ifMeasureAbove: 0) || rule("tional", "tion", ifMeasureAbove: 0)
        case UInt8(ascii: "i"):
            // NLTK tries "alli" → "al" first and, when it fires, runs step 2 again on the result.
            if endsWith("alli") && measure(count - 4) > 0 {
                replaceLast(4, with: "al")
                step2()
                return
            }
            _ = rule("enci", "ence", ifMeasureAbove: 0) || rule("anci", "ance", ifMeasureAbove: 0)
                || rule("bli", "ble", ifMeasureAbove: 0) || rule("alli", "al", ifMeasureAbove: 0)
                || rule("entli", "ent", ifMeasureAbove: 0) || rule("eli", "e", ifMeasureAbove: 0)
                || rule("ousli", "ous", ifMeasureAbove: 0) || rule("aliti", "al", ifMeasureAbove: 0)
                || rule("iviti", "ive", ifMeasureAbove: 0) || rule("biliti", "ble", ifMeasureAbove: 0)
                || rule("fulli", "ful", ifMeasureAbove: 0) || logiRule()
        case UInt8(ascii: "r"):
            _ = rule("izer", "ize", ifMeasureAbove: 0) || rule("ator", "ate", ifMeasureAbove: 0)
        case UInt8(ascii: "n"):
            _ = rule("ization", "ize", ifMeasureAbove: 0) || rule("ation", "ate", ifMeasureAbove: 0)
        case UInt8(ascii: "m"):
            _ = rule("alism", "al", ifMeasureAbove: 0)
        case UInt8(ascii: "s"):
            _ = rule("iveness", "ive", ifMeasureAbove: 0) || rule("fulness", "ful", ifMeasureAbove: 0)
                || rule("ousness", "ous", ifMeasureAbove: 0)
        default:
            return
        }
    }

    /// NLTK's "logi" → "log", measured with the "l" kept on the stem so that short stems such as
    /// "geo" and "theo" behave like "archaeo" and "philo".
    private mutating func logiRule() -> Bool {
        guard endsWith("logi") else { return false }
        if measure(count - 3) > 0 { count -= 1 }
        return true
    }

    /// Step 3: "-ic-", "-full", "-ness" and similar, for stems with m > 0.
    mutating func step3() {
        guard count > 1 else { return }
        switch last(1) {
        case UInt8(ascii: "e"):
            _ = rule("icate", "ic", ifMeasureAbove: 0) || rule("ative", "", ifMeasureAbove: 0)
                || rule("alize", "al", ifMeasureAbove: 0)
        case UInt8(ascii: "i"):
            _ = rule("iciti", "ic", ifMeasureAbove: 0)
        case UInt8(ascii: "l"):
            _ = rule("ical", "ic", ifMeasureAbove: 0) || rule("ful", "", ifMeasureAbove: 0)
        case UInt8(ascii: "s"):
            _ = rule("ness", "", ifMeasureAbove: 0)
        default:
            return
        }
    }

    /// Step 4: removes the remaining suffixes from stems with m > 1.
    mutating func step4() {
        guard count > 1 else { return }
        switch last(1) {
        case UInt8(ascii: "l"):
            _ = rule("al", "", ifMeasureAbove: 1)
        case UInt8(ascii: "e"):
            _ = rule("ance", "", ifMeasureAbove: 1) || rule("ence", "", ifMeasureAbove: 1)
                || rule("able", "", ifMeasureAbove: 1) || rule("ible", "", ifMeasureAbove: 1)
                || rule("ate", "", ifMeasureAbove: 1) || rule("ive", "", ifMeasureAbove: 1)
                || rule("ize", "", ifMeasureAbove: 1)
        case UInt8(ascii: "r"):
            _ = rule("er", "", ifMeasureAbove: 1)
        case UInt8(ascii: "c"):
            _ = rule("ic", "", ifMeasureAbove: 1)
        case UInt8(ascii: "t"):
            _ = rule("ant", "", ifMeasureAbove: 1) || rule("ement", "", ifMeasureAbove: 1)
                || rule("ment", "", ifMeasureAbove: 1) || rule("ent", "", ifMeasureAbove: 1)
        case UInt8(ascii: "n"):
            // (m > 1 and (*S or *T)) ION →
            if endsWith("ion") && count > 3 {
                let stemLength = count - 3
                let final = bytes[stemLength - 1]
                if (final == UInt8(ascii: "s") || final == UInt8(ascii: "t")) && measure(stemLength) > 1 {
                    count = stemLength
                }
            }
        case UInt8(ascii: "u"):
            _ = rule("ou", "", ifMeasureAbove: 1)
        case UInt8(ascii: "m"):
            _ = rule("ism", "", ifMeasureAbove: 1)
        case UInt8(ascii: "i"):
            _ = rule("iti", "", ifMeasureAbove: 1)
        case UInt8(ascii: "s"):
            _ = rule("ous", "", ifMeasureAbove: 1)
        default:
            return
        }
    }

    /// Step 5a: a final "e" goes when m > 1, or when m = 1 and the stem does not end *o.
    mutating func step5a() {
        guard count > 0 && last(1) == UInt8(ascii: "e") else { return }
        let stemLength = count - 1
        let m = measure(stemLength)
        if m > 1 || (m == 1 && !endsConsonantVowelConsonant(stemLength)) { count = stemLength }
    }

    /// Step 5b: "-ll" → "-l" when m > 1 (measured on the word less one "l").
    mutating func step5b() {
        if endsWith("ll") && measure(count - 1) > 1 { count -= 1 }
    }
}
