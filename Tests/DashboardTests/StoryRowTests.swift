import NewsModel
import Testing
@testable import Dashboard

/// A timeline row that several articles report: its count, and stepping through its reports.
@Suite("Story rows")
struct StoryRowTests {
    static let corpus = Corpus(articles: [
        ArticleAnalyzer.article(id: "afp", path: "afp.txt", date: CivilDate(iso: "2024-10-19"),
                                text: "Israeli troops killed two Palestinians in the Gaza Strip on Friday, medics said."),
        ArticleAnalyzer.article(id: "xin", path: "xin.txt", date: CivilDate(iso: "2024-10-19"),
                                text: "Two Palestinians were shot dead by Israeli troops in the Gaza Strip on Friday."),
    ])
    static let size = Size(width: 120, height: 40)

    @Test func theRowSaysHowManyArticlesAndDotStepsThroughThem() {
        let start = Fixtures.state(Fixtures.keys("1 z"), corpus: Self.corpus, size: Self.size)
        let screen = Fixtures.lines(render(start, size: Self.size))
        #expect(screen.contains { $0.contains("Timeline 1 · 1 repeats merged") })
        #expect(screen.contains { $0.contains("· 2 articles") })
        var s = Fixtures.state(Fixtures.keys("1"), corpus: Self.corpus, size: Self.size)
        s = update(s, .key(.enter))
        #expect(s.focus == .reader && s.reports.count == 2 && s.message?.contains("2 reports of this") == true)
        let first = s.openArticle
        s = update(s, .key(.char(".")))
        #expect(s.openArticle != first && s.reportIndex == 1)
        #expect(Fixtures.lines(render(s, size: Self.size)).contains { $0.contains("report 2/2") })
        s = update(s, .key(.char(",")))
        #expect(s.openArticle == first && s.reportIndex == 0)
        // A reload forgets them: they were the old corpus's events.
        s.replaceCorpus(Corpus(articles: [Self.corpus.articles[0]]))
        #expect(s.reports.isEmpty)
        s = update(s, .key(.char(".")))
        #expect(s.message?.hasPrefix("one report") == true)
    }
}
