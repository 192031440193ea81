/// Which naive-Bayes model scores documents.
public enum NaiveBayesVariant: String, Sendable, Hashable, Codable, CaseIterable {
    /// Multinomial naive Bayes: class-conditional term distributions with additive smoothing.
    case multinomial
    /// Complement naive Bayes (Rennie et al. 2003): each class is scored against the term
    /// distribution of all *other* classes, which copes better with unequal class sizes.
    case complement
}

/// How class prior probabilities are set (multinomial naive Bayes; complement naive Bayes, as
/// in Rennie et al. and scikit-learn, ignores priors when there are two or more classes).
public enum ClassPriors: Sendable, Hashable, Codable {
    /// Proportional to the number of training documents per class.
    case learned
    /// Equal for every class.
    case uniform
    /// Given per label; labels not listed get the smallest given prior. Values need not sum to 1.
    case given([String: Double])
}

/// Every option of the topic classifier, shared by the library and the CLI. The defaults are the
/// shipped defaults, chosen by cross-validation on training splits (see `Models/CHOOSING-DEFAULTS.md`).
public struct ClassifierOptions: Sendable, Hashable, Codable {
    /// The model family. Default `.complement`.
    public var variant: NaiveBayesVariant = .complement
    /// Additive (Laplace/Lidstone) smoothing. Default 0.1.
    public var alpha: Double = 0.1
    /// Complement NB only: divide each class's log-weights by their absolute sum (Rennie et al.'s
    /// weight normalisation, scikit-learn's `norm=True`). Default `false`.
    public var normalizeWeights: Bool = false
    /// Class priors. Default `.learned`.
    public var priors: ClassPriors = .learned
    /// Tokenisation, vocabulary limits and term weighting. Defaults: no stop-word list, e-mail
    /// addresses and host names kept whole, unigrams and bigrams, sublinear tf, smooth idf, l2
    /// norm, every term a feature.
    public var features: VectorizerOptions = ClassifierOptions.defaultFeatures

    /// The documented defaults.
    public init() {}

    /// The default feature settings of the classifier.
    public static var defaultFeatures: VectorizerOptions {
        var features = VectorizerOptions()
        features.tokenizer.stopWords = .none
        features.tokenizer.keepAddresses = true
        features.tokenizer.ngramMax = 2
        features.tfidf.sublinearTF = true
        features.minDocumentFrequency = .count(1)
        return features
    }

    /// Checks the values are usable, naming the first that is not.
    public func validate() throws {
        guard alpha > 0, alpha.isFinite else { throw LedeError.invalidOption("alpha must be a positive number (got \(alpha))") }
        try features.tokenizer.validate()
        if let maxFeatures = features.maxFeatures, maxFeatures < 1 {
            throw LedeError.invalidOption("max features must be at least 1 (got \(maxFeatures))")
        }
        if case .given(let priors) = priors, priors.values.contains(where: { !($0 > 0) || !$0.isFinite }) {
            throw LedeError.invalidOption("class priors must be positive numbers")
        }
    }
}
