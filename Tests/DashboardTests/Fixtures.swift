import NewsModel

/// Small articles of our own for dashboard tests.
enum Fixtures {
    static let corpus = Corpus(articles: [
        Article(id: "harbor", path: "fixtures/harbor.txt", date: CivilDate(year: 2024, month: 3, day: 4),
                text: "Port workers in Valdora ended their strike on Monday.\nThe union said 1,200 members voted to return."),
        Article(id: "summit", path: "fixtures/summit.txt", date: CivilDate(year: 2024, month: 3, day: 2),
                text: "Leaders of Norland and Estavia met in Brenn.\nThey agreed to reopen the border crossing next month."),
        Article(id: "undated", path: "fixtures/undated.txt", date: nil,
                text: "Flood warning for the river delta\nResidents were told to move to higher ground."),
    ], warnings: [LoadWarning(path: "fixtures/bad.txt", message: "empty file; skipped")], paths: ["fixtures"])
}
