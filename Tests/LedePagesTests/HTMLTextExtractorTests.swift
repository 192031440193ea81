import Foundation
import LedePages
import Testing

@Suite("HTMLTextExtractor")
struct HTMLTextExtractorTests {
    let extractor = HTMLTextExtractor()

    @Test("scripts, styles, navigation, footers, captions and comment blocks are dropped")
    func furnitureDropped() throws {
        let text = extractor.text(fromHTML: try DocumentFixtures.text("two-articles.html"))
        for gone in ["never shown", "tracking", "font-family", "Home", "All rights reserved", "Great news",
                     "The new shop in Marlow", "By Lena Fry"] {
            #expect(!text.contains(gone), "\(gone) leaked into the text")
        }
    }

    @Test("named and numeric character references are decoded")
    func entitiesDecoded() {
        let html = "<p>Crumb &amp; Co&rsquo;s caf&eacute; &mdash; &#8220;open&#8221; &#x2014; &pound;3 &#163;4 &#x20AC;5&hellip;</p>"
        #expect(extractor.text(fromHTML: html) == "Crumb & Co\u{2019}s caf\u{E9} \u{2014} \u{201C}open\u{201D} \u{2014} \u{A3}3 \u{A3}4 \u{20AC}5\u{2026}")
    }

    @Test("references without a known name or with bad code points are harmless", arguments: [
        ("<p>AT&T &unknown; &#0; &#xD800; &#1234567890; a&b</p>", "AT&T &unknown; \u{FFFD} \u{FFFD}"),
        ("<p>tom&nbsp;&amp;&nbsp;jerry &#150; &#x93;hi&#x94;</p>", "tom & jerry \u{2013} \u{201C}hi\u{201D}"),
    ])
    func oddReferences(html: String, expectedPrefix: String) {
        #expect(extractor.text(fromHTML: html).hasPrefix(expectedPrefix))
    }

    @Test("block elements become paragraphs, br a line break, and inline whitespace collapses")
    func paragraphsAndBreaks() {
        let html = "<div><p>First   paragraph\n  spans <b>two</b> lines.</p><p>Second<br>line two</p><ul><li>one</li><li>two</li></ul></div>"
        #expect(extractor.text(fromHTML: html)
            == "First paragraph spans two lines.\n\nSecond\nline two\n\n\u{2022} one\n\n\u{2022} two")
    }

    @Test("the first h1 comes first as the title, else the page title without the site name")
    func titleFirst() {
        let withH1 = "<html><head><title>Ignored | Site</title></head><body><p>Technology</p><h1>Robots learn to fold shirts</h1><p>Body text here.</p></body></html>"
        #expect(extractor.text(fromHTML: withH1) == "Robots learn to fold shirts\n\nTechnology\n\nBody text here.")
        let withTitle = "<html><head><title>Robots learn to fold shirts | Example Daily</title></head><body><p>Body text here.</p></body></html>"
        #expect(extractor.text(fromHTML: withTitle) == "Robots learn to fold shirts\n\nBody text here.")
    }

    @Test("two <article> elements come out separated, and the segmenter finds both with their titles")
    func twoArticles() throws {
        let text = extractor.text(fromHTML: try DocumentFixtures.text("two-articles.html"))
        #expect(text.contains("\u{0C}"))
        let articles = PageSegmenter().articles(in: text)
        #expect(articles.map(\.title) == ["Bakery chain opens its fortieth shop", "River festival returns after two-year gap"])
        #expect(articles[0].paragraphs == [
            "Crumb & Co opened its fortieth shop on Monday, the company\u{2019}s owner said.",
            "The chain now employs 610 people \u{2014} twice as many as in 2021.",
        ])
        #expect(articles[1].paragraphs.last == "Tickets cost \u{A3}12 for adults and \u{20AC}5 for children from overseas.")
    }

    @Test("malformed HTML never crashes and keeps the text it can", arguments: [
        ("<p>unclosed <b>bold <i>italic", "unclosed bold italic"),
        ("a < b and c <3 d", "a < b and c <3 d"),
        ("<p>text</div></span></p></p>after", "text\n\nafter"),
        ("<p>before<!-- never closed", "before"),
        ("<div class=\"x>text never closes", ""),
        ("<script>unterminated", ""),
        ("<", "<"),
        ("&", "&"),
        ("&#", "&#"),
        ("<p>x</", "x</"),
        ("</p>", ""),
    ])
    func malformedInput(html: String, expected: String) {
        #expect(extractor.text(fromHTML: html) == expected)
    }

    @Test("pathological input of 1 MB is handled in linear time", arguments: ["<div>", "<", "<!--", "</x", "<a b='", "&#", "<p>x"])
    func linearTime(unit: String) {
        let html = String(repeating: unit, count: 1_000_000 / unit.utf8.count)
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = extractor.text(fromHTML: html) }
        // A quadratic pass over 1 MB would take hours; even a debug build needs a few seconds.
        #expect(elapsed < .seconds(10), "took \(elapsed) on \(unit)")
    }

    @Test("looksLikeHTML tells pages from prose that mentions a tag")
    func sniffing() {
        #expect(HTMLTextExtractor.looksLikeHTML("<!DOCTYPE html><html><body>x</body></html>"))
        #expect(HTMLTextExtractor.looksLikeHTML("  <html>"))
        #expect(HTMLTextExtractor.looksLikeHTML("<div><p>Hello</p><p>World</p></div>"))
        #expect(!HTMLTextExtractor.looksLikeHTML("Use the <br> tag to break a line; 3 < 4 and 5 > 2."))
        #expect(!HTMLTextExtractor.looksLikeHTML("A plain article.\n\nWith two paragraphs."))
    }
}
