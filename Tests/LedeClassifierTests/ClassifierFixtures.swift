import LedeClassifier

/// Small hand-written labelled corpora for classifier tests (no text from ../shared).
enum ClassifierFixtures {
    static let sport = [
        "The striker scored twice as the home side won the league match on Saturday.",
        "A late goal from the captain sealed the cup final for the visitors.",
        "The tennis champion lost her opening set but won the match in three sets.",
        "The coach praised his defence after a goalless draw away from home.",
        "The sprinter broke the national record at the indoor championships.",
        "Fans cheered as the team lifted the trophy after a penalty shoot-out.",
    ]
    static let business = [
        "Shares in the carmaker rose after quarterly profits beat forecasts.",
        "The central bank held interest rates steady as inflation slowed.",
        "The retailer reported falling sales and warned investors about profits.",
        "Oil prices climbed as markets reacted to lower supply forecasts.",
        "The airline agreed a merger with a rival to cut costs and raise profits.",
        "Investors sold bank shares after the lender reported weaker earnings.",
    ]
    static let tech = [
        "The phone maker unveiled a faster chip and a brighter screen.",
        "Engineers released a software update that fixes a browser security flaw.",
        "The start-up trained a language model on a cluster of graphics processors.",
        "A new laptop ships with longer battery life and a lighter case.",
        "Hackers exploited a flaw in router firmware to steal passwords.",
        "The search company opened a data centre powered by wind energy.",
    ]
    static let politics = [
        "The minister resigned after the parliamentary vote on the budget.",
        "Voters head to the polls as the election campaign enters its last week.",
        "The opposition leader called for an inquiry into the government's spending.",
    ]

    static func documents(_ texts: [String], label: String, file: String = "fixture.jsonl", firstLine: Int = 1) -> [LabeledDocument] {
        texts.enumerated().map { index, text in
            LabeledDocument(label: label, text: text, location: SourceLocation(path: file, line: firstLine + index))
        }
    }

    /// Sport, business and tech, interleaved.
    static var threeTopics: [LabeledDocument] {
        let groups = [documents(sport, label: "sport"), documents(business, label: "business"), documents(tech, label: "tech")]
        return (0..<6).flatMap { index in groups.map { $0[index] } }
    }

    static let probes = [
        "The goalkeeper saved a penalty in the final minute of the match.",
        "Profits and shares fell as the bank cut its forecasts.",
        "The chip update improves battery life on the new phone.",
        "The election result forced the minister to resign.",
        "Zebra quokka xylophone.",
    ]
}
