/// Capitalised words that commonly open an English news sentence. After an ambiguous
/// abbreviation (`U.S.`, `Inc.`, `Jr.`, an initial), the sentence ends only if the next word is
/// one of these: `... in the U.S. The next` splits, `U.S. President` and `F.B.I. James` do not.
/// Names are deliberately absent: a name after an initial is far more often the same person.
enum SentenceStarters {
    static let words: Set<String> = [
        "A", "An", "The", "This", "That", "These", "Those", "There", "Their", "Its", "It", "He", "She",
        "They", "We", "I", "You", "His", "Her", "Our", "My", "Your", "Them", "Him",
        "But", "And", "Or", "So", "Yet", "Nor", "However", "Meanwhile", "Moreover", "Instead", "Still",
        "In", "On", "At", "For", "From", "With", "As", "After", "Before", "When", "While", "If",
        "Although", "Though", "Since", "Because", "Until", "During", "Despite", "Under", "Over",
        "According", "Last", "Next", "Now", "Then", "Today", "Yesterday", "Earlier", "Later",
        "Some", "Many", "Most", "All", "No", "Not", "One", "Both", "Each", "Every", "Several", "Such",
        "Other", "Others", "Another", "Also", "Even", "Only", "What", "Why", "How", "Who", "Where",
        "Which", "Whether", "Mr", "Mrs", "Ms", "Dr", "Sir", "Shares", "Analysts", "Officials",
        "Police", "Here", "Thus", "Indeed", "Asked", "Speaking",
        // German and French openers for the same role.
        "Der", "Die", "Das", "Er", "Sie", "Es", "Wir", "Ich", "Aber", "Und", "Im", "Am",
        "Le", "La", "Les", "Il", "Elle", "Nous", "Mais",
    ]
}
