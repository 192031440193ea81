import LedeAnalysis

/// Trains a topic model, classifies and summarises an article, then analyses a whole page.
func readmeExample() throws -> [String] {
    let training = [
        LabeledDocument(label: "sport", text: "The striker scored twice and the club won the cup final.", location: SourceLocation(path: "memory")),
        LabeledDocument(label: "sport", text: "The goalkeeper saved a penalty as the team won the league match.", location: SourceLocation(path: "memory")),
        LabeledDocument(label: "business", text: "Shares rose after the bank raised its profit forecast for the year.", location: SourceLocation(path: "memory")),
        LabeledDocument(label: "business", text: "The retailer cut jobs as sales and profit fell in the quarter.", location: SourceLocation(path: "memory")),
    ]
    var options = ClassifierOptions()
    options.features.minDocumentFrequency = .count(1)
    let model = try TopicClassifier.train(on: training, options: options)

    let article = """
        Riverside win the cup in stoppage time

        Riverside won the cup after a late header from their captain. The club's fans celebrated in the \
        streets. The manager said the team had never stopped believing.
        """
    let topic = model.predict([article], topK: 2)[0]
    let summary = TextRankSummarizer().summarize(article, title: "Riverside win the cup in stoppage time")

    let analyzer = ArticleAnalyzer(classifier: model)
    let page = ArticlePage(source: "page.html", text: "<html><body><h1>Riverside win the cup</h1><p>\(article)</p></body></html>")
    let analyses = analyzer.analyze(page)
    return [topic.label, summary.sentences.first?.text ?? "", analyses.first?.topic.label ?? ""]
}
