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
        case .market: s = -2
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

    /// Whether a figure is background to the news, hidden until asked for (`Filters.background`):
    /// the market's figures, percentages and sums or measures that do not say what they are
    /// ("$6.1B", "12.5%", "3 km"), counts of minor things ("2 restaurants", "several cars"),
    /// one person, conversions in brackets (the figure they convert is shown), a headline's
    /// figure that the lead tells again (the lead's is shown), and populations ("1.3 billion people"). People under arms, weapons, people
    /// counted, "$10M in emergency aid", "80 kg of heroin" and "200,000 houses" stay.
    public static func isBackground(_ q: Quantity) -> Bool {
        let v = q.value ?? 0
        if q.conversionOf != nil || q.mentionOf != nil { return true }
        // The headline's figure is the story's, whatever it counts (the title says what).
        if q.headline, q.category != .market { return false }
        switch q.category {
        case .militaryPersonnel, .weapons: return false
        case .people: return v >= 10_000_000 || (q.bound != .vague && (q.high ?? v) < 2)
        case .money, .distance, .weight: return !q.saysWhat
        case .percent, .market: return true
        case .other: return !q.saysWhat || v < (q.bound == .vague ? 100 : 1000)
        }
    }
}
