import HostileCorpus
import Testing
@testable import NewsModel

extension Corpus {
    /// The ids plus the ids of the countries or organizations they are affiliated with (the
    /// same chains the posting lists use): the reference's own reading of a filter.
    func expandWithAffiliations(_ ids: Set<String>) -> Set<String> {
        var out = ids
        for id in ids {
            if let n = index.actorNumber[id] {
                for o in index.owners[Int(n)] { out.insert(index.actorIDs[Int(o)]) }
            }
        }
        return out
    }
}

/// The query engine (`CorpusView` over `CorpusIndex`) against a brute-force reference that
/// reads every article on generated corpora: filters × modes × dates × search × orders give
/// the same rows, counts and hits, and following a cursor gives the same orders.
@Suite("Query engine against brute force")
struct QueryEngineTests {
    // MARK: generated corpora

    static let sentences = [
        "Russian troops shelled Kharkiv on Monday, Ukraine's army said.",
        "Vladimir Putin met Kim Jong Un in Pyongyang on June 19, 2024.",
        "North Korea sent 10,000 soldiers to Russia last month, officials in Seoul said.",
        "Talks between Estonia and Finland resumed on March 3 in Tallinn.",
        "The European Union pledged $40 million in aid to Ukraine on Friday.",
        "Kaja Kallas said the U.S. would send 300 tanks by next year.",
        "In 1998 the talks in Zürich ended without a deal.",
        "The strike on the harbor killed 12 people on October 4, 2024.",
        "Officials in Kyiv and Warsaw said nothing about the northern border.",
        "A summit of NATO leaders is set for July 2025 in The Hague.",
        "Prices rose 3.5 percent in the second quarter, the ministry said.",
        "Hundreds of refugees crossed into Poland on Tuesday night.",
    ]

    static func corpus(seed: UInt64, articles: Int) -> Corpus {
        var rng = SplitMix(seed: seed)
        var out: [Article] = []
        for k in 0..<articles {
            let n = Int.random(in: 1...6, using: &rng)
            var paragraphs: [String] = []
            for _ in 0..<Int.random(in: 1...3, using: &rng) {
                paragraphs.append((0..<n).map { _ in sentences.randomElement(using: &rng)! }.joined(separator: " "))
            }
            let dated = Int.random(in: 0..<10, using: &rng) > 0
            let date = dated ? CivilDate(year: 2024, month: Int.random(in: 1...12, using: &rng), day: Int.random(in: 1...28, using: &rng)) : nil
            out.append(ArticleAnalyzer.article(id: "a\(k)", path: "a\(k).txt", date: date, title: "Title \(Int.random(in: 0..<20, using: &rng))",
                               text: paragraphs.joined(separator: "\n")))
        }
        return Corpus(articles: out)
    }

    // MARK: the reference

    /// Scalars of a text, and whether each is a letter, mark or digit.
    static func isWord(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil || s.properties.generalCategory == .nonspacingMark
    }

    static func fold(_ scalars: some Sequence<Unicode.Scalar>) -> [Unicode.Scalar] {
        scalars.flatMap { Array($0.properties.lowercaseMapping.unicodeScalars) }
    }

    /// Where `query` occurs in `text` at a word start (or anywhere, for a query that starts
    /// with punctuation): scalar spans. The query's whitespace runs are one space.
    static func occurrences(_ query: String, in text: [Unicode.Scalar], span: TextSpan) -> [TextSpan] {
        let q = fold(query.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ").unicodeScalars)
        guard let q0 = q.first else { return [] }
        var out: [TextSpan] = []
        var i = span.begin
        while i < span.end {
            let atStart = !isWord(q0) || (isWord(text[i]) && (i == 0 || !isWord(text[i - 1])))
            if atStart {
                // Fold scalar by scalar until the query is covered.
                var folded: [Unicode.Scalar] = [], j = i
                while folded.count < q.count, j < span.end {
                    folded += fold([text[j]])
                    j += 1
                }
                if folded.count >= q.count, Array(folded[0..<q.count]) == q {
                    out.append(TextSpan(i, j))
                    i = j
                    continue
                }
            }
            i += 1
        }
        return out
    }

    struct Reference {
        var events: [Corpus.EventRef] = []
        var hiddenBackground = 0
        var hiddenBackgroundQuantities = 0
        var quantities: [Corpus.QuantityRef] = []
        var articles: [Int] = []
        var actors: [String: (mentions: Int, articles: Int)] = [:]
        var hits: [(article: Int, span: TextSpan)] = []
    }

    /// Per article, the hits of a search in each sentence that has some.
    static func sentenceHits(_ corpus: Corpus, _ search: String) -> [[Int: [TextSpan]]] {
        corpus.articles.map { a in
            let scalars = Array(a.text.unicodeScalars)
            var perSentence: [Int: [TextSpan]] = [:]
            if !search.isEmpty {
                for (s, span) in a.sentences.enumerated() {
                    let found = occurrences(search, in: scalars, span: span)
                    if !found.isEmpty { perSentence[s] = found }
                }
            }
            return perSentence
        }
    }

    static func reference(_ corpus: Corpus, _ f: Filters, _ order: ArticleOrder, hits sentenceHits: [[Int: [TextSpan]]],
                          quantityOrder: QuantityOrder = .date) -> Reference {
        var r = Reference()
        func passesActors(_ ids: [String]) -> Bool {
            guard !f.actors.isEmpty else { return true }
            let named = corpus.expandWithAffiliations(Set(ids))
            return f.mode == .all ? Set(f.actors).isSubset(of: named) : !Set(f.actors).isDisjoint(with: named)
        }
        func meets(_ e: Event, _ range: ClosedRange<CivilDate>) -> Bool {
            guard e.vague == nil || e.vague == .present, let first = e.firstDay ?? e.lastDay else { return false }
            return first <= range.upperBound && (e.lastDay ?? first) >= range.lowerBound
        }
        var inView: [Bool] = []
        for (k, a) in corpus.articles.enumerated() {
            var ok = passesActors(a.actors.map(\.id))
            if ok, let range = f.dates {
                ok = a.date.map(range.contains) == true || a.events.contains { meets($0, range) }
            }
            if ok, !f.search.isEmpty { ok = !sentenceHits[k].isEmpty }
            inView.append(ok)
        }
        // Reports of one happening in several articles are one row: the first in view.
        var storiesShown = Set<Int32>()
        for (position, ref) in corpus.timeline.enumerated() {
            let a = corpus.articles[ref.article], e = a.events[ref.event]
            guard inView[ref.article], passesActors(e.actors) else { continue }
            if let range = f.dates, !meets(e, range) { continue }
            if !f.search.isEmpty {
                guard let s = a.sentenceIndex(containing: e.sentence.begin), sentenceHits[ref.article][s] != nil else { continue }
            }
            if !f.background, corpus.isBackground(ref) {
                r.hiddenBackground += 1
                continue
            }
            let story = corpus.index.eventStory[position]
            if corpus.index.storyMembers[story] != nil, !storiesShown.insert(story).inserted { continue }
            r.events.append(ref)
        }
        for ref in corpus.quantities {
            let q = corpus.quantity(ref)
            guard inView[ref.article], passesActors(q.actors + q.about) else { continue }
            if let range = f.dates, corpus.day(of: ref).map(range.contains) != true { continue }
            if !f.search.isEmpty, sentenceHits[ref.article][q.sentence] == nil { continue }
            if !f.background, corpus.isBackground(ref) {
                r.hiddenBackgroundQuantities += 1
                continue
            }
            r.quantities.append(ref)
        }
        // The pane's order, by brute force: a stable sort of the date order on the order's key.
        let position = Dictionary(uniqueKeysWithValues: corpus.quantities.enumerated().map { ($0.element, $0.offset) })
        let categories = Quantity.Category.allCases
        func key(_ ref: Corpus.QuantityRef) -> [Double] {
            let q = corpus.quantity(ref), s = QuantitySalience.score(q)
            switch quantityOrder {
            case .date: return []
            case .salience: return [-s]
            case .value: return [-(q.value ?? -1)]
            case .category: return [Double(categories.firstIndex(of: q.category)!), -s]
            }
        }
        r.quantities.sort { x, y in
            let a = key(x), b = key(y)
            return a != b ? a.lexicographicallyPrecedes(b) : position[x]! < position[y]!
        }
        let ordered = corpus.articles.indices.filter { inView[$0] }
        switch order {
        case .oldest: r.articles = ordered
        case .newest: r.articles = ordered.reversed()
        case .title:
            r.articles = ordered.sorted { x, y in
                let a = Array(corpus.articles[x].title.lowercased().utf8), b = Array(corpus.articles[y].title.lowercased().utf8)
                return a != b ? a.lexicographicallyPrecedes(b) : x < y
            }
        }
        for k in ordered {
            for actor in corpus.articles[k].actors {
                r.actors[actor.id, default: (0, 0)].mentions += actor.mentions.count
                r.actors[actor.id, default: (0, 0)].articles += 1
            }
            for s in sentenceHits[k].keys.sorted() { r.hits += sentenceHits[k][s]!.map { (k, $0) } }
        }
        for id in f.actors where r.actors[id] == nil && corpus.actors[id] != nil { r.actors[id] = (0, 0) }
        return r
    }

    // MARK: the comparisons

    static let searches = ["", "kor", "KOREA", "north k", "north korea", "n", "talks in", "$40", "u.s.", "zür", "ZÜRICH",
                           "said.", "  the   harbor ", "10,000", "orea", "3.5 percent", "kim jong", "-", "$", "the"]

    @Test(arguments: [UInt64(1), 2, 3])
    func filtersModesDatesSearchAndOrdersGiveTheReferenceRows(seed: UInt64) throws {
        let corpus = QueryEngineTests.corpus(seed: seed, articles: 60)
        #expect(!corpus.timeline.isEmpty && !corpus.quantities.isEmpty)
        var rng = SplitMix(seed: seed &* 7919)
        let ids = corpus.actors.keys.sorted()
        let ranges: [ClosedRange<CivilDate>?] = [
            nil, CivilDate(year: 2024, month: 3, day: 1)!...CivilDate(year: 2024, month: 6, day: 30)!,
            CivilDate(year: 2024, month: 10, day: 4)!...CivilDate(year: 2024, month: 10, day: 4)!,
            CivilDate(year: 1998, month: 1, day: 1)!...CivilDate(year: 1998, month: 12, day: 31)!,
        ]
        var checked = 0
        for search in QueryEngineTests.searches {
            let sentenceHits = QueryEngineTests.sentenceHits(corpus, search)
            for range in ranges {
                for mode in [Corpus.FilterMode.all, .any] {
                    for count in 0...2 {
                        var f = Filters()
                        f.actors = (0..<count).map { _ in ids.randomElement(using: &rng)! }
                        if count == 2, Bool.random(using: &rng) { f.actors.append("no-such-actor") }
                        f.mode = mode
                        f.dates = range
                        f.search = search
                        f.background = Bool.random(using: &rng)
                        let order = ArticleOrder.allCases.randomElement(using: &rng)!
                        let qorder = QuantityOrder.allCases.randomElement(using: &rng)!
                        let view = CorpusView(corpus: corpus, filters: f, actorOrder: .mentions, articleOrder: order,
                                              quantityOrder: qorder)
                        let ref = QueryEngineTests.reference(corpus, f, order, hits: sentenceHits, quantityOrder: qorder)
                        let label = "\(f) \(order) \(qorder)"
                        #expect(Array(view.events) == ref.events, "\(label)")
                        #expect(view.hiddenBackground == ref.hiddenBackground, "\(label)")
                        #expect(view.hiddenBackgroundQuantities == ref.hiddenBackgroundQuantities, "\(label)")
                        #expect(Array(view.quantities) == ref.quantities, "\(label)")
                        #expect(Array(view.articles) == ref.articles, "\(label)")
                        #expect(Dictionary(uniqueKeysWithValues: view.actors.map { ($0.id, $0.mentions) })
                                    == ref.actors.mapValues(\.mentions), "\(label)")
                        #expect(Dictionary(uniqueKeysWithValues: view.actors.map { ($0.id, $0.articles) })
                                    == ref.actors.mapValues(\.articles), "\(label)")
                        #expect(view.hitCount == ref.hits.count, "\(label)")
                        let hits = (0..<view.hitCount).compactMap { view.hit($0, corpus: corpus) }
                        #expect(hits.map(\.article) == ref.hits.map(\.article) && hits.map(\.span) == ref.hits.map(\.span),
                                "\(label)")
                        for k in Set(ref.hits.map(\.article)) {
                            #expect(view.hits(inArticle: k, corpus: corpus) == ref.hits.filter { $0.article == k }.map(\.span))
                        }
                        // Undated events start where the view says.
                        let undated = view.events.firstIndex { CorpusView.isUndated(corpus.event($0)) }
                        #expect(view.firstUndatedEvent == undated)
                        checked += 1
                    }
                }
            }
        }
        #expect(checked == QueryEngineTests.searches.count * ranges.count * 2 * 3)
    }

    @Test func searchFindsWordStartsWhateverTheCaseAndPhrasesInARow() {
        let corpus = QueryEngineTests.corpus(seed: 9, articles: 40)
        func hits(_ q: String) -> [String] {
            var f = Filters()
            f.search = q
            let v = CorpusView(corpus: corpus, filters: f)
            return (0..<v.hitCount).compactMap { v.hit($0, corpus: corpus) }.map { corpus.articles[$0.article].slice($0.span) }
        }
        // A hit is what was typed, as the text spells it.
        #expect(!hits("kor").isEmpty && Set(hits("kor")) == ["Kor"])
        #expect(hits("KOR") == hits("kor"))
        #expect(hits("orea").isEmpty, "the inside of a word is not a word start")
        #expect(Set(hits("north k")) == ["North K"] && Set(hits("north korea")) == ["North Korea"])
        #expect(Set(hits("north")) == ["North", "north"], "northern counts: its start is north")
        #expect(Set(hits("zürich")) == ["Zürich"] && hits("ZÜRICH") == hits("zürich") && Set(hits("zü")) == ["Zü"])
        #expect(Set(hits("$40")) == ["$40"])
        #expect(hits("north   korea") == hits("north korea"))
        #expect(hits("korea north").isEmpty)
    }

    @Test func followingTheCursorBringsItsArticleAndDaysFirst() throws {
        let corpus = QueryEngineTests.corpus(seed: 4, articles: 80)
        for order in ArticleOrder.allCases {
            let view = CorpusView(corpus: corpus, articleOrder: order)
            for row in stride(from: 0, to: view.events.count, by: max(1, view.events.count / 25)) {
                let ref = view.events[row]
                let e = corpus.event(ref)
                let followed = view.following(ref, in: corpus)
                // Brute force: own article, then the articles of its days in pane order, then the rest.
                let base = Array(view.articles)
                var front = base.contains(ref.article) ? [ref.article] : []
                let dated = !CorpusView.isUndated(e)
                if dated, let first = e.firstDay ?? e.lastDay {
                    let last = max(first, (e.vague == nil || e.vague == .present) ? (e.lastDay ?? first) : first)
                    front += base.filter { $0 != ref.article && corpus.articles[$0].date.map { $0 >= first && $0 <= last } == true }
                }
                let articles = front + base.filter { !front.contains($0) }
                #expect(Array(followed.articles) == articles)
                for (r, k) in articles.enumerated() { #expect(followed.row(ofArticle: k) == r) }
                let qbase = Array(view.quantities)
                var qfront = qbase.filter { $0.article == ref.article && corpus.quantity($0).event == ref.event }
                if dated, let first = e.firstDay ?? e.lastDay {
                    let last = max(first, (e.vague == nil || e.vague == .present) ? (e.lastDay ?? first) : first)
                    qfront += qbase.filter { q in !qfront.contains(q) && corpus.day(of: q).map { $0 >= first && $0 <= last } == true }
                }
                #expect(Array(followed.quantities) == qfront + qbase.filter { !qfront.contains($0) })
                // Following again from the followed view gives the same.
                #expect(Array(followed.following(ref, in: corpus).articles) == articles)
            }
        }
    }

    @Test func followedListsReadEveryRowOnce() {
        var rng = SplitMix(seed: 11)
        for _ in 0..<200 {
            let base = Array(0..<Int.random(in: 0...40, using: &rng))
            let moved = base.filter { _ in Int.random(in: 0..<4, using: &rng) == 0 }
            let list = FollowedList(front: moved.reversed(), base: base, moved: moved)
            #expect(Array(list) == moved.reversed() + base.filter { !moved.contains($0) })
            for b in base where !moved.contains(b) { #expect(list[list.row(ofBase: b)!] == b) }
        }
    }
}
