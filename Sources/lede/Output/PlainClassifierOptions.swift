import LedeAnalysis

/// ``ClassifierOptions`` as `lede model info --format json` shows them: every value plain, as a
/// person or a JSON tool reads it (`"minDocumentFrequency": 2`, `"priors": "learned"`), rather
/// than Swift's encoding of enums with payloads (`{"count":{"_0":2}}`) that the model file keeps.
struct PlainClassifierOptions: Encodable {
    var variant: NaiveBayesVariant
    var alpha: Double
    var normalizeWeights: Bool
    /// `"learned"`, `"uniform"`, or the given prior of each label.
    var priors: PlainPriors
    var features: Features

    /// Tokenisation, document-frequency limits and weighting.
    struct Features: Encodable {
        var tokenizer: TokenizerOptions
        /// A number of documents (an integer), or a share of them as `--min-df` spells it (`"0.01"`).
        var minDocumentFrequency: PlainDocumentFrequency
        /// A number of documents (an integer), or a share of them as `--max-df` spells it (`"1.0"`).
        var maxDocumentFrequency: PlainDocumentFrequency
        /// The cap on the number of terms; absent when there is none.
        var maxFeatures: Int?
        var tfidf: TfidfOptions
    }

    init(_ options: ClassifierOptions) {
        variant = options.variant
        alpha = options.alpha
        normalizeWeights = options.normalizeWeights
        priors = PlainPriors(options.priors)
        features = Features(
            tokenizer: options.features.tokenizer,
            minDocumentFrequency: PlainDocumentFrequency(options.features.minDocumentFrequency),
            maxDocumentFrequency: PlainDocumentFrequency(options.features.maxDocumentFrequency),
            maxFeatures: options.features.maxFeatures, tfidf: options.features.tfidf)
    }
}

/// A document-frequency limit as one JSON value: a count is an integer (`2`); a fraction is a
/// string with a decimal point (`"1.0"`, `"0.5"`), because JSON numbers cannot tell `1` document
/// from all of them. Both are what `--min-df` / `--max-df` accept.
struct PlainDocumentFrequency: Encodable {
    var limit: DocumentFrequencyLimit

    init(_ limit: DocumentFrequencyLimit) { self.limit = limit }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch limit {
        case .count(let count): try container.encode(count)
        case .fraction: try container.encode(limit.commandLineSpelling)
        }
    }
}

/// Class priors as one JSON value: `"learned"`, `"uniform"`, or `{"label": prior, …}`.
struct PlainPriors: Encodable {
    var priors: ClassPriors

    init(_ priors: ClassPriors) { self.priors = priors }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch priors {
        case .learned: try container.encode("learned")
        case .uniform: try container.encode("uniform")
        case .given(let values): try container.encode(values)
        }
    }
}
