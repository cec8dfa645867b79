import Testing
@testable import NewsModel

/// Reports of one happening in several articles are one timeline row.
@Suite("Stories across articles")
struct StoryTests {
    static func article(_ id: String, _ date: String, _ text: String) -> Article {
        ArticleAnalyzer.article(id: id, path: "\(id).txt", date: CivilDate(iso: date), text: text)
    }

    static let corpus = Corpus(articles: [
        article("afp", "2024-10-19", "Israeli troops killed two Palestinians in the Gaza Strip on Friday, medics said."),
        article("xin", "2024-10-19", "Two Palestinians were shot dead by Israeli troops in the Gaza Strip on Friday."),
        // The same day and country, another happening.
        article("ap", "2024-10-19", "Israel opened a new border crossing for aid trucks on Friday."),
        // The same words a day later: another day, another row.
        article("dpa", "2024-10-20", "Israeli troops killed two Palestinians in the Gaza Strip on Saturday."),
        // The same happening told twice in one article is no second report.
        article("one", "2024-10-19", "Rebels seized the town of Kibumba in Congo on Friday. Rebels seized the town of Kibumba in Congo on Friday."),
    ])

    @Test func reportsOfOneHappeningAreOneRow() throws {
        let view = CorpusView(corpus: Self.corpus)
        let rows = view.events.indices.map { r in view.reports(ofRow: r).map { Self.corpus.articles[$0.article].id } }
        #expect(rows.contains(["afp", "xin"]))
        #expect(rows.contains(["ap"]) && rows.contains(["dpa"]))
        #expect(rows.filter { $0 == ["one"] }.count == 2)
        #expect(view.mergedEvents == 1)
        let merged = try #require(view.events.indices.first { view.reports(ofRow: $0).count == 2 })
        #expect(view.articleCount(ofRow: merged) == 2)
        #expect(view.articleCount(ofRow: (merged + 1) % view.events.count) == 1)
    }

    @Test func aFilterKeepsTheReportsInView() {
        var f = Filters()
        f.search = "shot dead"
        let view = CorpusView(corpus: Self.corpus, filters: f)
        // Only the Xinhua report holds the words: it is the row, alone.
        #expect(view.events.count == 1 && view.reports(ofRow: 0).map { Self.corpus.articles[$0.article].id } == ["xin"])
        #expect(view.mergedEvents == 0)
    }

    @Test func wordsThatSaySomething() {
        let a = Self.article("w", "2024-10-19", "The troops said on Friday that they killed the gunmen.")
        // "troops" and "gunmen": not "said", "Friday", "that", "they" or "killed" (a word that
        // ends a description), nor "the", "on" (too short).
        #expect(Stories.sentenceWords(a, a.sentences[0]).count == 2)
    }
}
