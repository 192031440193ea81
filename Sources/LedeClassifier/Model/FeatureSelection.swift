/// Which vocabulary terms are features, and the feature index of each. With the default
/// settings every term is a feature and feature `f` is term `f`: then no table is kept (on a
/// word-pair vocabulary of a million terms the two tables took 9 MB and a pass over every
/// document's entries); otherwise the selected terms, ascending, and each term's feature.
public struct FeatureSelection: Sendable, Equatable {
    /// The number of features.
    public let count: Int
    /// Whether every vocabulary term is a feature (feature `f` is then term `f`).
    public let coversEveryTerm: Bool
    /// The term of each feature, ascending; empty when every term is a feature.
    private let termOfFeature: [Int32]
    /// The feature of each term, -1 outside the selection; empty when every term is a feature.
    let featureOfTerm: [Int32]

    /// The selection of the ascending, distinct vocabulary ids `terms` out of `vocabularyCount` terms.
    init(terms: [Int32], vocabularyCount: Int) {
        count = terms.count
        coversEveryTerm = terms.count == vocabularyCount
        if coversEveryTerm {
            termOfFeature = []
            featureOfTerm = []
        } else {
            termOfFeature = terms
            var featureOfTerm = [Int32](repeating: -1, count: vocabularyCount)
            for (feature, term) in terms.enumerated() { featureOfTerm[Int(term)] = Int32(feature) }
            self.featureOfTerm = featureOfTerm
        }
    }

    /// The vocabulary id of feature `feature`.
    @inline(__always)
    public func term(ofFeature feature: Int) -> Int {
        coversEveryTerm ? feature : Int(termOfFeature[feature])
    }

    /// The feature index of vocabulary id `term`, or `nil` when the term is not a feature.
    @inline(__always)
    public func feature(ofTerm term: Int) -> Int? {
        if coversEveryTerm { return term < count ? term : nil }
        let feature = featureOfTerm[term]
        return feature >= 0 ? Int(feature) : nil
    }
}
