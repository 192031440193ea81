import LedeCore
import Testing

/// Inputs from other splitters' bug reports (PEER-ASKS section 3, items 4 to 6), with the exact
/// boundaries Lede must produce.
@Suite("SentenceSplitter regressions from peers' bug reports")
struct SentenceSplitterRegressionTests {
    // MARK: Item 4: abbreviation traps

    @Test("Jan. 20, Sen. and 44th U.S. President do not end the sentence (sbd#40)")
    func monthsTitlesAndAcronyms() {
        #expect(sentenceTexts(
            "On Jan. 20, former Sen. Barack Obama became the 44th U.S. President. Millions attended the Inauguration.")
            == ["On Jan. 20, former Sen. Barack Obama became the 44th U.S. President.",
                "Millions attended the Inauguration."])
    }

    @Test("F.B.I. James B. Comey and Mr. Comey stay inside their sentences (php-sentence#2)")
    func acronymInitialAndTitle() {
        #expect(sentenceTexts(
            "Last week, former director of the F.B.I. James B. Comey was fired. Mr. Comey was not available for comment.")
            == ["Last week, former director of the F.B.I. James B. Comey was fired.",
                "Mr. Comey was not available for comment."])
    }

    @Test("a dotted acronym ends the sentence before a sentence opener only")
    func acronymAtSentenceEnd() {
        #expect(sentenceTexts("Sales fell in the U.S. The next quarter looks weak.")
            == ["Sales fell in the U.S.", "The next quarter looks weak."])
        #expect(sentenceTexts("U.S. President Bush met U.K. officials.") == ["U.S. President Bush met U.K. officials."])
    }

    @Test("(e.g. ...) is not a sentence end (sumy#28)")
    func exempliGratia() {
        #expect(sentenceTexts("Some languages (e.g. Python and Ruby) are dynamic. Swift is not.")
            == ["Some languages (e.g. Python and Ruby) are dynamic.", "Swift is not."])
    }

    @Test("ALBUQUERQUE, N.M. (AP) and Martin Luther King Jr. Day stay whole (summa#47)")
    func datelineStateAndJunior() {
        #expect(sentenceTexts("ALBUQUERQUE, N.M. (AP) — Offices closed for Martin Luther King Jr. Day on Monday.")
            == ["ALBUQUERQUE, N.M. (AP) — Offices closed for Martin Luther King Jr. Day on Monday."])
    }

    @Test("German ca. and bzw. do not end sentences; 1. Mai is a date (sumy#97)")
    func germanAbbreviations() {
        #expect(sentenceTexts("Dort ging es um ca. 200 Menschen bzw. Familien. Am 1. Mai war es ruhig.")
            == ["Dort ging es um ca. 200 Menschen bzw. Familien.", "Am 1. Mai war es ruhig."])
    }

    @Test("German ordinal 1. splits by default and not with the ordinal option (textblob-de#8)")
    func germanOrdinal() {
        let text = "Der 1. FC Köln gewann am Samstag."
        #expect(sentenceTexts(text) == ["Der 1.", "FC Köln gewann am Samstag."])
        #expect(sentenceTexts(text, SentenceSplitterOptions(numbersWithPeriodAreOrdinals: true)) == [text])
    }

    @Test("a Cyrillic initial В. Ленин is not a sentence end (polyglot#36)")
    func cyrillicInitial() {
        #expect(sentenceTexts("Это сказал В. Ленин в 1917 году. Потом всё изменилось.")
            == ["Это сказал В. Ленин в 1917 году.", "Потом всё изменилось."])
    }

    // MARK: Item 5: numbers, quotes and ellipses

    @Test("decimals, percentages and money never split between digits (WikiSummarizerBot#4, annotran#88, textrankr#2)")
    func numbersStayWhole() {
        #expect(sentenceTexts("Some 74.24% are in favour. The rest are not.")
            == ["Some 74.24% are in favour.", "The rest are not."])
        #expect(sentenceTexts("The firm was fined £1.6m after a leak. It will appeal.")
            == ["The firm was fined £1.6m after a leak.", "It will appeal."])
        #expect(sentenceTexts("A coffee costs $3.50 here. Tea is cheaper.") == ["A coffee costs $3.50 here.", "Tea is cheaper."])
        #expect(sentenceTexts("Cut it into 1.5~2.5 cm pieces. Then fry them.")
            == ["Cut it into 1.5~2.5 cm pieces.", "Then fry them."])
        #expect(sentenceTexts("Profit was $1.13bn, up 6.1%, on CAD 35,000 units and 1.5 GW. Good.")
            == ["Profit was $1.13bn, up 6.1%, on CAD 35,000 units and 1.5 GW.", "Good."])
    }

    @Test("an ellipsis ends a sentence only before a capital (natural#648)")
    func ellipses() {
        #expect(sentenceTexts("Prices will rise… Fires are burning.") == ["Prices will rise…", "Fires are burning."])
        #expect(sentenceTexts("Wait... what happened? Nobody knows.") == ["Wait... what happened?", "Nobody knows."])
        #expect(sentenceTexts("...") == ["..."])
    }

    @Test("an ellipsis inside a quotation ends it only before a sentence opener")
    func ellipsisInsideQuotation() {
        #expect(sentenceTexts("It said it would \"make more difficult... Turkcell's plans\" this year.")
            == ["It said it would \"make more difficult... Turkcell's plans\" this year."])
        #expect(sentenceTexts("\"It was hard... I gave up,\" he said.") == ["\"It was hard...", "I gave up,\" he said."])
    }

    @Test("a closing guillemet belongs to the sentence before it; 31. August is a date (sumy#97)")
    func guillemetsAndDayNumbers() {
        #expect(sentenceTexts("»Die Sitzung findet statt.« Am 31. August wurde entschieden.")
            == ["»Die Sitzung findet statt.«", "Am 31. August wurde entschieden."])
    }

    @Test("a short quoted title with ! inside stays one sentence (sentence-splitter#9)")
    func quotedTitle() {
        let title = "\"Gimme! Gimme! Gimme! (A Man After Midnight)\""
        #expect(sentenceTexts(title) == [title])
        #expect(sentenceTexts(title + " is an Abba song. It was a hit.") == [title + " is an Abba song.", "It was a hit."])
    }

    @Test("closing quotes and brackets after the mark attach to the sentence")
    func closersAttach() {
        #expect(sentenceTexts("He said \"it is over.\" Then he left.") == ["He said \"it is over.\"", "Then he left."])
        #expect(sentenceTexts("It ended 'badly.' She left.") == ["It ended 'badly.'", "She left."])
        #expect(sentenceTexts("(See the table below.) Sales rose.") == ["(See the table below.)", "Sales rose."])
        #expect(sentenceTexts("Il a dit « c'est fini. » Puis il est parti.")
            == ["Il a dit « c'est fini. »", "Puis il est parti."])
        #expect(sentenceTexts("It was a great year. \" Hayes said more.") == ["It was a great year. \"", "Hayes said more."])
    }

    @Test("! and ? followed by a lower-case word do not end the sentence")
    func exclamationBeforeLowerCase() {
        #expect(sentenceTexts("\"Stop!\" she shouted. Nobody did.") == ["\"Stop!\" she shouted.", "Nobody did."])
        #expect(sentenceTexts("Why? he asked. Really? Yes.") == ["Why? he asked.", "Really?", "Yes."])
    }

    // MARK: Item 6: glued periods, hard wraps, no punctuation

    @Test("glued sentences split at lower.Upper and p.m.Former (summa#28, summa#47, gensim#1531)")
    func gluedSentences() {
        #expect(sentenceTexts("This is about summarization.Technologies change fast.")
            == ["This is about summarization.", "Technologies change fast."])
        #expect(sentenceTexts("(all times local):4:15 p.m.Former Vice President Walter Mondale spoke.")
            == ["(all times local):4:15 p.m.", "Former Vice President Walter Mondale spoke."])
        #expect(sentenceTexts("A period with no space.Another sentence follows.")
            == ["A period with no space.", "Another sentence follows."])
        #expect(sentenceTexts("Sales were $10.9bn.For the year, profit rose.")
            == ["Sales were $10.9bn.", "For the year, profit rose."])
        #expect(sentenceTexts("He was cheered.\"Next time,\" he said.") == ["He was cheered.\"", "Next time,\" he said."])
    }

    @Test("Node.js, e.g., U.S.A, decimals, domains, e-mail and URLs are not glued sentences")
    func notGlued() {
        let whole = [
            "Node.js is popular with developers.",
            "They use languages e.g.Python at work.",
            "The U.S.A team won again.",
            "It grew 6.1 percent.",
            "teslarati.com reported it first.",
            "See https://www.bbc.co.uk/News.Today for more.",
            "Visit www.Example.Org today.",
        ]
        for text in whole { #expect(sentenceTexts(text) == [text]) }
        #expect(sentenceTexts("Write to jane.Doe@example.com. She replies.")
            == ["Write to jane.Doe@example.com.", "She replies."])
    }

    @Test("a caption glued to text without punctuation stays one sentence (glinteco page)")
    func gluedCaptionWithoutPunctuation() {
        let text = "Yuri Gripas/Pool/EPA-EFE/ShutterstockZelenskyy, his officials and allies met."
        #expect(sentenceTexts(text) == [text])
    }

    @Test("hard-wrapped prose joins its lines and still splits at sentence ends (summa#46, gensim#1575)")
    func hardWrappedProse() {
        let text = """
            Council backs waste plan

            The committee met on Tuesday to discuss the proposals, which
            would change how the council collects waste from households
            across the district. Members voted in favour of the plan by a
            Wide margin, officials said. A final decision is expected in
            March.
            """
        #expect(sentenceTexts(text) == [
            "Council backs waste plan",
            "The committee met on Tuesday to discuss the proposals, which would change how the council collects waste from households across the district.",
            "Members voted in favour of the plan by a Wide margin, officials said.",
            "A final decision is expected in March.",
        ])
    }

    @Test("a single line break before a lower-case continuation is a space")
    func lowerCaseContinuation() {
        #expect(sentenceTexts("The vote was close and\nthe result surprised many.")
            == ["The vote was close and the result surprised many."])
    }

    @Test("joining wrapped lines can be switched off")
    func hardWrapJoiningOff() {
        #expect(sentenceTexts("The vote was close and\nthe result surprised many.",
                              SentenceSplitterOptions(joinsHardWrappedLines: false))
            == ["The vote was close and", "the result surprised many."])
    }

    @Test("headlines, section lines and list items end at their line break")
    func hardLineBoundaries() {
        #expect(sentenceTexts("News\nThe council met today. It agreed.") == ["News", "The council met today.", "It agreed."])
        #expect(sentenceTexts("Plans include:\n - lower taxes for families\n - more nurses\n\nThe end.")
            == ["Plans include:", "- lower taxes for families", "- more nurses", "The end."])
        #expect(sentenceTexts("Steps:\n1. mix the flour\n2. bake it") == ["Steps:", "1. mix the flour", "2. bake it"])
    }

    @Test("a transcript without any punctuation comes out as its lines (bert-extractive-summarizer#150)")
    func noPunctuation() {
        #expect(sentenceTexts("so we went to the shop\nand then we came home\nit was a good day")
            == ["so we went to the shop", "and then we came home", "it was a good day"])
        #expect(sentenceTexts("one long line without any punctuation at all") == ["one long line without any punctuation at all"])
    }
}
