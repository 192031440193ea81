import LedeCore
import Testing

@Suite("Counting small documents")
struct TermCounterSmallDocumentsTests {
    @Test("countSmall gives the same counts and vocabulary as countAdding into an empty vocabulary")
    func matchesCorpusPath() {
        let documents = [
            "The storm closed the road; the road stayed closed.", "", "Storms, roads and floods!",
            "Ärger über die Straße", "road road road",
        ]
        let counter = TermCounter(tokenizer: Tokenizer(), threads: 1)
        var expectedVocabulary = Vocabulary()
        let expected = counter.countAdding(documents, to: &expectedVocabulary)
        let (counts, vocabulary) = counter.countSmall(documents)
        #expect(counts == expected)
        #expect(vocabulary == expectedVocabulary)
        #expect(vocabulary.documentFrequencies[vocabulary.id(of: "road")!] == 2)
    }
}
