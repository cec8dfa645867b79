import Testing
@testable import NewsModel

/// `words.tsv`: every word form once with its classes, each bad line reported with its line.
@Suite("Vocabulary")
struct VocabularyTests {
    @Test func theShippedWordsReadCleanlyAndEveryClassHasWords() {
        let v = Vocabulary.standard
        #expect(v.problems.isEmpty, "\(v.problems)")
        for c in WordClass.named { #expect(!v.words(c.bit).isEmpty, "no words of class \(c.name)") }
        #expect(v.has("said", .speechVerb) && v.has("Said", .speechVerb) && !v.has("said", .countNoun))
        #expect(v.has("the", .determiner) && v.has("the", .smallWord) && v.has("the", .anaphoricDeterminer))
        #expect(v.decades.lookup("sixties") == 6 && v.groupCategories["rebels"] == "fighters" && v.groupCategories["troops"] == nil)
    }

    @Test(arguments: [
        ("rebels\tgroup-noun,group-category", 2, "class 'group-category' needs an argument (group-category=…)"),
        ("rebels\tgroup-noun=x", 2, "class 'group-noun' takes no argument"),
        ("rebels\tfighter-noun", 2, "unknown class 'fighter-noun'"),
        ("rebels", 2, "expected word<TAB>classes, not \"rebels\""),
        ("sixties\tdecade=", 2, "class 'decade' needs an argument"),
        ("rebels\tgroup-noun\textra", 2, "expected word<TAB>classes"),
        ("Rebels\tgroup-noun", 2, "'Rebels' is not in lower case"),
        ("sixties\tdecade=60", 2, "decade=60 is not a tens digit 1–9"),
        ("said\tspeech-verb,speech-verb", 2, "class 'speech-verb' twice"),
        ("said\tspeech-verb\n\nsaid\tgovernment-verb", 4, "'said' is already on line 2 (each word appears once)"),
    ])
    func eachBadLineIsReportedWithItsLine(line: String, number: Int, message: String) {
        let v = Vocabulary(text: "# words\n" + line + "\nthe\tdeterminer\n", name: "words.tsv")
        #expect(v.problems.contains { $0.hasPrefix("words.tsv:\(number): \(message)") }, "\(v.problems)")
        // The rest of the file still applies.
        #expect(v.has("the", .determiner))
    }

    @Test func aMissingFileIsSaid() {
        let v = Vocabulary(text: nil, name: "words.tsv")
        #expect(v.problems == ["words.tsv: missing; the rules work without their word lists"])
        #expect(!v.has("the", .determiner))
    }
}
