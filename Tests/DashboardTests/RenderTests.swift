import Foundation
import Testing
@testable import Dashboard
import NewsModel

@Suite("Render")
struct RenderTests {
    private func screen(_ keys: [Key] = [], corpus: Corpus = Fixtures.corpus, size: Size) -> Screen {
        var s = update(State(corpus: corpus, title: "fixtures"), .resize(width: size.width, height: size.height))
        for k in keys { s = update(s, .key(k)) }
        return render(s, size: size)
    }

    private func lines(_ s: Screen) -> [String] { s.plainText().components(separatedBy: "\n") }

    @Test func headerShowsCountsDateSpanAndWarnings() {
        let top = lines(screen(size: Size(width: 120, height: 40)))[0]
        #expect(top.hasPrefix(" newsdash  fixtures · 3 articles · 2024-03-02 → 2024-03-04 · 1 undated"))
        #expect(top.hasSuffix("⚠ 1 warning"))
    }

    @Test func articlesAreListedByDateWithTheCursorOnTheFirst() {
        let s = screen(size: Size(width: 120, height: 40))
        let l = lines(s)
        #expect(l[2].hasPrefix("┃2024-03-02 Leaders of Norland and Estavia met"))
        #expect(l[3].hasPrefix("┃2024-03-04 Port workers in Valdora ended their"))
        #expect(l[4].hasPrefix("┃undated    Flood warning for the river delta"))
        #expect(s[1, 2].role == .selection)
        #expect(s[1, 3].role == .date)
    }

    @Test func readerShowsTheSelectedArticleWrapped() {
        let l = lines(screen([.char("j")], size: Size(width: 80, height: 24)))
        let reader = l.map { String($0.dropFirst(32)) }
        #expect(reader.contains { $0.contains("2024-03-04 · harbor") })
        #expect(reader.contains { $0.contains("The union said 1,200 members voted to") })
    }

    @Test func statusBarHintsComeFromTheKeymap() {
        let last = lines(screen(size: Size(width: 120, height: 40))).last!
        #expect(last == "  Enter  open  j  down  k  up  Tab  next pane  ?  help  q  quit")
        let reader = lines(screen([.tab], size: Size(width: 120, height: 40))).last!
        #expect(reader == "  j  down  k  up  Tab  next pane  ?  help  q  quit")
    }

    @Test func helpOverlayListsEveryBinding() {
        let text = screen([.char("?")], size: Size(width: 120, height: 40)).plainText()
        #expect(text.contains("Keys — Esc closes"))
        for b in Keymap.table { #expect(text.contains(b.help)) }
        #expect(text.contains("q Ctrl-C"))
    }

    @Test func tooSmallTerminalSaysSo() {
        let text = screen(size: Size(width: 50, height: 15)).plainText()
        #expect(text.contains("Terminal too small"))
        #expect(text.contains("50×15, need 60×16"))
    }

    @Test func emptyCorpusExplainsWhatWasTried() {
        let empty = Corpus(articles: [], warnings: [LoadWarning(path: "news/a.txt", message: "empty file; skipped")],
                           paths: ["news"])
        let text = screen(corpus: empty, size: Size(width: 100, height: 20)).plainText()
        #expect(text.contains("No articles loaded."))
        #expect(text.contains("Tried: news"))
        #expect(text.contains("⚠ news/a.txt: empty file; skipped"))
    }

    @Test func hostileTitlesNeverPutControlsOnScreen() {
        let evil = Corpus(articles: [Article(id: "evil", path: "e.txt", date: nil, text: "Alert\u{1B}]0;pwned\u{7} \u{1B}[2J now.")])
        let s = screen(corpus: evil, size: Size(width: 80, height: 20))
        for c in s.cells {
            for u in c.text.unicodeScalars { #expect(u.value >= 0x20 && !(0x7F...0x9F).contains(u.value)) }
        }
        #expect(s.plainText().contains("Alert␛]0;pwned␇ ␛[2J now."))
    }

    @Test(arguments: [Size(width: 200, height: 60), Size(width: 120, height: 40), Size(width: 80, height: 24), Size(width: 60, height: 16)])
    func everyLineFitsTheWidth(size: Size) {
        let s = screen(size: size)
        #expect(s.width == size.width && s.height == size.height)
        for y in 0..<size.height {
            let w = (0..<size.width).reduce(0) { $0 + Int(s[$1, y].width) }
            #expect(w == size.width)
        }
    }
}
