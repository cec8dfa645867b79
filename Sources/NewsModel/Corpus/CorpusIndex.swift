import Foundation

/// What queries over a corpus read instead of its articles: one column per property of the
/// timeline, the quantities and the articles (day numbers, global sentence numbers), actor
/// ids interned to numbers, the affiliation chain of each actor computed once, posting lists
/// from actors to events, articles and quantities, and the search index.
///
/// Built once per corpus; immutable after, except the search index, made on first use.
final class CorpusIndex: @unchecked Sendable {
    /// An event without a day, a vague one or a future reference: never inside a date range.
    static let noDay = Int32.min

    // Timeline, by position in `Corpus.timeline`.
    /// First and last day numbers (`noDay` when the event has no day a range can meet).
    let eventFirst: [Int32]
    let eventLast: [Int32]
    /// The day the timeline sorts and jumps by (first, else last); `noDay` past `datedCount`.
    let eventDay: [Int32]
    /// Events before this position are dated, in day order; the rest are undated or future.
    let datedCount: Int
    /// The global sentence number of each event.
    let eventSentence: [Int32]
    /// The timeline position of `articles[a].events[e]`: `eventPosition[eventBase[a] + e]`.
    let eventBase: [Int32]
    let eventPosition: [Int32]
    /// Whether the event at each timeline position is background: it ends more than a year
    /// before its article was published ("the 1994 peace accords" in a 1997 story).
    let eventBackground: [Bool]
    /// The timeline position of the first event of each event's story (`Stories`): its own
    /// when no other article reports the same happening.
    let eventStory: [Int32]
    /// The positions of each story of two or more events, by its first, in timeline order.
    let storyMembers: [Int32: [Int32]]

    // Quantities, by position in `Corpus.quantities`.
    /// Day number (its event's, else its article's), `Int32.max` when undated.
    let quantityDay: [Int32]
    let quantitySentence: [Int32]
    /// The position of `articles[a].quantities[q]`: `quantityPosition[quantityBase[a] + q]`.
    let quantityBase: [Int32]
    let quantityPosition: [Int32]
    /// The quantity positions in the salience, value and category orders (date is position order).
    let quantityOrders: [QuantityOrder: [Int32]]
    /// Whether the quantity at each position is background (`QuantitySalience.isBackground`).
    let quantityBackground: [Bool]

    // Articles.
    /// Publication day numbers, ascending (articles are in date order); `Int32.max` undated.
    let articleDay: [Int32]
    /// Article indexes in title order, and each article's place in it.
    let titleOrder: [Int32]
    /// The actors each article names, with mention counts: `articleActors[articleActorStart[a]..<…[a + 1]]`.
    let articleActorStart: [Int32]
    let articleActors: [Int32]
    let articleMentions: [Int32]
    /// The first global sentence number of each article, and the total at the end.
    let sentenceStart: [Int32]

    // Actors.
    let actorIDs: [String]
    let actorNumber: [String: Int32]
    /// Each actor and what it belongs to, up to four links ("kim-jong-un" → "north-korea").
    let owners: [[Int32]]
    /// Posting lists: timeline positions, article indexes and quantity positions (ascending)
    /// that name each actor or one of its members.
    let eventsOfActor: PostingLists
    let articlesOfActor: PostingLists
    let quantitiesOfActor: PostingLists
    /// Each actor's place in name order (lower-cased name, then id), for sorting rows.
    let actorNameRank: [Int32]
    /// Mentions and articles of each actor in the whole corpus.
    let actorMentions: [Int32]
    let actorArticles: [Int32]

    private let lock = NSLock()
    private var searchIndex: SearchIndex?

    /// The deepest affiliation chain followed (a person → party → country …).
    static let maximumChain = 4

    init(_ articles: [Article], timeline: [Corpus.EventRef], quantities: [Corpus.QuantityRef],
         actors: [String: Corpus.ActorSummary]) {
        let bases = CorpusIndex.bases(articles)
        sentenceStart = bases.sentence
        eventBase = bases.event
        quantityBase = bases.quantity
        let t = CorpusIndex.timelineColumns(articles, timeline, bases)
        eventFirst = t.first
        eventLast = t.last
        eventDay = t.day
        datedCount = t.dated
        eventSentence = t.sentence
        eventPosition = t.position
        eventBackground = timeline.map { CorpusIndex.isBackground(articles[$0.article].events[$0.event], in: articles[$0.article]) }
        let q = CorpusIndex.quantityColumns(articles, quantities, bases)
        quantityDay = q.day
        quantitySentence = q.sentence
        quantityPosition = q.position
        quantityOrders = CorpusIndex.quantityOrders(articles, quantities)
        quantityBackground = quantities.map { QuantitySalience.isBackground(articles[$0.article].quantities[$0.quantity]) }
        articleDay = articles.map { $0.date.map { Int32($0.dayNumber) } ?? Int32.max }
        let titles = articles.map { Array($0.title.lowercased().utf8) }
        titleOrder = (0..<Int32(articles.count)).sorted { x, y in
            titles[Int(x)] != titles[Int(y)] ? titles[Int(x)].lexicographicallyPrecedes(titles[Int(y)]) : x < y
        }
        let table = CorpusIndex.actorTable(actors)
        actorIDs = table.ids
        actorNumber = table.number
        owners = table.chains
        actorNameRank = table.nameRank
        actorMentions = table.ids.map { Int32(actors[$0]!.mentionCount) }
        actorArticles = table.ids.map { Int32(actors[$0]!.articleCount) }
        var owning = Owning(number: table.number, chains: table.chains)
        eventsOfActor = CorpusIndex.eventPostings(articles, timeline, sentences: t.sentence, &owning)
        articlesOfActor = CorpusIndex.articlePostings(articles, &owning)
        let named = CorpusIndex.articleActorColumns(articles, number: table.number)
        articleActorStart = named.start
        articleActors = named.actors
        articleMentions = named.mentions
        quantitiesOfActor = CorpusIndex.quantityPostings(articles, quantities, &owning)
        (eventStory, storyMembers) = Stories.find(articles, timeline, first: t.first, last: t.last, day: t.day,
                                                   datedCount: t.dated, actorNumber: table.number)
    }

    /// The first global sentence, event and quantity number of each article (and the totals).
    private static func bases(_ articles: [Article]) -> (sentence: [Int32], event: [Int32], quantity: [Int32]) {
        var sentenceStart: [Int32] = [0], eventBase: [Int32] = [0], quantityBase: [Int32] = [0]
        sentenceStart.reserveCapacity(articles.count + 1)
        for a in articles {
            sentenceStart.append(sentenceStart.last! + Int32(a.sentences.count))
            eventBase.append(eventBase.last! + Int32(a.events.count))
            quantityBase.append(quantityBase.last! + Int32(a.quantities.count))
        }
        return (sentenceStart, eventBase, quantityBase)
    }

    /// The timeline's columns: first and last day, sort day, global sentence, and each event's
    /// timeline position; `dated` counts the dated events at the front.
    /// An event that ends more than a year before its article's date (none in an undated
    /// article, or for a vague or undated event).
    static func isBackground(_ e: Event, in article: Article) -> Bool {
        guard let date = article.date, e.vague == nil, let end = e.lastDay ?? e.firstDay else { return false }
        return end.dayNumber < date.dayNumber - 366
    }

    private static func timelineColumns(_ articles: [Article], _ timeline: [Corpus.EventRef],
                                        _ bases: (sentence: [Int32], event: [Int32], quantity: [Int32]))
        -> (first: [Int32], last: [Int32], day: [Int32], sentence: [Int32], position: [Int32], dated: Int) {
        var first = [Int32](), last = [Int32](), day = [Int32](), sentence = [Int32]()
        first.reserveCapacity(timeline.count)
        last.reserveCapacity(timeline.count)
        day.reserveCapacity(timeline.count)
        sentence.reserveCapacity(timeline.count)
        var position = [Int32](repeating: 0, count: Int(bases.event.last!))
        var dated = 0
        for (p, ref) in timeline.enumerated() {
            let a = articles[ref.article]
            let e = a.events[ref.event]
            let undated = (e.firstDay == nil && e.lastDay == nil) || e.vague == .future
            if !undated { dated = p + 1 }
            let d = e.firstDay ?? e.lastDay
            day.append(undated ? CorpusIndex.noDay : Int32(d!.dayNumber))
            if (e.vague == nil || e.vague == .present), let f = d {
                first.append(Int32(f.dayNumber))
                last.append(Int32((e.lastDay ?? f).dayNumber))
            } else {
                first.append(CorpusIndex.noDay)
                last.append(CorpusIndex.noDay)
            }
            let s = a.sentenceIndex(containing: e.sentence.begin) ?? 0
            sentence.append(bases.sentence[ref.article] + Int32(s))
            position[Int(bases.event[ref.article]) + ref.event] = Int32(p)
        }
        return (first, last, day, sentence, position, dated)
    }

    /// Every quantity position in each order but date (ties keep date order).
    static func quantityOrders(_ articles: [Article], _ refs: [Corpus.QuantityRef]) -> [QuantityOrder: [Int32]] {
        // One key per quantity and order, worked out before sorting (smaller sorts first).
        let categories = Quantity.Category.allCases
        var salience: [Double] = [], value: [Double] = [], category: [Double] = []
        salience.reserveCapacity(refs.count)
        for ref in refs {
            let q = articles[ref.article].quantities[ref.quantity]
            let s = QuantitySalience.score(q)
            salience.append(-s)
            value.append(-(q.value ?? -1))
            category.append(Double(categories.firstIndex(of: q.category)!) * 1000 - s)
        }
        func order(_ key: [Double]) -> [Int32] {
            key.withUnsafeBufferPointer { k in
                (0..<Int32(k.count)).sorted { x, y in k[Int(x)] != k[Int(y)] ? k[Int(x)] < k[Int(y)] : x < y }
            }
        }
        return [.salience: order(salience), .value: order(value), .category: order(category)]
    }

    /// The quantities' columns: day, global sentence, and each quantity's position.
    private static func quantityColumns(_ articles: [Article], _ quantities: [Corpus.QuantityRef],
                                        _ bases: (sentence: [Int32], event: [Int32], quantity: [Int32]))
        -> (day: [Int32], sentence: [Int32], position: [Int32]) {
        var qday = [Int32](), qsentence = [Int32]()
        qday.reserveCapacity(quantities.count)
        qsentence.reserveCapacity(quantities.count)
        var qposition = [Int32](repeating: 0, count: Int(bases.quantity.last!))
        for (p, ref) in quantities.enumerated() {
            qday.append(Corpus.day(of: ref, in: articles).map { Int32($0.dayNumber) } ?? Int32.max)
            qsentence.append(bases.sentence[ref.article] + Int32(articles[ref.article].quantities[ref.quantity].sentence))
            qposition[Int(bases.quantity[ref.article]) + ref.quantity] = Int32(p)
        }
        return (qday, qsentence, qposition)
    }

    /// Actors numbered in id order, each with its affiliation chain and its place in name order.
    private static func actorTable(_ actors: [String: Corpus.ActorSummary])
        -> (ids: [String], number: [String: Int32], chains: [[Int32]], nameRank: [Int32]) {
        let ids = actors.keys.sorted()
        var number: [String: Int32] = [:]
        number.reserveCapacity(ids.count)
        for (k, id) in ids.enumerated() { number[id] = Int32(k) }
        let chains: [[Int32]] = ids.map { id in
            var chain = [number[id]!]
            var next = actors[id]?.affiliation
            while let a = next, chain.count <= CorpusIndex.maximumChain, let n = number[a], !chain.contains(n) {
                chain.append(n)
                next = actors[a]?.affiliation
            }
            return chain
        }
        let names = ids.map { Array(actors[$0]!.name.lowercased().utf8) }
        var rank = [Int32](repeating: 0, count: ids.count)
        let byName = (0..<ids.count).sorted { x, y in
            names[x] != names[y] ? names[x].lexicographicallyPrecedes(names[y]) : ids[x] < ids[y]
        }
        for (r, n) in byName.enumerated() { rank[n] = Int32(r) }
        return (ids, number, chains, rank)
    }

    /// The owners of lists of actor ids (each id and its chain), each found once per list:
    /// marked with the list's own number, so that no list is searched.
    private struct Owning {
        let number: [String: Int32]
        let chains: [[Int32]]
        var mark: [Int]
        var generation = 0

        init(number: [String: Int32], chains: [[Int32]]) {
            self.number = number
            self.chains = chains
            mark = [Int](repeating: 0, count: chains.count)
        }

        mutating func owners<S: Sequence>(of list: S) -> [Int32] where S.Element == String {
            generation += 1
            var out: [Int32] = []
            for id in list {
                guard let n = number[id] else { continue }
                for o in chains[Int(n)] where mark[Int(o)] != generation {
                    mark[Int(o)] = generation
                    out.append(o)
                }
            }
            return out
        }
    }

    /// Each list of (item, owner) pairs gets room for its upper bound (every id with a whole
    /// chain): pages never written are never resident, and nothing is copied as it grows.
    private static let chainRoom = CorpusIndex.maximumChain + 1

    /// Timeline positions by actor; the events of one sentence share its actors (and often
    /// sit side by side), so their owners are found once.
    private static func eventPostings(_ articles: [Article], _ timeline: [Corpus.EventRef], sentences: [Int32],
                                      _ owning: inout Owning) -> PostingLists {
        var pairs = PostingLists.Pairs()
        pairs.reserve(timeline.reduce(0) { $0 + articles[$1.article].events[$1.event].actors.count } * chainRoom)
        var previous: (article: Int, sentence: Int32, owners: [Int32]) = (-1, -1, [])
        for (p, ref) in timeline.enumerated() {
            let s = sentences[p]
            let list: [Int32]
            if previous.article == ref.article, previous.sentence == s {
                list = previous.owners
            } else {
                list = owning.owners(of: articles[ref.article].events[ref.event].actors)
                previous = (ref.article, s, list)
            }
            for o in list { pairs.add(Int32(p), to: o) }
        }
        return PostingLists(lists: owning.chains.count, pairs: pairs)
    }

    /// Article indexes by actor.
    private static func articlePostings(_ articles: [Article], _ owning: inout Owning) -> PostingLists {
        var pairs = PostingLists.Pairs()
        pairs.reserve(articles.reduce(0) { $0 + $1.actors.count } * chainRoom)
        for (k, a) in articles.enumerated() {
            for o in owning.owners(of: a.actors.lazy.map(\.id)) { pairs.add(Int32(k), to: o) }
        }
        return PostingLists(lists: owning.chains.count, pairs: pairs)
    }

    /// The actors each article names (their numbers) with their mention counts.
    private static func articleActorColumns(_ articles: [Article], number: [String: Int32])
        -> (start: [Int32], actors: [Int32], mentions: [Int32]) {
        var start: [Int32] = [0], named: [Int32] = [], mentions: [Int32] = []
        start.reserveCapacity(articles.count + 1)
        for a in articles {
            for actor in a.actors {
                guard let n = number[actor.id] else { continue }
                named.append(n)
                mentions.append(Int32(actor.mentions.count))
            }
            start.append(Int32(named.count))
        }
        return (start, named.withoutSpareCapacity(), mentions.withoutSpareCapacity())
    }

    /// Quantity positions by actor: the actors of its sentence and those it is about.
    private static func quantityPostings(_ articles: [Article], _ quantities: [Corpus.QuantityRef],
                                         _ owning: inout Owning) -> PostingLists {
        var pairs = PostingLists.Pairs()
        pairs.reserve(quantities.reduce(0) { let q = articles[$1.article].quantities[$1.quantity]; return $0 + q.actors.count + q.about.count } * chainRoom)
        for (p, ref) in quantities.enumerated() {
            let q = articles[ref.article].quantities[ref.quantity]
            for o in owning.owners(of: q.actors + q.about) { pairs.add(Int32(p), to: o) }
        }
        return PostingLists(lists: owning.chains.count, pairs: pairs)
    }

    /// The search index, built by the first caller (others wait for it).
    func search(_ articles: [Article]) -> SearchIndex {
        lock.lock()
        defer { lock.unlock() }
        if let searchIndex { return searchIndex }
        let built = SearchIndex(articles)
        searchIndex = built
        return built
    }

    /// Timeline positions in `0..<datedCount` whose sort day is at least `day`: the first.
    func firstDated(atOrAfter day: Int32) -> Int {
        BinarySearch.first(in: 0..<datedCount) { eventDay[$0] >= day }
    }

    /// The first article index published on or after `day` (articles are in date order).
    func firstArticle(atOrAfter day: Int32) -> Int {
        BinarySearch.first(in: 0..<articleDay.count) { articleDay[$0] >= day }
    }
}
