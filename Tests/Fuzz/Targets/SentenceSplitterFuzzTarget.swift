import LedeCore

/// Fuzzes ``SentenceSplitter`` on raw bytes (invalid UTF-8 included: the byte API repairs it).
///
/// Properties: sentences are non-empty and trimmed; their byte ranges are non-empty, inside the
/// input, in order and non-overlapping; paragraph indices never decrease; a trailing newline
/// does not change the result (as documented); the `String` API agrees with the byte API on
/// valid UTF-8.
enum SentenceSplitterFuzzTarget {
    /// Built once: the abbreviation table costs more than splitting a short input.
    static let splitter = SentenceSplitter()

    static let target = FuzzTarget(name: "sentence-splitter") { bytes in
        let sentences = splitter.split(utf8: bytes)
        var previousEnd = 0
        var previousParagraph = 0
        for sentence in sentences {
            let range = sentence.utf8Range
            try require(!range.isEmpty && range.lowerBound >= previousEnd && range.upperBound <= bytes.count,
                        "range \(range) out of order or outside 0..<\(bytes.count) (previous end \(previousEnd))")
            try require(!sentence.text.isEmpty, "empty sentence at \(range)")
            try require(sentence.text.unicodeScalars.first.map { !$0.properties.isWhitespace } ?? false
                        && sentence.text.unicodeScalars.last.map { !$0.properties.isWhitespace } ?? false,
                        "sentence \(sentence.text.debugDescription) is not trimmed")
            try require(sentence.paragraphIndex >= previousParagraph, "paragraph index went back at \(range)")
            previousEnd = range.upperBound
            previousParagraph = sentence.paragraphIndex
        }
        let withNewline = Array(bytes) + [0x0A]
        let again = withNewline.withUnsafeBufferPointer { splitter.split(utf8: $0) }
        try require(again == sentences, "a trailing newline changed the sentences")
        if let text = String(validating: bytes, as: UTF8.self) {
            try require(splitter.split(text) == sentences, "String and byte APIs disagree")
        }
    }
}
