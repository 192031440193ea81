/// Recognises author lines and author biographies.
///
/// Rules:
/// - a byline is at most 14 words and starts with "By", "Written by", "Words by", "Reporting by"
///   or "Posted by" followed by a capitalised word ("By Jane Doe, Business reporter");
/// - a staff line is at most 8 words, unpunctuated, and names a newsroom job
///   ("Business reporter, Example News");
/// - a biography starts with a capitalised name of two to four words followed by a colon and the
///   same person ("Mara Quill: Mara is a …", "Mara Quill: She covers …"), or the name followed by
///   "is a/an/the" and a writing job within its first 20 words ("Mara Quill is a freelance reporter …").
struct BylineRecognizer: Sendable {
    static let bylinePrefixes = ["by ", "written by ", "words by ", "reporting by ", "posted by ", "story by "]
    static let jobs = [
        "reporter", "correspondent", "editor", "writer", "journalist", "columnist", "contributor",
        "blogger", "enthusiast", "analyst at", "producer",
    ]
    static let bioVerbs: Set<String> = ["is", "was", "has", "covers", "writes", "joined", "reports", "lives"]
    static let pronouns: Set<String> = ["he", "she", "they"]

    func isByline(_ shape: LineShape) -> Bool {
        let lower = shape.text.lowercased()
        if shape.wordCount <= 14 {
            for prefix in Self.bylinePrefixes where lower.hasPrefix(prefix) {
                let rest = shape.text.dropFirst(prefix.count)
                if LineShape.isCapitalised(rest) { return true }
            }
        }
        if shape.wordCount <= 8, !shape.hasFinalPunctuation, Self.jobs.contains(where: { TextPatterns.contains(lower, $0) }) {
            return true
        }
        return isBiography(shape)
    }

    private func isBiography(_ shape: LineShape) -> Bool {
        guard shape.wordCount >= 4, shape.wordCount <= 120 else { return false }
        let opening = shape.text.utf8.prefix(60)
        guard opening.contains(UInt8(ascii: ":")) || TextPatterns.contains(String(decoding: opening, as: UTF8.self), " is ")
        else { return false }
        let words = LineShape.words(shape.text)
        // "Name Surname: Name is …"
        for nameLength in 2...4 where nameLength < words.count - 1 {
            let last = words[nameLength - 1]
            guard last.hasSuffix(":") else { continue }
            let name = words[0..<nameLength].map { $0.hasSuffix(":") ? $0.dropLast() : $0 }
            guard name.allSatisfy(LineShape.isCapitalised) else { return false }
            let subject = words[nameLength].lowercased()
            let verb = words[nameLength + 1].lowercased()
            let namesSamePerson = Self.pronouns.contains(subject)
                || name.contains { part in
                    let lowerPart = part.lowercased()
                    return lowerPart == subject || (subject.count >= 3 && lowerPart.hasPrefix(subject.prefix(3)))
                }
            return namesSamePerson && Self.bioVerbs.contains(verb)
        }
        // "Name Surname is a freelance reporter …"
        for nameLength in 2...3 where nameLength + 2 < words.count {
            guard words[0..<nameLength].allSatisfy(LineShape.isCapitalised) else { return false }
            guard words[nameLength] == "is",
                  ["a", "an", "the"].contains(words[nameLength + 1].lowercased())
            else { continue }
            let opening = words.prefix(20).joined(separator: " ").lowercased()
            return Self.jobs.contains(where: { TextPatterns.contains(opening, $0) })
        }
        return false
    }
}
