import Testing
@testable import NewsModel

/// `phrases.tsv`: phrases the rules read whole (holidays, alias cues), each bad line reported
/// with its line, and holiday rules read by the temporal lexicon.
@Suite("Phrase book")
struct PhraseBookTests {
    @Test func theShippedPhrasesReadCleanly() {
        let book = PhraseBook.standard
        #expect(book.problems.isEmpty, "\(book.problems)")
        #expect(book.phrases(.alias).contains { $0.words == ["also", "known", "as"] })
        let holidays = TemporalLexicon.standard.holidays
        #expect(TemporalLexicon.standard.problems.isEmpty, "\(TemporalLexicon.standard.problems)")
        // The longer name is tried before its first word alone.
        let christmas = holidays.firstIndex { $0.words == ["christmas"] }, day = holidays.firstIndex { $0.words == ["christmas", "day"] }
        #expect(day != nil && christmas != nil && day! < christmas!)
    }

    @Test(arguments: [
        ("easter\tholiday", 2, "role 'holiday' needs an argument (holiday=…)"),
        ("or\talias=x", 2, "role 'alias' takes no argument"),
        ("or\tsynonym", 2, "unknown role 'synonym' (one of: holiday, alias)"),
        ("also known as", 2, "expected phrase<TAB>role, not \"also known as\""),
        ("Easter\tholiday=easter:0", 2, "'Easter' is not a phrase in lower case"),
        ("called\talias\n\ncalled\talias", 4, "'called' is already on line 2 (each phrase once per role)"),
    ])
    func eachBadLineIsReportedWithItsLine(line: String, number: Int, message: String) {
        let book = PhraseBook(text: "# phrases\n" + line + "\ndubbed\talias\n", name: "phrases.tsv")
        #expect(book.problems.contains { $0.hasPrefix("phrases.tsv:\(number): \(message)") }, "\(book.problems)")
        #expect(book.phrases(.alias).contains { $0.words == ["dubbed"] }, "the rest of the file still applies")
    }

    @Test(arguments: [
        ("12-25", TemporalLexicon.HolidayRule.fixed(month: 12, day: 25)), ("02-29", .fixed(month: 2, day: 29)),
        ("nth:9:1:1", .nthWeekday(month: 9, weekday: 1, n: 1)), ("nth:5:1:-1", .nthWeekday(month: 5, weekday: 1, n: -1)),
        ("easter:-2", .easter(offset: -2)), ("easter:+1", .easter(offset: 1)), ("lunar", .lunar),
    ])
    func holidayRulesRead(text: String, rule: TemporalLexicon.HolidayRule) {
        #expect(TemporalLexicon.holidayRule(text) == rule)
    }

    @Test(arguments: ["12-32", "13-01", "02-30", "nth:9:8:1", "nth:9:1:6", "nth:9:1", "easter", "easter:x", "solar", ""])
    func badHolidayRulesAreNone(text: String) {
        #expect(TemporalLexicon.holidayRule(text) == nil)
    }

    /// The resolver looks for an alias only after an alias-cue word: a phrase that starts with
    /// another word is said, not silently never read.
    @Test func anAliasPhraseStartsWithAnAliasCue() {
        #expect(PhraseBook.standard.problems(against: .standard).isEmpty)
        let book = PhraseBook(text: "aka\talias\nalso called\talias\n", name: "phrases.tsv")
        #expect(book.problems(against: .standard) == ["phrases.tsv:1: alias 'aka' starts with 'aka', which is no alias-cue in words.tsv"])
    }

    @Test func aBadHolidayRuleIsAWarningWithItsLine() {
        let book = PhraseBook(text: "kwanzaa\tholiday=12-32\nboxing day\tholiday=12-26\n", name: "phrases.tsv")
        let lexicon = TemporalLexicon(Vocabulary.standard, phrases: book)
        #expect(lexicon.problems == ["phrases.tsv:1: '12-32' is no holiday rule (MM-DD, nth:M:W:N, easter:OFFSET or lunar)"])
        #expect(lexicon.holidays.map(\.words) == [["boxing", "day"]])
        #expect(lexicon.holidayStarts.lookup("Boxing") == [0])
    }
}
