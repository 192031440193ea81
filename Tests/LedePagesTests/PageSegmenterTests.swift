import Foundation
import LedePages
import Testing

@Suite("PageSegmenter")
struct PageSegmenterTests {
    let segmenter = PageSegmenter()

    @Test("a page of four articles back to back, each opened by section line + headline, yields four articles")
    func fourArticlesBackToBack() throws {
        let articles = segmenter.articles(in: try DocumentFixtures.text("four-articles.txt"))
        #expect(articles.map(\.title) == [
            "Larkfield Motors signs recycling pact for its first electric vans",
            "Rivermoor expects quick gains as Norway trims import duty on vans",
            "Quillon restarts work on its warehouse robot after a year-long pause",
            "Tarn Dynamics switches on its 800-megawatt compute campus in Nevada",
        ])
        #expect(articles.map(\.section) == ["Energy", "Energy", "Robotics", "Robotics"])
        #expect(articles[0].standfirst == "Larkfield Motors will buy recovered nickel and cobalt from a plant run by Greyhaven Cells.")
        #expect(articles.allSatisfy { !$0.paragraphs.isEmpty })
    }

    @Test("no paragraph of a multi-article page holds a section line, subheading, e-mail address or contact line")
    func multiArticleParagraphsAreProseOnly() throws {
        let articles = segmenter.articles(in: try DocumentFixtures.text("four-articles.txt"))
        let paragraphs = articles.flatMap(\.paragraphs)
        for forbidden in ["Energy", "Robotics", "A new gripper changes the plan", "What comes next", "A campus built in a year"] {
            #expect(!paragraphs.contains(forbidden))
        }
        #expect(!paragraphs.contains { $0.contains("@") })
        #expect(articles[2].removedText(withRole: .subheading) == ["A new gripper changes the plan", "What comes next"])
        #expect(articles[0].removedText(withRole: .boilerplate).first?.hasPrefix("Have a story idea?") == true)
    }

    @Test("a single unpunctuated line inside an article followed by prose is a subheading, not a new article")
    func subheadingDoesNotSplit() throws {
        let articles = segmenter.articles(in: try DocumentFixtures.text("four-articles.txt"))
        #expect(articles[3].paragraphs.first == "Tarn Dynamics has switched on its first compute campus, which draws 800 megawatts at full load.")
        #expect(articles[3].paragraphs.last == "It said the money would pay for a second campus and for more chips.")
        #expect(articles[3].removedText(withRole: .subheading).count == 2)
    }

    @Test("a standfirst repeated verbatim in the body appears once only")
    func repeatedStandfirstAppearsOnce() throws {
        let article = segmenter.articles(in: try DocumentFixtures.text("four-articles.txt"))[3]
        let standfirst = "Petra Vance shared the news in a short video on the company's site."
        #expect(article.standfirst == standfirst)
        #expect(!article.paragraphs.contains(standfirst))
        #expect(article.removedText(withRole: .standfirst) == [standfirst])
    }

    @Test("a photo caption between headline and body, a contact line, an author bio and widgets are removed")
    func captionBioAndWidgetsRemoved() throws {
        let articles = segmenter.articles(in: try DocumentFixtures.text("captioned-article.txt"))
        #expect(articles.count == 1)
        let article = try #require(articles.first)
        #expect(article.title == "Larkfield Motors signs recycling pact for its first electric vans")
        #expect(article.removedText(withRole: .caption).count == 1)
        #expect(article.removedText(withRole: .caption).first?.hasPrefix("Tomas Berg, Head of Supply Chain") == true)
        #expect(article.removedText(withRole: .byline).first?.hasPrefix("Jonah Pike: Jonah is") == true)
        #expect(article.removedText(withRole: .boilerplate).contains("Related Post"))
        #expect(article.removedText(withRole: .boilerplate).contains("Disqus Comments Loading..."))
        #expect(article.paragraphs.count == 4)
        #expect(article.paragraphs.first == "Larkfield Motors will buy recovered nickel and cobalt from a plant run by Greyhaven Cells.")
        #expect(!article.bodyText.contains("@"))
    }

    @Test("plain clean text passes through with its headline as title and every prose paragraph intact")
    func plainArticlePassesThrough() throws {
        let text = try DocumentFixtures.text("plain-article.txt")
        let articles = segmenter.articles(in: text)
        #expect(articles.count == 1)
        let article = try #require(articles.first)
        #expect(article.title == "Harbour town votes to keep its Victorian pier")
        let expected = text.components(separatedBy: "\n\n").dropFirst()
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(article.paragraphs == Array(expected))
        #expect(article.removedLines.isEmpty)
        #expect(article.standfirst == nil && article.section == nil)
    }

    @Test("a dateline prefix is stripped from the first paragraph and kept; byline and credit are removed")
    func datelineBylineAndCredit() throws {
        let article = try #require(segmenter.articles(in: try DocumentFixtures.text("dateline-article.txt")).first)
        #expect(article.title == "Storm closes mountain passes as snow piles up")
        #expect(article.removedText(withRole: .dateline) == ["SALT LAKE CITY (AP) \u{2014}"])
        #expect(article.paragraphs.first?.hasPrefix("Heavy snow closed three mountain passes") == true)
        #expect(article.removedText(withRole: .byline) == ["By Jane Doe and Omar Reyes"])
        #expect(article.removedText(withRole: .caption).count == 1)
        #expect(article.removedText(withRole: .boilerplate) == ["Share this article"])
        #expect(article.paragraphs.count == 3)
    }

    @Test("dateline shapes from wire copy are recognised", arguments: [
        ("SALT LAKE CITY \u{2014} Officials said", "SALT LAKE CITY \u{2014}"),
        ("NEW YORK (AP) \u{2014} Stocks rose", "NEW YORK (AP) \u{2014}"),
        ("NEW YORK and CHICAGO (December 22, 2013) \u{2014} Two retailers said", "NEW YORK and CHICAGO (December 22, 2013) \u{2014}"),
        ("ALBUQUERQUE, N.M. (AP) \u{2014} A judge ruled", "ALBUQUERQUE, N.M. (AP) \u{2014}"),
        ("LONDON, Jan 5 (Reuters) - Shares fell", "LONDON, Jan 5 (Reuters) -"),
    ])
    func datelineShapes(paragraph: String, dateline: String) throws {
        let page = "Headline of the story\n\n\(paragraph) on Monday after a long day.\n\nA second paragraph follows here."
        let article = try #require(segmenter.articles(in: page).first)
        #expect(article.removedText(withRole: .dateline) == [dateline])
        let remainder = String(paragraph.dropFirst(dateline.count + 1))
        #expect(article.paragraphs.first?.hasPrefix(remainder) == true)
    }

    @Test("prose that opens with a capitalised name or an acronym in a sentence keeps its words")
    func noDatelineInOrdinaryProse() throws {
        let page = "A headline here\n\nNASA said on Monday that the launch \u{2014} delayed twice \u{2014} would go ahead.\n\nMore prose follows."
        let article = try #require(segmenter.articles(in: page).first)
        #expect(article.removedText(withRole: .dateline).isEmpty)
        #expect(article.paragraphs.first?.hasPrefix("NASA said") == true)
    }

    @Test("a widget phrase glued to the next article's section line is cut, and the next article is found")
    func gluedCommentsWidget() throws {
        let page = """
            Sport
            Rowing club wins its first national title
            The crew from Ashby beat six rivals on the final day of the regatta.
            Coach Mei Tan said the win was the reward for four years of early mornings.
            Disqus Comments Loading...Sport
            Cycling race moves to a new route for safety
            Organisers moved the race away from the coast road after two crashes last year.
            The new route adds nine kilometres but avoids the narrow cliff section.
            """
        let articles = segmenter.articles(in: page)
        #expect(articles.map(\.title) == ["Rowing club wins its first national title", "Cycling race moves to a new route for safety"])
        #expect(articles[0].removedText(withRole: .boilerplate) == ["Disqus Comments Loading..."])
    }

    @Test("a paragraph repeated in two articles of one page is boilerplate in both")
    func linesRepeatedAcrossArticles() throws {
        let shared = "Example Daily is funded by its readers, and every story is free to read today."
        let page = """
            World
            Ferry service resumes between the islands
            Boats will sail twice a day from Friday, the operator said on Monday morning.
            \(shared)
            World
            Bridge repairs finish a month early
            Engineers completed the work on the old bridge ahead of schedule and under budget.
            \(shared)
            """
        let articles = segmenter.articles(in: page)
        #expect(articles.count == 2)
        #expect(articles.allSatisfy { !$0.paragraphs.contains(shared) && $0.removedText(withRole: .boilerplate) == [shared] })
    }

    @Test("empty and whitespace-only pages give no articles; a page with only a headline gives one without paragraphs")
    func degeneratePages() {
        #expect(segmenter.articles(in: "").isEmpty)
        #expect(segmenter.articles(in: "  \n\n\t\n").isEmpty)
        let onlyTitle = segmenter.articles(in: "Just a headline")
        #expect(onlyTitle.count == 1 && onlyTitle[0].title == "Just a headline" && onlyTitle[0].paragraphs.isEmpty)
    }

    @Test("a page of unpunctuated lines only (a transcript) is one untitled article made of those lines")
    func transcriptWithoutPunctuation() {
        let articles = segmenter.articles(in: "so we met the mayor at noon\nand she said the bridge stays shut\ncontact: desk@example.org")
        #expect(articles.count == 1)
        #expect(articles[0].title == nil)
        #expect(articles[0].paragraphs == ["so we met the mayor at noon", "and she said the bridge stays shut"])
        #expect(articles[0].removedText(withRole: .boilerplate) == ["contact: desk@example.org"])
    }

    @Test("single line breaks inside a paragraph are kept as they are")
    func lineBreaksInsideParagraphKept() throws {
        let page = "Council approves new library\n\nThe council approved the plan on Monday.\nBuilding starts in May.\n\nThe library will open in 2028."
        let article = try #require(segmenter.articles(in: page).first)
        #expect(article.paragraphs == ["The council approved the plan on Monday.\nBuilding starts in May.", "The library will open in 2028."])
    }

    @Test("CRLF, CR and LF line endings and a trailing newline give the same articles")
    func lineEndingsDoNotMatter() throws {
        let page = try DocumentFixtures.text("captioned-article.txt")
        let expected = segmenter.articles(in: page)
        #expect(segmenter.articles(in: page.replacingOccurrences(of: "\n", with: "\r\n")) == expected)
        #expect(segmenter.articles(in: page.replacingOccurrences(of: "\n", with: "\r")) == expected)
        #expect(segmenter.articles(in: page + "\n\n") == expected)
    }

    @Test("hard-wrapped paragraphs stay whole instead of being read as headline lines")
    func hardWrappedParagraphs() throws {
        let page = """
            Harbour town votes to keep its Victorian pier

            Residents of Saltmere have voted by a clear margin to restore the
            town's pier rather than pull it down, after engineers found that
            storms had weakened three of the iron legs that hold up the deck
            and the council asked the town to choose.

            Work is due to start in the spring and should take two years, the
            council said in a statement published on its website on Monday.
            """
        let article = try #require(segmenter.articles(in: page).first)
        #expect(article.title == "Harbour town votes to keep its Victorian pier")
        #expect(article.paragraphs.count == 2)
        #expect(article.removedLines.isEmpty)
    }

    @Test("with splitting turned off a multi-article page stays one article")
    func splittingCanBeTurnedOff() throws {
        let segmenter = PageSegmenter(options: PageSegmenterOptions(splitsArticles: false))
        #expect(segmenter.articles(in: try DocumentFixtures.text("four-articles.txt")).count == 1)
    }

    @Test("segmenting the same page twice, or after another page, gives the same articles")
    func noStateBetweenCalls() throws {
        let page = try DocumentFixtures.text("four-articles.txt")
        let first = segmenter.articles(in: page)
        _ = segmenter.articles(in: try DocumentFixtures.text("captioned-article.txt"))
        #expect(segmenter.articles(in: page) == first)
    }
}
