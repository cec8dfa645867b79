import NewsModel

/// Dates as the panes write them, for a person and from typed values (no view reads TIMEX
/// text): `2024-10-21`, `2024-03-08 night`, `week of 2024-03-25`, `weekend of 2024-03-09`,
/// `2024-Q3`, `summer 2024`, `1990s`, `20th century`; a range shortened to what differs
/// (`2024-10-08..13`, `2024-06..08`). `compact` is for narrow columns (`wk 2024-03-25`).
enum DateText {
    static func value(_ v: TimexValue, compact: Bool = false) -> String {
        switch v {
        case .day(let d): return d.description
        case .partOfDay(let d, let p): return "\(d) " + partOfDay(p, compact: compact)
        case .clock(let d, _, _): return (d.map { "\($0) " } ?? "") + clock(v)
        case .week(let y, let w):
            guard let monday = TimexValue.mondayOf(isoYear: y, week: w) else { return "week \(w) of \(y)" }
            return (compact ? "wk " : "week of ") + monday.description
        case .weekend(let y, let w):
            guard let saturday = TimexValue.mondayOf(isoYear: y, week: w)?.adding(days: 5) else { return "weekend \(w) of \(y)" }
            return (compact ? "wknd " : "weekend of ") + saturday.description
        case .month: return v.description
        case .quarter(let y, let q): return "\(y)-Q\(q)"
        case .half(let y, let h): return "H\(h) \(y)"
        case .season(let y, let s): return season(s) + " \(y)" + (s == .winter ? "-\(String((y + 1) % 100).leftPadded(2))" : "")
        case .year(let y): return String(y)
        case .decade(let d): return "\(d * 10)s"
        case .century(let c): return ordinal(c + 1) + (compact ? " c." : " century")
        case .vague(.future): return "soon"
        case .vague(.present): return "now"
        case .vague(.past): return "past"
        case .underspecified: return "undated"
        }
    }

    /// `..` between the ends, the end cut to what differs from the start when both are of one
    /// kind; other pairs as the days they span.
    static func range(_ a: TimexValue, _ b: TimexValue, compact: Bool = false) -> String {
        switch (a, b) {
        case let (.day(x), .day(y)): return days(x, y)
        case let (.month(y1, _), .month(y2, m2)) where y1 == y2:
            return "\(a).." + String(m2).leftPadded(2)
        case let (.quarter(y1, _), .quarter(y2, q2)) where y1 == y2:
            return value(a) + "..Q\(q2)"
        case let (.partOfDay(d1, _), .partOfDay(d2, p2)) where d1 == d2:
            return value(a, compact: compact) + ".." + partOfDay(p2, compact: compact)
        case (.year, .year), (.decade, .decade), (.century, .century), (.month, .month), (.quarter, .quarter):
            return value(a, compact: compact) + ".." + value(b, compact: compact)
        default:
            if let x = a.interval?.lowerBound, let y = b.interval?.upperBound, x <= y { return days(x, y) }
            return value(a, compact: compact) + ".." + value(b, compact: compact)
        }
    }

    /// `2024-10-08..13`, `2024-10-28..11-03`, `2024-12-28..2025-01-03`.
    static func days(_ x: CivilDate, _ y: CivilDate) -> String {
        if x == y { return x.description }
        if x.year == y.year && x.month == y.month { return "\(x).." + String(y.day).leftPadded(2) }
        if x.year == y.year { return "\(x).." + String(y.month).leftPadded(2) + "-" + String(y.day).leftPadded(2) }
        return "\(x)..\(y)"
    }

    /// A week, weekend, part of day or clock time as its first (or last) day; others as `value`.
    static func day(_ v: TimexValue, first: Bool) -> String {
        switch v {
        case .week, .weekend, .partOfDay, .clock:
            if let i = v.interval { return (first ? i.lowerBound : i.upperBound).description }
            return value(v, compact: true)
        default: return value(v, compact: true)
        }
    }

    /// Whether a value has no place on the calendar (an expression of an undated article).
    static func isUndated(_ v: TimexValue) -> Bool {
        switch v {
        case .underspecified, .clock(nil, _, _): return true
        default: return false
        }
    }

    static func partOfDay(_ p: PartOfDay, compact: Bool = false) -> String {
        switch p {
        case .morning: return compact ? "am" : "morning"
        case .afternoon: return compact ? "pm" : "afternoon"
        case .evening: return compact ? "eve" : "evening"
        case .night: return "night"
        case .day: return compact ? "day" : "daytime"
        }
    }

    static func season(_ s: Season) -> String {
        switch s {
        case .spring: return "spring"
        case .summer: return "summer"
        case .fall: return "autumn"
        case .winter: return "winter"
        }
    }

    /// `1st`, `2nd`, `3rd`, `11th`, `21st`.
    static func ordinal(_ n: Int) -> String {
        let tens = (n / 10) % 10, ones = n % 10
        let suffix = tens == 1 ? "th" : ones == 1 ? "st" : ones == 2 ? "nd" : ones == 3 ? "rd" : "th"
        return "\(n)\(suffix)"
    }

    /// `12:00`, `24:00` for midnight at the end of a day.
    static func clock(_ v: TimexValue) -> String {
        guard case .clock(_, let h, let m) = v else { return "" }
        return String(h).leftPadded(2) + ":" + String(m).leftPadded(2)
    }
}

extension String {
    /// Zeros in front up to `width` characters (`7` → `07`).
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
