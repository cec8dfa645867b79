import NewsModel
@testable import Dashboard

/// Small articles of our own for dashboard tests: four short stories about Norway, Estonia
/// and the Netherlands, one of them undated, and one load warning.
enum Fixtures {
    /// Made by hand, as the extractors would read them (no extraction runs here: these tests
    /// are about the dashboard, whatever the extractors make of the text).
    static let articles = [summit, harbor, talks, undated]

    static let summit: Article = {
        let text = "Leaders of Norway and Estonia met in Oslo on Friday.\nThey agreed to reopen the border crossing next month."
        let times = [dated(45, 51, .day(day("2024-03-01"))), dated(95, 105, .month(year: 2024, month: 4))]
        let events = [event(times, 0, sentence: TextSpan(0, 52), actors: ["norway", "estonia", "oslo"]),
                      event(times, 1, sentence: TextSpan(53, 106))]
        let actors = [Actor(id: "norway", name: "Norway", kind: .country, affiliation: nil, aliases: [], mentions: [TextSpan(11, 17)]),
                      Actor(id: "estonia", name: "Estonia", kind: .country, affiliation: nil, aliases: [], mentions: [TextSpan(22, 29)]),
                      Actor(id: "oslo", name: "Oslo", kind: .place, affiliation: "norway", aliases: [], mentions: [TextSpan(37, 41)])]
        return article("summit", "2024-03-02", text, title: "Leaders of Norway and Estonia met in Oslo on Friday.",
                       sentences: [TextSpan(0, 52), TextSpan(53, 106)], times: times, events: events, actors: actors)
    }()

    static let harbor: Article = {
        let text = "Port workers in Rotterdam ended their strike on Monday.\nThe Dutch union said 1,200 members voted to return."
        let times = [dated(48, 54, .day(day("2024-03-04")))]
        let events = [event(times, 0, sentence: TextSpan(0, 55), actors: ["rotterdam"])]
        let actors = [Actor(id: "rotterdam", name: "Rotterdam", kind: .place, affiliation: "netherlands", aliases: [],
                            mentions: [TextSpan(16, 25)]),
                      Actor(id: "netherlands", name: "Netherlands", kind: .country, affiliation: nil, aliases: ["Dutch"],
                            mentions: [TextSpan(60, 65)])]
        var members = Quantity(span: TextSpan(77, 90), amount: TextSpan(77, 82), value: 1200, low: 1200, high: 1200, bound: .exact,
                               unit: "members", what: "members", whatSpan: TextSpan(83, 90), category: .people, sentence: 1)
        members.actors = ["netherlands"]
        return article("harbor", "2024-03-04", text, title: "Port workers in Rotterdam ended their strike on Monday.",
                       sentences: [TextSpan(0, 55), TextSpan(56, 107)], times: times, events: events, actors: actors,
                       quantities: [members])
    }()

    static let talks: Article = {
        let text = "Estonian Prime Minister Kaja Kallas met Norwegian officials in Tallinn on Saturday.\n"
            + "Kallas said the talks would resume in June."
        let times = [dated(74, 82, .day(day("2024-03-09"))), dated(122, 126, .month(year: 2024, month: 6))]
        let events = [event(times, 0, sentence: TextSpan(0, 83), actors: ["estonia", "kaja-kallas", "norway", "norway-government", "tallinn"]),
                      event(times, 1, sentence: TextSpan(84, 127), actors: ["kaja-kallas"])]
        let actors = [
            Actor(id: "estonia", name: "Estonia", kind: .country, affiliation: nil, aliases: ["Estonian"], mentions: [TextSpan(0, 8)]),
            Actor(id: "kaja-kallas", name: "Kaja Kallas", kind: .person, affiliation: "estonia", aliases: ["Kallas"],
                  mentions: [TextSpan(0, 35), TextSpan(84, 90)]),
            Actor(id: "norway", name: "Norway", kind: .country, affiliation: nil, aliases: ["Norwegian"], mentions: [TextSpan(40, 49)]),
            Actor(id: "norway-government", name: "Norwegian government", kind: .organization, affiliation: "norway",
                  aliases: ["Norwegian officials"], mentions: [TextSpan(40, 59)]),
            Actor(id: "tallinn", name: "Tallinn", kind: .place, affiliation: "estonia", aliases: [], mentions: [TextSpan(63, 70)]),
        ]
        return article("talks", "2024-03-10", text, title: "Estonian Prime Minister Kaja Kallas met Norwegian officials in Tallinn on…",
                       sentences: [TextSpan(0, 83), TextSpan(84, 127)], times: times, events: events, actors: actors)
    }()

    static let undated: Article = {
        let text = "Flood warning for the river delta\nResidents were told to move to higher ground on Tuesday."
        // Undated: "on Tuesday" has no article date to hang on.
        let times = [Timex(span: TextSpan(82, 89), type: .date, value: "XXXX-WXX-2", resolved: nil, anchor: .none)]
        var tuesday = Event(start: .underspecified("XXXX-WXX-2"), end: .underspecified("XXXX-WXX-2"), granularity: .vague,
                            sentence: TextSpan(34, 90), focus: TextSpan(82, 89))
        tuesday.times = [0]
        return article("undated", nil, text, title: "Flood warning for the river delta", sentences: [TextSpan(0, 33), TextSpan(34, 90)],
                       times: times, events: [tuesday], actors: [])
    }()

    private static func day(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    /// A date resolved against the article's own.
    private static func dated(_ begin: Int, _ end: Int, _ value: TimexValue) -> Timex {
        Timex(span: TextSpan(begin, end), type: .date, value: value.description, resolved: value, anchor: .article)
    }

    /// The event of one time: its value, the days it covers, its sentence and the actors there.
    private static func event(_ times: [Timex], _ i: Int, sentence: TextSpan, actors: [String] = []) -> Event {
        let v = times[i].resolved!
        let granularity: Granularity
        let first: CivilDate, last: CivilDate
        switch v {
        case .day(let d): (granularity, first, last) = (.day, d, d)
        case .month(let y, let m):
            (granularity, first, last) = (.month, CivilDate(year: y, month: m, day: 1)!,
                                          CivilDate(year: y, month: m, day: CivilDate.daysIn(month: m, year: y))!)
        default: preconditionFailure("no fixture has \(v)")
        }
        var e = Event(start: v, end: v, granularity: granularity, firstDay: first, lastDay: last, sentence: sentence,
                      focus: times[i].span, actors: actors)
        e.times = [i]
        return e
    }

    /// Paragraphs are the lines, which here are the sentences.
    private static func article(_ id: String, _ date: String?, _ text: String, title: String, sentences: [TextSpan],
                                times: [Timex], events: [Event], actors: [Actor], quantities: [Quantity] = []) -> Article {
        Article(id: id, path: "fixtures/\(id).txt", date: date.map(day), title: title, titleFromField: false, text: text,
                paragraphs: sentences, sentences: sentences, times: times, events: events, actors: actors, quantities: quantities)
    }

    static let corpus = Corpus(articles: articles, warnings: [LoadWarning(path: "fixtures/bad.txt", message: "empty file; skipped")],
                               paths: ["fixtures"])

    /// The state after a resize and the keys.
    static func state(_ keys: [Key] = [], corpus: Corpus = corpus, size: Size = Size(width: 120, height: 40)) -> State {
        var s = update(State(corpus: corpus, title: "fixtures"), .resize(width: size.width, height: size.height))
        for k in keys { s = update(s, .key(k)) }
        return s
    }

    /// Keys from a script like "2 f Tab" (the names `newsdash render --keys` takes).
    static func keys(_ script: String) -> [Key] { script.split(separator: " ").map { Key(name: String($0))! } }

    /// Typing text into a prompt, one key per character.
    static func typing(_ text: String) -> [Key] { text.map { .char($0) } }

    static func lines(_ s: Screen) -> [String] { s.plainText().split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
}
