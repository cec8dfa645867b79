import Testing
import NewsModel

/// Articles are records: a corpus can be built from ones made by hand, with no extraction,
/// and its timeline, actors, quantities and filters work on what they hold.
@Suite("Hand-made corpus")
struct HandMadeCorpusTests {
    static func article(_ id: String, _ day: String, _ text: String, actors: [Actor], events: [Event], quantities: [Quantity] = []) -> Article {
        Article(id: id, path: id + ".txt", date: CivilDate(iso: day), title: "Title of \(id)", text: text,
                events: events, actors: actors, quantities: quantities)
    }

    /// An event dated more than a year before its article is background: hidden unless the
    /// filters show it, and counted.
    @Test func backgroundEventsAreHiddenUntilShown() {
        let text = "The 1994 accords ended the war. Talks resumed on Monday."
        let old = CivilDate(iso: "1994-01-01")!, new = CivilDate(iso: "1997-04-07")!
        let accords = Event(start: .year(1994), granularity: .year, firstDay: old, lastDay: CivilDate(iso: "1994-12-31"),
                            sentence: TextSpan(0, 31))
        let talks = Event(start: .day(new), granularity: .day, firstDay: new, lastDay: new, sentence: TextSpan(32, 56))
        let corpus = Corpus(articles: [Self.article("a", "1997-04-09", text, actors: [], events: [accords, talks])])
        #expect(CorpusView(corpus: corpus).hiddenBackground == 1)
        #expect(CorpusView(corpus: corpus).events.map { corpus.event($0).start } == ["1997-04-07"])
        var f = Filters()
        f.background = true
        #expect(CorpusView(corpus: corpus, filters: f).events.map { corpus.event($0).start } == ["1994", "1997-04-07"])
        // A year back is no background yet.
        let lastYear = Event(start: .day(CivilDate(iso: "1996-05-01")!), granularity: .day, firstDay: CivilDate(iso: "1996-05-01"),
                             lastDay: CivilDate(iso: "1996-05-01"), sentence: TextSpan(0, 31))
        #expect(CorpusView(corpus: Corpus(articles: [Self.article("b", "1997-04-09", text, actors: [], events: [lastYear])])).hiddenBackground == 0)
    }

    @Test func aCorpusOfHandMadeArticles() throws {
        // Words the extractors would never read as actors or dates: the corpus takes them as given.
        let text1 = "Zorblat met Quux on blurday. Ninety wibbles were seen."
        let zorblat = Actor(id: "zorblat", name: "Zorblat", kind: .country, affiliation: nil, aliases: [], mentions: [TextSpan(0, 7)])
        let quux = Actor(id: "quux", name: "Quux", kind: .person, affiliation: "zorblat", aliases: [], mentions: [TextSpan(12, 16)])
        let day1 = CivilDate(iso: "2001-02-03")!
        let meeting = Event(start: .day(day1), granularity: .day, firstDay: day1, lastDay: day1, sentence: TextSpan(0, 28),
                            actors: ["zorblat", "quux"], quantities: [0])
        let wibbles = Quantity(span: TextSpan(29, 43), amount: TextSpan(29, 35), value: 9000, low: nil, high: nil, bound: .exact,
                               unit: nil, what: "wibbles", whatSpan: TextSpan(36, 43), category: .other, sentence: 1, event: 0)
        let a = Self.article("one", "2001-02-04", text1, actors: [zorblat, quux], events: [meeting], quantities: [wibbles])
        let text2 = "Flimflam happened in the spring."
        let flimflam = Actor(id: "flimflam", name: "Flimflam", kind: .organization, affiliation: nil, aliases: [], mentions: [TextSpan(0, 8)])
        let spring = Event(start: .month(year: 2001, month: 4), granularity: .month, firstDay: CivilDate(iso: "2001-04-01"),
                           lastDay: CivilDate(iso: "2001-04-30"), sentence: TextSpan(0, 32), actors: ["flimflam"])
        let b = Self.article("two", "2001-05-01", text2, actors: [flimflam], events: [spring])
        let corpus = Corpus(articles: [b, a])
        #expect(a.title == "Title of one" && a.sentences == [TextSpan(0, text1.unicodeScalars.count)])
        #expect(corpus.timeline.map { corpus.event($0).start } == ["2001-02-03", "2001-04"])
        #expect(Set(corpus.actors.keys) == ["zorblat", "quux", "flimflam"])
        #expect(corpus.actors["quux"]?.affiliation == "zorblat")
        // A filter on the country keeps its person's event, and only that one.
        var f = Filters()
        f.actors = ["zorblat"]
        let view = CorpusView(corpus: corpus, filters: f)
        #expect(view.events.map { corpus.event($0).start } == ["2001-02-03"])
        #expect(view.articles.map { corpus.articles[$0].id } == ["one"])
        // The figure's own sentence names no actor: the filter leaves it out.
        #expect(view.quantities.isEmpty && CorpusView(corpus: corpus).quantities.count == 1)
        // Search works on the text as given.
        #expect(corpus.find("wibb").hitCount == 1)
    }
}
