// libFuzzer target (c): `update` with a key sequence the input spells out, on a fixed corpus
// (Examples/ plus hostile articles), then `render` at sizes the input picks. Every screen
// must hold nothing a terminal acts on.
import Dashboard
import Foundation
import NewsModel

nonisolated(unsafe) let corpus: Corpus = {
    let examples = ProcessInfo.processInfo.environment["NEWSDASH_EXAMPLES"] ?? "Examples"
    var c = ArticleLoader.loadCorpus(paths: [examples], concurrent: false)
    let hostile = [
        Article(id: "far-early", path: "h/1.txt", date: CivilDate(year: 1, month: 1, day: 1),
                text: "Troops moved on Monday \u{1B}]0;pwned\u{07}. It ended in 1000."),
        Article(id: "far-late\u{202E}", path: "h/2\u{1B}[2J.txt", date: CivilDate(year: 9999, month: 12, day: 31),
                title: "Title\u{0}\u{9B}31m", text: "Talks on Friday, 999999999 weeks later, with 1e400 troops.\nZero\u{200B}width."),
        Article(id: "undated", path: "h/3.txt", date: nil, text: String(repeating: "Oct. ", count: 400)),
    ]
    c = Corpus(articles: c.articles + hostile, warnings: c.warnings + [LoadWarning(path: "w\u{1B}.txt", message: "bad\n")],
               paths: [examples])
    return c
}()

let keys: [Key] = [
    .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .tab, .backTab, .escape, .backspace, .delete,
    .ctrl("d"), .ctrl("u"), .ctrl("f"), .ctrl("b"), .ctrl("l"), .ctrl("c"),
] + "jkgGfFaLtsnNz/:?<>[]{}12345 0123456789-xqrDTw".map { Key.char($0) }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDashboard(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var s = update(State(corpus: corpus, title: "fuzz"), .resize(width: 120, height: 40))
    var i = 0
    while i < size {
        let b = data[i]
        i += 1
        if b == 0xFF, i + 1 < size {
            // A resize to any size, tiny ones included.
            s = update(s, .resize(width: Int(data[i]) % 260, height: Int(data[i + 1]) % 90))
            i += 2
        } else if b == 0xFE, i + 1 < size {
            s = update(s, .mouse(.click(x: Int(data[i]), y: Int(data[i + 1]))))
            i += 2
        } else {
            s = update(s, .key(keys[Int(b) % keys.count]))
        }
        if s.quit { break }
        if i % 8 == 0 || i >= size { check(render(s, size: s.size)) }
    }
    return 0
}

func check(_ screen: Screen) {
    for u in screen.plainText().unicodeScalars where (u.value < 0x20 && u.value != 10) || (0x7F...0x9F).contains(u.value)
        || (0x202A...0x202E).contains(u.value) {
        fatalError("the screen holds U+\(String(u.value, radix: 16))")
    }
}
