/// Units of time as temporal expressions name them.
public enum TimeUnit: String, Sendable, Hashable {
    case second, minute, hour, day, week, weekend, fortnight, month, quarter, half, season, year, decade, century, millennium

    /// The TIMEX3 duration letter (`P3W`), and whether it belongs after the `T`.
    var durationLetter: (String, Bool) {
        switch self {
        case .second: return ("S", true)
        case .minute: return ("M", true)
        case .hour: return ("H", true)
        case .day: return ("D", false)
        case .week, .weekend: return ("W", false)
        case .fortnight: return ("W", false)
        case .month: return ("M", false)
        case .quarter: return ("Q", false)
        case .half, .season: return ("M", false)
        case .year: return ("Y", false)
        case .decade: return ("DE", false)
        case .century: return ("CE", false)
        case .millennium: return ("L", false)
        }
    }
}

/// Words that take part in temporal expressions (a closed class: everything else is
/// looked at only for its digits or its capital letter).
enum TemporalWord: Sendable, Equatable {
    case month(Int)
    case weekday(Int)
    case season(Season)
    case unit(TimeUnit, plural: Bool)
    /// A cardinal written as a word (`two`, `twenty`, `hundred` = 100).
    case number(Int)
    case ordinal(Int)
    case partOfDay(PartOfDay)
    case keyword(TemporalKeyword)
}

enum TemporalKeyword: Sendable, Equatable {
    // Days relative to the article date.
    case today, tonight, yesterday, tomorrow
    // Vague references.
    case now, currently, current, recently, recent, soon, previously, nowadays, lately, presently, formerly, future,
         past, meantime
    // Relative determiners.
    case last, next, this, that, these, coming, previous, following, latest, same, prior, upcoming, present
    // Position in a period.
    case early, earlier, mid, middle, late, later, end, beginning, start, rest, close, dawn, eve
    // Relations.
    case ago, hence, before, after, from, since, until, till, through, between, and, to, by, `in`, on, at, of,
         during, within, over, `for`, or, around, about, approximately, nearly, almost, roughly, someAmount, more, less,
         than, least, most, the, a, an, several, few, couple, many, each, every, per, fiscal, noon, midnight,
         am, pm, timezone, local, time, period, clock, half, dozen, beyond, afterwards, then, near, short, long,
         term, right, `as`, possible, date, once, ahead, final, calendar, so, other, such, ad, bc, throughout, still,
         already, annually, daily, weekly, monthly, yearly, quarterly, hourly, biweekly, nightly, overnight, midday,
         midweek,
         anniversary, its, distant, foreseeable, again
}

enum TemporalLexicon {
    static let table: WordTable<TemporalWord> = {
        var pairs: [(String, TemporalWord)] = []
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                      "october", "november", "december"]
        for (i, m) in months.enumerated() {
            pairs.append((m, .month(i + 1)))
            if m.count > 3 { pairs.append((String(m.prefix(3)), .month(i + 1))) }
        }
        pairs.append(("sept", .month(9)))
        pairs.append(("sep", .month(9)))
        let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        for (i, w) in weekdays.enumerated() { pairs.append((w, .weekday(i + 1))) }
        pairs += [("tues", .weekday(2)), ("thurs", .weekday(4)), ("thur", .weekday(4))]
        pairs += [("spring", .season(.spring)), ("summer", .season(.summer)), ("fall", .season(.fall)),
                  ("autumn", .season(.fall)), ("winter", .season(.winter))]
        let units: [(String, TimeUnit)] = [
            ("second", .second), ("minute", .minute), ("hour", .hour), ("day", .day), ("week", .week),
            ("weekend", .weekend), ("fortnight", .fortnight), ("month", .month), ("quarter", .quarter),
            ("year", .year), ("decade", .decade), ("millennium", .millennium), ("semester", .half),
        ]
        for (w, u) in units {
            pairs.append((w, .unit(u, plural: false)))
            pairs.append((w + "s", .unit(u, plural: true)))
        }
        pairs += [("century", .unit(.century, plural: false)), ("centuries", .unit(.century, plural: true)),
                  ("millennia", .unit(.millennium, plural: true)), ("hrs", .unit(.hour, plural: true)),
                  ("mins", .unit(.minute, plural: true)), ("yr", .unit(.year, plural: false)),
                  ("yrs", .unit(.year, plural: true))]
        let ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
        for (i, w) in ones.enumerated() { pairs.append((w, .number(i))) }
        let tens = ["twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                    "ninety": 90]
        for (w, v) in tens { pairs.append((w, .number(v))) }
        pairs += [("hundred", .number(100)), ("thousand", .number(1000))]
        let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                        "eighteenth", "nineteenth", "twentieth"]
        for (i, w) in ordinals.enumerated() { pairs.append((w, .ordinal(i + 1))) }
        pairs += [("thirtieth", .ordinal(30)), ("twenty-first", .ordinal(21)), ("twenty-second", .ordinal(22)),
                  ("twenty-third", .ordinal(23)), ("twenty-fourth", .ordinal(24)), ("twenty-fifth", .ordinal(25)),
                  ("twenty-sixth", .ordinal(26)), ("twenty-seventh", .ordinal(27)), ("twenty-eighth", .ordinal(28)),
                  ("twenty-ninth", .ordinal(29)), ("thirty-first", .ordinal(31))]
        pairs += [("morning", .partOfDay(.morning)), ("afternoon", .partOfDay(.afternoon)),
                  ("evening", .partOfDay(.evening)), ("night", .partOfDay(.night)),
                  ("mornings", .partOfDay(.morning)), ("nights", .partOfDay(.night)), ("evenings", .partOfDay(.evening)),
                  ("daytime", .partOfDay(.day))]
        let keywords: [(String, TemporalKeyword)] = [
            ("today", .today), ("tonight", .tonight), ("yesterday", .yesterday), ("tomorrow", .tomorrow),
            ("now", .now), ("currently", .currently), ("current", .current), ("recently", .recently),
            ("recent", .recent), ("soon", .soon), ("previously", .previously), ("nowadays", .nowadays),
            ("lately", .lately), ("presently", .presently), ("formerly", .formerly), ("future", .future),
            ("past", .past), ("meantime", .meantime), ("last", .last), ("next", .next), ("this", .this),
            ("that", .that), ("these", .these), ("coming", .coming), ("previous", .previous),
            ("following", .following), ("latest", .latest), ("same", .same), ("prior", .prior),
            ("upcoming", .upcoming), ("present", .present), ("early", .early), ("earlier", .earlier), ("mid", .mid),
            ("middle", .middle), ("late", .late), ("later", .later), ("end", .end), ("beginning", .beginning),
            ("start", .start), ("rest", .rest), ("close", .close), ("dawn", .dawn), ("eve", .eve), ("ago", .ago),
            ("hence", .hence), ("before", .before), ("after", .after), ("from", .from), ("since", .since),
            ("until", .until), ("till", .till), ("through", .through), ("between", .between), ("and", .and),
            ("to", .to), ("by", .by), ("in", .in), ("on", .on), ("at", .at), ("of", .of), ("during", .during),
            ("within", .within), ("over", .over), ("for", .for), ("or", .or), ("around", .around), ("about", .about),
            ("approximately", .approximately), ("nearly", .nearly), ("almost", .almost), ("roughly", .roughly),
            ("some", .someAmount), ("more", .more), ("less", .less), ("than", .than), ("least", .least), ("most", .most),
            ("the", .the), ("a", .a), ("an", .an), ("several", .several), ("few", .few), ("couple", .couple),
            ("many", .many), ("each", .each), ("every", .every), ("per", .per), ("fiscal", .fiscal), ("noon", .noon),
            ("midnight", .midnight), ("a.m.", .am), ("p.m.", .pm), ("am", .am), ("pm", .pm), ("a.m", .am),
            ("p.m", .pm), ("local", .local), ("time", .time), ("period", .period), ("o'clock", .clock),
            ("half", .half), ("dozen", .dozen), ("beyond", .beyond), ("afterwards", .afterwards), ("then", .then),
            ("near", .near), ("short", .short), ("long", .long), ("term", .term), ("right", .right), ("as", .as),
            ("possible", .possible), ("date", .date), ("once", .once), ("ahead", .ahead), ("final", .final),
            ("calendar", .calendar), ("so", .so), ("other", .other), ("such", .such), ("throughout", .throughout),
            ("still", .still), ("already", .already), ("annually", .annually), ("daily", .daily),
            ("weekly", .weekly), ("monthly", .monthly), ("yearly", .yearly), ("quarterly", .quarterly),
            ("hourly", .hourly), ("biweekly", .biweekly), ("nightly", .nightly), ("overnight", .overnight),
            ("midday", .midday), ("midweek", .midweek), ("anniversary", .anniversary), ("b.c.", .bc),
            ("b.c", .bc), ("bc", .bc), ("a.d.", .ad), ("ad", .ad), ("its", .its), ("distant", .distant),
            ("foreseeable", .foreseeable), ("again", .again),
        ]
        for (w, k) in keywords { pairs.append((w, .keyword(k))) }
        for zone in ["est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "jst",
                     "kst", "ist", "aest", "msk", "z"] {
            pairs.append((zone, .keyword(.timezone)))
        }
        return WordTable(pairs)
    }()

    /// Fixed-date and rule-based holidays: name (lower case, as tokens) → how to find the day in a year.
    enum HolidayRule: Sendable {
        case fixed(month: Int, day: Int)
        /// The `n`-th (1-based; -1 = last) weekday (ISO) of a month.
        case nthWeekday(month: Int, weekday: Int, n: Int)
        case easter(offset: Int)
        /// Moves with another calendar (Ramadan, Eid): found, but left without a day.
        case lunar
    }

    static let holidays: [([String], HolidayRule)] = [
        (["christmas", "day"], .fixed(month: 12, day: 25)), (["christmas", "eve"], .fixed(month: 12, day: 24)),
        (["christmas"], .fixed(month: 12, day: 25)), (["boxing", "day"], .fixed(month: 12, day: 26)),
        (["new", "year's", "day"], .fixed(month: 1, day: 1)), (["new", "year's", "eve"], .fixed(month: 12, day: 31)),
        (["new", "year", "'s", "day"], .fixed(month: 1, day: 1)), (["new", "year", "'s", "eve"], .fixed(month: 12, day: 31)),
        (["new", "year", "'s"], .fixed(month: 1, day: 1)), (["valentine", "'s", "day"], .fixed(month: 2, day: 14)),
        (["independence", "day"], .fixed(month: 7, day: 4)), (["halloween"], .fixed(month: 10, day: 31)),
        (["bastille", "day"], .fixed(month: 7, day: 14)), (["armistice", "day"], .fixed(month: 11, day: 11)),
        (["veterans", "day"], .fixed(month: 11, day: 11)), (["remembrance", "day"], .fixed(month: 11, day: 11)),
        (["may", "day"], .fixed(month: 5, day: 1)), (["labor", "day"], .nthWeekday(month: 9, weekday: 1, n: 1)),
        (["memorial", "day"], .nthWeekday(month: 5, weekday: 1, n: -1)),
        (["thanksgiving", "day"], .nthWeekday(month: 11, weekday: 4, n: 4)),
        (["thanksgiving"], .nthWeekday(month: 11, weekday: 4, n: 4)),
        (["easter", "sunday"], .easter(offset: 0)), (["easter", "monday"], .easter(offset: 1)),
        (["good", "friday"], .easter(offset: -2)), (["easter"], .easter(offset: 0)),
        (["ramadan"], .lunar), (["eid", "al-fitr"], .lunar), (["eid", "al-adha"], .lunar), (["hanukkah"], .lunar),
        (["chinese", "new", "year"], .lunar), (["lunar", "new", "year"], .lunar), (["diwali"], .lunar),
    ]

    /// First words of holiday names → indexes into `holidays`.
    static let holidayStarts: WordTable<[Int]> = {
        var byFirst: [String: [Int]] = [:]
        for (k, h) in holidays.enumerated() { byFirst[h.0[0], default: []].append(k) }
        return WordTable(byFirst.map { ($0.key, $0.value) })
    }()

    /// The day a holiday falls on in a year, when it has a fixed rule.
    static func day(of rule: HolidayRule, in year: Int) -> CivilDate? {
        switch rule {
        case .fixed(let m, let d): return CivilDate(year: year, month: m, day: d)
        case .nthWeekday(let m, let w, let n):
            if n > 0 {
                guard let first = CivilDate(year: year, month: m, day: 1) else { return nil }
                let offset = (w - first.weekday + 7) % 7
                return first.adding(days: offset + (n - 1) * 7)
            }
            guard let last = CivilDate(year: year, month: m, day: CivilDate.daysIn(month: m, year: year)) else { return nil }
            return last.adding(days: -((last.weekday - w + 7) % 7))
        case .easter(let offset):
            // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
            let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
            let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
            let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451
            let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
            return CivilDate(year: year, month: month, day: day)?.adding(days: offset)
        case .lunar: return nil
        }
    }
}
