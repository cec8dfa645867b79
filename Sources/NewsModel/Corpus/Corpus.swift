/// All loaded articles with the warnings met on the way, sorted by date then id (undated
/// articles last), and the indexes the extractors fill.
public struct Corpus: Sendable {
    public let articles: [Article]
    public let warnings: [LoadWarning]
    /// The paths the corpus was loaded from, as given.
    public let paths: [String]
    private let indexByID: [String: Int]
    /// Every event of every article, in timeline order: dated events by first day (then last
    /// day, article order, position), then present references, then undated and future ones.
    public let timeline: [EventRef]

    public init(articles: [Article], warnings: [LoadWarning] = [], paths: [String] = []) {
        self.articles = articles.sorted(by: Corpus.order)
        self.warnings = warnings
        self.paths = paths
        var byID: [String: Int] = [:]
        for (k, a) in self.articles.enumerated() where byID[a.id] == nil { byID[a.id] = k }
        indexByID = byID
        timeline = Corpus.buildTimeline(self.articles)
    }

    /// Points to one event: `articles[article].events[event]`.
    public struct EventRef: Hashable, Sendable {
        public let article: Int
        public let event: Int
    }

    public func event(_ ref: EventRef) -> Event { articles[ref.article].events[ref.event] }

    private static func buildTimeline(_ articles: [Article]) -> [EventRef] {
        var refs: [(ref: EventRef, key: (Int, Int, Int))] = []
        for (a, article) in articles.enumerated() {
            for (e, event) in article.events.enumerated() {
                // Group 0: dated; 1: undated or unresolved; 2: future references.
                let group = event.vague == .future ? 2 : event.firstDay == nil && event.lastDay == nil ? 1 : 0
                let day = event.firstDay?.dayNumber ?? event.lastDay?.dayNumber ?? Int.max
                let end = event.lastDay?.dayNumber ?? day
                refs.append((EventRef(article: a, event: e), (group * 1_000_000_000 + (group == 0 ? day : 0), end, 0)))
            }
        }
        refs.sort { x, y in
            if x.key.0 != y.key.0 { return x.key.0 < y.key.0 }
            if x.key.1 != y.key.1 { return x.key.1 < y.key.1 }
            if x.ref.article != y.ref.article { return x.ref.article < y.ref.article }
            return x.ref.event < y.ref.event
        }
        return refs.map(\.ref)
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
