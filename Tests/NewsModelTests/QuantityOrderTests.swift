import Testing
@testable import NewsModel

/// The quantities pane's orders: most telling first by default, then by date, value, category.
@Suite("Quantity orders")
struct QuantityOrderTests {
    static func figure(_ begin: Int, _ value: Double, _ what: String?, _ category: Quantity.Category,
                       claimedBy: String? = nil) -> Quantity {
        Quantity(span: TextSpan(begin, begin + 4), amount: TextSpan(begin, begin + 2), value: value, low: value, high: value,
                 bound: .exact, unit: what, what: what, whatSpan: nil, category: category, claimedBy: claimedBy, sentence: 0)
    }

    @Test func theMostTellingFigureComesFirst() {
        let text = String(repeating: "word ", count: 40)
        let day = CivilDate(iso: "2024-10-21")
        let qs = [Self.figure(0, 1, "woman", .people), Self.figure(10, 13.1, "m", .distance),
                  Self.figure(20, 1_300_000_000, "people", .people), Self.figure(30, 1500, "soldiers", .militaryPersonnel, claimedBy: "nis"),
                  Self.figure(40, 4_500_000_000, "USD", .money), Self.figure(50, 12, "percent", .percent)]
        let a = Article(id: "a", path: "a.txt", date: day, title: "t", text: text, quantities: qs)
        let corpus = Corpus(articles: [a])
        var all = Filters()
        all.background = true
        func order(_ o: QuantityOrder) -> [Int] { CorpusView(corpus: corpus, filters: all, quantityOrder: o).quantities.map(\.quantity) }
        // Troops a source claims, then money, then a rate; a population, one woman and a length last.
        #expect(order(.salience) == [3, 4, 5, 2, 0, 1])
        #expect(order(.date) == [0, 1, 2, 3, 4, 5])
        #expect(order(.value) == [4, 2, 3, 1, 5, 0])
        #expect(order(.category) == [2, 0, 3, 4, 5, 1])
        // By default the troops alone: one woman, a population, a bare sum, a rate and a
        // length are background.
        #expect(CorpusView(corpus: corpus).quantities.map(\.quantity) == [3])
        #expect(CorpusView(corpus: corpus).hiddenBackgroundQuantities == 5)
    }

    /// What makes a figure background, and what keeps it in the default view.
    @Test(arguments: [
        ("Troops: 1,500 soldiers were sent, officials said.", false),
        ("Rebels seized 12 rifles.", false),
        ("About 400 people marched.", false),
        ("Some 200,000 houses were built.", false),
        ("Exports of $6.1 billion were recorded.", false),
        ("GM posted a 10.6 billion dollar loss.", false),
        ("Police seized 80 kg of heroin.", false),
        ("The ministry spent $4.5 billion.", true),
        ("Prices rose 12 percent.", true),
        ("The village is 3 km away.", true),
        ("Two restaurants closed.", true),
        ("One woman was hurt.", true),
        ("China has 1.3 billion people.", true),
        ("The Nikkei index rose 120.5 points.", true),
    ])
    func backgroundFigures(_ text: String, _ background: Bool) throws {
        let a = ArticleAnalyzer.article(id: "t", path: "t.txt", date: CivilDate(iso: "2024-10-21"), text: text)
        let q = try #require(a.quantities.first, "\(text)")
        #expect(QuantitySalience.isBackground(q) == background, "\(text): \(q.category) \(q.what ?? "-")")
    }

    @Test func genericNounsTakeWhatTheyAreOfAndWhoIsToldClaimsNothing() {
        let a = ArticleAnalyzer.article(id: "t", path: "t.txt", date: CivilDate(iso: "2024-10-21"), text: """
            Some 85 members of parliament voted. Aid included 30,000 boxes of bottled water, a source told Reuters.
            """)
        #expect(a.quantities.map { $0.what ?? "-" } == ["members of parliament", "boxes of bottled water"])
        #expect(a.actors.contains { $0.id == "reuters" } && a.quantities[1].claimedBy == nil)
    }

    @Test func whatBefellThePeopleCountedJoinsWhatIsCounted() {
        let a = ArticleAnalyzer.article(id: "t", path: "t.txt", date: CivilDate(iso: "2024-10-21"), text: """
            The blasts killed at least 56 people. More than 100 people were arrested. About 3,000 people marched.
            """)
        #expect(a.quantities.map { $0.what ?? "-" } == ["people killed", "people arrested", "people"])
    }

    @Test func aFigureTakesTheDateNearestToIt() {
        let a = ArticleAnalyzer.article(id: "t", path: "t.txt", date: CivilDate(iso: "2024-10-21"),
                                        text: "After Sunday's fire, rescuers recovered eight more bodies on Wednesday.")
        let q = a.quantities.first!
        #expect(a.slice(q.span) == "eight more bodies")
        #expect(q.event.map { a.events[$0].start } == "2024-10-16")
    }

    @Test func marketFiguresAndConversions() {
        let a = ArticleAnalyzer.article(id: "t", path: "t.txt", date: CivilDate(iso: "2024-10-21"), text: """
            The composite index fell 0.38 percent to 3,491.56 points. Turnover reached 1.5 billion shares.
            The flood crest reached 13.1 metres (43 feet) and PLDT posted a net income of 6.4 billion pesos (247 million dollars).
            Norway pledged 40 trucks (and 300 tents).
            """)
        let q = a.quantities
        #expect(q.map { a.slice($0.amount) } == ["0.38 percent", "3,491.56", "1.5 billion", "13.1 metres", "43 feet",
                                                 "6.4 billion pesos", "247 million dollars", "40", "300"])
        #expect(q[0...2].allSatisfy { $0.category == .market })
        #expect(q[4].conversionOf == 3 && q[6].conversionOf == 5 && q[3].conversionOf == nil)
        // A conversion takes what its figure is, and is background to it.
        #expect(q[5].what == "income" && q[6].what == "income" && QuantitySalience.isBackground(q[6]))
        #expect(q[8].conversionOf == nil)
    }
}
