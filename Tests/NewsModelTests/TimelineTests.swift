import Foundation
import Testing
@testable import NewsModel

/// Table-driven tests of the temporal tagger: a sentence of our own and an article date in,
/// the expressions (text → TIMEX3 value) out.
@Suite("Timeline: temporal expressions")
struct TimelineTests {
    /// The expressions of `text` as "text=value" (type DATE/TIME) or "text=TYPE:value".
    private func times(_ text: String, _ date: String? = "2024-10-21") -> [String] {
        let a = ArticleAnalyzer.article(id: "t", path: "t.txt", date: date.flatMap { CivilDate(iso: $0) }, text: text)
        return a.times.map { t in
            let typed = t.type == .date || t.type == .time ? t.value : "\(t.type.rawValue):\(t.value)"
            return "\(a.slice(t.span))=\(typed)"
        }
    }

    // 2024-10-21 is a Monday.

    @Test(arguments: [
        ("The talks ended on Oct. 8.", ["Oct. 8=2024-10-08"]),
        ("It was signed on October 8, 2023, in Minsk.", ["October 8, 2023=2023-10-08"]),
        ("It was signed on 8 October 2023.", ["8 October 2023=2023-10-08"]),
        ("Voting took place on Oct 8th.", ["Oct 8th=2024-10-08"]),
        ("The decree is dated 2024-10-08.", ["2024-10-08=2024-10-08"]),
        ("The ceasefire began in June 2024.", ["June 2024=2024-06"]),
        ("Prices fell in 2023.", ["2023=2023"]),
        ("Growth slowed in the 1990s.", ["the 1990s=199"]),
        ("Output peaked in mid-2024.", ["mid-2024=2024"]),
        ("Shipments resumed in early October.", ["early October=2024-10"]),
        ("The 20th century saw two wars.", ["The 20th century=19"]),
        ("He was born in nineteen ninety-six.", ["nineteen ninety-six=1996"]),
    ])
    func calendarDates(text: String, expected: [String]) {
        #expect(times(text) == expected)
    }

    @Test(arguments: [
        // Weekdays in the past tense: the latest one on or before the article date.
        ("South Korea summoned the envoy on Monday.", ["Monday=2024-10-21"]),
        ("The agency released images on Friday.", ["Friday=2024-10-18"]),
        // Future tense: the next one.
        ("The ministers will meet on Thursday.", ["Thursday=2024-10-24"]),
        ("Officials are to resume talks Tuesday.", ["Tuesday=2024-10-22"]),
        ("Rebels attacked the town Tuesday night.", ["Tuesday night=2024-10-15TNI"]),
        ("The envoy left last Friday.", ["last Friday=2024-10-18"]),
        ("The envoy arrives next Tuesday.", ["next Tuesday=2024-10-22"]),
    ])
    func weekdays(text: String, expected: [String]) {
        #expect(times(text) == expected)
    }

    @Test(arguments: [
        ("The minister spoke yesterday.", ["yesterday=2024-10-20"]),
        ("Markets open today.", ["today=2024-10-21"]),
        ("Results are due tomorrow.", ["tomorrow=2024-10-22"]),
        ("Shelling continued tonight.", ["tonight=2024-10-21TNI"]),
        ("Talks stalled last week.", ["last week=2024-W42"]),
        ("A vote is expected next month.", ["next month=2024-11"]),
        ("Inflation rose this year.", ["this year=2024"]),
        ("The plant closed two days ago.", ["two days ago=2024-10-19"]),
        ("Production fell in the third quarter.", ["the third quarter=2024-Q3"]),
        ("Exports grew this summer.", ["this summer=2024-SU"]),
        ("The report came this morning.", ["this morning=2024-10-21TMO"]),
        ("Prices will rise by the end of the year.", ["the end of the year=2024"]),
    ])
    func relativeToTheArticleDate(text: String, expected: [String]) {
        #expect(times(text) == expected)
    }

    @Test(arguments: [
        ("Troops are currently stationed there.", ["currently=PRESENT_REF"]),
        ("The plan was recently revised.", ["recently=PAST_REF"]),
        ("They will head to the front soon.", ["soon=FUTURE_REF"]),
        ("More troops may follow in the near future.", ["the near future=FUTURE_REF"]),
        ("Such attacks happened in the past.", ["the past=PAST_REF"]),
    ])
    func vagueReferences(text: String, expected: [String]) {
        #expect(times(text) == expected)
    }

    @Test func lastMonthIsTheConventionalReadingWithTheOtherAsAlternative() {
        let a = ArticleAnalyzer.article(id: "t", path: "t.txt", date: CivilDate(iso: "2024-10-21"),
                        text: "Pyongyang provided shells since last August.")
        let t = try! #require(a.times.first)
        #expect(a.slice(t.span) == "last August")
        #expect(t.value == "2024-08")
        #expect(t.alternatives.map(\.description) == ["2023-08"])
        #expect(t.anchor == .article)
        // Earlier in the year than the article's month is this year; later is last year.
        #expect(times("The deal collapsed last November.") == ["last November=2023-11"])
    }

    @Test func anaphoricExpressionsFollowTheLastDateMentioned() {
        let text = "The summit opened on March 3, 2022. The following day, leaders signed a pact. Two days later they left."
        // Each anaphoric date counts from the one before it: two days after the signing.
        #expect(times(text) == ["March 3, 2022=2022-03-03", "The following day=2022-03-04", "Two days later=2022-03-06"])
        let a = ArticleAnalyzer.article(id: "t", path: "t.txt", date: CivilDate(iso: "2024-10-21"), text: text)
        #expect(a.times.map(\.anchor) == [.none, .previous, .previous])
    }

    @Test func aYearEarlierInQuarterlyReportsIsAQuarter() {
        #expect(times("Profit rose in the third quarter from $2 million a year earlier.", "1989-11-02")
                == ["the third quarter=1989-Q3", "a year earlier=1988-Q3"])
    }

    @Test func yearsInWordsNeedATimeWordBeforeThem() {
        #expect(times("The plant opened in two thousand and one.") == ["two thousand and one=2001"])
        #expect(times("Two thousand workers joined the strike.").isEmpty)
    }

    /// Signal words relate a time to its event and stay out of the expression (TimeML).
    @Test func signalWordsNeverOpenAnExpression() {
        #expect(times("Prices have risen since last week.") == ["last week=2024-W42"])
        #expect(times("The talks ran from Monday until Wednesday.").map { $0.prefix { $0 != "=" } } == ["Monday", "Wednesday"])
        #expect(times("Output fell between 1990 and 1995.") == ["1990=1990", "1995=1995"])
        #expect(times("It will be decided within the next two weeks.") == ["the next two weeks=DURATION:P2W"])
    }

    /// A plain count opens an expression only when a time word follows within a few tokens
    /// (the scanner skips the others unread): the amounts of durations stay found, counts of
    /// things and numbers with only number words after them give nothing.
    @Test func countsNeedATimeWordAfterThem() {
        #expect(times("The 1,500 people who fled were counted.").isEmpty)
        #expect(times("About 25 million dollars and 300 thousand tons were sent.").isEmpty)
        #expect(times("Prices rose 2.5 percent while 1.5 million people waited.").isEmpty)
        #expect(times("Trading halted for 3 1/2 years.") == ["3 1/2 years=DURATION:P3Y6M"])
        #expect(times("Talks lasted 20 and a half hours.") == ["20 and a half hours=DURATION:PT20H30M"])
        #expect(times("It took the 5 trading days before the vote.") == ["the 5 trading days=DURATION:P5D"])
        #expect(times("Polls close at 8 p.m.") == ["8 p.m.=2024-10-21T20:00"])
        #expect(times("The treaty of 1648 still counts.") == ["1648=1648"])
        // Number words and ordinals too: an amount, the first word of a spoken year, a holiday.
        #expect(times("Two people and the first of the officials spoke for three hours.") == ["three hours=DURATION:PT3H"])
        #expect(times("In nineteen ninety-six the plan began.") == ["nineteen ninety-six=1996"])
        #expect(times("It ends in two thousand and one.") == ["two thousand and one=2001"])
        #expect(times("It was signed on the eighth of October.") == ["the eighth of October=2024-10-08"])
        #expect(times("Crowds gathered on the Fourth of July.") == ["the Fourth of July=2024-07-04"])
    }

    /// A holiday's first word is a time word only before the rest of the holiday's name.
    @Test func holidayFirstWordsAloneStartNothing() {
        #expect(times("Five Chinese officials and the New York office met on Chinese New Year.") == ["Chinese New Year=2024"])
        #expect(times("The Chinese delegation and New Zealand troops arrived.").isEmpty)
        #expect(times("Markets closed on New Year's Day and Christmas Eve.")
                == ["New Year's Day=2024-01-01", "Christmas Eve=2023-12-24"])
    }

    @Test func clockTimes() {
        #expect(times("The blast came at 10:30 a.m. local time.") == ["10:30 a.m. local time=2024-10-21T10:30"])
        #expect(times("Voting closes at 8 p.m. Wednesday.") == ["8 p.m. Wednesday=2024-10-23T20:00"])
        #expect(times("The curfew starts at midnight.") == ["midnight=2024-10-21T24"])
    }

    @Test func durationsAndSetsAreTypedAndNeverEvents() {
        let a = ArticleAnalyzer.article(id: "t", path: "t.txt", date: CivilDate(iso: "2024-10-21"),
                        text: "The siege lasted for three weeks. The index hit a five-year low. Inspectors visit every Monday.")
        #expect(a.times.map { "\($0.type.rawValue):\($0.value)" } == ["DURATION:P3W", "DURATION:P5Y", "SET:XXXX-WXX-1"])
        #expect(a.events.isEmpty)
    }

    @Test func impossibleDatesAreNeverEmitted() {
        #expect(times("The memo was dated February 30.").isEmpty)
        #expect(times("Item Oct. 45 was withdrawn.").isEmpty)
        #expect(times("The file 2024-13-01 is corrupt.").isEmpty)
    }

    @Test func numbersThatAreNotYears() {
        #expect(times("The council passed Resolution 2231 in a vote.").isEmpty)
        #expect(times("Some 1500 meters of fence were built.").isEmpty)
        #expect(times("It cost $2000 to repair.").isEmpty)
        #expect(times("The troops crossed in 1990.") == ["1990=1990"])
        #expect(times("Its 1990 invasion of Kuwait failed.") == ["1990=1990"])
    }

    @Test func namesThatLookLikeDatesAreNot() {
        #expect(times("Prime Minister Theresa May spoke.").isEmpty)
        #expect(times("She said on \"This Week\" that it was over.").isEmpty)
        #expect(times("It aired on VOA Today.").isEmpty)
        #expect(times("Analysts discussed the future of Syria.").isEmpty)
    }

    @Test func holidays() {
        #expect(times("The soldier died on Thanksgiving Day.", "2016-11-26") == ["Thanksgiving Day=2016-11-24"])
        #expect(times("Shops closed for Christmas.", "2023-12-27") == ["Christmas=2023-12-25"])
    }

    @Test func undatedArticlesListExpressionsWithoutValues() {
        #expect(times("Strikes hit Mosul on Monday and on Oct. 8 last year.", nil)
                == ["Monday=XXXX-WXX-1", "Oct. 8=XXXX-10-08", "last year=XXXX"])
        #expect(times("The coalition has now advanced.", nil).isEmpty)
        #expect(times("On 3 March 2016 leaders met.", nil) == ["3 March 2016=2016-03-03"])
    }

    // MARK: ranges and events

    @Test func rangesBecomeOneEventWithTwoTimes() {
        let a = ArticleAnalyzer.article(id: "t", path: "t.txt", date: CivilDate(iso: "2024-10-21"),
                        text: "The agency said that between Oct. 8 and Oct. 13, North Korea moved troops to Russia.")
        #expect(a.times.map(\.value) == ["2024-10-08", "2024-10-13"])
        #expect(a.times.map(\.rangeRole) == [.start, .end])
        let e = try! #require(a.events.first)
        #expect(a.events.count == 1)
        #expect(e.start == "2024-10-08" && e.end == "2024-10-13" && e.granularity == .range)
        #expect(e.firstDay == CivilDate(iso: "2024-10-08") && e.lastDay == CivilDate(iso: "2024-10-13"))
        #expect(a.summary(of: e) == "North Korea moved troops to Russia")
    }

    @Test func dayRangesInOneTokenAreTwoExpressions() {
        let a = ArticleAnalyzer.article(id: "t", path: "t.txt", date: CivilDate(iso: "2024-10-21"), text: "Talks ran Oct. 8-13 in Geneva.")
        #expect(a.times.map { a.slice($0.span) } == ["Oct. 8", "13"])
        #expect(a.events.map { "\($0.start ?? "nil")..\($0.end ?? "nil")" } == ["2024-10-08..2024-10-13"])
    }

    @Test func openRanges() {
        let a = ArticleAnalyzer.article(id: "t", path: "t.txt", date: CivilDate(iso: "2024-10-21"),
                        text: "Sanctions have applied since June 2023. The ban lasts until Friday.")
        #expect(a.events.map { "\($0.start ?? "nil")..\($0.end ?? "nil")" } == ["2023-06..nil", "nil..2024-10-25"])
    }

    @Test func summariesAreTheClauseAroundTheDate() {
        let a = ArticleAnalyzer.article(id: "t", path: "t.txt", date: CivilDate(iso: "2024-10-21"), text: """
            Officials said on Friday, after a long night of talks, that the port would reopen.
            The first convoy — which the army said carried food — arrived currently at the border.
            South Korea, which has long protested, expressed alarm after the leaders signed a pact in June.
            """)
        #expect(a.events.map { a.summary(of: $0) } == [
            "Officials said on Friday that the port would reopen",
            "The first convoy arrived currently at the border",
            // The date is the pact's: the pact is the row.
            "The leaders signed a pact in June",
        ])
    }

    /// Tense cues that are no tense: a cause after "due to", a name that spells "Soon".
    @Test(arguments: [
        // (2024-10-23 is a Wednesday.)
        ("Agassi pulled out due to injuries on Monday.", ["Monday=2024-10-21"]),
        ("The bridge is due to open on Saturday.", ["Saturday=2024-10-26"]),
        ("Coach Kim Soon said the team would win.", [String]()),
    ])
    func tenseCuesThatAreNone(_ text: String, _ expected: [String]) {
        #expect(times(text, "2024-10-23") == expected, "\(text)")
    }

    /// A clause that cannot stand alone is shown with what it hangs on.
    @Test(arguments: [
        // A subordinate clause says what happened without its conjunction.
        ("Eight miners were killed, when a gas explosion tore through the pit on Tuesday.",
         "A gas explosion tore through the pit on Tuesday"),
        ("Turnout rose, while 2,000 people left the region in the same week of May.",
         "2,000 people left the region in the same week of May"),
        ("Although the vote was delayed on Friday, the count went on.", "The vote was delayed on Friday"),
        // "because of" is a preposition: its clause is left alone.
        ("The ferry stayed in port, because of the storm on Sunday.", "The ferry stayed in port, because of the storm on Sunday"),
        // A relative clause takes the noun phrase it is about, and no more.
        ("The governor met Lamarre, who flew in from Quebec on Monday.", "Lamarre, who flew in from Quebec on Monday"),
        ("The ultranationalist Iron Hawks movement, whose members rioted in 1979, was banned.",
         "Iron Hawks movement, whose members rioted in 1979"),
        ("Officials said the new bridge, which opened on Monday, was closed.", "The new bridge, which opened on Monday"),
        ("They opposed Burma's entry into the group, which is expected in May.", "Burma's entry into the group, which is expected in May"),
        ("Police said the Bank of Moravia, which opened in March, was robbed.", "The Bank of Moravia, which opened in March"),
        ("Teachers in Ostrava, where the strike began on Monday, went back to work.",
         "Ostrava, where the strike began on Monday"),
        // A date in a phrase about another happening dates that happening: it is the row.
        ("The council passed a resolution after its October 9 nuclear test.", "Its October 9 nuclear test"),
        ("Haniya cut short his trip ahead of a speech by Abbas on Saturday.", "A speech by Abbas on Saturday"),
        ("He left after he met Bush on Monday.", "He left after he met Bush on Monday"),
        ("The accord, named after the city, took effect on January 1.", "The accord, named after the city, took effect on January 1"),
        // A clock time's colon breaks no clause.
        ("The funeral began at 1:30 pm on Friday in Palm Desert.", "The funeral began at 1:30 pm on Friday in Palm Desert"),
        // Who told is shown with what they told: the clause before, the clause after.
        ("The port will reopen next month, sources said on Wednesday.", "The port will reopen next month, sources said on Wednesday"),
        ("According to local reports on Friday, the dam burst.", "According to local reports on Friday, the dam burst"),
        // A predicate after "and" with no subject takes the clause before it.
        ("Kovac was freed in May after six years, and is now back in politics this year.",
         "Kovac was freed in May after six years, and is now back in politics this year"),
    ])
    func hangingClausesAreShownWithWhatTheyHangOn(_ text: String, _ summary: String) {
        let a = ArticleAnalyzer.article(id: "t", path: "t.txt", date: CivilDate(iso: "2024-10-21"), text: text)
        #expect(a.events.last.map { a.summary(of: $0) } == summary, "\(text)")
    }

    @Test func pastReferencesAreNotTimelineEvents() {
        let a = ArticleAnalyzer.article(id: "t", path: "t.txt", date: CivilDate(iso: "2024-10-21"), text: "The plan was recently revised.")
        #expect(a.times.count == 1)
        #expect(a.events.isEmpty)
    }

    @Test func corpusTimelineIsSortedWithUndatedAndFutureLast() {
        let c = Corpus(articles: [
            ArticleAnalyzer.article(id: "b", path: "b.txt", date: CivilDate(iso: "2024-10-21"),
                    text: "Troops will move soon. The pact was signed in June. The talks failed on Oct. 8."),
            ArticleAnalyzer.article(id: "a", path: "a.txt", date: nil, text: "Fighting resumed on Monday."),
            ArticleAnalyzer.article(id: "c", path: "c.txt", date: CivilDate(iso: "2024-05-02"), text: "Shells landed on April 30."),
        ])
        let order = c.timeline.map { ref -> String in
            let e = c.event(ref)
            return "\(c.articles[ref.article].id):\(e.start ?? "nil")"
        }
        #expect(order == ["c:2024-04-30", "b:2024-06", "b:2024-10-08", "a:XXXX-WXX-1", "b:FUTURE_REF"])
    }

    // MARK: evaluation data (skipped without ../shared)

    @Test(.enabled(if: SharedData.seed != nil, "needs ../shared/seed beside the checkout"))
    func seedTimelineMatchesTheAnalystsTable() throws {
        let corpus = ArticleLoader.loadCorpus(paths: [SharedData.seed!])
        let a = try #require(corpus.articles.first)
        let got = Dictionary(a.times.map { (a.slice($0.span).lowercased(), $0) }, uniquingKeysWith: { x, _ in x })
        // Every row of the table in EXPECTED.md: expression → value.
        let rows = [("monday", "2024-10-21"), ("soon", "FUTURE_REF"), ("the near future", "FUTURE_REF"), ("june", "2024-06"),
                    ("friday", "2024-10-18"), ("oct. 8", "2024-10-08"), ("oct. 13", "2024-10-13"),
                    ("currently", "PRESENT_REF"), ("last august", "2024-08")]
        for (text, value) in rows { #expect(got[text]?.value == value, "\(text)") }
        #expect(got["last august"]?.alternatives.map(\.description) == ["2023-08"])
        // The range, and the sorted order of the article's timeline.
        let dated = a.events.filter { $0.firstDay != nil || $0.lastDay != nil }
            .sorted { ($0.firstDay ?? $0.lastDay!) < ($1.firstDay ?? $1.lastDay!) }
        #expect(dated.map { $0.start ?? "nil" } == ["2024-06", "2024-08", "2024-10-08", "2024-10-18", "2024-10-21", "PRESENT_REF"])
        #expect(a.events.contains { $0.start == "2024-10-08" && $0.end == "2024-10-13" })
        #expect(a.events.contains { $0.start == "2024-08" && $0.end == nil })
    }
}

/// Paths into `../shared` beside the checkout, when it is there.
enum SharedData {
    static let root: String? = {
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let shared = checkout.deletingLastPathComponent().appendingPathComponent("shared").path
        return FileManager.default.fileExists(atPath: shared + "/seed") ? shared : nil
    }()

    static var seed: String? { root.map { $0 + "/seed/000_c081621a7dec6798.txt" } }
}
