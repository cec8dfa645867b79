import Foundation
import HostileCorpus
import NewsModel
import Testing
@testable import Dashboard

/// Issue 13's hostile input as the dashboard meets it: dates at the ends of the calendar,
/// escape-laden titles, ids and paths, and an article far too long to lay out whole.
@Suite("Hostile input: the dashboard")
struct HostileRenderTests {
    static let keyScripts = ["", "j j", "G", "2 f", "> <", "] [", "t 9 9 9 9 Enter", "s", "4 Enter", "5 j j", "z", "/ M o n Enter n",
                             "3", "?", "Tab Tab Tab"]

    @Test(arguments: [Size(width: 120, height: 40), Size(width: 80, height: 24)])
    func datesFarApartDrawTheDensityStripWithoutATrap(size: Size) {
        let corpus = Corpus(articles: [
            ArticleAnalyzer.article(id: "early", path: "early.txt", date: CivilDate(year: 1, month: 1, day: 1),
                    text: "Troops moved on Monday. The war ended in 1000."),
            ArticleAnalyzer.article(id: "late", path: "late.txt", date: CivilDate(year: 9999, month: 12, day: 31),
                    text: "Talks resumed on Friday. It ended 999999999 weeks later."),
            ArticleAnalyzer.article(id: "now", path: "now.txt", date: CivilDate(year: 2024, month: 10, day: 21), text: "Seoul summoned the envoy on Monday."),
        ])
        for script in Self.keyScripts {
            let s = Fixtures.state(Fixtures.keys(script), corpus: corpus, size: size)
            let text = render(s, size: size).plainText()
            #expect(text.hasPrefix(" newsdash  fixtures · 3 articles · 0001-01-01 → 9999-12-31"), "\(script)")
        }
        let strip = Fixtures.lines(render(Fixtures.state(corpus: corpus, size: size), size: size))
        #expect(strip.contains { $0.contains("0001-01-0") || $0.contains("‹") }, "the axis names the span or what is left out")
        let b = DensityStrip.buckets([CivilDate(year: CivilDate.supportedYears.lowerBound, month: 1, day: 1)!,
                                      CivilDate(year: CivilDate.supportedYears.upperBound, month: 12, day: 31)!], width: 100)
        #expect(b.map { $0.counts.count <= 100 && $0.counts.reduce(0, +) == 2 } == true)
    }

    @Test func unixTimesFarApartLoadUndatedAndTheDashboardDraws() throws {
        // Dates like these once made day numbers of billions of years and overflowed the strip.
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("newsdash-far-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let lines = [#"{"date": 1e17, "text": "Troops moved on Monday."}"#, #"{"date": -1e17, "text": "Talks ended on Friday."}"#,
                     #"{"date": 1e30, "text": "A far one on Sunday."}"#, #"{"date": "2024-10-21", "text": "Seoul summoned the envoy on Monday."}"#]
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let corpus = ArticleLoader.loadCorpus(paths: [path])
        #expect(corpus.articles.count == 4)
        #expect(corpus.warnings.count == 3)
        for size in [Size(width: 120, height: 40), Size(width: 80, height: 24)] {
            for script in Self.keyScripts {
                let screen = render(Fixtures.state(Fixtures.keys(script), corpus: corpus, size: size), size: size)
                #expect(screen.cells.count == size.width * size.height)
            }
        }
    }

    @Test func escapesInTitlesIDsPathsAndTextNeverReachTheScreen() {
        let e = HostileCorpus.escapes
        let articles = e.enumerated().map { k, s in
            ArticleAnalyzer.article(id: "id\(k)\(s)", path: "dir/\(s).txt", date: CivilDate(year: 2024, month: 10, day: 21 - k % 3),
                    title: "Title \(s) end", source: "src\(s)",
                    text: "Troops of \(s)Russia moved on Monday\(s) and 1,200\(s) soldiers left.\n\(s) Second paragraph on Tuesday.")
        }
        let corpus = Corpus(articles: articles, warnings: e.map { LoadWarning(path: "w\($0).txt", message: "bad \($0)") },
                            paths: e)
        for size in [Size(width: 120, height: 40), Size(width: 80, height: 24)] {
            for script in Self.keyScripts + ["4 Enter 5 j"] {
                var s = update(State(corpus: corpus, title: e.joined(separator: " ")), .resize(width: size.width, height: size.height))
                for k in Fixtures.keys(script) { s = update(s, .key(k)) }
                let screen = render(s, size: size)
                for line in Fixtures.lines(screen) { #expect(!HostileCorpus.isUnsafeForTerminal(line), "\(script): \(line)") }
                // With colours, the only escapes are the renderer's own colour codes.
                #expect(!HostileCorpus.isUnsafeForTerminal(Self.withoutColourCodes(AnsiText.render(screen))), "\(script)")
            }
        }
    }

    /// ANSI text without its SGR sequences (`ESC [ digits ; … m`) and line breaks.
    static func withoutColourCodes(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var it = Array(s.unicodeScalars)[...]
        while let u = it.popFirst() {
            if u == "\u{1B}", it.first == "[" {
                var probe = it.dropFirst()
                while let c = probe.first, ("0"..."9").contains(c) || c == ";" { probe = probe.dropFirst() }
                if probe.first == "m" {
                    it = probe.dropFirst()
                    continue
                }
            }
            if u != "\n" { out.append(u) }
        }
        return String(out)
    }

    @Test func aVeryLongArticleIsShownInAWindowAroundItsSentence() throws {
        let sentence = "Estonian officials met in Tallinn on Monday to talk about the border. "
        let count = 3 * ReaderText.windowSize / sentence.utf8.count
        let text = String(repeating: sentence, count: count) + "The last sentence came on Friday."
        let a = ArticleAnalyzer.article(id: "long", path: "long.txt", date: CivilDate(year: 2024, month: 10, day: 21), text: text)
        let last = try #require(a.sentences.last)
        let lines = ReaderText.lines(a, width: 100, marked: last)
        #expect(lines.count < ReaderText.windowSize / 50, "\(lines.count) lines: the whole article was laid out")
        #expect(lines.contains { $0.marked }, "the marked sentence is in the window")
        #expect(lines.contains { $0.runs.contains { $0.text.contains("a long article is shown in part") } })
        // The dashboard opens it at the last event, with the sentence marked in view.
        let corpus = Corpus(articles: [a])
        var s = Fixtures.state(Fixtures.keys("G"), corpus: corpus, size: Size(width: 120, height: 40))
        s = update(s, .key(.enter))
        let screen = Fixtures.lines(render(s, size: Size(width: 120, height: 40)))
        #expect(screen.contains { $0.contains("▌") && $0.contains("Friday") })
    }
}
