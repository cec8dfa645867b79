import NewsModel

/// Dates as the panes write them, from typed values (no view reads TIMEX text): a day
/// `2024-10-21`, a time of day `2024-08-08 afternoon` or `2024-06-21 12:00`, a range shortened
/// to what differs (`2024-10-08..13`, `2024-06..08`).
enum DateText {
    static func value(_ v: TimexValue) -> String {
        switch v {
        case .partOfDay(let d, let p): return "\(d) \(partOfDay(p))"
        case .clock(let d?, _, _): return "\(d) " + clock(v)
        default: return v.description
        }
    }

    /// `..` between the ends, the end cut to what differs from the start when both are of one kind.
    static func range(_ a: TimexValue, _ b: TimexValue) -> String {
        switch (a, b) {
        case let (.day(x), .day(y)) where x.year == y.year && x.month == y.month:
            return "\(x).." + pad(y.day)
        case let (.month(y1, _), .month(y2, m2)) where y1 == y2:
            return "\(a).." + pad(m2)
        case let (.week(y1, _), .week(y2, w2)) where y1 == y2:
            return "\(a).." + pad(w2)
        case let (.quarter(y1, _), .quarter(y2, q2)) where y1 == y2:
            return "\(a)..Q\(q2)"
        case let (.partOfDay(d1, _), .partOfDay(d2, p2)) where d1 == d2:
            return value(a) + ".." + partOfDay(p2)
        default:
            return value(a) + ".." + value(b)
        }
    }

    /// Whether a value has no place on the calendar (an expression of an undated article).
    static func isUndated(_ v: TimexValue) -> Bool {
        switch v {
        case .underspecified, .clock(nil, _, _): return true
        default: return false
        }
    }

    static func partOfDay(_ p: PartOfDay) -> String {
        switch p {
        case .morning: return "morning"
        case .afternoon: return "afternoon"
        case .evening: return "evening"
        case .night: return "night"
        case .day: return "daytime"
        }
    }

    /// `12:00`, `24:00` for midnight at the end of a day.
    static func clock(_ v: TimexValue) -> String {
        guard case .clock(_, let h, let m) = v else { return "" }
        return pad(h) + ":" + pad(m)
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
