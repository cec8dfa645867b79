import NewsModel
import Testing
@testable import Dashboard

/// The quantities pane on articles of our own about troop figures that grow across three
/// reports: what a row shows, how filters and the timeline cursor order it, where Enter
/// leads, and the track line under the list.
@Suite("Quantities pane")
struct QuantitiesPaneTests {
    static let corpus = Corpus(articles: [
        ArticleAnalyzer.article(id: "first-report", path: "q/first.txt", date: CivilDate(year: 2024, month: 10, day: 18),
                text: "Around 1,500 North Korean soldiers have arrived in Russia, according to South Korea's National Intelligence Service."),
        ArticleAnalyzer.article(id: "second-report", path: "q/second.txt", date: CivilDate(year: 2024, month: 10, day: 23),
                text: "About 3,000 North Korean troops are now training in Russia, Seoul said on Wednesday.\nThe ministry spent $4.5 billion on roads."),
        ArticleAnalyzer.article(id: "third-report", path: "q/third.txt", date: CivilDate(year: 2024, month: 10, day: 28),
                text: "Some 10,000 North Korean troops have been sent to Russia, officials said on Monday.\nNorway pledged 40 trucks to Ukraine on Monday."),
    ])

    static func state(_ keys: String = "", size: Size = Size(width: 120, height: 40)) -> State {
        Fixtures.state(keys.isEmpty ? [] : Fixtures.keys(keys), corpus: corpus, size: size)
    }

    static func rows(_ s: State) -> [String] {
        s.view.quantities.map { ref in
            let a = s.corpus.articles[ref.article]
            return QuantitiesView.valueLabel(a, a.quantities[ref.quantity]) + " " + QuantitiesView.whatLabel(a.quantities[ref.quantity])
        }
    }

    @Test func rowsShowValueBoundAndWhatIsCounted() {
        // A sum that does not say what it is, and 40 trucks, are background until b.
        let start = Self.state("3")
        #expect(start.view.count(.quantities) == 3 && start.view.hiddenBackgroundQuantities == 2)
        let first = Fixtures.lines(render(Self.state("3 z"), size: start.size)).joined(separator: "\n")
        #expect(first.contains("3 Quantities 3 · most telling first · 2 background hidden"))
        #expect(!Self.rows(start).contains("$4.5B "))
        let s = Self.state("3 b")
        #expect(s.view.count(.quantities) == 5)
        let text = Fixtures.lines(render(s, size: s.size)).joined(separator: "\n")
        #expect(text.contains("3 Quantities 5"))
        #expect(Self.rows(s).contains("≈ 1,500 North Korean soldiers"))
        #expect(Self.rows(s).contains("$4.5B "))
        // Shown, background is dimmed.
        let screen = render(s, size: s.size)
        let row = try! #require((0..<screen.height).first { y in Fixtures.lines(screen)[y].contains("$4.5B") })
        let x = try! #require(Array(Fixtures.lines(screen)[row]).firstIndex(of: "$"))
        #expect(screen[x, row].role == .dim)
        // Zoomed, the pane has room for who claims a figure and its date.
        let zoomed = Fixtures.lines(render(Self.state("3 z"), size: s.size)).joined(separator: "\n")
        #expect(zoomed.contains("National Intelligence") && zoomed.contains("2024-10-18"))
    }

    @Test func wideRowsNameTheArticleAndDateWeeksByTheirFirstDay() throws {
        let wide = Fixtures.lines(render(Self.state("3 z", size: Size(width: 160, height: 30)), size: Size(width: 160, height: 30)))
        #expect(wide.contains { $0.contains("≈ 1,500") && $0.contains("Around 1,500 North Korean soldiers") })
        let weekend = Corpus(articles: [
            ArticleAnalyzer.article(id: "w", path: "w.txt", date: CivilDate(year: 2024, month: 10, day: 21),
                    text: "About 3,000 people marched in the capital over the weekend, police said."),
        ])
        var s = Fixtures.state(corpus: weekend)
        s.focus = .quantities
        let ref = try #require(s.view.quantities.first)
        let event = s.corpus.articles[0].events[s.corpus.quantity(ref).event!]
        #expect(event.start == "2024-W42-WE")
        #expect(QuantitiesView.dateLabel(s, ref) == event.firstDay!.description)
    }

    @Test func anActorFilterKeepsItsQuantities() {
        var s = Self.state("3 b")
        s.filters.actors = ["norway"]
        #expect(Self.rows(s) == ["40 trucks"])
        s.filters.actors = ["north-korea"]
        #expect(Self.rows(s).count == 3 && Self.rows(s).allSatisfy { $0.contains("North Korean") })
    }

    @Test func theTimelineCursorBringsItsFiguresFirst() {
        var s = Self.state()
        // Put the timeline cursor on the third report's Monday and follow it.
        let k = s.view.events.firstIndex { $0.article == 2 }!
        s.cursors[.timeline] = k
        s.refollow()
        let first = s.view.quantities.first!
        #expect(first.article == 2)
    }

    @Test func enterOpensTheReaderAtTheFiguresSentence() {
        let s = Self.state("3 G Enter")
        let ref = s.view.quantities[s.cursor(.quantities)]
        let article = s.corpus.articles[ref.article]
        #expect(s.openArticle == ref.article)
        #expect(s.markedSpan == article.sentences[article.quantities[ref.quantity].sentence])
    }

    @Test func aFigureOfATrackShowsItsHistory() {
        let s = Self.state("3")
        let k = s.view.quantities.firstIndex { s.corpus.trackOf[$0] != nil }!
        var moved = s
        moved.cursors[.quantities] = k
        let text = Fixtures.lines(render(moved, size: moved.size)).joined(separator: "\n")
        #expect(text.contains("↗ track 3"))
        let t = s.corpus.tracks[s.corpus.trackOf[s.view.quantities[k]]!]
        #expect(QuantitiesView.trackLine(s, t, selected: s.view.quantities[k]).contains("1,500 (2024-10-18) → "))
    }
}
