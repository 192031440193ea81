/// What a line (or paragraph) of a scraped page is, as ``PageSegmenter`` judges it.
///
/// Only ``body`` lines reach ``ArticleText/paragraphs``; every other role is metadata or
/// noise that a summariser or classifier must never see as article prose.
public enum LineRole: String, Sendable, Codable, CaseIterable {
    /// The article's headline.
    case title
    /// A short site-section label above the headline, such as "News" or "Elon Musk".
    case section
    /// The one-line teaser between headline and body.
    case standfirst
    /// A short heading inside the body ("The road ahead").
    case subheading
    /// The author line ("By Jane Doe") or an author biography.
    case byline
    /// A place/agency prefix such as `NEW YORK (AP) —`, or a line holding only a date.
    case dateline
    /// A photo caption or photo credit.
    case caption
    /// Article prose.
    case body
    /// Site furniture: contact lines, calls to action, comment widgets, cookie notices,
    /// lines repeated across a page's articles, repeated copies of a paragraph.
    case boilerplate
}
