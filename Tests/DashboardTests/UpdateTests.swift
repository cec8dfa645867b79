import Testing
@testable import Dashboard
import NewsModel

@Suite("Update through the keymap")
struct UpdateTests {
    private func run(_ keys: [Key], size: Size = Size(width: 120, height: 40)) -> State {
        var s = update(State(corpus: Fixtures.corpus, title: "fixtures"), .resize(width: size.width, height: size.height))
        for k in keys { s = update(s, .key(k)) }
        return s
    }

    @Test func movingTheArticleCursorClampsAtBothEnds() {
        #expect(run([.char("j")]).articleCursor == 1)
        #expect(run([.char("j"), .char("j"), .char("j"), .char("j")]).articleCursor == 2)
        #expect(run([.char("k")]).articleCursor == 0)
        #expect(run([.char("G")]).articleCursor == 2)
        #expect(run([.char("G"), .char("g")]).articleCursor == 0)
        #expect(run([.down, .down, .up]).articleCursor == 1)
    }

    @Test func enterOpensTheArticleInTheReader() {
        let s = run([.char("j"), .enter])
        #expect(s.openArticle == 1)
        #expect(s.focus == .reader)
    }

    @Test func focusCyclesWithTabAndShiftTabAndDigits() {
        #expect(run([.tab]).focus == .reader)
        #expect(run([.tab, .tab]).focus == .articles)
        #expect(run([.backTab]).focus == .reader)
        #expect(run([.char("2")]).focus == .reader)
        #expect(run([.char("2"), .char("1")]).focus == .articles)
    }

    @Test func readerScrollsWhenFocused() {
        let s = run([.tab, .char("j"), .char("j")])
        #expect(s.readerScroll == 2)
        #expect(s.articleCursor == 0)
    }

    @Test func helpOverlayOpensClosesAndBlocksMovement() {
        #expect(run([.char("?")]).overlay == .help)
        #expect(run([.char("?"), .escape]).overlay == nil)
        #expect(run([.char("?"), .char("?")]).overlay == nil)
        #expect(run([.char("?"), .char("j")]).articleCursor == 0)
    }

    @Test func quitWithQOrCtrlC() {
        #expect(run([.char("q")]).quit)
        #expect(run([.ctrl("c")]).quit)
        #expect(run([.char("q"), .char("?")]).quit)
    }

    @Test func unboundKeysSayHowToGetHelp() {
        let s = run([.char("x")])
        #expect(s.message == "x is not bound here — press ? for help")
        #expect(run([.char("x"), .char("j")]).message == nil)
    }

    @Test func everyBindingIsReachableAndKeysAreNotBoundTwiceInOneScope() {
        var seen: [String: Action] = [:]
        for b in Keymap.table {
            for k in b.keys {
                let key = "\(b.scope)|\(k)"
                #expect(seen[key] == nil, "\(k) bound twice in \(b.scope)")
                seen[key] = b.action
            }
        }
    }
}
