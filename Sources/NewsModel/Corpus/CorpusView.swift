/// What the filters leave of a corpus, ready for the panes: the events in timeline order, the
/// actors in the chosen order with their counts inside the view, the quantities and articles
/// (with the cursor's date brought to the front when following), and the search matches.
///
/// A view is index arrays into the corpus columns (`CorpusIndex`): filters combine posting
/// lists and compare day numbers, a search reads the word index, and following the timeline
/// cursor finds the items of its date by binary search — only the rows a pane shows are ever
/// turned into text.
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
        /// Its place in the corpus's name order.
        let nameRank: Int32
    }

    /// The events in view: timeline positions, read as event references.
    public struct EventList: RandomAccessCollection, Sendable {
        let positions: [Int32]
        let timeline: [Corpus.EventRef]
        public var startIndex: Int { 0 }
        public var endIndex: Int { positions.count }
        public subscript(i: Int) -> Corpus.EventRef { timeline[Int(positions[i])] }
        /// The row of a timeline position, when it is in view.
        func row(ofPosition p: Int32) -> Int? { CorpusView.row(of: p, in: positions) }
    }

    public let filters: Filters
    public let actorOrder: ActorOrder
    public let articleOrder: ArticleOrder
    public let quantityOrder: QuantityOrder
    /// Events in timeline order: dated first (by day), then present, undated and future ones.
    public let events: EventList
    /// Where the events without a date on the timeline start (nil when all are dated).
    public let firstUndatedEvent: Int?
    public let actors: [ActorRow]
    /// How many events the view would hold but hides as background (`Filters.background`).
    public let hiddenBackground: Int
    /// How many quantities the view would hold but hides as background.
    public let hiddenBackgroundQuantities: Int
    /// How many events the view shows inside another's row: reports of the same happening in
    /// other articles (`Stories`).
    public let mergedEvents: Int
    /// The timeline positions of each row that stands for several reports, by row.
    private let storyRows: [Int: [Int32]]
    /// Quantities in the chosen order; when following, those of the cursor's event and date first.
    public private(set) var quantities: FollowedList<Corpus.QuantityRef>
    /// Article indexes in the chosen order; when following, the cursor's article and those of
    /// its date first.
    public private(set) var articles: FollowedList<Int>
    /// The search's matches (nil without a search).
    public let search: SearchMatches?
    /// Each article's row in the unfollowed article order (-1 when out of view).
    private let articleRank: [Int32]
    private let index: CorpusIndex
    private let quantityPositions: [Int32]
    /// The pane row of each row of `quantityPositions` (nil in date order: the same).
    private let quantityDisplayRow: [Int32]?

    public init(corpus: Corpus, filters: Filters = Filters(), actorOrder: ActorOrder = .mentions,
                articleOrder: ArticleOrder = .oldest, quantityOrder: QuantityOrder = .salience) {
        let ix = corpus.index
        index = ix
        self.filters = filters
        self.actorOrder = actorOrder
        self.articleOrder = articleOrder
        self.quantityOrder = quantityOrder
        let articleCount = corpus.articles.count

        let n = Narrowing(filters, ix)
        let (inView, matches) = CorpusView.articlesInView(corpus, n)
        search = matches
        let (positions, hidden, stories) = CorpusView.eventPositions(corpus, n, inView, matches)
        hiddenBackground = hidden
        storyRows = stories
        mergedEvents = stories.values.reduce(0) { $0 + $1.count - 1 }
        events = EventList(positions: positions, timeline: corpus.timeline)
        let firstUndated = BinarySearch.first(in: 0..<positions.count) { Int(positions[$0]) >= ix.datedCount }
        firstUndatedEvent = firstUndated < positions.count ? firstUndated : nil
        let (qpositions, qhidden) = CorpusView.quantityPositions(corpus, n, inView, matches)
        quantityPositions = qpositions
        hiddenBackgroundQuantities = qhidden
        let display = CorpusView.quantityDisplay(ix, qpositions, quantityOrder)
        quantityDisplayRow = display.rowOfDateRow
        quantities = FollowedList(display.dateRows.map { corpus.quantities[Int(qpositions[$0])] })
        actors = CorpusView.actorRows(corpus, n, inView, order: actorOrder)
        let order = CorpusView.articleOrder(ix, inView, articleOrder)
        var rank = [Int32](repeating: -1, count: articleCount)
        for (r, k) in order.enumerated() { rank[k] = Int32(r) }
        articleRank = rank
        articles = FollowedList(order)
    }

    /// What the filters narrow by, worked out once: the actors as numbers (one the corpus does
    /// not know matches nothing), and the date range as day numbers.
    private struct Narrowing {
        let filters: Filters
        let index: CorpusIndex
        let known: [Int32]
        let impossible: Bool
        let byActor: Bool
        let range: ClosedRange<Int32>?

        init(_ filters: Filters, _ ix: CorpusIndex) {
            self.filters = filters
            index = ix
            let numbers = filters.actors.map { ix.actorNumber[$0] }
            known = numbers.compactMap { $0 }
            impossible = filters.mode == .all && known.count < numbers.count
            byActor = !filters.actors.isEmpty
            range = filters.dates.map { Int32($0.lowerBound.dayNumber)...Int32($0.upperBound.dayNumber) }
        }

        /// The positions the actor filter keeps through the posting lists, or all `count`.
        func byActors(_ lists: (Int) -> ArraySlice<Int32>, count: Int) -> [Int32] {
            if impossible { return [] }
            if byActor { return CorpusView.combine(known.map { lists(Int($0)) }, mode: filters.mode) }
            return Array(0..<Int32(count))
        }
    }

    /// The articles the filters keep (by actor, by their date or an event's, by search), and
    /// the search's hits within them.
    private static func articlesInView(_ corpus: Corpus, _ n: Narrowing) -> ([Bool], SearchMatches?) {
        let ix = n.index, articleCount = corpus.articles.count
        var inView: [Bool]
        if n.impossible {
            inView = [Bool](repeating: false, count: articleCount)
        } else if n.byActor {
            inView = [Bool](repeating: false, count: articleCount)
            for k in CorpusView.combine(n.known.map { ix.articlesOfActor[Int($0)] }, mode: n.filters.mode) { inView[Int(k)] = true }
        } else {
            inView = [Bool](repeating: true, count: articleCount)
        }
        if let range = n.range {
            // An article is in a date range by its date or by any event that meets the range.
            var meets = [Bool](repeating: false, count: articleCount)
            for k in ix.firstArticle(atOrAfter: range.lowerBound)..<ix.firstArticle(atOrAfter: range.upperBound + 1) {
                meets[k] = true
            }
            for p in 0..<ix.firstDated(atOrAfter: range.upperBound + 1) where CorpusView.meets(ix, p, range) {
                meets[corpus.timeline[p].article] = true
            }
            for k in 0..<articleCount where !meets[k] { inView[k] = false }
        }
        var matches: SearchMatches?
        if !n.filters.search.isEmpty {
            let m = corpus.searchIndex.match(n.filters.search, in: corpus.articles)
            var hit = [Bool](repeating: false, count: articleCount)
            var a = 0
            for s in m.sentences {
                while Int(ix.sentenceStart[a + 1]) <= Int(s) { a += 1 }
                hit[a] = true
            }
            for k in 0..<articleCount where !hit[k] { inView[k] = false }
            // The hits counted and stepped through are those of the articles in view.
            matches = n.byActor || n.range != nil ? m.keeping(articles: { inView[$0] }, sentenceStart: ix.sentenceStart) : m
        }
        return (inView, matches)
    }

    /// Timeline positions: the posting lists, then the same article, date and search tests.
    /// Event positions in view, how many of those the background rule hides, and the rows
    /// that stand for several reports of one happening: the first of a story in view is its
    /// row, the others are in it.
    private static func eventPositions(_ corpus: Corpus, _ n: Narrowing, _ inView: [Bool], _ matches: SearchMatches?)
        -> ([Int32], hidden: Int, stories: [Int: [Int32]]) {
        let ix = n.index
        let candidates = n.byActors({ ix.eventsOfActor[$0] }, count: corpus.timeline.count)
        var positions: [Int32] = []
        positions.reserveCapacity(candidates.count)
        var hidden = 0
        var rowOfStory: [Int32: Int] = [:]
        var stories: [Int: [Int32]] = [:]
        for p in candidates {
            let i = Int(p)
            if !inView[corpus.timeline[i].article] { continue }
            if let range = n.range, !CorpusView.meets(ix, i, range) { continue }
            if let m = matches, !m.contains(sentence: Int(ix.eventSentence[i])) { continue }
            if !n.filters.background, ix.eventBackground[i] {
                hidden += 1
                continue
            }
            let story = ix.eventStory[i]
            if ix.storyMembers[story] != nil {
                if let row = rowOfStory[story] {
                    stories[row, default: [positions[row]]].append(p)
                    continue
                }
                rowOfStory[story] = positions.count
            }
            positions.append(p)
        }
        return (positions, hidden, stories)
    }

    /// The reports a timeline row stands for, in timeline order: its own event alone unless
    /// other articles report the same happening.
    public func reports(ofRow row: Int) -> [Corpus.EventRef] {
        guard let members = storyRows[row] else { return events.indices.contains(row) ? [events[row]] : [] }
        return members.map { events.timeline[Int($0)] }
    }

    /// How many articles a timeline row's reports come from.
    public func articleCount(ofRow row: Int) -> Int {
        guard let members = storyRows[row] else { return 1 }
        return Set(members.map { events.timeline[Int($0)].article }).count
    }

    /// The view's quantities (rows of the date-ordered `positions`) in `order`, and the pane
    /// row of each: one pass over the corpus's order, whatever the view holds.
    private static func quantityDisplay(_ ix: CorpusIndex, _ positions: [Int32], _ order: QuantityOrder)
        -> (dateRows: [Int], rowOfDateRow: [Int32]?) {
        guard let all = ix.quantityOrders[order] else { return (Array(positions.indices), nil) }
        var dateRowOf = [Int32](repeating: -1, count: ix.quantityPosition.count)
        for (r, p) in positions.enumerated() { dateRowOf[Int(p)] = Int32(r) }
        var rows: [Int] = []
        rows.reserveCapacity(positions.count)
        var rowOfDateRow = [Int32](repeating: 0, count: positions.count)
        for p in all where dateRowOf[Int(p)] >= 0 {
            rowOfDateRow[Int(dateRowOf[Int(p)])] = Int32(rows.count)
            rows.append(Int(dateRowOf[Int(p)]))
        }
        return (rows, rowOfDateRow)
    }

    /// Quantity positions, likewise.
    private static func quantityPositions(_ corpus: Corpus, _ n: Narrowing, _ inView: [Bool], _ matches: SearchMatches?)
        -> ([Int32], hidden: Int) {
        let ix = n.index
        var positions = n.byActors({ ix.quantitiesOfActor[$0] }, count: corpus.quantities.count)
        var hidden = 0
        positions.removeAll { p in
            let i = Int(p)
            if !inView[corpus.quantities[i].article] { return true }
            if let range = n.range, !range.contains(ix.quantityDay[i]) { return true }
            if let m = matches, !m.contains(sentence: Int(ix.quantitySentence[i])) { return true }
            if !n.filters.background, ix.quantityBackground[i] {
                hidden += 1
                return true
            }
            return false
        }
        return (positions, hidden)
    }

    /// Actor rows counted inside the view (the corpus totals when nothing narrows it), in
    /// `order`; a filtered actor stays listed.
    private static func actorRows(_ corpus: Corpus, _ n: Narrowing, _ inView: [Bool], order: ActorOrder) -> [ActorRow] {
        let ix = n.index
        var rows: [ActorRow] = []
        let everything = n.filters.isEmpty
        var mentions = everything ? ix.actorMentions : [Int32](repeating: 0, count: ix.actorIDs.count)
        var articlesNaming = everything ? ix.actorArticles : [Int32](repeating: 0, count: ix.actorIDs.count)
        if !everything {
            for k in 0..<corpus.articles.count where inView[k] {
                for j in Int(ix.articleActorStart[k])..<Int(ix.articleActorStart[k + 1]) {
                    let a = Int(ix.articleActors[j])
                    mentions[a] += ix.articleMentions[j]
                    articlesNaming[a] += 1
                }
            }
        }
        var listed = [Bool](repeating: false, count: ix.actorIDs.count)
        for a in n.known { listed[Int(a)] = true }
        for k in 0..<ix.actorIDs.count where articlesNaming[k] > 0 || listed[k] {
            let id = ix.actorIDs[k]
            guard let a = corpus.actors[id] else { continue }
            rows.append(ActorRow(id: id, name: a.name, kind: a.kind, affiliation: a.affiliation, mentions: Int(mentions[k]),
                                 articles: Int(articlesNaming[k]), indent: false, nameRank: ix.actorNameRank[k]))
        }
        let byCount: (ActorRow, ActorRow) -> Bool = { x, y in
            if x.mentions != y.mentions { return x.mentions > y.mentions }
            return CorpusView.nameOrder(x, y)
        }
        switch order {
        case .mentions: rows.sort(by: byCount)
        case .articles: rows.sort { x, y in x.articles != y.articles ? x.articles > y.articles : byCount(x, y) }
        case .name: rows.sort(by: CorpusView.nameOrder)
        case .grouped: rows = CorpusView.grouped(rows, byCount)
        }
        return rows
    }

    /// The articles in view in the chosen order.
    private static func articleOrder(_ ix: CorpusIndex, _ inView: [Bool], _ articleOrder: ArticleOrder) -> [Int] {
        var order: [Int] = []
        order.reserveCapacity(inView.count)
        switch articleOrder {
        case .oldest: for k in 0..<inView.count where inView[k] { order.append(k) }
        case .newest: for k in (0..<inView.count).reversed() where inView[k] { order.append(k) }
        case .title: for k in ix.titleOrder where inView[Int(k)] { order.append(Int(k)) }
        }
        return order
    }

    // MARK: following the timeline cursor

    /// The view with the event's own article first, then the articles published on its days,
    /// and its quantities first, then those dated on its days; the rest keep their order.
    /// Costs what the event's days hold, not what the view holds.
    public func following(_ ref: Corpus.EventRef, in corpus: Corpus) -> CorpusView {
        var v = self
        let ix = index
        let p = Int(ix.eventPosition[Int(ix.eventBase[ref.article]) + ref.event])
        let hasDay = p < ix.datedCount
        let firstDay = ix.eventDay[p]
        let lastDay = hasDay ? max(firstDay, ix.eventLast[p] == CorpusIndex.noDay ? firstDay : ix.eventLast[p]) : firstDay

        // Articles: its own, then those of its days in the pane's order.
        let base = articles.base
        var front: [Int] = []
        var moved: [Int] = []
        if articleRank[ref.article] >= 0 {
            front.append(ref.article)
            moved.append(Int(articleRank[ref.article]))
        }
        if hasDay {
            var sameDays: [Int] = []
            for k in ix.firstArticle(atOrAfter: firstDay)..<ix.firstArticle(atOrAfter: lastDay + 1)
                where k != ref.article && articleRank[k] >= 0 { sameDays.append(k) }
            sameDays.sort { articleRank[$0] < articleRank[$1] }
            front += sameDays
            moved += sameDays.map { Int(articleRank[$0]) }
        }
        moved.sort()
        v.articles = FollowedList(front: front, base: base, moved: moved)

        // Quantities: those of its event, then those dated on its days (found in date order,
        // shown in the pane's).
        let qbase = quantities.base
        let displayRow = quantityDisplayRow
        func shown(_ dateRow: Int) -> Int { displayRow.map { Int($0[dateRow]) } ?? dateRow }
        var own: [Int] = []  // rows in the unfollowed list
        let article = corpus.articles[ref.article]
        for (q, quantity) in article.quantities.enumerated() where quantity.event == ref.event {
            let position = ix.quantityPosition[Int(ix.quantityBase[ref.article]) + q]
            if let row = CorpusView.row(of: position, in: quantityPositions) { own.append(shown(row)) }
        }
        own.sort()
        var qmoved = own
        var qfront = own.map { qbase[$0] }
        if hasDay {
            let lo = CorpusView.firstRow(quantityPositions, ix.quantityDay, atOrAfter: firstDay)
            let hi = CorpusView.firstRow(quantityPositions, ix.quantityDay, atOrAfter: lastDay + 1)
            var ownSet = Set(own)
            let days = (lo..<hi).map(shown).sorted()
            for r in days where !ownSet.contains(r) {
                qfront.append(qbase[r])
                qmoved.append(r)
                ownSet.insert(r)
            }
            qmoved.sort()
        }
        v.quantities = FollowedList(front: qfront, base: qbase, moved: qmoved)
        return v
    }

    /// The row of an event in the timeline, when it is in view.
    public func row(ofEvent ref: Corpus.EventRef) -> Int? {
        guard index.eventBase.indices.contains(ref.article + 1),
              ref.event >= 0, ref.event < Int(index.eventBase[ref.article + 1] - index.eventBase[ref.article]) else { return nil }
        return events.row(ofPosition: index.eventPosition[Int(index.eventBase[ref.article]) + ref.event])
    }

    /// The row of an article in the articles pane, when it is in view.
    public func row(ofArticle k: Int) -> Int? {
        guard articleRank.indices.contains(k), articleRank[k] >= 0 else { return nil }
        if let i = articles.front.firstIndex(of: k) { return i }
        return articles.row(ofBase: Int(articleRank[k]))
    }

    // MARK: days of the timeline

    /// The day of the event at a row (nil for undated, vague and future ones).
    public func day(atRow i: Int) -> CivilDate? {
        guard events.indices.contains(i) else { return nil }
        let p = Int(events.positions[i])
        return p < index.datedCount ? CivilDate(dayNumber: Int(index.eventDay[p])) : nil
    }

    /// Rows of dated events: `0..<datedRows`, in day order.
    public var datedRows: Int { firstUndatedEvent ?? events.count }

    /// The first dated row whose day is at least `day` (`datedRows` when none is).
    public func firstRow(onOrAfter day: CivilDate) -> Int {
        let d = Int32(day.dayNumber)
        return BinarySearch.first(in: 0..<datedRows) { index.eventDay[Int(events.positions[$0])] >= d }
    }

    /// The day number of the dated row `i` (`0..<datedRows`).
    public func dayNumber(atRow i: Int) -> Int { Int(index.eventDay[Int(events.positions[i])]) }

    // MARK: search hits

    /// The search hits of one article, as spans of its text.
    public func hits(inArticle k: Int, corpus: Corpus) -> [TextSpan] {
        search.map { corpus.hits(of: $0, inArticle: k) } ?? []
    }

    /// Hit number `n` (0-based, in article and text order): its article and span.
    public func hit(_ n: Int, corpus: Corpus) -> (article: Int, span: TextSpan)? {
        search.flatMap { corpus.hit(n, of: $0) }
    }

    public var hitCount: Int { search?.hitCount ?? 0 }

    // MARK: finding (a search that moves the cursor, not the view)

    /// The global sentence number of the event at a row.
    public func sentence(ofEventRow i: Int) -> Int { Int(index.eventSentence[Int(events.positions[i])]) }

    /// Whether the row of each pane holds a hit of `m`.
    public func eventRow(_ i: Int, holds m: SearchMatches) -> Bool { m.contains(sentence: sentence(ofEventRow: i)) }

    public func quantityRow(_ i: Int, holds m: SearchMatches, corpus: Corpus) -> Bool {
        let ref = quantities[i]
        return m.contains(sentence: Int(index.sentenceStart[ref.article]) + corpus.quantity(ref).sentence)
    }

    public func articleRow(_ i: Int, holds m: SearchMatches) -> Bool {
        let a = articles[i]
        let start = Int(index.sentenceStart[a]), end = Int(index.sentenceStart[a + 1])
        let k = m.lowerBound(sentence: start)
        return k < m.sentences.count && Int(m.sentences[k]) < end
    }

    // MARK: helpers

    static func meets(_ ix: CorpusIndex, _ p: Int, _ range: ClosedRange<Int32>) -> Bool {
        let first = ix.eventFirst[p]
        return first != CorpusIndex.noDay && first <= range.upperBound && ix.eventLast[p] >= range.lowerBound
    }

    static func row(of position: Int32, in positions: [Int32]) -> Int? {
        let r = BinarySearch.first(in: 0..<positions.count) { positions[$0] >= position }
        return r < positions.count && positions[r] == position ? r : nil
    }

    /// The first row of a date-ordered position list whose day is at least `day`.
    static func firstRow(_ positions: [Int32], _ days: [Int32], atOrAfter day: Int32) -> Int {
        BinarySearch.first(in: 0..<positions.count) { days[Int(positions[$0])] >= day }
    }

    /// Ascending lists combined: all of them (intersection) or any (union), ascending.
    static func combine(_ lists: [ArraySlice<Int32>], mode: Corpus.FilterMode) -> [Int32] {
        guard var acc = lists.first.map({ SearchIndex.unique(Array($0)) }) else { return [] }
        for l in lists.dropFirst() {
            switch mode {
            case .all: acc = SearchIndex.intersect(acc, Array(l))
            case .any: acc = union(acc, Array(l))
            }
        }
        return acc
    }

    static func union(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            let x: Int32
            if j == b.count || (i < a.count && a[i] <= b[j]) {
                x = a[i]
                if j < b.count, b[j] == x { j += 1 }
                i += 1
            } else {
                x = b[j]
                j += 1
            }
            if out.last != x { out.append(x) }
        }
        return out
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
                                articles: r.articles, indent: indent, nameRank: r.nameRank))
            guard depth < 3 else { return }
            for m in (members[r.id] ?? []).sorted(by: order) { add(m, indent: true, depth: depth + 1) }
        }
        for t in tops.sorted(by: order) { add(t, indent: false, depth: 0) }
        return out
    }

    private static func nameOrder(_ x: ActorRow, _ y: ActorRow) -> Bool { x.nameRank < y.nameRank }

    /// Whether an event has no day on the timeline (undated, or a future reference).
    public static func isUndated(_ e: Event) -> Bool { e.firstDay == nil && e.lastDay == nil || e.vague == .future }
}
