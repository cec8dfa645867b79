/// Anchors what the tagger found to the calendar: against the article date (the document
/// creation time), in the direction of the sentence's tense, and for anaphoric expressions
/// ("the following day", "a year earlier") against the last date mentioned before them.
struct TemporalResolver {
    let articleDate: CivilDate?
    /// The last definite date mentioned so far in the article.
    private(set) var reference: TimexValue?
    /// The last quarter mentioned, for "the quarter" in financial news.
    private(set) var lastQuarter: (year: Int, quarter: Int)?

    /// How much more a distance against the sentence's tense costs when choosing the year of
    /// "Dec. 15" or "January".
    /// Past tense tolerates dates announced ahead ("extended to Nov. 20"); an explicit future
    /// rarely looks back; a month, being coarse, follows the tense more strictly than a day.
    static func againstTense(_ tense: Tense, month: Bool) -> Double {
        tense == .future ? 6 : month ? 6 : 3
    }
    /// How much more a future distance costs when the sentence gives no cue.
    static func presentLean(month: Bool) -> Double { month ? 2 : 1.5 }
    static var presentLean: Double { presentLean(month: false) }

    init(articleDate: CivilDate?) {
        self.articleDate = articleDate
    }

    struct Result {
        var value: String
        var resolved: TimexValue?
        var anchor: TimexAnchor
        var alternatives: [TimexValue] = []
    }

    mutating func resolve(_ spec: TimexSpec, tense: Tense) -> Result {
        var r = resolveWhat(spec.what, type: spec.type, tense: tense)
        // Counting far from the article ("999999999 weeks later") lands beyond what TIMEX3 writes.
        if let v = r.resolved, !v.isWritable { r = unresolved("") }
        if r.resolved == nil, r.value.isEmpty { r.value = "XXXX-XX-XX" }
        // Remember dates the text names for the anaphoric expressions that follow. Dates found
        // by counting back from one ("a year earlier") or from the article ("a year ago") are
        // comparisons, not new topics: they do not move the reference.
        let movesReference: Bool
        switch spec.what {
        case .referenceShift(_, _, let keep): movesReference = !keep
        case .ago, .reference, .vague, .yearAgo, .literal: movesReference = false
        default: movesReference = true
        }
        if movesReference, spec.type == .date || spec.type == .time, let v = r.resolved, v.interval != nil {
            switch v {
            case .clock(let d?, _, _), .partOfDay(let d, _): reference = .day(d)
            default: reference = v
            }
            // The quarter under discussion is one being reported on, not a forecast of a later one.
            switch spec.what {
            case .quarter, .quarterShift, .value:
                if case .quarter(let y, let q) = v, articleDate.map({ v.interval!.lowerBound <= $0 }) ?? true { lastQuarter = (y, q) }
            default: break
            }
        }
        return r
    }

    private func value(_ v: TimexValue, _ anchor: TimexAnchor) -> Result {
        Result(value: v.description, resolved: v, anchor: anchor)
    }

    private func unresolved(_ s: String) -> Result { Result(value: s, resolved: nil, anchor: .none) }

    private func resolveWhat(_ what: TimexSpec.What, type: TimexType, tense: Tense) -> Result {
        switch what {
        case .value(let v):
            return value(v, .none)
        case .literal(let s):
            return Result(value: s, resolved: nil, anchor: .none)
        case .vague(let v):
            return value(.vague(v), .none)
        case .date(let yearRef, let month, let day):
            return calendarDate(yearRef, month, day, tense: tense)
        case .weekday(let w, let occ):
            return weekday(w, occ, tense: tense)
        case .articleShift(let unit, let n):
            guard let dct = articleDate else { return unresolved(TemporalResolver.placeholder(unit)) }
            return value(TemporalResolver.shift(.day(dct), unit: unit, by: n, keepGranularity: false), .article)
        case .referenceShift(let unit, let n, let keep):
            return referenceShift(unit, n, keep: keep)
        case .ago(let unit, let n):
            return ago(unit, n)
        case .monthOccurrence(let m, let occ):
            return monthOccurrence(m, occ)
        case .quarter(let q, let yearRef):
            return quarter(q, yearRef, tense: tense)
        case .quarterShift(let n):
            guard let dct = articleDate else { return unresolved("XXXX-QX") }
            let index = dct.year * 4 + (dct.month - 1) / 3 + n
            return value(.quarter(year: index >= 0 ? index / 4 : (index - 3) / 4, quarter: ((index % 4) + 4) % 4 + 1), .article)
        case .half(let h, let yearRef):
            guard let y = year(yearRef) else { return unresolved("XXXX-H\(h)") }
            return value(.half(year: y.year, half: h), y.anchor)
        case .season(let s, let yearRef):
            if case .infer = yearRef { return seasonOccurrence(s, .byTense, tense: tense) }
            guard let y = year(yearRef) else { return unresolved("XXXX-" + s.rawValue) }
            return value(.season(year: y.year, s), y.anchor)
        case .seasonOccurrence(let s, let occ):
            return seasonOccurrence(s, occ, tense: tense)
        case .weekend(let occ):
            return weekend(occ, tense: tense)
        case .partOfDay(let p, let inner):
            return partOfDay(p, inner, tense: tense)
        case .clock(let h, let m, let inner):
            return clock(h, m, inner, tense: tense)
        case .holiday(let rule, let yearRef):
            return holiday(rule, yearRef, tense: tense)
        case .yearAgo(let requested):
            return yearAgo(requested)
        case .reference(let unit):
            return referenced(unit)
        }
    }

    // MARK: pieces

    /// "the next day", "two weeks later": from the date mentioned last, else the article's.
    private func referenceShift(_ unit: TimeUnit, _ n: Int, keep: Bool) -> Result {
        if let ref = reference {
            return value(TemporalResolver.shift(ref, unit: unit, by: n, keepGranularity: keep && (unit == .year || unit == .quarter)), .previous)
        }
        guard let dct = articleDate else { return unresolved(TemporalResolver.placeholder(unit)) }
        return value(TemporalResolver.shift(.day(dct), unit: unit, by: n, keepGranularity: false), .article)
    }

    /// "two years ago" from the article's date ("a year ago" in quarterly reporting: the same quarter).
    private func ago(_ unit: TimeUnit, _ n: Int?) -> Result {
        guard let dct = articleDate else { return unresolved(TemporalResolver.placeholder(unit)) }
        guard let n else {
            return value(.vague(.past), .article)
        }
        // In quarterly reporting, "a year ago" is the same quarter a year before.
        if unit == .year, case .quarter(let y, let q)? = reference, let lq = lastQuarter, lq.year == y, lq.quarter == q {
            return value(.quarter(year: y - n, quarter: q), .previous)
        }
        return value(TemporalResolver.shift(.day(dct), unit: unit, by: -n, keepGranularity: false), .article)
    }

    /// "last August", "next March", "this June" from the article's month.
    private func monthOccurrence(_ m: Int, _ occ: TimexSpec.Occurrence) -> Result {
        guard let dct = articleDate else { return unresolved("XXXX-" + CivilDate.pad(m, 2)) }
        switch occ {
        case .last:
            let y = m < dct.month ? dct.year : dct.year - 1
            var r = value(.month(year: y, month: m), .article)
            // "last August" in October may mean either August: the nearer is the convention.
            if y == dct.year { r.alternatives = [TimexValue.month(year: y - 1, month: m)] }
            return r
        case .next:
            return value(.month(year: m > dct.month ? dct.year : dct.year + 1, month: m), .article)
        default:
            return value(.month(year: dct.year, month: m), .article)
        }
    }

    /// "Monday morning": the day, then its part.
    private func partOfDay(_ p: PartOfDay, _ inner: TimexSpec.What, tense: Tense) -> Result {
        let day = resolveWhat(inner, type: .date, tense: tense)
        switch day.resolved {
        case .day(let d)?: return Result(value: TimexValue.partOfDay(d, p).description, resolved: .partOfDay(d, p), anchor: day.anchor)
        default: return unresolved(day.value + "T" + p.rawValue)
        }
    }

    /// "10:30 on Tuesday", "at 9 a.m.": the clock time on its day (the article's when none is named).
    private func clock(_ h: Int, _ m: Int, _ inner: TimexSpec.What?, tense: Tense) -> Result {
        var date: CivilDate?
        var anchor = TimexAnchor.article
        if let inner {
            let day = resolveWhat(inner, type: .date, tense: tense)
            if case .day(let d)? = day.resolved { date = d; anchor = day.anchor }
        } else {
            date = articleDate
        }
        if date == nil, articleDate == nil { anchor = .none }
        return Result(value: TimexValue.clock(date, hour: h, minute: m).description,
                      resolved: date == nil ? nil : .clock(date, hour: h, minute: m), anchor: anchor)
    }

    /// "a year earlier", "the year before": the last quarter or the reference a year back.
    private func yearAgo(_ requested: TimeUnit?) -> Result {
        if requested == .quarter || requested == nil, let lq = lastQuarter {
            return value(.quarter(year: lq.year - 1, quarter: lq.quarter), .previous)
        }
        if requested == nil {
            guard let dct = articleDate else { return unresolved("XXXX") }
            return value(.year(dct.year - 1), .article)
        }
        let unit = requested!
        guard let base = reference ?? articleDate.map({ .day($0) }) else { return unresolved(TemporalResolver.placeholder(unit)) }
        return value(TemporalResolver.coarsen(base, to: unit).shifted(years: -1), reference == nil ? .article : .previous)
    }

    /// "the same day", "that month": the date being told about, else the article's.
    private func referenced(_ unit: TimeUnit?) -> Result {
        // "the day", "earlier in the day" are about the events being told, which are not
        // in the article's future: a later reference (a planned date) falls back to the article date.
        var usable = reference
        if unit == .day, let dct = articleDate, let r = reference?.interval, r.lowerBound > dct { usable = nil }
        guard let ref = usable ?? articleDate.map({ .day($0) }) else {
            return unresolved(TemporalResolver.placeholder(unit ?? .day))
        }
        let anchor: TimexAnchor = usable == nil ? .article : .previous
        guard let unit else { return value(ref, anchor) }
        if unit == .quarter, let lq = lastQuarter { return value(.quarter(year: lq.year, quarter: lq.quarter), anchor) }
        return value(TemporalResolver.coarsen(ref, to: unit), anchor)
    }

    private func year(_ ref: TimexSpec.YearRef) -> (year: Int, anchor: TimexAnchor)? {
        switch ref {
        case .absolute(let y): return (y, .none)
        case .articleOffset(let o): return articleDate.map { ($0.year + o, .article) }
        case .referenceOffset(let o):
            if let r = reference?.interval { return (r.lowerBound.year + o, .previous) }
            return articleDate.map { ($0.year + o, .article) }
        case .infer: return articleDate.map { ($0.year, .article) }
        }
    }

    private func calendarDate(_ yearRef: TimexSpec.YearRef, _ month: Int, _ day: Int?, tense: Tense) -> Result {
        if case .infer = yearRef {
            guard let dct = articleDate else {
                return unresolved("XXXX-" + CivilDate.pad(month, 2) + (day.map { "-" + CivilDate.pad($0, 2) } ?? ""))
            }
            // The occurrence nearest the article date, leaning the way the sentence looks: against
            // the tense a distance counts `TemporalResolver.againstTense` times; with no cue the
            // future counts a little more (news tells of the past).
            var best: (year: Int, cost: Double)?
            for y in (dct.year - 1)...(dct.year + 1) {
                let first: CivilDate, last: CivilDate
                if let day {
                    guard let d = CivilDate(year: y, month: month, day: day) else { continue }
                    first = d
                    last = d
                } else {
                    guard let a = CivilDate(year: y, month: month, day: 1),
                          let b = CivilDate(year: y, month: month, day: CivilDate.daysIn(month: month, year: y)) else { continue }
                    first = a
                    last = b
                }
                let cost: Double
                if last < dct {
                    cost = Double(dct.dayNumber - last.dayNumber) * (tense == .future ? TemporalResolver.againstTense(tense, month: day == nil) : 1)
                } else if first > dct {
                    cost = Double(first.dayNumber - dct.dayNumber)
                        * (tense == .past ? TemporalResolver.againstTense(tense, month: day == nil)
                            : tense == .present ? TemporalResolver.presentLean(month: day == nil) : 1)
                } else {
                    cost = 0
                }
                if best == nil || cost < best!.cost { best = (y, cost) }
            }
            guard let y = best?.year else {
                return unresolved("XXXX-" + CivilDate.pad(month, 2) + (day.map { "-" + CivilDate.pad($0, 2) } ?? ""))
            }
            if let day { return value(.day(CivilDate(year: y, month: month, day: day)!), .article) }
            return value(.month(year: y, month: month), .article)
        }
        guard let (y, anchor) = year(yearRef) else {
            return unresolved("XXXX-" + CivilDate.pad(month, 2) + (day.map { "-" + CivilDate.pad($0, 2) } ?? ""))
        }
        if let day {
            guard let date = CivilDate(year: y, month: month, day: day) else { return unresolved("XXXX-XX-XX") }
            return value(.day(date), anchor)
        }
        return value(.month(year: y, month: month), anchor)
    }

    private func weekday(_ w: Int, _ occ: TimexSpec.Occurrence, tense: Tense) -> Result {
        let base: CivilDate
        let anchor: TimexAnchor
        switch occ {
        case .referencePrevious, .referenceFollowing:
            if case .day(let d)? = reference {
                base = d
                anchor = .previous
            } else if let dct = articleDate {
                base = dct
                anchor = .article
            } else {
                return unresolved("XXXX-WXX-\(w)")
            }
        default:
            guard let dct = articleDate else { return unresolved("XXXX-WXX-\(w)") }
            base = dct
            anchor = .article
        }
        let diff = w - base.weekday  // -6...6
        let date: CivilDate
        switch occ {
        case .last, .referencePrevious:
            date = base.adding(days: diff < 0 ? diff : diff - 7)
        case .next, .referenceFollowing:
            date = base.adding(days: diff > 0 ? diff : diff + 7)
        case .this:
            date = base.adding(days: diff)
        case .byTense:
            let back = diff <= 0 ? diff : diff - 7, ahead = diff > 0 ? diff : diff + 7
            switch tense {
            // The article's own weekday is its day, whatever the tense ("will arrive later
            // Saturday" in a Saturday story): a week ahead needs "next".
            case .future: date = base.adding(days: diff == 0 && anchor == .article ? 0 : ahead)
            case .past: date = base.adding(days: back)
            // No cue: the nearer one, leaning to the past.
            case .present: date = base.adding(days: Double(-back) <= Double(ahead) * TemporalResolver.presentLean ? back : ahead)
            }
        }
        return value(.day(date), anchor)
    }

    private func quarter(_ q: Int?, _ yearRef: TimexSpec.YearRef, tense: Tense) -> Result {
        guard let q else {
            if case .absolute(let y) = yearRef {
                if let lq = lastQuarter { return value(.quarter(year: y, quarter: lq.quarter), .previous) }
                return value(.year(y), .none)
            }
            if let lq = lastQuarter { return value(.quarter(year: lq.year, quarter: lq.quarter), .previous) }
            guard let dct = articleDate else { return unresolved("XXXX-QX") }
            // The latest quarter reported on: the last one completed.
            let current = (dct.month - 1) / 3 + 1
            return value(current == 1 ? .quarter(year: dct.year - 1, quarter: 4) : .quarter(year: dct.year, quarter: current - 1), .article)
        }
        if case .infer = yearRef {
            guard let dct = articleDate else { return unresolved("XXXX-Q\(q)") }
            let current = (dct.month - 1) / 3 + 1
            let y = tense == .past && q > current ? dct.year - 1 : dct.year
            return value(.quarter(year: y, quarter: q), .article)
        }
        guard let (y, anchor) = year(yearRef) else { return unresolved("XXXX-Q\(q)") }
        return value(.quarter(year: y, quarter: q), anchor)
    }

    private func seasonOccurrence(_ s: Season, _ occ: TimexSpec.Occurrence, tense: Tense) -> Result {
        guard let dct = articleDate else { return unresolved("XXXX-" + s.rawValue) }
        let current = Season.of(month: dct.month)
        // The year a season "belongs" to is the year it starts in.
        let currentYear = dct.month <= 2 ? dct.year - 1 : dct.year
        let y: Int
        switch occ {
        case .last: y = s.order < current.order ? currentYear : currentYear - 1
        case .next: y = s.order > current.order ? currentYear : currentYear + 1
        case .this: y = currentYear
        default:
            if s == current { y = currentYear }
            else if tense == .past { y = s.order < current.order ? currentYear : currentYear - 1 }
            else if tense == .future { y = s.order > current.order ? currentYear : currentYear + 1 }
            else { y = currentYear }
        }
        return value(.season(year: y, s), .article)
    }

    private func weekend(_ occ: TimexSpec.Occurrence, tense: Tense) -> Result {
        guard let dct = articleDate else { return unresolved("XXXX-WXX-WE") }
        let onWeekend = dct.weekday >= 6
        // The Monday of the article's own week.
        var monday = dct.adding(days: 1 - dct.weekday)
        switch occ {
        case .last: monday = monday.adding(days: onWeekend ? -7 : -7)
        case .next: monday = monday.adding(days: 7)
        case .this: break
        default:
            if !onWeekend, tense != .future { monday = monday.adding(days: -7) }
        }
        let w = monday.isoWeek
        return value(.weekend(year: w.year, week: w.week), .article)
    }

    private func holiday(_ rule: TemporalLexicon.HolidayRule, _ yearRef: TimexSpec.YearRef, tense: Tense) -> Result {
        guard var (y, anchor) = year(yearRef) else { return unresolved("XXXX-XX-XX") }
        if case .infer = yearRef, let dct = articleDate, let day = TemporalLexicon.day(of: rule, in: y) {
            let distance = day.dayNumber - dct.dayNumber
            if tense == .past, distance > 7 { y -= 1 }
            if tense == .future, distance < -7 { y += 1 }
            anchor = .article
        }
        guard let day = TemporalLexicon.day(of: rule, in: y) else { return value(.year(y), anchor) }
        return value(.day(day), anchor)
    }

    // MARK: calendar arithmetic

    static func placeholder(_ unit: TimeUnit) -> String {
        switch unit {
        case .day, .hour, .minute, .second: return "XXXX-XX-XX"
        case .week, .fortnight: return "XXXX-WXX"
        case .weekend: return "XXXX-WXX-WE"
        case .month: return "XXXX-XX"
        case .quarter: return "XXXX-QX"
        case .half: return "XXXX-HX"
        case .season: return "XXXX-XX"
        case .year: return "XXXX"
        case .decade: return "XXX"
        case .century, .millennium: return "XX"
        }
    }

    /// The value `n` units away from `base`. With `keepGranularity` the result keeps the base's
    /// own granularity (a quarter a year earlier is a quarter); otherwise it takes the unit's.
    static func shift(_ base: TimexValue, unit: TimeUnit, by n: Int, keepGranularity: Bool) -> TimexValue {
        guard let anchorDay = base.interval?.lowerBound else { return base }
        if keepGranularity, unit == .year { return base.shifted(years: n) }
        if keepGranularity, unit == .quarter, case .quarter(let y, let q) = base {
            let index = y * 4 + (q - 1) + n
            return .quarter(year: index >= 0 ? index / 4 : (index - 3) / 4, quarter: ((index % 4) + 4) % 4 + 1)
        }
        switch unit {
        case .day, .hour, .minute, .second:
            if unit != .day { return .day(anchorDay) }
            return .day(anchorDay.adding(days: n))
        case .week:
            let w = anchorDay.adding(days: 7 * n).isoWeek
            return .week(year: w.year, week: w.week)
        case .fortnight:
            let w = anchorDay.adding(days: 14 * n).isoWeek
            return .week(year: w.year, week: w.week)
        case .weekend:
            let w = anchorDay.adding(days: 7 * n).isoWeek
            return .weekend(year: w.year, week: w.week)
        case .month:
            let d = anchorDay.adding(months: n)
            return .month(year: d.year, month: d.month)
        case .quarter:
            let index = anchorDay.year * 4 + (anchorDay.month - 1) / 3 + n
            return .quarter(year: index >= 0 ? index / 4 : (index - 3) / 4, quarter: ((index % 4) + 4) % 4 + 1)
        case .half:
            let index = anchorDay.year * 2 + (anchorDay.month - 1) / 6 + n
            return .half(year: index / 2, half: index % 2 + 1)
        case .season:
            return .season(year: anchorDay.year, Season.of(month: anchorDay.month))
        case .year:
            return .year(anchorDay.year + n)
        case .decade:
            return .decade(anchorDay.year / 10 + n)
        case .century:
            return .century(anchorDay.year / 100 + n)
        case .millennium:
            return .underspecified(String(anchorDay.year / 1000 + n))
        }
    }

    /// The value at a coarser unit (`that year` after a day gives the day's year).
    static func coarsen(_ v: TimexValue, to unit: TimeUnit) -> TimexValue {
        guard let day = v.interval?.lowerBound else { return v }
        switch unit {
        case .day:
            if case .day = v { return v }
            if v.granularity == .time, let d = v.interval?.lowerBound { return .day(d) }
            return v
        case .week: let w = day.isoWeek; return .week(year: w.year, week: w.week)
        case .month: return v.granularity <= .month ? .month(year: day.year, month: day.month) : v
        case .quarter: return .quarter(year: day.year, quarter: (day.month - 1) / 3 + 1)
        case .year: return .year(day.year)
        default: return v
        }
    }
}
