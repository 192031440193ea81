import LedePages

/// Fuzzes the HTML reducer (``HTMLTextExtractor`` with charset sniffing) and the page segmenter
/// that reads its output.
///
/// Properties: the result is the same when computed twice; a `<` in the output needs a `<` or a
/// character reference in the input; sniffing and segmenting the text into articles never fail.
enum HTMLFuzzTarget {
    static let target = FuzzTarget(name: "html-reducer") { bytes in
        let extractor = HTMLTextExtractor()
        let raw = Array(bytes)
        let text = extractor.text(fromHTMLBytes: raw)
        try require(extractor.text(fromHTMLBytes: raw) == text, "two runs disagree")
        let hasMarkup = raw.contains(UInt8(ascii: "<")) || raw.contains(UInt8(ascii: "&"))
        if !hasMarkup {
            try require(!text.contains("<"), "a '<' appeared from nowhere")
        }
        _ = HTMLTextExtractor.looksLikeHTML(text)
        _ = PageSegmenter().articles(in: text)
    }
}
