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

    /// Each class is one bit of its own, numbered without gaps, and every name is distinct:
    /// a class declared twice on one bit, or left out of the names, is caught here.
    @Test func everyClassIsOneNamedBit() {
        let bits = WordClass.named.map { $0.bit.rawValue.trailingZeroBitCount }
        #expect(WordClass.named.allSatisfy { $0.bit.rawValue.nonzeroBitCount == 1 })
        #expect(bits.sorted() == Array(0..<WordClass.named.count), "\(bits.sorted())")
        #expect(Set(WordClass.named.map(\.name)).count == WordClass.named.count)
    }

    @Test func aMissingFileIsSaid() {
        let v = Vocabulary(text: nil, name: "words.tsv")
        #expect(v.problems == ["words.tsv: missing; the rules work without their word lists"])
        #expect(!v.has("the", .determiner))
    }

    @Test func aWordHasOneTemporalReading() {
        let v = Vocabulary(text: "second\tordinal=2,temporal-unit=second\nthe\tdeterminer\n", name: "words.tsv")
        #expect(v.problems == ["words.tsv:1: class 'temporal-unit' is a second reading in temporal expressions (a word has one)"])
        #expect(v.lexeme("second") == 0 && v.has("the", .determiner))
    }

    /// The scanner's function-word, signal and month-cue classes hold keywords only, and a
    /// signal is a function word.
    @Test func theScannersClassesHoldKeywords() {
        let v = Vocabulary(text: "in\ttemporal=in,temporal-function,temporal-signal,month-cue\nfoo\tmonth-cue\n"
                           + "than\ttemporal=than,temporal-signal\n", name: "words.tsv")
        #expect(v.problems.isEmpty, "\(v.problems)")
        let t = TemporalLexicon(v, phrases: PhraseBook(text: "", name: "phrases.tsv"))
        #expect(t.problems == ["words.tsv:2: 'foo' is month-cue without a temporal=KEYWORD reading",
                               "words.tsv:3: 'than' is temporal-signal, not temporal-function"])
        #expect(Vocabulary.standard.has("since", .temporalSignal) && Vocabulary.standard.has("last", .temporalFunction)
                && !Vocabulary.standard.has("last", .temporalSignal) && Vocabulary.standard.has("early", .monthCue))
    }

    /// The temporal lexicon is read from the vocabulary's temporal classes; an argument that
    /// names nothing is a problem on its line.
    @Test func temporalWordsComeFromTheFile() {
        let t = TemporalLexicon.standard
        #expect(t.problems.isEmpty, "\(t.problems)")
        #expect(t.table.lookup("Sept") == .month(9) && t.table.lookup("thurs") == .weekday(4))
        #expect(t.table.lookup("second") == .ordinal(2) && t.table.lookup("seconds") == .unit(.second, plural: true))
        #expect(t.table.lookup("some") == .keyword(.someAmount) && t.table.lookup("gmt") == .keyword(.timezone))
        #expect(t.table.lookup("daytime") == .partOfDay(.day) && t.table.lookup("autumn") == .season(.fall))
        #expect(t.table.lookup("troops") == nil)
        let v = Vocabulary(text: "# x\nsmarch\tmonth=13\nfoo\ttemporal=fooish\nbar\tseason=monsoon\nweeks\ttemporal-units=week\n",
                           name: "words.tsv")
        let bad = TemporalLexicon(v)
        #expect(bad.problems.sorted() == ["words.tsv:2: '13' is no month number 1-12 ('smarch')",
                                         "words.tsv:3: 'fooish' is no temporal keyword ('foo')",
                                         "words.tsv:4: 'monsoon' is no season ('bar')"])
        #expect(bad.table.lookup("weeks") == .unit(.week, plural: true) && bad.table.lookup("smarch") == nil)
        #expect(bad.byLexeme[Int(v.lexeme("weeks"))] == .unit(.week, plural: true))
    }

    /// One lookup per token gives both the vocabulary lexeme and the further list's number; a
    /// word in both is one entry.
    @Test func theLexiconMergesTheVocabularyWithAList() {
        let v = Vocabulary(text: "the\tdeterminer\nsaid\tspeech-verb\n", name: "words.tsv")
        let lexicon = Lexicon(vocabulary: v, list: [("kremlin", 7), ("said", 3)])
        let doc = Segmenter.segment("The Kremlin said nothing", lexicon: lexicon)
        #expect(doc.lexemes == [v.lexeme("the"), 0, v.lexeme("said"), 0])
        #expect(doc.listLexemes(in: lexicon) == [-1, 7, 3, -1])
        // Another lexicon (even one made alike) is not the one the document was looked up in.
        #expect(doc.listLexemes(in: Lexicon(vocabulary: v, list: [("kremlin", 7)])) == nil)
        doc.withView { view in
            #expect(view.has(0, .determiner) && view.has(2, .speechVerb) && !view.has(1, .speechVerb) && !view.has(9, .determiner))
        }
    }
}
