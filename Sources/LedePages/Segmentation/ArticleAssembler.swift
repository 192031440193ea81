/// Walks judged paragraphs in page order and groups them into article drafts; the rules are
/// documented on ``PageSegmenter``.
struct ArticleAssembler: Sendable {
    let options: PageSegmenterOptions
    let captions: CaptionRecognizer

    func assemble(_ items: [JudgedParagraph]) -> [ArticleDraft] {
        var laterProse = [Bool](repeating: false, count: items.count + 1)
        for index in items.indices.reversed() {
            laterProse[index] = laterProse[index + 1] || (items[index].isProse && !items[index].isBoundary)
        }
        var drafts: [ArticleDraft] = []
        var current = ArticleDraft()
        var index = 0
        while index < items.count {
            let item = items[index]
            if item.isBoundary {
                if !current.isEmpty { drafts.append(current) }
                current = ArticleDraft()
                index += 1
                continue
            }
            if let role = item.fixedRole {
                current.remove(item.text, as: role)
                index += 1
                continue
            }
            if item.isHeadingLike {
                var end = index
                while end < items.count, items[end].isHeadingLike { end += 1 }
                var run = items[index..<end].map(\.text)
                let next = end < items.count ? items[end] : nil
                var authorName: String?
                if next?.fixedRole == .byline, let last = run.last, isPersonName(last) {
                    authorName = run.removeLast()
                }
                if !run.isEmpty {
                    placeRun(run, followedByProse: next?.isProse == true, in: &current, drafts: &drafts)
                }
                if let authorName { current.remove(authorName, as: .byline) }
                index = end
                continue
            }
            placeProse(item, hasLaterProse: laterProse[index + 1], in: &current)
            index += 1
        }
        if !current.isEmpty { drafts.append(current) }
        return drafts
    }

    private func placeRun(
        _ run: [String], followedByProse: Bool, in current: inout ArticleDraft, drafts: inout [ArticleDraft]
    ) {
        if !current.hasProse, current.title == nil {
            applyHeader(run, to: &current)
        } else if !current.hasProse {
            for line in run { extendHeader(with: line, followedByProse: followedByProse, in: &current) }
        } else if run.count >= 2, options.splitsArticles {
            drafts.append(current)
            current = ArticleDraft()
            applyHeader(run, to: &current)
        } else {
            for (offset, line) in run.enumerated() {
                let isSubheading = offset == run.count - 1 && followedByProse
                current.remove(line, as: isSubheading ? .subheading : .boilerplate)
            }
        }
    }

    private func applyHeader(_ run: [String], to draft: inout ArticleDraft) {
        let headlineIndex =
            run.firstIndex { LineShape.countWords($0) > options.maxSectionWords } ?? run.count - 1
        for (offset, line) in run.enumerated() {
            switch offset {
            case headlineIndex - 1:
                draft.section = line
                draft.hadSectionLabel = true
            case headlineIndex:
                draft.title = line
            case headlineIndex + 1 where draft.standfirst == nil:
                draft.standfirst = line
            default:
                draft.remove(line, as: .boilerplate)
            }
        }
    }

    private func extendHeader(with line: String, followedByProse: Bool, in draft: inout ArticleDraft) {
        if draft.section == nil, LineShape.countWords(line) <= options.maxSectionWords {
            draft.section = line
        } else if draft.standfirst == nil {
            draft.standfirst = line
        } else {
            draft.remove(line, as: followedByProse ? .subheading : .boilerplate)
        }
    }

    private func placeProse(_ item: JudgedParagraph, hasLaterProse: Bool, in draft: inout ArticleDraft) {
        guard let shape = item.shape else { return }
        if !draft.hasProse, hasLaterProse {
            if captions.isCaptionShaped(shape) {
                draft.remove(shape.text, as: .caption)
                return
            }
            if draft.hadSectionLabel, draft.standfirst == nil, !shape.isMultiline,
               shape.wordCount <= options.maxStandfirstWords {
                draft.standfirst = shape.text
                return
            }
        }
        if shape.text == draft.standfirst {
            draft.remove(shape.text, as: .standfirst)
        } else if draft.hasBody(shape.text) {
            draft.remove(shape.text, as: .boilerplate)
        } else {
            draft.addBody(shape.text)
        }
    }

    /// Two to four capitalised words without punctuation: an author's name above a staff line.
    private func isPersonName(_ line: String) -> Bool {
        let words = LineShape.words(line)
        return (2...4).contains(words.count) && words.allSatisfy(LineShape.isCapitalised)
    }

    /// Folds drafts without body paragraphs into a neighbour, so every article returned has prose
    /// (unless the whole page has none, when one article keeps what there is).
    static func foldingEmptyArticles(_ drafts: [ArticleDraft]) -> [ArticleDraft] {
        guard drafts.contains(where: \.hasProse) else {
            guard var first = drafts.first else { return [] }
            for other in drafts.dropFirst() { other.fold(into: &first) }
            return [first]
        }
        var result: [ArticleDraft] = []
        var orphans: [ArticleDraft] = []
        for draft in drafts {
            if draft.hasProse {
                var kept = draft
                if result.isEmpty, !orphans.isEmpty {
                    var leading = ArticleDraft()
                    for orphan in orphans { orphan.fold(into: &leading) }
                    kept.prepend(leading.entries)
                }
                result.append(kept)
            } else if result.isEmpty {
                orphans.append(draft)
            } else {
                draft.fold(into: &result[result.count - 1])
            }
        }
        return result
    }

    /// Marks as boilerplate every body paragraph that appears in two or more articles.
    static func removeParagraphsSharedAcrossArticles(_ drafts: inout [ArticleDraft]) {
        var articleCounts: [String: Int] = [:]
        for draft in drafts {
            let texts = Set(draft.entries.filter { $0.role == .body }.map(\.text))
            for text in texts { articleCounts[text, default: 0] += 1 }
        }
        let shared = Set(articleCounts.filter { $0.value >= 2 }.map(\.key))
        guard !shared.isEmpty else { return }
        for index in drafts.indices { drafts[index].reclassifyBody(in: shared, as: .boilerplate) }
    }
}
