import LedeCore

/// The sentence texts `SentenceSplitter` finds in `text`.
func sentenceTexts(_ text: String, _ options: SentenceSplitterOptions = .init()) -> [String] {
    SentenceSplitter(options: options).split(text).map(\.text)
}
