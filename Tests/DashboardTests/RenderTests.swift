import Foundation
import Testing
@testable import Dashboard
import NewsModel

@Suite("Render")
struct RenderTests {
    private func screen(_ script: String = "", corpus: Corpus = Fixtures.corpus, size: Size = Size(width: 120, height: 40)) -> Screen {
        let s = Fixtures.state(Fixtures.keys(script), corpus: corpus, size: size)
        return render(s, size: size)
    }

    private func lines(_ s: Screen) -> [String] { Fixtures.lines(s) }

    @Test func headerShowsCountsDateSpanAndWarnings() {
        let top = lines(screen())[0]
        #expect(top.hasPrefix(" newsdash  fixtures · 4 articles · 2024-03-02 → 2024-03-10"))
        #expect(top.hasSuffix("⚠ 1 warning"))
    }

    @Test func wideLayoutShowsEveryPaneWithTheReaderBelow() {
        let l = lines(screen(size: Size(width: 120, height: 40)))
        #expect(l[1].contains("1 Timeline 6") && l[1].contains("2 Actors") && l[1].contains("3 Quantities")
                && l[1].contains("4 Articles 4"))
        #expect(l.contains { $0.contains("5 Reader") })
        // The density strip and its axis, then the events.
        #expect(l[3].contains("▲") && l[3].contains("per week"))
        #expect(l[4].hasPrefix("┃2024-03-01       Leaders of Norway and Estonia …"))
        #expect(l[9].hasPrefix("┃undated          Residents were told"))
    }

    @Test func largeTerminalsShowEveryColumnOfTheTimeline() {
        let l = lines(screen("z", size: Size(width: 200, height: 60)))
        let row = l.first { $0.contains("Leaders of Norway") }!
        #expect(row.contains("Norway, Estonia") && row.contains("summit"))
    }

    @Test func smallTerminalsShowTheFocusedPaneAndTabs() {
        let l = lines(screen(size: Size(width: 80, height: 24)))
        #expect(l[1].hasPrefix(" 1 Timeline 6 │ 2 Actors"))
        #expect(l[2].hasPrefix("┏▶ 1 Timeline 6"))
        #expect(!l.contains { $0.contains("Reader ·") })
        let reader = lines(screen("5", size: Size(width: 80, height: 24)))
        #expect(reader[2].hasPrefix("┏▶ 5 Reader"))
    }

    @Test func tooSmallTerminalSaysSo() {
        let text = screen(size: Size(width: 50, height: 15)).plainText()
        #expect(text.contains("Terminal too small"))
        #expect(text.contains("50×15, need 60×16"))
    }

    @Test(arguments: [Size(width: 200, height: 60), Size(width: 120, height: 40), Size(width: 80, height: 24),
                      Size(width: 60, height: 16), Size(width: 50, height: 15)])
    func everyLineFitsAndCellsAreConsistent(size: Size) {
        for script in ["", "2", "?", "a", "5", "z", "/ t"] {
            let s = screen(script, size: size)
            #expect(s.cells.count == size.width * size.height)
            for line in lines(s) { #expect(TextWidth.width(line) <= size.width) }
            // A wide character is always followed by its continuation cell.
            for y in 0..<size.height {
                for x in 0..<size.width where s[x, y].width == 2 { #expect(x + 1 < size.width && s[x + 1, y].width == 0) }
            }
        }
    }

    @Test func selectionAndFocusShowInRoles() {
        let s = screen()
        #expect(s[1, 4].role == .selection)
        #expect(s[0, 1].role == .borderFocused)
        let actors = screen("2")
        #expect(actors[0, 1].role == .border)
        let timelineRowCursor = actors.roleRow(4)[1]
        #expect(timelineRowCursor == .selectionUnfocused)
    }

    @Test func theReaderHighlightsActorsDatesAndTheMarkedSentence() {
        let size = Size(width: 120, height: 40)
        let st = Fixtures.state(Fixtures.keys("j j"), size: size)  // "talks", opened at its first sentence
        let s = render(st, size: size)
        let l = lines(s)
        let y = l.firstIndex { $0.contains("│▌Estonian Prime Minister Kaja Kallas") }!
        let row = l[y]
        func role(of text: String) -> Role {
            let x = TextWidth.width(String(row[..<row.range(of: text)!.lowerBound]))
            return s[x, y].role
        }
        #expect(role(of: "Estonian") == .readerCountry)
        #expect(role(of: "Kaja") == .readerPerson)
        #expect(role(of: "Tallinn") == .readerPlace)
        #expect(role(of: "Saturday") == .readerDate)
        #expect(role(of: "met") == .markedText)
        #expect(s[TextWidth.width(String(row[..<row.range(of: "▌")!.lowerBound])), y].role == .marker)
    }

    @Test func statusBarHintsComeFromTheKeymap() {
        let last = lines(screen()).last!
        #expect(last.hasPrefix("  Timeline   Tab  pane  Enter  open  a  pick actor"))
        let actors = lines(screen("2")).last!
        #expect(actors.contains("f  filter"))
        let prompt = lines(screen(":")).last!
        #expect(prompt == ":▏")
    }

    @Test func helpOverlayListsEveryBindingAndCommandAtEverySize() {
        for size in [Size(width: 200, height: 60), Size(width: 120, height: 40), Size(width: 80, height: 24), Size(width: 60, height: 16)] {
            // Page through it all.
            var s = Fixtures.state(Fixtures.keys("?"), size: size)
            var seen = render(s, size: size).plainText()
            #expect(seen.contains("Keys — ? q Esc close"))
            for _ in 0..<30 {
                s = update(s, .key(.pageDown))
                seen += render(s, size: size).plainText()
            }
            // Wrapped descriptions read on across lines once borders and indents are taken out.
            let flat = seen.replacingOccurrences(of: "┃", with: " ").split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
            for b in Keymap.table { #expect(flat.contains(b.help), "\(size.width)×\(size.height): \(b.help)") }
            for c in Keymap.commands { #expect(flat.contains(c.usage), "\(size.width)×\(size.height): \(c.usage)") }
            // Lines are whole: no help text is cut by a second column.
            let g = HelpOverlay.geometry(s)
            #expect(g.columns == 1 || size.width >= 2 * g.lineWidth + 4)
        }
        #expect(HelpOverlay.geometry(Fixtures.state(Fixtures.keys("?"), size: Size(width: 80, height: 24))).columns == 1)
    }

    @Test func statusBarKeepsHelpAndQuitAndFollowsTheMode() {
        for width in [60, 80, 120] {
            let last = lines(screen("2", size: Size(width: width, height: 24))).last!
            #expect(last.contains("?  help") && last.contains("q  quit"), "\(width): \(last)")
        }
        let help = lines(screen("?", size: Size(width: 80, height: 24))).last!
        #expect(help.contains("Help") && help.contains("scroll") && help.contains("close"))
        let picker = lines(screen("a", size: Size(width: 80, height: 24))).last!
        #expect(picker.contains("Picker") && picker.contains("filter"))
    }

    @Test func thePickerListsMatches() {
        let l = lines(screen("a K a"))
        #expect(l.contains { $0.contains("Filter by actor") })
        #expect(l.contains { $0.contains("› Ka▏") })
        #expect(l.contains { $0.contains("● Kaja Kallas") })
    }

    @Test func emptyCorpusExplainsWhatWasTried() {
        let empty = Corpus(articles: [], warnings: [LoadWarning(path: "news/a.txt", message: "empty file; skipped")], paths: ["news"])
        let text = screen(corpus: empty, size: Size(width: 100, height: 20)).plainText()
        #expect(text.contains("No articles loaded."))
        #expect(text.contains("Tried: news"))
        #expect(text.contains("⚠ news/a.txt: empty file; skipped"))
    }

    @Test func loadingShowsArticlesMegabytesRateAndTimeLeft() {
        var s = Fixtures.state()
        s = update(s, .resize(width: 120, height: 40))
        // A quarter of 40 MB read in 2 s: 5 MB/s, 6 s to go.
        let p = LoadProgress(done: 6_000, total: 24_000, articles: 12_345, bytesDone: 10_000_000, bytesTotal: 40_000_000, elapsed: 2)
        s = update(s, .loaded(Fixtures.corpus, progress: p))
        let top = lines(render(s, size: s.size))[0]
        #expect(top.contains("loading ▕██        ▏ 12,345 articles · 10.0 of 40.0 MB · 5.0 MB/s · 6 s left"), "\(top)")
        // The panes show a snapshot: the header does not count it as the corpus.
        #expect(!top.contains("\(Fixtures.corpus.articles.count) articles"))
        // Narrow: a shorter bar; the rate goes first, then the megabytes; the count and time left stay.
        s = update(s, .resize(width: 80, height: 24))
        let narrow = lines(render(s, size: s.size))[0]
        #expect(narrow.contains("loading ▕█     ▏ 12,345 articles · 6 s left"), "\(narrow)")
        // Every file read: the corpus is being built.
        s = update(s, .loaded(Fixtures.corpus, progress: LoadProgress(done: 24_000, total: 24_000, articles: 24_500,
                                                                     bytesDone: 40_000_000, bytesTotal: 40_000_000, elapsed: 8)))
        #expect(lines(render(s, size: s.size))[0].contains("▏ 24,500 articles · indexing…"))
        // Loaded: the count and dates on the left again.
        s = update(s, .loaded(Fixtures.corpus, progress: nil))
        let done = lines(render(s, size: s.size))[0]
        #expect(done.contains("· \(Fixtures.corpus.articles.count) articles ·") && !done.contains("loading"))
    }

    @Test func paneTitlesNeverCutTheirCounts() {
        for width in [12, 17, 20, 30, 48] {
            var screen = Screen(width: width, height: 3)
            Frame.draw(pane: .quantities, count: 9_368, in: Rect(x: 0, y: 0, width: width, height: 3), focused: true, on: &screen)
            let top = Fixtures.lines(screen)[0]
            #expect(top.contains("9,368"), "width \(width): \(top)")
        }
        var wide = Screen(width: 48, height: 3)
        Frame.draw(pane: .actors, count: 13_029, note: "by mentions", in: Rect(x: 0, y: 0, width: 48, height: 3), focused: false, on: &wide)
        #expect(Fixtures.lines(wide)[0].contains("2 Actors 13,029 · by mentions"))
        var narrow = Screen(width: 17, height: 3)
        Frame.draw(pane: .quantities, count: 9_368, in: Rect(x: 0, y: 0, width: 17, height: 3), focused: false, on: &narrow)
        #expect(Fixtures.lines(narrow)[0].contains("3 Qty 9,368"))
        // The tab row shortens the names before a count is lost.
        let tabs = TabBar.labels(Fixtures.state(corpus: ScrollingTests.corpus), width: 40).map(\.1).joined()
        #expect(tabs.contains("Time 150") && !tabs.contains("Timeline"))
    }

    @Test func activeFiltersShowAtEveryWidthAndNeverMeetTheProgressBar() {
        for width in [200, 120, 80, 64] {
            var s = Fixtures.state(Fixtures.keys("2 f"), size: Size(width: width, height: 24))
            let name = s.corpus.actors[s.filters.actors[0]]!.name
            s = update(s, .key(.char(":")))
            for k in Fixtures.typing("date 2024-03") + [.enter] { s = update(s, .key(k)) }
            let top = lines(render(s, size: s.size))[0]
            #expect(top.contains(String(name.prefix(3))), "\(width): \(top)")
            #expect(top.contains("2024-03-01"), "\(width): \(top)")
            // While loading, with a long title: the title, the tags and the bar each stay whole.
            s.title = "/very/long/path/to/a/folder/of/wire/articles/from/many/agencies"
            s = update(s, .loaded(s.corpus, progress: LoadProgress(done: 5, total: 10, articles: 5)))
            let loading = lines(render(s, size: s.size))[0]
            #expect(loading.contains("loading ") && loading.contains(" newsdash  /very"), "\(width): \(loading)")
            #expect(loading.contains(String(name.prefix(3))), "\(width): \(loading)")
        }
    }

    @Test func progressTextsReadNaturally() {
        #expect(HeaderView.timeLeft(0.4) == "<1 s left")
        #expect(HeaderView.timeLeft(12.2) == "13 s left")
        #expect(HeaderView.timeLeft(185) == "3 min left")
        #expect(HeaderView.timeLeft(7500) == "2 h 5 min left")
        #expect(HeaderView.megabytes(41_843_000) == "41.8")
        #expect(HeaderView.megabytes(418_430_000) == "418")
        #expect(HeaderView.grouped(24_520) == "24,520" && HeaderView.grouped(999) == "999" && HeaderView.grouped(1_000_000) == "1,000,000")
    }

    @Test func hostileTextNeverPutsControlsOnScreen() {
        let evil = Corpus(articles: [ArticleAnalyzer.article(id: "evil", path: "e.txt", date: nil,
                                             text: "Alert\u{1B}]0;pwned\u{7} \u{1B}[2J now.\nSecond\u{9B}31m line \u{202E}txt.exe")])
        for script in ["", "4", "5", "j Enter"] {
            let s = screen(script, corpus: evil, size: Size(width: 100, height: 30))
            for c in s.cells {
                for u in c.text.unicodeScalars {
                    #expect(u.value >= 0x20 && !(0x7F...0x9F).contains(u.value) && u.value != 0x202E)
                }
            }
        }
        #expect(screen("5", corpus: evil, size: Size(width: 100, height: 30)).plainText().contains("Alert␛]0;pwned␇ ␛[2J now."))
    }

    @Test func wideCharactersKeepColumnsAligned() {
        let korean = Corpus(articles: [ArticleAnalyzer.article(id: "kr", path: "kr.txt", date: CivilDate(year: 2024, month: 10, day: 21),
                                               text: "북한 군대가 러시아에 도착했다고 국정원이 월요일 밝혔다.\nSeoul said so on Monday. 😀")])
        let s = screen("4", corpus: korean, size: Size(width: 120, height: 40))
        for line in lines(s) { #expect(TextWidth.width(line) <= 120) }
        // The right border of every pane stays in its column.
        let l = lines(s)
        for y in 2..<20 { #expect(l[y].hasSuffix("│") || l[y].hasSuffix("┃")) }
    }
}

/// The README's key table is the keymap's: every key of the panes and every command is there.
@Suite("README keys")
struct ReadmeKeysTests {
    static let readme: String? = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return try? String(contentsOf: url.appendingPathComponent("README.md"), encoding: .utf8)
    }()

    @Test func everyKeyAndCommandIsInTheReadmeTable() throws {
        let text = try #require(Self.readme)
        let start = try #require(text.range(of: "## Keys"))
        let table = text[start.upperBound...].prefix { _ in true }.components(separatedBy: "\n## ").first ?? ""
        for b in Keymap.table where !b.isModal {
            // A pipe is escaped inside a Markdown table.
            for k in b.keys {
                let written = k.description == "|" ? "`\\|`" : "`\(k.description)`"
                #expect(table.contains(written), "README lacks \(written) (\(b.help))")
            }
        }
        for c in Keymap.commands { #expect(table.contains(c.names[0]), "README lacks :\(c.names[0])") }
        // The help's, the prompt's and the picker's own keys are described too.
        for phrase in ["In the help", "At a prompt", "In the actor picker"] { #expect(table.contains(phrase), "README lacks '\(phrase)'") }
    }

    /// The README's role table under "Writing a theme" lists exactly the roles of the code's table.
    @Test func theReadmesRoleTableIsTheCodes() throws {
        let text = try #require(Self.readme)
        let start = try #require(text.range(of: "### Writing a theme"))
        let section = text[start.upperBound...].components(separatedBy: "\n## ").first ?? ""
        let listed = section.split(separator: "\n").filter { $0.hasPrefix("| `") }.compactMap { row -> String? in
            let cell = row.dropFirst(3)
            return cell.firstIndex(of: "`").map { String(cell[..<$0]) }
        }
        #expect(listed.count == Set(listed).count, "a role is listed twice")
        #expect(Set(listed) == Set(Role.allCases.map(\.themeName)),
                "README only: \(Set(listed).subtracting(Role.allCases.map(\.themeName))); code only: \(Set(Role.allCases.map(\.themeName)).subtracting(listed))")
    }
}
