extension Corpus {
    /// Points to one quantity: `articles[article].quantities[quantity]`.
    public struct QuantityRef: Hashable, Sendable {
        public let article: Int
        public let quantity: Int

        public init(article: Int, quantity: Int) {
            self.article = article
            self.quantity = quantity
        }
    }

    public func quantity(_ ref: QuantityRef) -> Quantity { articles[ref.article].quantities[ref.quantity] }

    /// The day a quantity is dated by: its sentence's event, else its article's date.
    public func day(of ref: QuantityRef) -> CivilDate? { Corpus.day(of: ref, in: articles) }

    static func day(of ref: QuantityRef, in articles: [Article]) -> CivilDate? {
        let a = articles[ref.article]
        let q = a.quantities[ref.quantity]
        if let e = q.event, a.events.indices.contains(e), let d = a.events[e].firstDay, a.events[e].vague == nil { return d }
        return a.date
    }

    static func orderQuantities(_ articles: [Article]) -> [QuantityRef] {
        var refs: [(ref: QuantityRef, day: Int)] = []
        for (a, article) in articles.enumerated() {
            for q in article.quantities.indices {
                let ref = QuantityRef(article: a, quantity: q)
                refs.append((ref, day(of: ref, in: articles)?.dayNumber ?? Int.max))
            }
        }
        refs.sort { x, y in
            if x.day != y.day { return x.day < y.day }
            if x.ref.article != y.ref.article { return x.ref.article < y.ref.article }
            return x.ref.quantity < y.ref.quantity
        }
        return refs.map(\.ref)
    }
}

/// Figures of one thing about the same countries across articles ("North Korean troops in
/// Russia": 1,500, then 3,000, then 10,000), in date order, so a reader sees how a figure
/// grew or was revised.
public struct QuantityTrack: Sendable, Hashable {
    /// The countries counted about, and what is counted ("troops", "USD", "refugees").
    public let about: [String]
    public let unit: String
    /// In date order.
    public let members: [Corpus.QuantityRef]

    /// What a track groups by: people under arms are one thing whatever the word ("troops",
    /// "soldiers", "forces"); other counts by their unit.
    static func key(_ q: Quantity) -> String? {
        guard !q.about.isEmpty, q.bound != .vague || q.category == .militaryPersonnel, let unit = q.unit else { return nil }
        switch q.category {
        case .militaryPersonnel: return "troops"
        case .percent, .market, .other: return nil  // too loose to say two figures count one thing
        default: return unit
        }
    }

    static func build(_ articles: [Article], _ refs: [Corpus.QuantityRef]) -> ([QuantityTrack], [Corpus.QuantityRef: Int]) {
        struct Key: Hashable {
            let about: [String]
            let unit: String
        }
        var groups: [Key: [Corpus.QuantityRef]] = [:]
        var order: [Key] = []
        for ref in refs {
            let q = articles[ref.article].quantities[ref.quantity]
            guard let unit = key(q) else { continue }
            let k = Key(about: q.about.sorted(), unit: unit)
            if groups[k] == nil { order.append(k) }
            groups[k, default: []].append(ref)
        }
        var tracks: [QuantityTrack] = []
        var trackOf: [Corpus.QuantityRef: Int] = [:]
        for k in order {
            let members = groups[k]!
            // A track spans articles: figures repeated inside one article are not a history.
            guard Set(members.map(\.article)).count >= 2 else { continue }
            for m in members { trackOf[m] = tracks.count }
            tracks.append(QuantityTrack(about: k.about, unit: k.unit, members: members))
        }
        return (tracks, trackOf)
    }
}
