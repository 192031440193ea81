import LedeAnalysis

/// Renders `lede analyze` results for people (terminal report, Markdown) — JSON goes through
/// ``JSONOutput`` directly.
enum AnalysisRenderer {
    /// The readable terminal report: one block per article.
    static func report(_ analyses: [ArticleAnalysis]) -> String {
        guard !analyses.isEmpty else { return "" }
        var blocks: [String] = []
        for analysis in analyses {
            var lines: [String] = []
            lines.append("▌ \(analysis.title ?? "(untitled)")")
            let place = analysis.line.map { "\(analysis.source):\($0)" } ?? "\(analysis.source) · article \(analysis.article)"
            lines.append("  \(place)" + (analysis.id.map { " · id \($0)" } ?? "") + (analysis.section.map { " · section \($0)" } ?? "") + " · \(analysis.bodyWords) words")
            lines.append("  topic: \(topicLine(analysis.topic))")
            if analysis.summary.isEmpty {
                lines.append("  summary: (no sentences)")
            } else {
                lines.append("  summary:")
                for sentence in analysis.summary { lines.append("    • \(sentence.text)") }
            }
            if !analysis.keywords.isEmpty {
                lines.append("  keywords: " + analysis.keywords.map(\.text).joined(separator: ", "))
            } else if analysis.keywordStatus == .notEnglish {
                lines.append("  keywords: (none: the text does not read as English)")
            }
            blocks.append(lines.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// A Markdown note: a heading per article, then topic, summary bullets and keywords.
    static func markdown(_ analyses: [ArticleAnalysis]) -> String {
        guard !analyses.isEmpty else { return "" }
        var parts: [String] = []
        for analysis in analyses {
            var lines = ["## \(analysis.title ?? "(untitled)")", ""]
            let place = analysis.line.map { "`\(analysis.source):\($0)`" } ?? "`\(analysis.source)` (article \(analysis.article))"
            lines.append("*Source:* \(place)" + (analysis.id.map { " · *id:* \($0)" } ?? "") + " · *Topic:* \(topicLine(analysis.topic))")
            lines.append("")
            for sentence in analysis.summary { lines.append("- \(sentence.text)") }
            if !analysis.keywords.isEmpty {
                lines.append("")
                lines.append("*Keywords:* " + analysis.keywords.map(\.text).joined(separator: ", "))
            }
            parts.append(lines.joined(separator: "\n"))
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    private static func topicLine(_ topic: TopicPrediction) -> String {
        var text = "\(topic.label) \(Int((topic.probability * 100).rounded()))%"
        let others = topic.ranked.dropFirst().map { "\($0.label) \(Int(($0.probability * 100).rounded()))%" }
        if !others.isEmpty { text += " (then " + others.joined(separator: ", ") + ")" }
        if topic.status != .ok { text += " [\(topic.status.rawValue)]" }
        return text
    }
}
