/// Recognises photo captions and photo credits (peer ask C5: newspaper3k PR #271,
/// "…/Pool/EPA-EFE/Shutterstock" glued into summaries).
///
/// Two kinds of evidence, both limited to paragraphs of at most
/// ``PageSegmenterOptions/maxCaptionWords`` words:
/// - a credit, anywhere in an article: the paragraph starts with "Photo:", "Image:", "Credit:",
///   "Pictured", "(Image: …" and similar, or holds an agency credit such as "Getty Images",
///   "/AFP", "Reuters/", "AP Photo", "Shutterstock", "EPA-EFE", or a position note such as "(L)", "from left";
/// - a caption shape, checked only between headline and body: a capitalised name phrase
///   (names, titles, "of", "and", "at", appositive commas) followed within 25 words by a
///   present-tense caption verb — "X meets with Y", "X speaks at …", "X poses …", "X is seen …".
///   News prose opens in the past or perfect tense, captions in the present.
struct CaptionRecognizer: Sendable {
    let maxWords: Int

    static let creditPrefixes = [
        "photo:", "photos:", "photo by", "photo credit", "photograph:", "image:", "image credit", "images:",
        "picture:", "pictures:", "credit:", "credits:", "pictured", "(image:", "(photo:", "(picture:",
        "(credit:", "(pictured", "caption:", "file photo", "illustration:",
    ]
    static let creditMarkers = [
        "Getty Images", "/AFP", "AFP/", "AFP via", "Reuters/", "/Reuters", "AP Photo", "/AP", "Shutterstock",
        "EPA-EFE", "/EPA", "(Image: ", "(Photo: ", "(Picture: ", "(Photo by", "(Credit: ", "(L)", "(R)",
        "(left)", "(right)", "(centre)", "(center)", "from left", "Photo courtesy", "Image courtesy",
    ]
    static let captionVerbs: Set<String> = [
        "meets", "speaks", "poses", "attends", "arrives", "gestures", "holds", "shakes", "stands", "sits",
        "waves", "listens", "delivers", "addresses", "visits", "greets", "talks", "smiles", "walks",
        "reacts", "signs", "looks", "leaves", "celebrates", "inspects", "tours", "examines", "displays",
        "watches", "rides", "drives", "receives", "presents", "shows", "unveils", "gives", "pose", "speak",
        "meet", "stand", "attend", "arrive", "celebrate", "look", "wave",
    ]
    static let passiveCaptionPhrases = [" is seen ", " are seen ", " is pictured ", " are pictured ", " seen here "]
    static let namePhraseConnectors: Set<String> = [
        "of", "and", "at", "the", "for", "in", "on", "de", "van", "von", "da", "del", "le", "la", "&",
    ]
    static let futureMarkers: Set<String> = ["will", "to", "would", "could", "may", "might"]

    func isCredit(_ shape: LineShape) -> Bool {
        guard shape.wordCount <= maxWords else { return false }
        let lower = shape.text.lowercased()
        if Self.creditPrefixes.contains(where: { TextPatterns.hasWordPrefix(lower, $0) }) { return true }
        return Self.creditMarkers.contains(where: { TextPatterns.contains(shape.text, $0) })
    }

    func isCaptionShaped(_ shape: LineShape) -> Bool {
        guard shape.wordCount <= maxWords, shape.wordCount >= 4 else { return false }
        let padded = " " + shape.text.lowercased() + " "
        if Self.passiveCaptionPhrases.contains(where: { TextPatterns.contains(padded, $0) }) { return true }
        let words = LineShape.words(shape.text)
        guard let first = words.first, LineShape.isCapitalised(first) else { return false }
        var previousEndedWithComma = false
        for (index, word) in words.prefix(25).enumerated() {
            let bare = String(word).lowercased().filter { $0.isLetter }
            if index > 0, Self.captionVerbs.contains(bare), !word.hasSuffix(",") {
                let before = String(words[index - 1]).lowercased()
                return !Self.futureMarkers.contains(before) && index + 1 < words.count
            }
            let allowed = LineShape.isCapitalised(word) || Self.namePhraseConnectors.contains(bare)
                || previousEndedWithComma || word.first?.isNumber == true
            if !allowed { return false }
            previousEndedWithComma = word.hasSuffix(",")
        }
        return false
    }
}
