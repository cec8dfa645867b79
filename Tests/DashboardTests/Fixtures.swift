import NewsModel
@testable import Dashboard

/// Small articles of our own for dashboard tests: four short stories about Norway, Estonia
/// and the Netherlands, one of them undated, and one load warning.
enum Fixtures {
    static let articles = [
        ArticleAnalyzer.article(id: "summit", path: "fixtures/summit.txt", date: CivilDate(year: 2024, month: 3, day: 2),
                text: "Leaders of Norway and Estonia met in Oslo on Friday.\nThey agreed to reopen the border crossing next month."),
        ArticleAnalyzer.article(id: "harbor", path: "fixtures/harbor.txt", date: CivilDate(year: 2024, month: 3, day: 4),
                text: "Port workers in Rotterdam ended their strike on Monday.\nThe Dutch union said 1,200 members voted to return."),
        ArticleAnalyzer.article(id: "talks", path: "fixtures/talks.txt", date: CivilDate(year: 2024, month: 3, day: 10),
                text: "Estonian Prime Minister Kaja Kallas met Norwegian officials in Tallinn on Saturday.\nKallas said the talks would resume in June."),
        ArticleAnalyzer.article(id: "undated", path: "fixtures/undated.txt", date: nil,
                text: "Flood warning for the river delta\nResidents were told to move to higher ground on Tuesday."),
    ]

    static let corpus = Corpus(articles: articles, warnings: [LoadWarning(path: "fixtures/bad.txt", message: "empty file; skipped")],
                               paths: ["fixtures"])

    /// The state after a resize and the keys.
    static func state(_ keys: [Key] = [], corpus: Corpus = corpus, size: Size = Size(width: 120, height: 40)) -> State {
        var s = update(State(corpus: corpus, title: "fixtures"), .resize(width: size.width, height: size.height))
        for k in keys { s = update(s, .key(k)) }
        return s
    }

    /// Keys from a script like "2 f Tab" (the names `newsdash render --keys` takes).
    static func keys(_ script: String) -> [Key] { script.split(separator: " ").map { Key(name: String($0))! } }

    /// Typing text into a prompt, one key per character.
    static func typing(_ text: String) -> [Key] { text.map { .char($0) } }

    static func lines(_ s: Screen) -> [String] { s.plainText().split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
}
