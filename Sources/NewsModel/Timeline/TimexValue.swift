/// A part of a day as TIMEX3 writes it (`2024-10-21TMO`).
public enum PartOfDay: String, Sendable, Hashable {
    case morning = "MO", afternoon = "AF", evening = "EV", night = "NI", day = "DT"
}

public enum Season: String, Sendable, Hashable, CaseIterable {
    case spring = "SP", summer = "SU", fall = "FA", winter = "WI"

    /// Months the season covers in the northern hemisphere (winter starts in December).
    var months: (first: Int, last: Int) {
        switch self {
        case .spring: return (3, 5)
        case .summer: return (6, 8)
        case .fall: return (9, 11)
        case .winter: return (12, 2)
        }
    }

    /// Position in the year, for "last summer" style arithmetic (winter last: it ends the year's cycle).
    var order: Int {
        switch self {
        case .spring: return 1
        case .summer: return 2
        case .fall: return 3
        case .winter: return 4
        }
    }

    /// The season a month belongs to (January and February belong to the winter that started the December before).
    static func of(month: Int) -> Season {
        switch month {
        case 3...5: return .spring
        case 6...8: return .summer
        case 9...11: return .fall
        default: return .winter
        }
    }
}

public enum VagueReference: String, Sendable, Hashable {
    case present = "PRESENT_REF", past = "PAST_REF", future = "FUTURE_REF"
}

/// How fine a point on the timeline is; also the granularity of events.
public enum Granularity: String, Sendable, Hashable, Comparable {
    case time, day, week, month, quarter, season, year, decade, range, vague

    private var rank: Int {
        switch self {
        case .time: return 0
        case .day: return 1
        case .week: return 2
        case .month: return 3
        case .quarter: return 4
        case .season: return 5
        case .year: return 6
        case .decade: return 7
        case .range: return 8
        case .vague: return 9
        }
    }

    public static func < (a: Granularity, b: Granularity) -> Bool { a.rank < b.rank }
}

/// A normalized date or time value (TIMEX3), with `description` giving its TIMEX3 string.
public enum TimexValue: Hashable, Sendable, CustomStringConvertible {
    case day(CivilDate)
    /// A day with a part of day (`2024-10-21TMO`).
    case partOfDay(CivilDate, PartOfDay)
    /// A clock time on a day (`2024-10-21T10:30`); hour 24 is midnight at the end of the day.
    case clock(CivilDate?, hour: Int, minute: Int)
    case week(year: Int, week: Int)
    case weekend(year: Int, week: Int)
    case month(year: Int, month: Int)
    case quarter(year: Int, quarter: Int)
    case half(year: Int, half: Int)
    case season(year: Int, Season)
    case year(Int)
    /// The decade starting at `decade * 10` (`199` = the 1990s).
    case decade(Int)
    /// The century starting at `century * 100` (`19` = the 1900s).
    case century(Int)
    case vague(VagueReference)
    /// A value with unknown parts written out in TIMEX3 (`XXXX-10-21`, `1989-WXX`, `199X`).
    case underspecified(String)

    public var description: String {
        switch self {
        case .day(let d): return d.description
        case .partOfDay(let d, let p): return "\(d)T\(p.rawValue)"
        case .clock(let d, let h, let m):
            let time = h == 24 && m == 0 ? "24" : "\(CivilDate.pad(h, 2)):\(CivilDate.pad(m, 2))"
            return "\(d?.description ?? "XXXX-XX-XX")T\(time)"
        case .week(let y, let w): return "\(TimexValue.year4(y))-W\(CivilDate.pad(w, 2))"
        case .weekend(let y, let w): return "\(TimexValue.year4(y))-W\(CivilDate.pad(w, 2))-WE"
        case .month(let y, let m): return "\(TimexValue.year4(y))-\(CivilDate.pad(m, 2))"
        case .quarter(let y, let q): return "\(TimexValue.year4(y))-Q\(q)"
        case .half(let y, let h): return "\(TimexValue.year4(y))-H\(h)"
        case .season(let y, let s): return "\(TimexValue.year4(y))-\(s.rawValue)"
        case .year(let y): return TimexValue.year4(y)
        case .decade(let d): return CivilDate.pad(d, 3)
        case .century(let c): return CivilDate.pad(c, 2)
        case .vague(let v): return v.rawValue
        case .underspecified(let s): return s
        }
    }

    static func year4(_ y: Int) -> String { CivilDate.pad(y, 4) }

    public var granularity: Granularity {
        switch self {
        case .day: return .day
        case .partOfDay, .clock: return .time
        case .week, .weekend: return .week
        case .month: return .month
        case .quarter, .half: return .quarter
        case .season: return .season
        case .year: return .year
        case .decade, .century: return .decade
        case .vague, .underspecified: return .vague
        }
    }

    /// The first and last day the value covers, when it is a definite stretch of time (nil also
    /// for years beyond `CivilDate.supportedYears`).
    public var interval: ClosedRange<CivilDate>? {
        switch self {
        case .day(let d), .partOfDay(let d, _): return d...d
        case .clock(let d?, _, _): return d...d
        case .clock(nil, _, _): return nil
        case .week(let y, let w):
            guard let monday = TimexValue.mondayOf(isoYear: y, week: w) else { return nil }
            return monday...monday.adding(days: 6)
        case .weekend(let y, let w):
            guard let saturday = TimexValue.mondayOf(isoYear: y, week: w)?.adding(days: 5) else { return nil }
            return saturday...saturday.adding(days: 1)
        case .month(let y, let m):
            return TimexValue.days(y, m, 1, through: y, m)
        case .quarter(let y, let q):
            guard (1...4).contains(q) else { return nil }
            return TimexValue.days(y, q * 3 - 2, 1, through: y, q * 3)
        case .half(let y, let h):
            guard (1...2).contains(h) else { return nil }
            return TimexValue.days(y, h == 1 ? 1 : 7, 1, through: y, h == 1 ? 6 : 12)
        case .season(let y, let s):
            let (a, b) = s.months
            return TimexValue.days(y, a, 1, through: s == .winter ? y + 1 : y, b)
        case .year(let y): return TimexValue.days(y, 1, 1, through: y, 12)
        case .decade(let d):
            let (first, overflow) = d.multipliedReportingOverflow(by: 10)
            return overflow ? nil : TimexValue.days(first, 1, 1, through: first + 9, 12)
        case .century(let c):
            let (first, overflow) = c.multipliedReportingOverflow(by: 100)
            return overflow ? nil : TimexValue.days(first, 1, 1, through: first + 99, 12)
        case .vague, .underspecified: return nil
        }
    }

    /// From the day `y-m-d` to the last day of month `lastMonth` of `lastYear`, or nil when the
    /// dates cannot be (out of the supported years).
    private static func days(_ y: Int, _ m: Int, _ d: Int, through lastYear: Int, _ lastMonth: Int) -> ClosedRange<CivilDate>? {
        guard CivilDate.supportedYears.contains(lastYear), let first = CivilDate(year: y, month: m, day: d),
              let last = CivilDate(year: lastYear, month: lastMonth, day: CivilDate.daysIn(month: lastMonth, year: lastYear)),
              first <= last else { return nil }
        return first...last
    }

    /// The Monday of ISO week `week` of ISO year `isoYear`, or nil out of the supported years.
    public static func mondayOf(isoYear: Int, week: Int) -> CivilDate? {
        // January 4th is always in week 1.
        guard let jan4 = CivilDate(year: isoYear, month: 1, day: 4), (1...53).contains(week) else { return nil }
        return jan4.adding(days: 1 - jan4.weekday + (week - 1) * 7)
    }

    /// Whether TIMEX3 can write the value: years 0 to 9999 (decades and centuries likewise).
    /// Arithmetic far from the article's date ("999999 weeks later") leaves it unresolved.
    public var isWritable: Bool {
        let years = 0...9999
        switch self {
        case .day(let d), .partOfDay(let d, _): return years.contains(d.year)
        case .clock(let d, _, _): return d.map { years.contains($0.year) } ?? true
        case .week(let y, _), .weekend(let y, _), .month(let y, _), .quarter(let y, _), .half(let y, _), .season(let y, _),
             .year(let y):
            return years.contains(y)
        case .decade(let d): return (0...999).contains(d)
        case .century(let c): return (0...99).contains(c)
        case .vague, .underspecified: return true
        }
    }

    /// The value one step of `unit` before or after (`amount` steps), at this value's own granularity.
    func shifted(years: Int) -> TimexValue {
        switch self {
        case .day(let d): return .day(d.adding(months: 12 * years))
        case .partOfDay(let d, let p): return .partOfDay(d.adding(months: 12 * years), p)
        case .month(let y, let m): return .month(year: y + years, month: m)
        case .quarter(let y, let q): return .quarter(year: y + years, quarter: q)
        case .half(let y, let h): return .half(year: y + years, half: h)
        case .season(let y, let s): return .season(year: y + years, s)
        case .year(let y): return .year(y + years)
        case .week(let y, let w): return .week(year: y + years, week: w)
        case .weekend(let y, let w): return .weekend(year: y + years, week: w)
        default: return self
        }
    }
}

/// TIMEX3 types.
public enum TimexType: String, Sendable, Hashable {
    case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
}

/// TIMEX3 `mod` values newsdash produces.
public enum TimexMod: String, Sendable, Hashable {
    case start = "START", mid = "MID", end = "END", approx = "APPROX", before = "BEFORE", after = "AFTER",
         onOrAfter = "ON_OR_AFTER", onOrBefore = "ON_OR_BEFORE", lessThan = "LESS_THAN", moreThan = "MORE_THAN",
         equalOrLess = "EQUAL_OR_LESS", equalOrMore = "EQUAL_OR_MORE"
}

/// What a relative value was resolved against.
public enum TimexAnchor: String, Sendable, Hashable {
    case article, previous, none
}

/// One temporal expression found in an article, normalized.
public struct Timex: Sendable, Hashable {
    public var span: TextSpan
    public var type: TimexType
    /// The TIMEX3 value string (`2024-10-21`, `P3W`, `PRESENT_REF`, `XXXX-10-21` when unresolvable).
    public var value: String
    /// The resolved date value, for DATE and TIME expressions that have one.
    public var resolved: TimexValue?
    public var mod: TimexMod?
    /// Other defensible values ("last August" in October: the conventional 2024-08, or 2023-08).
    public var alternatives: [TimexValue]
    public var anchor: TimexAnchor
    /// The role of this expression in a range it belongs to ("since last August" opens a range).
    public var rangeRole: RangeRole?

    public enum RangeRole: String, Sendable, Hashable {
        /// The start of a range (`from`, `between X and`, `since`).
        case start
        /// The end of a range (`to`, `until`, `by`, `and Y` after `between`).
        case end
    }

    /// An expression as given (the tagger finds them; tests and tools may make them by hand).
    public init(span: TextSpan, type: TimexType, value: String, resolved: TimexValue?, mod: TimexMod? = nil,
                alternatives: [TimexValue] = [], anchor: TimexAnchor, rangeRole: RangeRole? = nil) {
        self.span = span
        self.type = type
        self.value = value
        self.resolved = resolved
        self.mod = mod
        self.alternatives = alternatives
        self.anchor = anchor
        self.rangeRole = rangeRole
    }

    /// The value as a type: the resolved one, else the TIMEX3 text kept as underspecified
    /// (its `description` is `value` either way).
    public var typedValue: TimexValue { resolved ?? .underspecified(value) }
}
