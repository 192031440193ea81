/// Finds sentence ends inside one block of text (a block never contains a hard line break).
///
/// Rules, each tied to a failure seen in other splitters:
/// - A period followed by a digit, or by a lower-case word, never ends a sentence (`$1.13bn`,
///   `6.1%`, `1.5~2.5 cm`, `etc. and`). A run of two or more periods, or `…`, is an ellipsis and
///   ends a sentence only before a capitalised word.
/// - Before a capitalised word a period ends the sentence unless the token before it is a
///   non-terminal abbreviation (`Mr.`, `e.g.`), an ambiguous abbreviation, dotted acronym or
///   initial not followed by a ``SentenceStarters`` word (`U.S. President`, `James B. Comey`),
///   or a day number before a month (`31. August`).
/// - `!` and `?` end a sentence unless a lower-case word follows or they sit inside a short
///   quotation that closes soon after (`"Gimme! Gimme! Gimme! (A Man After Midnight)"`).
/// - Closing quotes and brackets right after the mark belong to the sentence that ends.
/// - Glued sentences split when the mark is directly followed by a capitalised word
///   (`summarization.Technologies`, `p.m.Former`, `said."Next`), provided the period follows a
///   lower-case letter, a digit, `%` or `)`, or closing quotes were absorbed, and the token is
///   not a non-terminal abbreviation, a URL or an e-mail address (`Node.js`, `U.S.A`, `e.g.`,
///   `teslarati.com`, `6.1` stay whole).
struct SentenceBoundaryScanner {
    package let bytes: UnsafeBufferPointer<UInt8>
    let abbreviations: Abbreviations
    let numbersAreOrdinals: Bool

    private enum Mark { case period, ellipsis, exclamation, fullWidth }

    /// Offsets inside `block` where a new sentence starts (the block's own start excluded).
    func cuts(in block: Range<Int>) -> [Int] {
        var cuts: [Int] = []
        var sentenceStart = block.lowerBound
        var index = block.lowerBound
        let end = block.upperBound
        while index < end {
            let byte = bytes[index]
            guard Self.mayStartMark(byte) else {
                index += 1
                continue
            }
            var markEnd = index + 1
            let mark: Mark
            switch byte {
            case 0x2E:
                while markEnd < end && bytes[markEnd] == 0x2E { markEnd += 1 }
                mark = markEnd - index >= 2 ? .ellipsis : .period
            case 0x21, 0x3F:
                while markEnd < end && (bytes[markEnd] == 0x21 || bytes[markEnd] == 0x3F || bytes[markEnd] == 0x2E) {
                    markEnd += 1
                }
                mark = .exclamation
            case 0xE2 where SentenceBytes.horizontalEllipsisLength(in: bytes, at: index) > 0:
                markEnd = index + 3
                while markEnd < end, bytes[markEnd] == 0x2E || SentenceBytes.horizontalEllipsisLength(in: bytes, at: markEnd) > 0 {
                    markEnd += bytes[markEnd] == 0x2E ? 1 : 3
                }
                mark = .ellipsis
            case 0xE3, 0xEF:
                guard SentenceBytes.fullWidthTerminalLength(in: bytes, at: index) > 0 else {
                    index += 1
                    continue
                }
                markEnd = index + 3
                mark = .fullWidth
            default:
                index += 1
                continue
            }
            var after = min(markEnd, end)
            while after < end {
                let length = SentenceBytes.closerLength(in: bytes, at: after)
                guard length > 0, after + length <= end else { break }
                after += length
            }
            if after < end, let cut = sentenceEnd(mark, markStart: index, markEnd: markEnd, after: after,
                                                  sentenceStart: sentenceStart, end: end) {
                cuts.append(cut)
                sentenceStart = cut
                after = cut
            }
            index = after
        }
        return cuts
    }

    /// Where the sentence ending in the mark at `markStart` ends (the next one starts), or nil
    /// when the mark does not end a sentence. `after` is just past the mark and its closers.
    /// `.` `!` `?`, or the lead byte of `…` or a CJK full stop; one test for the common case.
    @inline(__always)
    private static func mayStartMark(_ byte: UInt8) -> Bool {
        if byte < 0x40 { return (0x8000_4002_0000_0000 as UInt64) >> UInt64(byte) & 1 != 0 }
        return byte == 0xE2 || byte == 0xE3 || byte == 0xEF
    }

    private func sentenceEnd(
        _ mark: Mark, markStart: Int, markEnd: Int, after: Int, sentenceStart: Int, end: Int
    ) -> Int? {
        guard SentenceBytes.isSpace(bytes[after]) else {
            let glued = gluedBoundary(mark, markStart: markStart, closersAbsorbed: after > markEnd,
                                      after: after, sentenceStart: sentenceStart, end: end)
            return glued ? after : nil
        }
        var word = after
        while word < end && SentenceBytes.isSpace(bytes[word]) { word += 1 }
        // A closing quote set off by spaces (`a year. " And`, French `fini. » Puis`) still
        // closes this sentence.
        let detached = detachedCloserLength(at: word, end: end)
        let cut = detached > 0 ? word + detached : after
        if detached > 0 {
            word = cut
            while word < end && SentenceBytes.isSpace(bytes[word]) { word += 1 }
        }
        return endsSentence(mark, markStart: markStart, markEnd: markEnd, after: after, word: word,
                            sentenceStart: sentenceStart, end: end) ? cut : nil
    }

    private func detachedCloserLength(at index: Int, end: Int) -> Int {
        guard index < end else { return 0 }
        let length: Int
        if bytes[index] == 0x22 {
            length = 1
        } else if index + 2 < end && bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x9D {
            length = 3
        } else if index + 1 < end && bytes[index] == 0xC2 && bytes[index + 1] == 0xBB {
            length = 2
        } else {
            return 0
        }
        return index + length == end || SentenceBytes.isSpace(bytes[index + length]) ? length : 0
    }

    private func endsSentence(
        _ mark: Mark, markStart: Int, markEnd: Int, after: Int, word startOfWord: Int, sentenceStart: Int, end: Int
    ) -> Bool {
        var word = startOfWord
        while word < end {
            let length = SentenceBytes.openerLength(in: bytes, at: word)
            guard length > 0 else { break }
            word += length
        }
        guard word < end else { return true }
        let start = wordStart(at: word, end: end)
        switch mark {
        case .fullWidth:
            return true
        case .ellipsis:
            guard start == .upper else { return false }
            return !insideOpenQuotation(markStart: markStart, sentenceStart: sentenceStart)
                || SentenceStarters.words.contains(self.word(at: word, end: end))
        case .exclamation:
            guard start != .lower else { return false }
            return !insideShortQuotation(markStart: markStart, closersAbsorbed: after > markEnd,
                                         after: after, sentenceStart: sentenceStart, end: end)
        case .period:
            return periodEndsSentence(markStart: markStart, sentenceStart: sentenceStart,
                                      nextWord: word, nextStart: start, end: end)
        }
    }

    private func periodEndsSentence(
        markStart: Int, sentenceStart: Int, nextWord: Int, nextStart: SentenceBytes.WordStart, end: Int
    ) -> Bool {
        let kind = abbreviations.kind(of: bytes, tokenRange(endingAt: markStart, from: sentenceStart))
        switch nextStart {
        case .lower:
            return false
        case .digit, .other:
            return !kind.isAbbreviation
        case .upper:
            switch kind {
            case .nonTerminal:
                return false
            case .beforeNumber:
                return true
            case .ambiguous:
                return SentenceStarters.words.contains(word(at: nextWord, end: end))
            case .number(let digits):
                let ordinal = digits <= 3 && (numbersAreOrdinals || Self.monthNames.contains(word(at: nextWord, end: end)))
                return !ordinal
            case .word:
                return true
            }
        }
    }

    /// A mark directly followed by text: split only before a capitalised word.
    private func gluedBoundary(
        _ mark: Mark, markStart: Int, closersAbsorbed: Bool, after: Int, sentenceStart: Int, end: Int
    ) -> Bool {
        switch mark {
        case .fullWidth:
            return true
        case .ellipsis:
            return false
        case .exclamation:
            return startsCapitalisedWord(at: after, end: end)
        case .period:
            guard startsCapitalisedWord(at: after, end: end) else { return false }
            let token = tokenRange(endingAt: markStart, from: sentenceStart)
            guard closersAbsorbed || followsLowerCaseOrNumber(markStart, lower: token.lowerBound) else { return false }
            guard abbreviations.kind(of: bytes, token) != .nonTerminal else { return false }
            return !isAddress(from: token.lowerBound, end: end)
        }
    }

    /// The token before a mark: back to whitespace (or the sentence start), minus opening
    /// quotes and brackets.
    private func tokenRange(endingAt markStart: Int, from sentenceStart: Int) -> Range<Int> {
        var start = markStart
        while start > sentenceStart && !SentenceBytes.isSpace(bytes[start - 1]) { start -= 1 }
        while start < markStart {
            let length = SentenceBytes.openerLength(in: bytes, at: start)
            guard length > 0, start + length <= markStart else { break }
            start += length
        }
        return start..<markStart
    }

    private func followsLowerCaseOrNumber(_ markStart: Int, lower: Int) -> Bool {
        guard markStart > lower else { return false }
        var previous = markStart - 1
        while previous > lower && !SentenceBytes.isScalarStart(bytes[previous]) { previous -= 1 }
        let byte = bytes[previous]
        if byte == 0x25 || byte == 0x29 { return true }
        let start = SentenceBytes.wordStart(in: bytes, at: previous)
        return start == .lower || start == .digit
    }

    /// Whether the token starting at `start` is a URL, a `www.` host name or an e-mail address.
    private func isAddress(from start: Int, end: Int) -> Bool {
        var tokenEnd = start
        var hasAt = false
        var hasScheme = false
        while tokenEnd < end && !SentenceBytes.isSpace(bytes[tokenEnd]) {
            if bytes[tokenEnd] == 0x40 { hasAt = true }
            if bytes[tokenEnd] == 0x3A && tokenEnd + 2 < end && bytes[tokenEnd + 1] == 0x2F && bytes[tokenEnd + 2] == 0x2F {
                hasScheme = true
            }
            tokenEnd += 1
        }
        let www = tokenEnd - start >= 4 && bytes[start] | 0x20 == 0x77 && bytes[start + 1] | 0x20 == 0x77
            && bytes[start + 2] | 0x20 == 0x77 && bytes[start + 3] == 0x2E
        return hasAt || hasScheme || www
    }

    /// An upper-case letter followed by a lower-case one (`The`, `Ленин`), or `I`/`A` as a word.
    private func startsCapitalisedWord(at index: Int, end: Int) -> Bool {
        guard SentenceBytes.wordStart(in: bytes, at: index) == .upper else { return false }
        guard let (_, length) = SentenceBytes.scalar(in: bytes, at: index), index + length < end else { return false }
        let next = index + length
        if (bytes[index] == 0x49 || bytes[index] == 0x41) && (SentenceBytes.isSpace(bytes[next]) || bytes[next] == 0x27) {
            return true
        }
        return SentenceBytes.wordStart(in: bytes, at: next) == .lower
    }

    /// The case of the word at `index`; a lower-case word with a capital inside (`eBay`,
    /// `iPod`) counts as capitalised, since it starts sentences like a name does.
    private func wordStart(at index: Int, end: Int) -> SentenceBytes.WordStart {
        let start = SentenceBytes.wordStart(in: bytes, at: index)
        guard start == .lower else { return start }
        var position = index + 1
        while position < end && position - index < 12 && SentenceBytes.isASCIILower(bytes[position]) { position += 1 }
        return position < end && SentenceBytes.isASCIIUpper(bytes[position]) ? .upper : .lower
    }

    /// The letters of the word at `index`, as a string (for list look-ups).
    private func word(at index: Int, end: Int) -> String {
        var position = index
        while position < end && SentenceBytes.isLetter(in: bytes, at: position) {
            position += SentenceBytes.scalar(in: bytes, at: position)?.1 ?? 1
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<min(position, end)]), as: UTF8.self)
    }

    /// Whether `!`/`?` sits inside a double-quoted span of at most about 60 bytes each side that
    /// closes after this mark (a quoted title or exclamation, not the end of the sentence).
    private func insideShortQuotation(
        markStart: Int, closersAbsorbed: Bool, after: Int, sentenceStart: Int, end: Int
    ) -> Bool {
        guard !closersAbsorbed else { return false }
        var back = markStart - 1
        var opened = false
        while back >= max(sentenceStart, markStart - 60) {
            if bytes[back] == 0x22 {
                opened = back == sentenceStart || SentenceBytes.isSpace(bytes[back - 1])
                    || SentenceBytes.openerLength(in: bytes, at: back - 1) > 0
                break
            }
            if back + 2 < end && bytes[back] == 0xE2 && bytes[back + 1] == 0x80 {
                if bytes[back + 2] == 0x9C { opened = true; break }
                if bytes[back + 2] == 0x9D { break }
            }
            back -= 1
        }
        guard opened else { return false }
        var forward = after
        while forward < min(end, after + 60) {
            if bytes[forward] == 0x22 && !SentenceBytes.isSpace(bytes[forward - 1]) { return true }
            if forward + 2 < end && bytes[forward] == 0xE2 && bytes[forward + 1] == 0x80 && bytes[forward + 2] == 0x9D {
                return true
            }
            forward += 1
        }
        return false
    }

    /// Whether a double quotation opened in this sentence is still open at `markStart`: an
    /// ellipsis there marks words left out of a quote (`"make more difficult... Turkcell's"`),
    /// not the end of a sentence.
    private func insideOpenQuotation(markStart: Int, sentenceStart: Int) -> Bool {
        var open = false
        var index = sentenceStart
        while index < markStart {
            let byte = bytes[index]
            if byte == 0x22 {
                open = index == sentenceStart || SentenceBytes.isSpace(bytes[index - 1])
                    || SentenceBytes.openerLength(in: bytes, at: index - 1) > 0
            } else if byte == 0xE2 && index + 2 < markStart && bytes[index + 1] == 0x80 {
                if bytes[index + 2] == 0x9C { open = true }
                if bytes[index + 2] == 0x9D { open = false }
            }
            index += 1
        }
        return open
    }

    /// Month names that make `31. August` a date rather than a sentence end.
    private static let monthNames: Set<String> = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Januar", "Februar", "März", "Mai", "Juni", "Juli",
        "Oktober", "Dezember", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
        "Nov", "Dec",
    ]
}
