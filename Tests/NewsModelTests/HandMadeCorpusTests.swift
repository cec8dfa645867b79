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

    @Test func aCorpusOfHandMadeArticles() throws {
        // Words the extractors would never read as actors or dates: the corpus takes them as given.
        let text1 = "Zorblat met Quux on blurday. Ninety wibbles were seen."
        let zorblat = Actor(id: "zorblat", name: "Zorblat", kind: .country, affiliation: nil, aliases: [], mentions: [TextSpan(0, 7)])
        let quux = Actor(id: "quux", name: "Quux", kind: .person, affiliation: "zorblat", aliases: [], mentions: [TextSpan(12, 16)])
        let day1 = CivilDate(iso: "2001-02-03")!
        let meeting = Event(start: .day(day1), granularity: .day, firstDay: day1, lastDay: day1, sentence: TextSpan(0, 28),
                            actors: ["zorblat", "quux"], quantities: [0])
        let wibbles = Quantity(span: TextSpan(29, 43), amount: TextSpan(29, 35), value: 90, low: nil, high: nil, bound: .exact,
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
