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
        func order(_ o: QuantityOrder) -> [Int] { CorpusView(corpus: corpus, quantityOrder: o).quantities.map(\.quantity) }
        // Troops a source claims, then money, then a rate; a population, one woman and a length last.
        #expect(order(.salience) == [3, 4, 5, 2, 0, 1])
        #expect(order(.date) == [0, 1, 2, 3, 4, 5])
        #expect(order(.value) == [4, 2, 3, 1, 5, 0])
        #expect(order(.category) == [2, 0, 3, 4, 5, 1])
    }
}
