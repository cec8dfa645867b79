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
    /// Every actor of the corpus by id, merged across articles.
    public let actors: [String: ActorSummary]
    /// Every quantity of every article, in date order (undated last).
    public let quantities: [QuantityRef]
    /// Figures that count the same thing about the same countries in several articles.
    public let tracks: [QuantityTrack]
    /// The track each quantity belongs to (an index into `tracks`).
    public let trackOf: [QuantityRef: Int]
    /// The columns and posting lists that queries read (`CorpusView`): day numbers, actor
    /// numbers, per-actor lists, the search index.
    let index: CorpusIndex

    public init(articles: consuming [Article], warnings: [LoadWarning] = [], paths: [String] = []) {
        // Sorted in place when the caller hands its only copy over (the loader's last snapshot).
        var sorted = articles
        sorted.sort(by: Corpus.order)
        self.articles = sorted
        self.warnings = warnings
        self.paths = paths
        var byID: [String: Int] = [:]
        for (k, a) in self.articles.enumerated() where byID[a.id] == nil { byID[a.id] = k }
        indexByID = byID
        timeline = Corpus.buildTimeline(self.articles)
        let actors = Corpus.buildActors(self.articles)
        self.actors = actors
        let quantities = Corpus.orderQuantities(self.articles)
        self.quantities = quantities
        (tracks, trackOf) = QuantityTrack.build(self.articles, quantities)
        index = CorpusIndex(self.articles, timeline: timeline, quantities: quantities, actors: actors)
    }

    /// The events whose sentence names the actor or one of its members (people and
    /// organizations affiliated with it), in timeline order — so filters never scan text.
    public func events(ofActor id: String) -> [EventRef] {
        guard let n = index.actorNumber[id] else { return [] }
        return index.eventsOfActor[Int(n)].map { timeline[Int($0)] }
    }

    /// The articles (ascending indexes) that name the actor or one of its members.
    public func articles(ofActor id: String) -> [Int] {
        guard let n = index.actorNumber[id] else { return [] }
        return index.articlesOfActor[Int(n)].map(Int.init)
    }

    /// The quantities whose sentence names the actor or one of its members, in the order of
    /// `quantities`.
    public func quantities(ofActor id: String) -> [QuantityRef] {
        guard let n = index.actorNumber[id] else { return [] }
        return index.quantitiesOfActor[Int(n)].map { quantities[Int($0)] }
    }

    /// The words of every sentence, for search (built on first use, or ahead by `prepareSearch`).
    public var searchIndex: SearchIndex { index.search(articles) }

    /// Builds the search index now (the loader does, off the main thread, once loaded).
    public func prepareSearch() { _ = searchIndex }

    /// Whether both are the same built corpus (a copy of one value, not an equal rebuild).
    public func isSameSnapshot(as other: Corpus) -> Bool { index === other.index }

    /// An actor across the corpus: its most used name, kind and affiliation, how often it is
    /// named, and in how many articles.
    public struct ActorSummary: Sendable, Hashable {
        public let id: String
        public let name: String
        public let kind: ActorKind
        public let affiliation: String?
        public let mentionCount: Int
        public let articleCount: Int
    }

    private static func buildActors(_ articles: [Article]) -> [String: ActorSummary] {
        struct Tally {
            var names: [String: Int] = [:]
            var kind: ActorKind
            var affiliations: [String: Int] = [:]
            var mentions = 0
            var articles = 0
            var lastArticle = -1
        }
        var tallies: [String: Tally] = [:]
        for (k, a) in articles.enumerated() {
            // An office with no holder or country ("the spokesman") is no actor of the corpus.
            for actor in a.actors where !actor.isOffice {
                var t = tallies[actor.id] ?? Tally(kind: actor.kind)
                t.names[actor.name, default: 0] += actor.mentions.count
                if let aff = actor.affiliation { t.affiliations[aff, default: 0] += 1 }
                t.mentions += actor.mentions.count
                if t.lastArticle != k {
                    t.articles += 1
                    t.lastArticle = k
                }
                tallies[actor.id] = t
            }
        }
        var out: [String: ActorSummary] = [:]
        for (id, t) in tallies {
            let name = t.names.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
            let aff = t.affiliations.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
            out[id] = ActorSummary(id: id, name: name, kind: t.kind, affiliation: aff, mentionCount: t.mentions, articleCount: t.articles)
        }
        return out
    }

    /// How actors combine in a filter.
    public enum FilterMode: Sendable { case all, any }

    /// Points to one event: `articles[article].events[event]`.
    public struct EventRef: Hashable, Sendable {
        public let article: Int
        public let event: Int

        public init(article: Int, event: Int) {
            self.article = article
            self.event = event
        }
    }

    public func event(_ ref: EventRef) -> Event { articles[ref.article].events[ref.event] }

    /// Whether an event is background: it ends more than a year before its article.
    public func isBackground(_ ref: EventRef) -> Bool { CorpusIndex.isBackground(event(ref), in: articles[ref.article]) }

    /// Whether a figure is background: the market's, or one that says too little to tell.
    public func isBackground(_ ref: QuantityRef) -> Bool { QuantitySalience.isBackground(quantity(ref)) }

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

    /// The search hits of one article, as spans of its text.
    public func hits(of m: SearchMatches, inArticle k: Int) -> [TextSpan] {
        let starts = index.sentenceStart
        let start = Int(starts[k]), end = Int(starts[k + 1])
        var out: [TextSpan] = []
        var i = m.lowerBound(sentence: start)
        while i < m.sentences.count, Int(m.sentences[i]) < end {
            out += SearchText.hits(m.query, in: articles[k], sentence: Int(m.sentences[i]) - start)
            i += 1
        }
        return out
    }

    /// Hit number `n` (0-based, in article and text order): its article and span.
    public func hit(_ n: Int, of m: SearchMatches) -> (article: Int, span: TextSpan)? {
        guard n >= 0, n < m.hitCount else { return nil }
        let k = m.sentenceIndex(ofHit: n)
        let s = Int(m.sentences[k])
        let a = searchIndex.article(ofSentence: s)
        let spans = SearchText.hits(m.query, in: articles[a], sentence: s - Int(index.sentenceStart[a]))
        let j = n - m.firstHit(inSentenceAt: k)
        guard spans.indices.contains(j) else { return spans.last.map { (a, $0) } }
        return (a, spans[j])
    }

    /// What a search finds in the whole corpus (a find moves cursors; it does not narrow).
    public func find(_ text: String) -> SearchMatches { searchIndex.match(text, in: articles) }

    /// The index of the article with this id and path (ids repeat across folders at times).
    public func articleIndex(id: String, path: String) -> Int? {
        if let k = indexByID[id], articles[k].path == path { return k }
        return articles.firstIndex { $0.id == id && $0.path == path }
    }

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
