import Testing
@testable import NewsModel

/// Wire flags and notes to editors: titles leave them out, no flag is an actor, a note dates
/// nothing and names no one.
@Suite("Wire flags and notes")
struct WireSlugTests {
    @Test(arguments: [
        ("URGENT Kinshasa next target of Zairean rebels", "Kinshasa next target of Zairean rebels"),
        ("URGENT: Six-party talks begins in Beijing", "Six-party talks begins in Beijing"),
        ("URGENTYeltsin to take two weeks' holiday", "Yeltsin to take two weeks' holiday"),
        ("BULLETIN Gujral sworn in as Indian PM", "Gujral sworn in as Indian PM"),
        ("Dalai Lama brings hopeful message (pictures) (ADDS details)", "Dalai Lama brings hopeful message"),
        ("=(PICTURE)=", ""), ("= (PICTURES) =", ""), ("ATTENTION - UPDATES, ADDS quotes ///", ""),
        ("management to resign ///", ""),
        // Left as they are: no flag, a flag word not in capitals, a bracket of another word.
        ("NATO leaders meet in Brussels", "NATO leaders meet in Brussels"),
        ("Urgent talks open in Geneva", "Urgent talks open in Geneva"),
        ("UN envoy (left) meets rebels", "UN envoy (left) meets rebels"),
        ("USA Today reports gains", "USA Today reports gains"),
    ])
    func linesLoseTheirFlags(line: String, expected: String) {
        #expect(WireSlug.stripped(line) == expected)
    }

    static func article(_ text: String) -> Article {
        ArticleAnalyzer.article(id: "w", path: "w.txt", date: CivilDate(year: 2005, month: 12, day: 3), text: text)
    }

    @Test func titlesAndActorsLeaveFlagsOut() {
        let a = Self.article("ATTENTION - UPDATES, ADDS quotes from Washington ///\nThousands of mourners filled Belfast on Saturday.")
        #expect(a.title == "Thousands of mourners filled Belfast on Saturday.")
        #expect(a.actors.map(\.id) == ["belfast"], "\(a.actors.map(\.id))")
        let b = Self.article("URGENT Kim Jong-Il promotes 123 generals, monitors say\nThe promotions came on Monday.")
        #expect(b.title == "Kim Jong-Il promotes 123 generals, monitors say")
        #expect(b.actors.map { b.slice($0.mentions[0]) } == ["Kim Jong-Il"], "\(b.actors.map(\.name))")
        #expect(b.summary(of: b.events[0]).hasPrefix("The promotions"))
    }

    /// The byte test in front of the split: a flag bracket anywhere, a flag first, a note at the
    /// end are looked at; a bracket of another word or capitals that are no flag are not.
    @Test func onlyLinesThatMayHoldAFlagAreSplit() {
        for line in ["Dalai Lama meets Bush (pictures)", "URGENT Talks", "URGENTYeltsin rests", "=(PICTURE)=", "charges ///"] {
            #expect(WireSlug.mayHaveFlags(line), "\(line)")
        }
        for line in ["UN envoy (left) meets rebels", "NATO leaders meet", "Talks on 9/11 resume", "USA Today reports"] {
            #expect(!WireSlug.mayHaveFlags(line), "\(line)")
        }
        let a = Self.article("Dalai Lama meets Bush (pictures) (ADDS details)\nThe meeting lasted an hour.")
        #expect(a.title == "Dalai Lama meets Bush")
    }

    @Test func aNoteToEditorsDatesNothing() {
        let a = Self.article("RELEASABLE Tuesday at 0001 GMT ///\nThe council met on Monday.")
        #expect(a.times.map { a.slice($0.span) } == ["Monday"])
        #expect(a.events.count == 1)
    }

    @Test func aHeadlineEventIsSummedUpWithoutItsFlag() {
        let a = Self.article("URGENT Saddam trial adjourned until Wednesday\nThe court said so.")
        #expect(a.summary(of: a.events[0]) == "Saddam trial adjourned until Wednesday")
    }
}
