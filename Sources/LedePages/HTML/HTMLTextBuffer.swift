/// The text of one region of an HTML page (the whole page, or one `<article>`) as it is being
/// written: collapses whitespace as browsers render it, writes pending line and paragraph
/// breaks lazily (so empty elements leave no blank lines), and remembers where its first
/// `<h1>` and first `<h2>` were so the headline can be moved to the top.
struct HTMLTextBuffer: Sendable {
    enum PendingBreak: Int, Sendable, Comparable {
        case none, space, line, paragraph
        static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    private(set) var bytes: [UInt8] = []
    private var pending: PendingBreak = .none
    /// Byte ranges of the first `<h1>` and the first `<h2>` text.
    private(set) var firstHeadingRanges: [Int: Range<Int>] = [:]
    private var openHeading: (level: Int, start: Int?)?

    var isEmpty: Bool { bytes.isEmpty }

    mutating func requestBreak(_ kind: PendingBreak) {
        if kind > pending { pending = kind }
    }

    mutating func append(_ byte: UInt8) {
        flushPendingBreak()
        if let heading = openHeading, heading.start == nil { openHeading = (heading.level, bytes.count) }
        bytes.append(byte)
    }

    mutating func append(contentsOf newBytes: [UInt8]) {
        for byte in newBytes { append(byte) }
    }

    mutating func beginHeading(level: Int) {
        guard level <= 2, firstHeadingRanges[level] == nil, openHeading == nil else { return }
        openHeading = (level, nil)
    }

    mutating func endHeading(level: Int) {
        guard let heading = openHeading, heading.level == level else { return }
        if let start = heading.start { firstHeadingRanges[level] = start..<bytes.count }
        openHeading = nil
    }

    private mutating func flushPendingBreak() {
        switch pending {
        case .none:
            break
        case .space:
            if let last = bytes.last, last != 0x0A, last != 0x20 { bytes.append(0x20) }
        case .line, .paragraph:
            while bytes.last == 0x20 { bytes.removeLast() }
            if !bytes.isEmpty {
                bytes.append(0x0A)
                if pending == .paragraph { bytes.append(0x0A) }
            }
        }
        pending = .none
    }

    /// The headline and the text with that headline cut out. The headline is the first `<h1>`,
    /// else `fallbackTitle` (the page title, left in place), else the first `<h2>`.
    func splittingHeadline(fallbackTitle: String?) -> (headline: String?, body: String) {
        let whole = String(decoding: bytes, as: UTF8.self)
        let range: Range<Int>
        if let first = firstHeadingRanges[1] {
            range = first
        } else if let fallbackTitle {
            return (fallbackTitle, whole)
        } else if let second = firstHeadingRanges[2] {
            range = second
        } else {
            return (nil, whole)
        }
        let headline = LineShape.words(String(decoding: bytes[range], as: UTF8.self)).joined(separator: " ")
        var rest = Array(bytes[..<range.lowerBound])
        rest.append(0x0A)
        rest.append(contentsOf: bytes[range.upperBound...])
        return (headline.isEmpty ? nil : headline, String(decoding: rest, as: UTF8.self))
    }
}
