import Foundation
import Testing
@testable import Dashboard
import NewsModel

/// What the actor, date and search filters leave in each pane.
@Suite("Filters")
struct FilterTests {
    private func ids(_ s: State) -> [String] { s.view.articles.map { s.corpus.articles[$0].id } }
    private func starts(_ s: State) -> [String] { s.view.events.map { s.corpus.event($0).start ?? "" } }

    private func filtered(_ actors: [String], mode: Corpus.FilterMode = .all) -> State {
        var s = Fixtures.state()
        s.filters.actors = actors
        s.filters.mode = mode
        return s
    }

    @Test func oneActorKeepsTheEventsAndArticlesThatNameIt() {
        let s = filtered(["norway"])
        #expect(ids(s) == ["summit", "talks"])
        // "Norwegian officials" in talks is Norway's government: a member of Norway.
        #expect(starts(s) == ["2024-03-01", "2024-03-09"])
    }

    @Test func aCountryIncludesItsPeopleAndOrganizations() {
        // Kaja Kallas is Estonian: her June event is Estonia's too.
        let s = filtered(["estonia"])
        #expect(starts(s) == ["2024-03-01", "2024-03-09", "2024-06"])
        #expect(starts(filtered(["kaja-kallas"])) == ["2024-03-09", "2024-06"])
    }

    @Test func allAndAnyCombineActors() {
        #expect(starts(filtered(["norway", "netherlands"], mode: .all)) == [])
        #expect(starts(filtered(["norway", "netherlands"], mode: .any)) == ["2024-03-01", "2024-03-04", "2024-03-09"])
        #expect(ids(filtered(["estonia", "norway"], mode: .all)) == ["summit", "talks"])
    }

    @Test func theActorsPaneCountsInsideTheView() {
        let s = filtered(["netherlands"])
        let rows = Dictionary(uniqueKeysWithValues: s.view.actors.map { ($0.id, $0) })
        #expect(rows["rotterdam"]?.articles == 1)
        #expect(rows["estonia"] == nil)
        #expect(rows["netherlands"] != nil)
    }

    @Test func keysToggleFilterAndClear() {
        // The first actor row is Estonia (most mentions).
        let s = Fixtures.state(Fixtures.keys("2 f"))
        #expect(s.filters.actors == ["estonia"])
        #expect(s.message == "filter: Estonia — 3 events, 2 articles")
        #expect(Fixtures.state(Fixtures.keys("2 f f")).filters.actors.isEmpty)
        #expect(Fixtures.state(Fixtures.keys("2 Space")).filters.actors == ["estonia"])
        let two = Fixtures.state(Fixtures.keys("2 f j j f"))
        #expect(two.filters.actors.count == 2)
        #expect(Fixtures.state(Fixtures.keys("2 f j j f |")).filters.mode == .any)
        #expect(Fixtures.state(Fixtures.keys("2 f j j f | &")).filters.mode == .all)
        let cleared = Fixtures.state(Fixtures.keys("2 f F"))
        #expect(cleared.filters.isEmpty && cleared.view.events.count == 6)
    }

    @Test func thePickerNarrowsFuzzilyAndFilters() {
        let typing = Fixtures.state(Fixtures.keys("a") + Fixtures.typing("kk"))
        #expect(typing.overlay == .picker(query: "kk", cursor: 0))
        #expect(pickerMatches(typing, query: "kk").first?.id == "kaja-kallas")
        let chosen = Fixtures.state(Fixtures.keys("a") + Fixtures.typing("rott") + [.enter])
        #expect(chosen.overlay == nil && chosen.filters.actors == ["rotterdam"])
        let moved = Fixtures.state(Fixtures.keys("a") + Fixtures.typing("o") + [.down, .enter])
        #expect(moved.filters.actors == [pickerMatches(moved, query: "o")[1].id])
        #expect(Fixtures.state(Fixtures.keys("a Esc")).overlay == nil)
        #expect(Fixtures.state(Fixtures.keys("a") + Fixtures.typing("zzz") + [.enter]).message == "no actor matches 'zzz'")
    }

    @Test func datesAndSearchNarrowToo() {
        var s = Fixtures.state()
        s.filters.dates = CivilDate(year: 2024, month: 4, day: 1)!...CivilDate(year: 2024, month: 6, day: 30)!
        #expect(starts(s) == ["2024-04", "2024-06"])
        #expect(ids(s) == ["summit", "talks"])
        var q = Fixtures.state()
        q.filters.search = "STRIKE"
        #expect(ids(q) == ["harbor"] && starts(q) == ["2024-03-04"])
        #expect((0..<q.view.hitCount).compactMap { q.view.hit($0, corpus: q.corpus) }
            .map { q.corpus.articles[$0.article].slice($0.span) } == ["strike"])
    }

    @Test func filtersShowInTheHeader() {
        let s = Fixtures.state(Fixtures.keys("2 f j j f |"))
        let top = Fixtures.lines(render(s, size: s.size))[0]
        let names = s.filters.actors.map { s.corpus.actors[$0]!.name }
        #expect(top.contains(names.joined(separator: " | ")))
    }

    // The seed article: the analyst's table says which events each filter keeps.
    @Test(.enabled(if: SeedFile.path != nil, "needs ../shared/seed beside the checkout"))
    func seedFiltersKeepTheEventsTheAnalystLists() {
        let corpus = ArticleLoader.loadCorpus(paths: [SeedFile.path!])
        var s = update(State(corpus: corpus, title: "seed"), .resize(width: 120, height: 40))
        s.filters.actors = ["north-korea"]
        let dated = s.view.events.map { s.corpus.event($0) }.filter { !CorpusView.isUndated($0) }
        #expect(dated.map { TimelineView.dateLabel($0, alternatives: false) }
                == ["2024-06", "since 2024-08", "2024-10-08..13", "2024-10-18", "2024-10-21", "now"])
        s.filters.actors = ["kim-jong-un"]
        #expect(s.view.events.map { s.corpus.event($0).start } == ["2024-06"])
    }
}

enum SeedFile {
    static var path: String? {
        // <checkout>/Tests/DashboardTests/FilterTests.swift → <checkout>, whose sibling is shared/.
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        let p = url.deletingLastPathComponent().appendingPathComponent("shared/seed/000_c081621a7dec6798.txt").path
        return FileManager.default.fileExists(atPath: p) ? p : nil
    }
}
