/// All loaded articles with the warnings met on the way, sorted by date then id (undated
/// articles last), and the indexes the extractors fill.
public struct Corpus: Sendable {
    public let articles: [Article]
    public let warnings: [LoadWarning]
    /// The paths the corpus was loaded from, as given.
    public let paths: [String]
    private let indexByID: [String: Int]

    public init(articles: [Article], warnings: [LoadWarning] = [], paths: [String] = []) {
        self.articles = articles.sorted(by: Corpus.order)
        self.warnings = warnings
        self.paths = paths
        var byID: [String: Int] = [:]
        for (k, a) in self.articles.enumerated() where byID[a.id] == nil { byID[a.id] = k }
        indexByID = byID
    }

    /// Date ascending (undated after dated), then id, then path.
    static func order(_ a: Article, _ b: Article) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x < y
        case (nil, _?): return false
        case (_?, nil): return true
        default: break
        }
        if a.id != b.id { return a.id.utf8.lexicographicallyPrecedes(b.id.utf8) }
        return a.path.utf8.lexicographicallyPrecedes(b.path.utf8)
    }

    public var isEmpty: Bool { articles.isEmpty }

    public func article(id: String) -> Article? { indexByID[id].map { articles[$0] } }

    /// The first and last publication dates, or nil when no article is dated.
    public var dateSpan: ClosedRange<CivilDate>? {
        guard let first = articles.first?.date else { return nil }
        let last = articles.last(where: { $0.date != nil })!.date!
        return first...last
    }

    public var undatedCount: Int { articles.reduce(0) { $0 + ($1.date == nil ? 1 : 0) } }

    /// Total size of the loaded text in UTF-8 bytes.
    public var textBytes: Int { articles.reduce(0) { $0 + $1.scalarMap.byteCount } }
}
