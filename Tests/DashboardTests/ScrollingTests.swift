import Testing
@testable import Dashboard
import NewsModel

/// Lists scroll at the edge with context, as in less, tig and htop; pages overlap by one row.
@Suite("Scrolling")
struct ScrollingTests {
    /// Enough articles and events to scroll: 150 short stories, a day apart.
    static let corpus: Corpus = {
        let start = CivilDate(year: 2024, month: 1, day: 1)!
        let articles = (0..<150).map { k -> Article in
            let d = start.adding(days: k)
            return ArticleAnalyzer.article(id: "a\(k)", path: "gen/a\(k).txt", date: d,
                           text: "Talks in Geneva resumed on \(d), officials said. Norway sent 40 observers.")
        }
        return Corpus(articles: articles, paths: ["gen"])
    }()

    /// The list's first row as drawn: the row under the pane's top border (and the strip).
    static func firstShown(_ s: State, _ pane: Pane) -> Int {
        s.top(pane, height: Scrolling.listRows(s, pane)!)
    }

    @Test func theCursorMovesFreelyAndTheListScrollsOnlyAtTheEdge() throws {
        var s = Fixtures.state(Fixtures.keys("4 g"), corpus: Self.corpus, size: Size(width: 80, height: 24))
        let h = try #require(Scrolling.listRows(s, .articles))
        #expect(Self.firstShown(s, .articles) == 0)
        // Down to three rows above the bottom edge: nothing scrolls.
        for _ in 0..<(h - 4) { s = update(s, .key(.char("j"))) }
        #expect(s.cursor(.articles) == h - 4 && Self.firstShown(s, .articles) == 0)
        // One more: the list moves by one, keeping three rows below the cursor.
        s = update(s, .key(.char("j")))
        #expect(Self.firstShown(s, .articles) == 1)
        #expect(s.cursor(.articles) - Self.firstShown(s, .articles) == h - 4)
        // Back up: the list stays until the cursor is three rows from the top.
        s = update(s, .key(.char("k")))
        #expect(Self.firstShown(s, .articles) == 1)
    }

    @Test func pagesOverlapByOneRowInEveryLayout() throws {
        for size in [Size(width: 120, height: 40), Size(width: 80, height: 24), Size(width: 64, height: 20)] {
            var s = Fixtures.state(Fixtures.keys("1 g"), corpus: Self.corpus, size: size)
            let h = try #require(Scrolling.listRows(s, .timeline))
            let lastShown = Self.firstShown(s, .timeline) + h - 1
            s = update(s, .key(.pageDown))
            #expect(Self.firstShown(s, .timeline) == lastShown, "at \(size.width)×\(size.height): the old last row is the new first")
            s = update(s, .key(.pageUp))
            #expect(Self.firstShown(s, .timeline) == 0)
        }
    }

    @Test func ctrlDAndCtrlUMoveHalfAPage() throws {
        var s = Fixtures.state(Fixtures.keys("1 g"), corpus: Self.corpus, size: Size(width: 120, height: 40))
        let h = try #require(Scrolling.listRows(s, .timeline))
        s = update(s, .key(.ctrl("d")))
        // The list moves half a page; the cursor with it, kept clear of the top edge.
        #expect(Self.firstShown(s, .timeline) == h / 2)
        #expect(s.cursor(.timeline) == max(h / 2, h / 2 + Scrolling.context(height: h)))
        s = update(s, .key(.ctrl("u")))
        #expect(Self.firstShown(s, .timeline) == 0)
        #expect(s.cursor(.timeline) < h / 2)
        #expect(Keymap.action(for: .ctrl("d"), in: .timeline) == .halfPageDown)
    }

    @Test func theRuleKeepsContextExceptAtTheEnds() {
        #expect(Scrolling.top(previous: 0, cursor: 0, height: 10, count: 100) == 0)
        #expect(Scrolling.top(previous: 0, cursor: 8, height: 10, count: 100) == 1)   // context 2 in 10 rows
        #expect(Scrolling.top(previous: 50, cursor: 51, height: 20, count: 100) == 48)
        #expect(Scrolling.top(previous: 0, cursor: 99, height: 20, count: 100) == 80)  // the end: no context past it
        #expect(Scrolling.top(previous: 30, cursor: 5, height: 20, count: 25) == 2)
    }
}
