import Foundation
import Testing
@testable import Dashboard
import NewsModel

/// The cursor's event is what every pane shows, and nothing that is not a move loses it:
/// loading, snapshots, filters, sorting, dates, reloads.
@Suite("Keeping your place")
struct PlaceKeepingTests {
    static let examples: Corpus = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return ArticleLoader.loadCorpus(paths: [url.appendingPathComponent("Examples").path])
    }()

    /// What every follower shows must be the timeline cursor's event.
    static func expectFollowing(_ s: State, _ when: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let e = s.currentEvent else {
            Issue.record("no event under the cursor \(when)", sourceLocation: sourceLocation)
            return
        }
        #expect(s.openArticle == e.article, "reader shows another article \(when)", sourceLocation: sourceLocation)
        #expect(s.markedSpan == s.corpus.event(e).sentence, "reader marks another sentence \(when)", sourceLocation: sourceLocation)
        let k = s.cursor(.articles)
        #expect(s.view.articles.indices.contains(k) && s.view.articles[k] == e.article, "articles cursor elsewhere \(when)",
                sourceLocation: sourceLocation)
        // The marked sentence is on screen when the reader is: its margin mark is drawn.
        if layout(s).panes[.reader] != nil {
            #expect(render(s, size: s.size).plainText().contains("▌"), "no marked line in the reader \(when)", sourceLocation: sourceLocation)
        }
    }

    @Test func theReaderAndArticlesShowTheCursorsEventFromTheStart() {
        let s = Fixtures.state(corpus: Self.examples)
        Self.expectFollowing(s, "at start")
        Self.expectFollowing(Fixtures.state(corpus: Self.examples, size: Size(width: 80, height: 24)), "at start, 80×24")
    }

    @Test func aGrowingCorpusKeepsTheCursorsEventAndItsFollowers() throws {
        let all = Self.examples.articles
        let half = Corpus(articles: Array(all.prefix(all.count / 2)), paths: ["Examples"])
        var s = update(State(corpus: Corpus(articles: [], paths: ["Examples"]), title: "Examples", loading: LoadProgress(done: 0, total: 2)),
                       .resize(width: 120, height: 40))
        s = update(s, .loaded(half, progress: LoadProgress(done: 1, total: 2)))
        Self.expectFollowing(s, "after the first snapshot")
        for k in Fixtures.keys("j j j") { s = update(s, .key(k)) }
        let chosen = try #require(s.anchor)
        s = update(s, .loaded(Self.examples, progress: nil))
        #expect(s.anchor == chosen)
        #expect(s.currentEvent.map { s.key(of: $0) } == chosen)
        Self.expectFollowing(s, "after the last snapshot")
    }

    /// The day an event sorts by.
    static func day(_ s: State, _ row: Int) -> Int? { s.view.day(atRow: row)?.dayNumber }

    @Test func aFilterKeepsTheEventOrTheNearestByDate() throws {
        var s = Fixtures.state(corpus: Self.examples)
        for k in Fixtures.keys("j j j j j j") { s = update(s, .key(k)) }
        let before = try #require(s.currentEvent)
        let beforeDay = try #require(Self.day(s, s.cursor(.timeline)))
        // Filter by an actor of another article: the old event leaves the view.
        s = update(s, .key(.char("2")))
        let other = try #require(s.view.actors.firstIndex { row in
            !s.corpus.articles[before.article].actors.contains { $0.id == row.id }
        })
        s.cursors[.actors] = other
        s = update(s, .key(.char("f")))
        s = update(s, .key(.char("1")))
        let rows = 0..<s.view.datedRows
        let nearest = rows.min { abs(Self.day(s, $0)! - beforeDay) < abs(Self.day(s, $1)! - beforeDay) }
        #expect(Self.day(s, s.cursor(.timeline)) == nearest.flatMap { Self.day(s, $0) }, "not the nearest date to the old event")
        Self.expectFollowing(s, "after a filter")
        // Clearing the filter keeps the event the filter left the cursor on.
        let during = s.currentEvent.map { s.key(of: $0) }
        s = update(s, .key(.char("F")))
        #expect(s.currentEvent.map { s.key(of: $0) } == during)
        Self.expectFollowing(s, "after clearing")
    }

    @Test func filteringAndSortingKeepTheEventWhenItStaysInView() throws {
        var s = Fixtures.state(corpus: Self.examples)
        for k in Fixtures.keys("j j j j") { s = update(s, .key(k)) }
        let before = try #require(s.currentEvent)
        let actor = try #require(s.corpus.event(before).actors.first)
        s.filters.actors = [actor]
        #expect(s.currentEvent == before)
        // Sorting the actors (or the articles) keeps the item under the cursor.
        s.filters.actors = []
        for k in Fixtures.keys("2 j j j") { s = update(s, .key(k)) }
        let id = s.view.actors[s.cursor(.actors)].id
        #expect(s.cursor(.actors) >= 3)
        for _ in 0..<3 {
            s = update(s, .key(.char("s")))
            #expect(s.view.actors[s.cursor(.actors)].id == id)
        }
        #expect(s.currentEvent == before)
        for k in Fixtures.keys("L 4 j j") { s = update(s, .key(k)) }
        let article = s.view.articles[s.cursor(.articles)]
        s = update(s, .key(.char("s")))
        #expect(s.view.articles[s.cursor(.articles)] == article)
    }

    @Test func goingToADateLandsOnTheFirstEventStartingThen() throws {
        var s = Fixtures.state(corpus: Self.examples)
        for k in [Key.char("t")] + Fixtures.typing("2024-10") + [Key.enter] { s = update(s, .key(k)) }
        let e = s.corpus.event(try #require(s.currentEvent))
        let start = try #require(e.firstDay)
        #expect(start >= CivilDate(year: 2024, month: 10, day: 1)!)
        // Nothing that starts in between was skipped.
        let row = s.cursor(.timeline)
        if row > 0 { #expect(s.view.day(atRow: row - 1)! < CivilDate(year: 2024, month: 10, day: 1)!) }
        Self.expectFollowing(s, "after t")
    }

    @Test func aReloadKeepsFiltersSortFocusAndTheEvent() throws {
        var s = Fixtures.state(corpus: Self.examples)
        for k in Fixtures.keys("j j j 2 s") { s = update(s, .key(k)) }
        let event = try #require(s.currentEvent.map { s.key(of: $0) })
        let order = s.actorOrder
        s = update(s, .key(.char("r")))
        #expect(s.reloadRequested && s.message == "reloading…")
        // The loader starts over: a partial snapshot, then everything.
        let partial = Corpus(articles: Array(Self.examples.articles.suffix(3)), paths: ["Examples"])
        s = update(s, .loaded(s.corpus, progress: LoadProgress(done: 0, total: 13)))
        s = update(s, .loaded(partial, progress: LoadProgress(done: 3, total: 13)))
        s = update(s, .loaded(Self.examples, progress: nil))
        #expect(s.currentEvent.map { s.key(of: $0) } == event)
        #expect(s.actorOrder == order && s.focus == .actors)
        #expect(s.message == "reloaded: 13 articles")
    }
}
