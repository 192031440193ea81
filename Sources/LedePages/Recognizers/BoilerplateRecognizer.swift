/// Recognises site furniture that scrapers leave in article text: contact lines, calls to
/// action, comment widgets, cookie notices and share prompts (peer asks L1, C5).
///
/// Rules, each on a whole line or paragraph:
/// - it holds an e-mail address (a contact line such as "Shoot me an email at …");
/// - it holds an `@handle` and is short (at most 25 words) or mentions Twitter, X, following or e-mail;
/// - it starts with a call-to-action phrase ("What do you think of the article?", "Related Post",
///   "Related:", "Sign up", "Subscribe", "Share this", "Read more", "We use cookies", …)
///   or one of the user's ``PageSegmenterOptions/extraBoilerplatePrefixes``;
/// - it is short (at most 25 words) and contains a widget phrase ("Comments Loading",
///   "all rights reserved", "cookie policy", "sign up for", "subscribe to", …).
struct BoilerplateRecognizer: Sendable {
    let extraPrefixes: [String]

    init(extraPrefixes: [String] = []) {
        self.extraPrefixes = extraPrefixes.map { $0.lowercased() }
    }

    static let prefixes: [String] = [
        "what do you think of", "what do you think about", "related post", "related posts", "related:",
        "related articles", "related stories", "related content", "related reading", "read more", "read next",
        "read also", "also read", "sign up", "subscribe", "share this", "share on", "share:", "click here",
        "follow us", "follow me", "advertisement", "sponsored content", "disqus", "loading...", "copyright \u{A9}",
        "\u{A9}", "all rights reserved", "we use cookies", "this site uses cookies", "this website uses cookies",
        "by continuing to use", "accept cookies", "cookie settings", "newsletter", "get the latest",
        "don't miss", "don\u{2019}t miss", "you may also like", "you might also like", "recommended for you",
        "more from", "more stories", "tags:", "filed under", "leave a comment", "join the conversation",
        "comments are closed", "view comments", "show comments", "load comments", "image source",
        "watch:", "listen to this article", "download the app", "have a news tip", "got a tip",
    ]

    static let wholeLines: Set<String> = [
        "comments", "comment", "share", "advertisement", "related", "recommended", "trending", "most read",
        "more", "menu", "home", "top stories", "latest news", "skip to content", "loading", "print", "email",
    ]

    static let shortLinePhrases: [String] = [
        "comments loading", "all rights reserved", "cookie policy", "privacy policy", "terms of use",
        "terms of service", "sign up for", "subscribe to", "share this article", "follow us on",
        "use cookies", "uses cookies", "newsletter", "read more", "click here",
    ]

    static let contactWords: [String] = ["twitter", "follow", "email", "e-mail", "reach me", "contact", " dm "]

    func isBoilerplate(_ shape: LineShape) -> Bool {
        let lower = shape.text.lowercased()
        if TextPatterns.containsEmailAddress(shape.text) { return true }
        if TextPatterns.containsHandle(shape.text),
           shape.wordCount <= 25 || Self.contactWords.contains(where: { TextPatterns.contains(lower, $0) }) || TextPatterns.contains(lower, " on x") {
            return true
        }
        if shape.wordCount <= 3, Self.wholeLines.contains(lower.trimmingTrailingPunctuation()) { return true }
        if Self.prefixes.contains(where: { TextPatterns.hasWordPrefix(lower, $0) })
            || extraPrefixes.contains(where: { TextPatterns.hasWordPrefix(lower, $0) }) {
            return true
        }
        if shape.wordCount <= 25 {
            for phrase in Self.shortLinePhrases where TextPatterns.contains(lower, phrase) { return true }
        }
        return false
    }
}

extension String {
    /// The string without trailing `.`, `:`, `!`, `…` and spaces, for whole-line comparisons.
    func trimmingTrailingPunctuation() -> String {
        var scalars = Substring(self).unicodeScalars
        while let last = scalars.last, last == "." || last == ":" || last == "!" || last == " " || last == "\u{2026}" {
            scalars.removeLast()
        }
        return String(String.UnicodeScalarView(scalars))
    }
}
