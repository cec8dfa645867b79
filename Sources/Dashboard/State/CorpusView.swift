import NewsModel

/// What the filters leave of the corpus, ready for the panes: the events in timeline order,
/// the actors in the chosen order with their counts inside the view, the articles, and the
/// search hits. Built from the corpus indexes (actor → events, actor → articles); only a
/// search reads text.
public struct CorpusView: Sendable {
    /// One row of the actors pane.
    public struct ActorRow: Sendable, Equatable {
        public let id: String
        public let name: String
        public let kind: ActorKind
        public let affiliation: String?
        /// Mentions and articles inside the view.
        public let mentions: Int
        public let articles: Int
        /// Shown under its country (grouped order).
        public let indent: Bool
    }

    /// A place in an article where the search text occurs.
    public struct SearchHit: Sendable, Equatable {
        public let article: Int
        public let span: TextSpan
    }

    /// Events in timeline order: dated first, then present, undated and future ones.
    public private(set) var events: [Corpus.EventRef] = []
    /// Where the events without a date on the timeline start (nil when all are dated).
    public private(set) var firstUndatedEvent: Int?
    public private(set) var actors: [ActorRow] = []
    /// Quantities in date order; with follow on, those of the timeline cursor's sentence and
    /// date first.
    public private(set) var quantities: [Corpus.QuantityRef] = []
    private var unfollowedQuantities: [Corpus.QuantityRef] = []
    /// Article indexes in the pane's order.
    public private(set) var articles: [Int] = []
    /// The same before following the timeline cursor.
    private var unfollowedArticles: [Int] = []
    public private(set) var searchHits: [SearchHit] = []
    /// Events in view per actor id (for the status message of a filter).
    public private(set) var eventCount = 0

    public init(corpus: Corpus, filters: Filters, actorOrder: ActorOrder, articleOrder: ArticleOrder,
                followEvent: Corpus.EventRef?, reuse: CorpusView? = nil) {
        if let reuse {
            self = reuse
        } else {
            build(corpus, filters, actorOrder, articleOrder)
        }
        if let e = followEvent { followed(e, corpus: corpus) }
    }

    public func count(_ pane: Pane) -> Int {
        switch pane {
        case .timeline: return events.count
        case .actors: return actors.count
        case .quantities: return quantities.count
        case .articles: return articles.count
        case .reader: return 0
        }
    }

    private mutating func build(_ corpus: Corpus, _ filters: Filters, _ actorOrder: ActorOrder, _ articleOrder: ArticleOrder) {
        // Articles: the actor filter through the index, then dates and search.
        var articleSet: [Int]
        if filters.actors.isEmpty {
            articleSet = Array(corpus.articles.indices)
        } else {
            let lists = filters.actors.map { corpus.articlesByActor[$0] ?? [] }
            articleSet = CorpusView.combine(lists, mode: filters.mode)
        }
        if let range = filters.dates {
            articleSet = articleSet.filter { k in
                let a = corpus.articles[k]
                if let d = a.date, range.contains(d) { return true }
                return a.events.contains { CorpusView.overlaps($0, range) }
            }
        }
        var hits: [SearchHit] = []
        if !filters.search.isEmpty {
            let needle = Array(filters.search.lowercased().utf8)
            articleSet = articleSet.filter { k in
                let found = CorpusView.find(needle, in: corpus.articles[k])
                hits += found.map { SearchHit(article: k, span: $0) }
                return !found.isEmpty
            }
        }
        searchHits = hits
        let inView = Set(articleSet)

        // Events: through the index too, then the same date and search tests.
        var eventRefs = CorpusView.throughIndex(corpus.timeline, corpus.eventsByActor, filters, inView: inView, article: \.article)
        if let range = filters.dates { eventRefs = eventRefs.filter { CorpusView.overlaps(corpus.event($0), range) } }
        if !filters.search.isEmpty {
            let needle = Array(filters.search.lowercased().utf8)
            eventRefs = eventRefs.filter { ref in
                let a = corpus.articles[ref.article]
                let sentence = a.events[ref.event].sentence
                return hits.contains { $0.article == ref.article && sentence.begin <= $0.span.begin && $0.span.end <= sentence.end }
                    || CorpusView.contains(needle, in: a.slice(sentence))
            }
        }
        events = eventRefs
        eventCount = eventRefs.count
        quantities = CorpusView.quantities(corpus, filters, inView: inView, hits: hits)
        unfollowedQuantities = quantities
        firstUndatedEvent = eventRefs.firstIndex { CorpusView.isUndated(corpus.event($0)) }

        // Actors: counted inside the view.
        var mentions: [String: Int] = [:]
        var articleCounts: [String: Int] = [:]
        for k in articleSet {
            for actor in corpus.articles[k].actors {
                mentions[actor.id, default: 0] += actor.mentions.count
                articleCounts[actor.id, default: 0] += 1
            }
        }
        for id in filters.actors where mentions[id] == nil {
            mentions[id] = 0
            articleCounts[id] = 0
        }
        var rows: [ActorRow] = mentions.keys.compactMap { id in
            guard let a = corpus.actors[id] else { return nil }
            return ActorRow(id: id, name: a.name, kind: a.kind, affiliation: a.affiliation, mentions: mentions[id] ?? 0,
                            articles: articleCounts[id] ?? 0, indent: false)
        }
        let byCount: (ActorRow, ActorRow) -> Bool = { x, y in
            if x.mentions != y.mentions { return x.mentions > y.mentions }
            return CorpusView.nameOrder(x, y)
        }
        switch actorOrder {
        case .mentions: rows.sort(by: byCount)
        case .articles:
            rows.sort { x, y in x.articles != y.articles ? x.articles > y.articles : byCount(x, y) }
        case .name: rows.sort(by: CorpusView.nameOrder)
        case .grouped: rows = CorpusView.grouped(rows, byCount)
        }
        actors = rows

        defer { unfollowedArticles = articles }
        switch articleOrder {
        case .oldest: articles = articleSet
        case .newest: articles = articleSet.reversed()
        case .title:
            articles = articleSet.sorted {
                corpus.articles[$0].title.lowercased().utf8.lexicographicallyPrecedes(corpus.articles[$1].title.lowercased().utf8)
            }
        }
    }

    /// The quantities that pass the filters: through the actor index, then dates and search.
    private static func quantities(_ corpus: Corpus, _ filters: Filters, inView: Set<Int>, hits: [SearchHit])
        -> [Corpus.QuantityRef] {
        var refs = CorpusView.throughIndex(corpus.quantities, corpus.quantitiesByActor, filters, inView: inView, article: \.article)
        if let range = filters.dates { refs = refs.filter { corpus.day(of: $0).map(range.contains) ?? false } }
        if !filters.search.isEmpty {
            let needle = Array(filters.search.lowercased().utf8)
            refs = refs.filter { ref in
                let a = corpus.articles[ref.article]
                let sentence = a.sentences[corpus.quantity(ref).sentence]
                return hits.contains { $0.article == ref.article && sentence.begin <= $0.span.begin && $0.span.end <= sentence.end }
                    || CorpusView.contains(needle, in: a.slice(sentence))
            }
        }
        return refs
    }

    /// Puts the articles of the event's date (its own article first) at the top, and the
    /// quantities of its sentence, then of its dates.
    private mutating func followed(_ e: Corpus.EventRef, corpus: Corpus) {
        followQuantities(e, corpus: corpus)
        articles = unfollowedArticles
        let event = corpus.event(e)
        guard let day = event.firstDay else {
            if let k = articles.firstIndex(of: e.article) {
                articles.remove(at: k)
                articles.insert(e.article, at: 0)
            }
            return
        }
        let last = event.lastDay ?? day
        var first: [Int] = [], rest: [Int] = []
        for k in articles {
            if k == e.article { continue }
            if let d = corpus.articles[k].date, d >= day, d <= last { first.append(k) } else { rest.append(k) }
        }
        articles = (articles.contains(e.article) ? [e.article] : []) + first + rest
    }

    private mutating func followQuantities(_ e: Corpus.EventRef, corpus: Corpus) {
        let event = corpus.event(e)
        var own: [Corpus.QuantityRef] = [], sameDays: [Corpus.QuantityRef] = [], rest: [Corpus.QuantityRef] = []
        for ref in unfollowedQuantities {
            if ref.article == e.article, corpus.quantity(ref).event == e.event {
                own.append(ref)
            } else if let day = event.firstDay, let d = corpus.day(of: ref), d >= day, d <= (event.lastDay ?? day) {
                sameDays.append(ref)
            } else {
                rest.append(ref)
            }
        }
        quantities = own + sameDays + rest
    }

    /// Countries (and other owners) by count, each followed by what belongs to it.
    private static func grouped(_ rows: [ActorRow], _ order: (ActorRow, ActorRow) -> Bool) -> [ActorRow] {
        let ids = Set(rows.map(\.id))
        var members: [String: [ActorRow]] = [:]
        var tops: [ActorRow] = []
        for r in rows {
            if let owner = r.affiliation, owner != r.id, ids.contains(owner) {
                members[owner, default: []].append(r)
            } else {
                tops.append(r)
            }
        }
        var out: [ActorRow] = []
        func add(_ r: ActorRow, indent: Bool, depth: Int) {
            out.append(ActorRow(id: r.id, name: r.name, kind: r.kind, affiliation: r.affiliation, mentions: r.mentions,
                                articles: r.articles, indent: indent))
            guard depth < 3 else { return }
            for m in (members[r.id] ?? []).sorted(by: order) { add(m, indent: true, depth: depth + 1) }
        }
        for t in tops.sorted(by: order) { add(t, indent: false, depth: 0) }
        return out
    }

    private static func nameOrder(_ x: ActorRow, _ y: ActorRow) -> Bool {
        let a = x.name.lowercased(), b = y.name.lowercased()
        return a != b ? a.utf8.lexicographicallyPrecedes(b.utf8) : x.id < y.id
    }

    /// The items (in `all`'s order) of the articles in view that involve the filtered actors,
    /// found through the corpus index of actor → items rather than by reading text.
    static func throughIndex<Ref: Hashable>(_ all: [Ref], _ byActor: [String: [Ref]], _ filters: Filters, inView: Set<Int>,
                                            article: (Ref) -> Int) -> [Ref] {
        guard !filters.actors.isEmpty else { return all.filter { inView.contains(article($0)) } }
        let lists = filters.actors.map { byActor[$0] ?? [] }
        let order = Dictionary(uniqueKeysWithValues: all.enumerated().map { ($1, $0) })
        return combine(lists.map { $0.map { order[$0]! } }, mode: filters.mode).map { all[$0] }
            .filter { inView.contains(article($0)) }
    }

    /// Sorted ascending lists combined: all of them (intersection) or any (union).
    static func combine<T: Comparable & Hashable>(_ lists: [[T]], mode: Corpus.FilterMode) -> [T] {
        guard var acc = lists.first.map({ Array(Set($0)).sorted() }) else { return [] }
        for l in lists.dropFirst() {
            let s = Set(l)
            switch mode {
            case .all: acc = acc.filter { s.contains($0) }
            case .any: acc = Array(Set(acc).union(s)).sorted()
            }
        }
        return acc
    }

    static func isUndated(_ e: Event) -> Bool { e.firstDay == nil && e.lastDay == nil || e.vague == .future }

    /// Whether an event's days meet a range (vague and undated events never do).
    static func overlaps(_ e: Event, _ range: ClosedRange<CivilDate>) -> Bool {
        guard e.vague == nil || e.vague == .present, let first = e.firstDay ?? e.lastDay else { return false }
        let last = e.lastDay ?? first
        return first <= range.upperBound && last >= range.lowerBound
    }

    /// Every case-insensitive (ASCII) occurrence of `needle` in the article's text, as spans.
    static func find(_ needle: [UInt8], in a: Article) -> [TextSpan] {
        guard !needle.isEmpty else { return [] }
        var text = a.text
        let map = a.scalarMap
        return text.withUTF8 { u in
            var out: [TextSpan] = []
            let n = needle.count
            guard u.count >= n else { return out }
            var i = 0
            while i <= u.count - n {
                var j = 0
                while j < n, CorpusView.fold(u[i + j]) == needle[j] { j += 1 }
                if j == n {
                    out.append(TextSpan(map.scalarOffset(ofByte: i), map.scalarOffset(ofByte: i + n)))
                    i += n
                } else {
                    i += 1
                }
            }
            return out
        }
    }

    @inline(__always)
    static func fold(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b | 0x20 : b }

    static func contains(_ needle: [UInt8], in s: String) -> Bool {
        let hay = Array(s.utf8)
        guard hay.count >= needle.count, !needle.isEmpty else { return needle.isEmpty }
        for i in 0...(hay.count - needle.count) {
            var j = 0
            while j < needle.count, CorpusView.fold(hay[i + j]) == needle[j] { j += 1 }
            if j == needle.count { return true }
        }
        return false
    }
}
