import Testing
@testable import Dashboard
import NewsModel

/// Every key of the keymap through `update`, on the fixture articles.
@Suite("Update through the keymap")
struct UpdateTests {
    private func run(_ script: String, size: Size = Size(width: 120, height: 40)) -> State {
        Fixtures.state(Fixtures.keys(script), size: size)
    }

    private func eventDate(_ s: State) -> String? {
        s.currentEvent.map { s.corpus.event($0) }.flatMap { $0.start }
    }

    @Test func theTimelineHasFocusAndListsEventsInDateOrder() {
        let s = run("")
        #expect(s.focus == .timeline)
        let starts = s.view.events.map { s.corpus.event($0).start ?? "" }
        #expect(starts == ["2024-03-01", "2024-03-04", "2024-03-09", "2024-04", "2024-06", "XXXX-WXX-2"])
        #expect(s.view.firstUndatedEvent == 5)
    }

    @Test func movingClampsAtBothEnds() {
        #expect(run("j").cursor(.timeline) == 1)
        #expect(run("j j j j j j j j").cursor(.timeline) == 5)
        #expect(run("k").cursor(.timeline) == 0)
        #expect(run("G").cursor(.timeline) == 5)
        #expect(run("G g").cursor(.timeline) == 0)
        #expect(run("Down Down Up").cursor(.timeline) == 1)
        #expect(run("End Home").cursor(.timeline) == 0)
        #expect(run("PgDn").cursor(.timeline) == 5)
        #expect(run("PgDn PgUp").cursor(.timeline) == 0)
        #expect(run("Ctrl-F").cursor(.timeline) == 5)
    }

    @Test func focusCyclesWithTabShiftTabAndDigits() {
        #expect(run("Tab").focus == .actors)
        #expect(run("Tab Tab Tab Tab").focus == .reader)
        #expect(run("Tab Tab Tab Tab Tab").focus == .timeline)
        #expect(run("Shift-Tab").focus == .reader)
        for (digit, pane) in [("1", Pane.timeline), ("2", .actors), ("3", .quantities), ("4", .articles), ("5", .reader)] {
            #expect(run("Tab \(digit)").focus == pane)
        }
    }

    @Test func theTimelineCursorLeadsTheOtherPanesWhenFollowing() {
        // The third event is in "talks": its article comes first and opens at its sentence.
        let s = run("j j")
        let talks = s.corpus.articles.firstIndex { $0.id == "talks" }!
        #expect(s.view.articles.first == talks)
        #expect(s.openArticle == talks)
        #expect(s.markedSpan == s.corpus.articles[talks].sentences[0])
        // Follow off: the articles keep their order and the reader stays.
        let off = run("L j j")
        #expect(!off.follow)
        #expect(off.view.articles.map { off.corpus.articles[$0].id } == ["summit", "harbor", "talks", "undated"])
        #expect(run("L L").follow)
    }

    @Test func enterOpensTheItemAtItsSentence() {
        let s = run("j j j Enter")
        let summit = s.corpus.articles.firstIndex { $0.id == "summit" }!
        #expect(s.openArticle == summit)
        #expect(s.markedSpan == s.corpus.articles[summit].sentences[1])
        // The reader takes the keys at every size; Esc, h or Left go back, the cursor unchanged.
        #expect(s.focus == .reader && s.returnFocus == .timeline)
        #expect(run("j Enter", size: Size(width: 80, height: 24)).focus == .reader)
        for back in ["Esc", "h", "Left"] {
            for size in [Size(width: 120, height: 40), Size(width: 80, height: 24)] {
                let b = run("4 j Enter \(back)", size: size)
                #expect(b.focus == .articles && b.cursor(.articles) == run("4 j", size: size).cursor(.articles), "\(back) at \(size.width)")
            }
        }
        // With a find on, Esc clears it first, then goes back.
        let found = run("4 / t a l k Enter Enter Esc")
        #expect(found.find == nil && found.focus == .reader)
        #expect(update(found, .key(.escape)).focus == .articles)
        // h and l (Left, Right) move between panes as in lazygit.
        #expect(run("l").focus == .actors && run("l l h").focus == .actors && run("Right").focus == .actors)
        // An actor opens the first article naming it, at that sentence.
        let kallas = run("2 j Enter")
        #expect(kallas.view.actors[1].name == "Kaja Kallas")
        #expect(kallas.corpus.articles[kallas.openArticle!].id == "talks")
        // An article opens at its top.
        let article = run("4 j j Enter")
        #expect(article.corpus.articles[article.openArticle!].id == "talks")
        #expect(article.markedSpan == nil && article.readerScroll == 0)
    }

    @Test func theReaderScrollsWhenFocusedAndStopsAtTheEnd() {
        let long = Corpus(articles: [ArticleAnalyzer.article(id: "long", path: "long.txt", date: CivilDate(year: 2024, month: 5, day: 1),
                                             text: (1...30).map { "Paragraph \($0) says little." }.joined(separator: "\n"))])
        let size = Size(width: 60, height: 16)
        let s = Fixtures.state(Fixtures.keys("5 j j"), corpus: long, size: size)
        #expect(s.readerScroll == 2)
        #expect(Fixtures.state(Fixtures.keys("5 j k k"), corpus: long, size: size).readerScroll == 0)
        let bottom = Fixtures.state(Fixtures.keys("5 G"), corpus: long, size: size)
        #expect(bottom.readerScroll == maxReaderScroll(bottom) && bottom.readerScroll == 50)
        #expect(update(bottom, .key(.char("j"))).readerScroll == bottom.readerScroll)
    }

    @Test func zoomTogglesAndEscapeUnzooms() {
        #expect(run("z").zoomed)
        #expect(!run("z z").zoomed)
        #expect(!run("z Esc").zoomed)
        #expect(Layout(Size(width: 200, height: 60), focus: .actors, zoomed: true).panes.keys.sorted { $0.rawValue < $1.rawValue } == [.actors])
    }

    @Test func helpOverlayScrollsAndClosesAsInLess() {
        #expect(run("?").overlay == .help)
        #expect(run("? Esc").overlay == nil)
        #expect(run("? ?").overlay == nil)
        // q closes the help; it does not quit.
        let q = run("? q")
        #expect(q.overlay == nil && !q.quit)
        // j, PgDn and G scroll the help and leave the panes alone.
        let s = run("? j j")
        #expect(s.overlay == .help && s.overlayScroll == 2 && s.cursor(.timeline) == 0)
        let bottom = run("? G")
        #expect(bottom.overlayScroll == HelpOverlay.lineCount(bottom) - HelpOverlay.visibleRows(bottom))
        #expect(run("? G g").overlayScroll == 0)
        #expect(run("? PgDn").overlayScroll == HelpOverlay.visibleRows(s) - 1)
        // Another key says how to scroll and close, from the help's own bindings.
        #expect(run("? x").message == "in the help: j and k scroll, ? q Esc close it")
    }

    @Test func theCommandPromptCompletesRemembersAndEdits() throws {
        let corpus = PlaceKeepingTests.examples
        func typed(_ s: State, _ text: String) -> State {
            var s = s
            for k in Fixtures.typing(text) { s = update(s, .key(k)) }
            return s
        }
        var s = Fixtures.state([.char(":")], corpus: corpus)
        // Tab completes a command, then an actor's name.
        s = update(typed(s, "fil"), .key(.tab))
        #expect(s.prompt?.text == "filter ")
        s = update(typed(s, "Keny"), .key(.tab))
        #expect(s.prompt?.text.hasPrefix("filter Kenya") == true)
        // Ctrl-A, Ctrl-E, Ctrl-W, Ctrl-U and Left edit where the caret is.
        var p = update(s, .key(.ctrl("w")))
        #expect(p.prompt?.text == "filter ")
        p = update(typed(update(p, .key(.ctrl("a"))), "un"), .key(.ctrl("e")))
        #expect(p.prompt?.text == "unfilter " && p.prompt?.cursor == 9)
        p = update(update(p, .key(.left)), .key(.ctrl("u")))
        #expect(p.prompt?.text == " " && p.prompt?.cursor == 0)
        // Enter runs it and remembers it: Up brings it back at the next prompt.
        s = update(s, .key(.enter))
        #expect(!s.filters.actors.isEmpty)
        s = update(update(s, .key(.char(":"))), .key(.up))
        #expect(s.prompt?.text.hasPrefix("filter Kenya") == true)
        s = update(s, .key(.down))
        #expect(s.prompt?.text == "")
    }

    @Test func filterAsksWhenANameIsAmbiguousAndUnfilterAnswersClearly() {
        func command(_ text: String, _ s: State) -> State {
            var s = update(s, .key(.char(":")))
            for k in Fixtures.typing(text) + [.enter] { s = update(s, .key(k)) }
            return s
        }
        let kims = Corpus(articles: [ArticleAnalyzer.article(id: "k", path: "k.txt", date: CivilDate(year: 2024, month: 5, day: 1),
                                             text: "Kim Jong Un met Kim Yo Jong in Pyongyang on Monday. Kim Jong Un spoke.")])
        // Two Kims: the name is asked for (the picker opens on it), not guessed.
        let asked = command("filter Kim", Fixtures.state(corpus: kims))
        let names = kims.actors.values.filter { (" " + $0.name.lowercased()).contains(" kim") }
        #expect(names.count == 2)
        #expect(asked.filters.actors.isEmpty)
        #expect(asked.overlay == .picker(query: "Kim", cursor: 0))
        #expect(asked.message == "2 actors match 'Kim' — pick one")
        #expect(command("filter Kim Yo", Fixtures.state(corpus: kims)).filters.actors.count == 1)
        let start = Fixtures.state()
        #expect(command("filter", start).message?.contains(":filter NAME") == true)
        let filtered = command("filter Estonia", start)
        #expect(filtered.filters.actors == ["estonia"])
        #expect(command("unfilter Norway", filtered).message == "'Norway' is not in the filter (filtered: Estonia)")
        #expect(command("unfilter Estonia", filtered).filters.actors.isEmpty)
        #expect(command("unfilter", start).message == "no actor is filtered")
    }

    @Test func panesGoSideBySideFrom100x30AndColumnsAppearAsTheyFit() throws {
        // Wide terminals that are not 40 rows tall still get every pane.
        for size in [Size(width: 100, height: 30), Size(width: 170, height: 37), Size(width: 200, height: 39)] {
            #expect(Layout(size, focus: .timeline, zoomed: false).mode == .wide, "\(size.width)×\(size.height)")
        }
        #expect(Layout(Size(width: 99, height: 30), focus: .timeline, zoomed: false).mode == .tabbed)
        // The timeline gets the most room; at 200 columns quantities show claimant and date.
        let l = Layout(Size(width: 200, height: 60), focus: .timeline, zoomed: false)
        let widths = [Pane.timeline, .actors, .quantities, .articles].map { l.panes[$0]!.width }
        #expect(widths[0] == widths.max())
        let q = QuantitiesView.Columns(width: l.panes[.quantities]!.inner.width)
        #expect(q.claimant > 0 && q.date > 0)
    }

    @Test func everyWarningCanBeReadInTheDashboard() {
        // Fixtures carry one load warning; W and :warnings list each with its file and problem.
        for keys in ["W", ": w a r n i n g s Enter"] {
            let s = run(keys)
            #expect(s.overlay == .warnings)
            let text = render(s, size: s.size).plainText()
            #expect(text.contains("Warnings (1)"))
            #expect(text.contains("fixtures/bad.txt: empty file; skipped"))
            #expect(update(s, .key(.char("q"))).overlay == nil)
        }
        // Many warnings scroll like the help.
        let many = (0..<200).map { LoadWarning(path: "news/f\($0).txt", line: $0 + 1, message: "malformed JSON; line skipped") }
        var s = Fixtures.state(Fixtures.keys("W"), corpus: Corpus(articles: Fixtures.articles, warnings: many, paths: ["news"]))
        s = update(s, .key(.char("G")))
        #expect(render(s, size: s.size).plainText().contains("news/f199.txt:200: malformed JSON; line skipped"))
    }

    @Test func quitWithQOrCtrlC() {
        #expect(run("q").quit)
        #expect(run("Ctrl-C").quit)
        #expect(!run("?").quit)
    }

    @Test func redrawReloadAndSuspendOnlyRaiseFlags() {
        #expect(run("Ctrl-L").redrawRequested)
        #expect(!run("Ctrl-L j").redrawRequested)
        #expect(run("r").reloadRequested)
        #expect(run("Ctrl-Z").cursor(.timeline) == 0)
    }

    @Test func unboundKeysSayHowToGetHelp() {
        #expect(run("x").message == "x is not bound here — press ? for help")
        #expect(run("x j").message != "x is not bound here — press ? for help")
        #expect(run("f").message?.contains("Actors (2)") == true)
    }

    // MARK: jumps

    @Test func jumpsAlongTheTimeline() {
        #expect(eventDate(run("]")) == "2024-03-04")
        #expect(eventDate(run("] ]")) == "2024-03-09")
        #expect(eventDate(run("] ] [")) == "2024-03-04")
        #expect(eventDate(run("}")) == "2024-04")
        #expect(eventDate(run("} }")) == "2024-06")
        #expect(eventDate(run("} } {")) == "2024-04")
        #expect(eventDate(run(">")) == "2024-06")
        #expect(eventDate(run("> <")) == "2024-03-01")
        #expect(run("[").message == "no earlier date")
        #expect(run("> ]").message == "no later date")
        // From another pane the timeline cursor moves too.
        #expect(eventDate(run("2 ]")) == "2024-03-04")
    }

    @Test func goToATypedDate() {
        #expect(eventDate(Fixtures.state(Fixtures.keys("t") + Fixtures.typing("2024-03-05") + [.enter])) == "2024-03-09")
        #expect(eventDate(Fixtures.state(Fixtures.keys("t") + Fixtures.typing("2024-05") + [.enter])) == "2024-06")
        #expect(eventDate(Fixtures.state(Fixtures.keys("t") + Fixtures.typing("2024") + [.enter])) == "2024-03-01")
        let bad = Fixtures.state(Fixtures.keys("t") + Fixtures.typing("soon") + [.enter])
        #expect(bad.message?.hasPrefix("not a date") == true)
        let late = Fixtures.state(Fixtures.keys("t") + Fixtures.typing("2030") + [.enter])
        #expect(late.message == "no event on or after 2030-01-01")
    }

    // MARK: sorting, search and commands

    @Test func sortCyclesInTheFocusedPane() {
        #expect(run("2 s").actorOrder == .articles)
        #expect(run("2 s s").actorOrder == .name)
        #expect(run("2 s s s").actorOrder == .grouped)
        #expect(run("2 s s s s").actorOrder == .mentions)
        #expect(run("4 s").articleOrder == .newest)
        let byName = run("2 s s")
        let names = byName.view.actors.map(\.name)
        #expect(names == names.sorted { $0.lowercased() < $1.lowercased() })
        #expect(run("s").message == "the timeline is always in date order")
        #expect(!run("").filters.background && run("b").filters.background && !run("b b").filters.background)
        #expect(run("b").message?.hasPrefix("background shown (dimmed): 0 old events") == true)
        #expect(run("").quantityOrder == .salience)
        #expect(run("3 s").quantityOrder == .date && run("3 s").message == "quantities by date")
        #expect(run("3 s s s s").quantityOrder == .salience)
    }

    @Test func groupedActorsSitUnderTheirCountry() {
        let s = run("2 s s s")
        let rows = s.view.actors
        let estonia = rows.firstIndex { $0.id == "estonia" }!
        #expect(rows[estonia + 1].name == "Kaja Kallas" && rows[estonia + 1].indent)
    }

    @Test func grepNarrowsAsYouTypeAndNJumpsBetweenHits() {
        let typing = Fixtures.state([.char("\\")] + Fixtures.typing("talk"))
        #expect(typing.prompt?.text == "talk")
        #expect(typing.view.articles.map { typing.corpus.articles[$0].id } == ["talks"])
        let s = Fixtures.state([.char("\\")] + Fixtures.typing("the") + [.enter])
        #expect(s.prompt == nil)
        #expect(s.view.hitCount >= 3)
        #expect(s.searchHit == 0)
        let next = update(s, .key(.char("n")))
        #expect(next.searchHit == 1)
        #expect(update(s, .key(.char("N"))).searchHit == s.view.hitCount - 1)
        // Esc closes the prompt, then clears the search.
        let open = Fixtures.state([.char("\\")] + Fixtures.typing("the") + [.escape])
        #expect(open.prompt == nil && open.filters.search == "the")
        #expect(update(open, .key(.escape)).filters.search == "")
    }

    @Test func findMovesTheCursorToHitsWithoutHidingAnything() throws {
        let corpus = PlaceKeepingTests.examples
        let start = Fixtures.state(corpus: corpus)
        let all = start.view.events.count
        // Typing moves the timeline cursor to the first event at or after it whose sentence holds
        // a word starting with the text; every pane keeps its rows.
        var s = Fixtures.state([.char("/")] + Fixtures.typing("evacua"), corpus: corpus)
        #expect(s.view.events.count == all && s.view.articles.count == start.view.articles.count)
        let e = try #require(s.currentEvent)
        let sentence = s.corpus.articles[e.article].slice(s.corpus.event(e).sentence).lowercased()
        #expect(sentence.contains("evacua"))
        #expect(s.find?.text == "evacua")
        // The reader shows it (the follow) and marks the hits.
        #expect(s.openArticle == e.article)
        s = update(s, .key(.enter))
        #expect(s.prompt == nil && s.find != nil)
        // n: the next event holding a hit, and where it stands among them.
        let first = s.cursor(.timeline)
        s = update(s, .key(.char("n")))
        let holding = (0..<s.view.events.count).filter { s.view.eventRow($0, holds: s.find!.matches) }
        #expect(holding.count >= 2)
        #expect(s.cursor(.timeline) == holding.first { $0 > first } ?? holding[0])
        #expect(s.message?.contains("of \(holding.count) in timeline") == true)
        // N goes back.
        #expect(update(s, .key(.char("N"))).cursor(.timeline) == first)
        // Esc clears the find; the panes never changed.
        s = update(s, .key(.escape))
        #expect(s.find == nil && s.view.events.count == all)
    }

    @Test func findMatchesWordStartsOnly() {
        // "Ken" finds Kenya and Kenyan, never "weekend".
        let corpus = PlaceKeepingTests.examples
        let m = corpus.find("ken")
        for k in corpus.articles.indices {
            for span in corpus.hits(of: m, inArticle: k) {
                let word = corpus.articles[k].slice(span).lowercased()
                #expect(word.hasPrefix("ken"), "\(word)")
            }
        }
        #expect(corpus.articles.contains { $0.text.contains("weekend") })
        #expect(m.hitCount > 0)
    }

    @Test func commandsFilterSetDatesThemesAndQuit() {
        func command(_ text: String) -> State { Fixtures.state(Fixtures.keys(":") + Fixtures.typing(text) + [.enter]) }
        #expect(command("filter Estonia").filters.actors == ["estonia"])
        #expect(command("filter kallas").filters.actors == ["kaja-kallas"])
        #expect(command("filter Atlantis").message == "no actor named 'Atlantis' — press a to pick one")
        let dates = command("date 2024-03")
        #expect(dates.filters.dates == CivilDate(year: 2024, month: 3, day: 1)!...CivilDate(year: 2024, month: 3, day: 31)!)
        #expect(dates.view.events.count == 3)
        #expect(command("theme light").theme == "light")
        #expect(command("theme neon").message?.hasPrefix("no theme 'neon'") == true)
        #expect(command("q").quit)
        #expect(command("frobnicate").message?.hasPrefix("unknown command") == true)
    }

    /// What was typed wrong is said in the error role; other answers in the status role, and
    /// the next key clears the mark with the message.
    @Test func mistypedCommandsAreDrawnAsErrors() {
        let size = Size(width: 120, height: 40)
        /// The roles of the message's own letters in the bottom line.
        func statusRoles(_ s: State) -> Set<Role> {
            let screen = render(s, size: size)
            let y = screen.height - 1
            return Set((0..<screen.width).filter { screen[$0, y].text != " " }.map { screen[$0, y].role })
        }
        for typed in ["frobnicate", "date 2024-13-40", "theme neon", "filter Atlantis"] {
            let s = Fixtures.state(Fixtures.keys(":") + Fixtures.typing(typed) + [.enter], size: size)
            #expect(s.messageIsError, "\(typed): \(s.message ?? "")")
            #expect(statusRoles(s).contains(.error) && !statusRoles(s).contains(.status), "\(typed)")
            let next = update(s, .key(.char("j")))
            #expect(!next.messageIsError && !statusRoles(next).contains(.error))
        }
        let fine = Fixtures.state(Fixtures.keys(":") + Fixtures.typing("theme light") + [.enter], size: size)
        #expect(!fine.messageIsError && fine.message != nil && statusRoles(fine).contains(.status) && !statusRoles(fine).contains(.error))
    }

    /// T steps through the themes in name order and wraps; :theme completes their names.
    @Test func themesCycleWithTAndCompleteAfterTheme() {
        var s = Fixtures.state()
        s.themes = ["default": .standard, "light": .light, "nord": .standard, "mono": .standard]
        #expect(s.theme == "default")
        var seen: [String] = []
        for _ in 0..<4 {
            s = update(s, .key(.char("T")))
            seen.append(s.theme)
            #expect(s.redrawRequested)
        }
        #expect(seen == ["light", "mono", "nord", "default"])
        #expect(s.message == "theme default (1 of 4) — T for the next; kept for the next run")
        // Tab after "theme ": the names that fit.
        var p = s
        for k in Fixtures.keys(":") + Fixtures.typing("theme n") + [.tab] { p = update(p, .key(k)) }
        #expect(p.prompt?.text == "theme nord")
        var q = s
        for k in Fixtures.keys(":") + Fixtures.typing("theme ") + [.tab] { q = update(q, .key(k)) }
        #expect(q.prompt?.text == "theme " && q.message == "default, light, mono, nord")
    }

    @Test func promptEditing() {
        let s = Fixtures.state(Fixtures.keys(":") + Fixtures.typing("dat") + [.backspace])
        #expect(s.prompt == Prompt(kind: .command, text: "da"))
        #expect(update(s, .key(.ctrl("u"))).prompt?.text == "")
        #expect(update(s, .key(.escape)).prompt == nil)
        // Keys bound elsewhere are text inside a prompt.
        #expect(update(s, .key(.char("q"))).prompt?.text == "daq")
    }

    // MARK: mouse and resize

    @Test func clickFocusesAndSelectsAndTheWheelScrolls() {
        var s = run("")
        let l = Layout(s.size, focus: s.focus, zoomed: false)
        let actors = l.panes[.actors]!
        s = update(s, .mouse(.click(x: actors.x + 3, y: actors.y + 3)))
        #expect(s.focus == .actors && s.cursor(.actors) == 2)
        let timeline = l.panes[.timeline]!
        s = update(s, .mouse(.wheelDown(x: timeline.x + 3, y: timeline.y + 5)))
        #expect(s.focus == .timeline && s.cursor(.timeline) == 3)
        // A tab of the small layout focuses its pane.
        var small = run("", size: Size(width: 80, height: 24))
        small = update(small, .mouse(.click(x: 16, y: 1)))
        #expect(small.focus == .actors)
    }

    @Test func resizeChangesTheLayoutAndPaging() {
        let s = update(run(""), .resize(width: 80, height: 24))
        #expect(s.size == Size(width: 80, height: 24))
        #expect(Layout(s.size, focus: s.focus, zoomed: false).mode == .tabbed)
        #expect(Layout(Size(width: 120, height: 40), focus: .timeline, zoomed: false).mode == .wide)
    }

    @Test func moreArticlesArrivingKeepTheCursorOnItsEvent() {
        var s = run("j j")
        let before = s.corpus.event(s.currentEvent!)
        let partial = Corpus(articles: Array(Fixtures.articles.prefix(3)))
        s = update(s, .loaded(partial, progress: LoadProgress(done: 3, total: 4)))
        #expect(s.loading == LoadProgress(done: 3, total: 4))
        s = update(s, .loaded(Fixtures.corpus, progress: nil))
        #expect(s.loading == nil)
        #expect(s.corpus.event(s.currentEvent!) == before)
    }

    @Test func theSameCorpusArrivingAgainOnlyUpdatesTheProgress() {
        // The loader reports progress with the snapshot it already sent: nothing is recomputed,
        // so the articles cursor (which a refresh puts back on the followed event's article) stays.
        var s = run("4 j j")
        #expect(s.cursor(.articles) == 2)
        s = update(s, .loaded(s.corpus, progress: LoadProgress(done: 5, total: 9)))
        #expect(s.loading == LoadProgress(done: 5, total: 9) && s.cursor(.articles) == 2)
        // A rebuild of the same articles is a new snapshot.
        #expect(s.corpus.isSameSnapshot(as: s.corpus))
        #expect(!s.corpus.isSameSnapshot(as: Corpus(articles: s.corpus.articles)))
    }

    @Test func everyKeyIsBoundOnceInEachScope() {
        var seen: [String: Action] = [:]
        for b in Keymap.table {
            for k in b.keys {
                let key = "\(b.scope)|\(k)"
                #expect(seen[key] == nil, "\(k) bound twice in \(b.scope)")
                seen[key] = b.action
            }
        }
        // And every action has a key.
        for action in Action.allCases { #expect(Keymap.table.contains { $0.action == action }, "\(action) has no key") }
    }
}

/// Background events (more than a year before their article): hidden at start and counted in
/// the timeline's title, shown with b and marked, kept when filters are cleared, and a jump
/// to a date only background holds says so.
@Suite("Background events")
struct BackgroundTests {
    static let corpus: Corpus = {
        let text = "The 1994 accords ended the war. Talks resumed on Monday."
        let old = CivilDate(iso: "1994-01-01")!, new = CivilDate(iso: "1997-04-07")!
        let accords = Event(start: .year(1994), end: .year(1994), granularity: .year, firstDay: old, lastDay: CivilDate(iso: "1994-12-31"),
                            sentence: TextSpan(0, 31))
        let talks = Event(start: .day(new), end: .day(new), granularity: .day, firstDay: new, lastDay: new, sentence: TextSpan(32, 56))
        return Corpus(articles: [Article(id: "a", path: "a.txt", date: CivilDate(iso: "1997-04-09"), title: "Talks resume", text: text,
                                         sentences: [TextSpan(0, 31), TextSpan(32, 56)], events: [accords, talks])])
    }()

    static func run(_ script: String) -> State { Fixtures.state(Fixtures.keys(script), corpus: corpus) }

    @Test func hiddenUntilBShowsThemMarked() {
        let start = Self.run("")
        #expect(start.view.events.count == 1 && start.view.hiddenBackground == 1)
        #expect(Fixtures.lines(render(start, size: Size(width: 120, height: 40))).contains { $0.contains("Timeline 1 · 1 background hidden") })
        let shown = Self.run("b")
        #expect(shown.view.events.count == 2 && shown.view.hiddenBackground == 0)
        #expect(shown.message == "background shown (dimmed): 1 old events, 0 minor figures")
        #expect(Fixtures.lines(render(shown, size: Size(width: 120, height: 40))).contains { $0.contains("◂1994 ") })
        #expect(Self.run("b b").message == "background hidden: 1 old events, 0 minor figures (b shows them)")
        // Clearing the filters keeps the way of looking.
        #expect(Self.run("b F").filters.background)
    }

    @Test func aJumpIntoHiddenBackgroundSaysSo() {
        let s = Fixtures.state(Fixtures.keys("t") + Fixtures.typing("1994") + [.enter], corpus: Self.corpus)
        #expect(s.message == "nothing shown in 1994: the next is 1997-04-07 (background hidden: b shows it)")
        let shown = Fixtures.state(Fixtures.keys("b t") + Fixtures.typing("1994") + [.enter], corpus: Self.corpus)
        #expect(shown.message != s.message && shown.cursor(.timeline) == 0)
    }
}
