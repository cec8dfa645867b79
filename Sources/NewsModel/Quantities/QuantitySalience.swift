import Foundation

/// How much a figure tells an analyst, for the quantities pane's default order: what is
/// counted (people under arms, the dead and hurt, weapons, money before percentages and
/// measures), whether the text says what it counts and who claims it, and its size.
/// "1,500 North Korean soldiers, says the NIS" comes before "1 woman" and "13.1 m".
enum QuantitySalience {
    static func score(_ q: Quantity) -> Double {
        var s: Double
        switch q.category {
        case .militaryPersonnel: s = 6
        case .weapons: s = 5
        case .people: s = 5
        case .money: s = 4
        case .percent: s = 3
        case .distance, .weight: s = 1
        case .other: s = 0
        }
        // A figure that says what it counts ("soldiers", "shells"), and one somebody claims.
        if q.what != nil, q.category != .other { s += 1 }
        if q.claimedBy != nil { s += 1 }
        // Size counts a little for things counted, not for rates, lengths or vague amounts:
        // 1,500 soldiers over 5, yet not a population over a troop count.
        if let v = q.value, v > 0, q.bound != .vague, q.category != .percent, q.category != .distance, q.category != .weight {
            s += min(log10(max(v, 1)), 9) / 6
        }
        // "1.3 billion people", "500 million people": a population, background to the news.
        if q.category == .people, let v = q.value, v >= 10_000_000 { s -= 4 }
        // "1 woman", "2 different pubs": one or two of something tells little.
        if let v = q.high ?? q.value, v < 3, q.bound != .vague { s -= 3 }
        return s
    }
}
