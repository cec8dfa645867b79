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

/// What the other words of temporal expressions are to the patterns, each named in
/// `words.tsv` by its case name (`temporal=ago`). (No raw values: `==` on them would compare
/// strings in the patterns' hottest tests.)
enum TemporalKeyword: Sendable, Equatable, CaseIterable {
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
         during, within, over, `for`, or, around, about, approximately, nearly, almost, roughly, more, less,
         than, least, most, the, a, an, several, few, couple, many, each, every, per, fiscal, noon, midnight,
         am, pm, timezone, local, time, period, clock, half, dozen, beyond, afterwards, then, near, short, long,
         term, right, `as`, possible, date, once, ahead, final, calendar, so, other, such, ad, bc, throughout, still,
         already, annually, daily, weekly, monthly, yearly, quarterly, hourly, biweekly, nightly, overnight, midday,
         midweek,
         anniversary, its, distant, foreseeable, again
    /// "some" (`some` is a keyword of Swift's).
    case someAmount

    /// Each keyword by its name in `words.tsv`.
    static let named: [String: TemporalKeyword] = Dictionary(uniqueKeysWithValues: allCases.map {
        ($0 == .someAmount ? "some" : "\($0)", $0)
    })
}

/// The words of temporal expressions, read from the vocabulary's temporal classes
/// (`words.tsv`: month=, weekday=, season=, temporal-unit(s)=, number-word=, ordinal=,
/// part-of-day=, temporal=), by lexeme for the per-token scan and in a table for bytes that are
/// no token (the halves of "twenty-five"), and the holidays of `phrases.tsv`.
struct TemporalLexicon: Sendable {
    static let standard = TemporalLexicon(Vocabulary.standard)
    static var table: WordTable<TemporalWord> { standard.table }

    let table: WordTable<TemporalWord>
    /// The temporal reading of each lexeme, by lexeme id (nil for most).
    let byLexeme: [TemporalWord?]
    let holidays: [(words: [String], rule: HolidayRule)]
    let holidayStarts: WordTable<[Int]>
    /// Arguments that name no month, unit, keyword, …: `words.tsv:LINE: problem`.
    let problems: [String]

    init(_ vocabulary: Vocabulary, phrases: PhraseBook = .standard) {
        var pairs: [(String, TemporalWord)] = []
        var problems: [String] = []
        for c in TemporalLexicon.readings {
            for (word, argument) in vocabulary.arguments(c.class).sorted(by: { $0.key < $1.key }) {
                if let w = c.read(argument) {
                    pairs.append((word, w))
                } else {
                    problems.append("\(vocabulary.place(of: word)): '\(TerminalSafety.line(argument))' is no \(c.name) ('\(TerminalSafety.line(word))')")
                }
            }
        }
        table = WordTable(pairs)
        var byLexeme = [TemporalWord?](repeating: nil, count: vocabulary.lexemeCount)
        for (word, w) in pairs { byLexeme[Int(vocabulary.lexeme(word))] = w }
        self.byLexeme = byLexeme
        // The scanner's classes are of keywords: a word in one without a keyword reading, or a
        // signal that is no function word, would be passed over.
        let keywords = Set(pairs.compactMap { if case .keyword = $0.1 { return $0.0 } else { return nil } })
        for (c, name) in [(WordClass.temporalFunction, "temporal-function"), (.temporalSignal, "temporal-signal"), (.monthCue, "month-cue")] {
            for word in vocabulary.words(c) where !keywords.contains(word) {
                problems.append("\(vocabulary.place(of: word)): '\(TerminalSafety.line(word))' is \(name) without a temporal=KEYWORD reading")
            }
        }
        for word in vocabulary.words(.temporalSignal) where !vocabulary.has(word, .temporalFunction) {
            problems.append("\(vocabulary.place(of: word)): '\(TerminalSafety.line(word))' is temporal-signal, not temporal-function")
        }
        var holidays: [(words: [String], rule: HolidayRule)] = []
        var byFirst: [String: [Int]] = [:]
        for p in phrases.phrases(.holiday) {
            guard let rule = TemporalLexicon.holidayRule(p.argument ?? "") else {
                problems.append("\(PhraseBook.place(of: p)): '\(TerminalSafety.line(p.argument ?? ""))' is no holiday rule "
                                + "(MM-DD, nth:M:W:N, easter:OFFSET or lunar)")
                continue
            }
            byFirst[p.words[0], default: []].append(holidays.count)
            holidays.append((p.words, rule))
        }
        self.holidays = holidays
        holidayStarts = WordTable(byFirst.map { ($0.key, $0.value) })
        self.problems = problems
    }

    /// Each temporal class and how its argument reads.
    private static let readings: [(class: WordClass, name: String, read: @Sendable (String) -> TemporalWord?)] = [
        (.month, "month number 1-12", { Int($0).flatMap { (1...12).contains($0) ? .month($0) : nil } }),
        (.weekday, "weekday number 1-7", { Int($0).flatMap { (1...7).contains($0) ? .weekday($0) : nil } }),
        (.season, "season", { a in Season.allCases.first { "\($0)" == a }.map { .season($0) } }),
        (.temporalUnit, "unit of time", { TimeUnit(rawValue: $0).map { .unit($0, plural: false) } }),
        (.temporalUnits, "unit of time", { TimeUnit(rawValue: $0).map { .unit($0, plural: true) } }),
        (.numberWord, "number", { Int($0).flatMap { $0 >= 0 ? .number($0) : nil } }),
        (.ordinal, "ordinal number", { Int($0).flatMap { $0 > 0 ? .ordinal($0) : nil } }),
        (.partOfDay, "part of the day", { a in
            [PartOfDay.morning, .afternoon, .evening, .night, .day].first { "\($0)" == a }.map { .partOfDay($0) }
        }),
        (.temporal, "temporal keyword", { TemporalKeyword.named[$0].map { .keyword($0) } }),
    ]

    /// Fixed-date and rule-based holidays: name (lower case, as tokens) → how to find the day in a year.
    enum HolidayRule: Sendable, Equatable {
        case fixed(month: Int, day: Int)
        /// The `n`-th (1-based; -1 = last) weekday (ISO) of a month.
        case nthWeekday(month: Int, weekday: Int, n: Int)
        case easter(offset: Int)
        /// Moves with another calendar (Ramadan, Eid): found, but left without a day.
        case lunar
    }

    /// The holidays (`phrases.tsv`), in the file's order.
    static var holidays: [(words: [String], rule: HolidayRule)] { standard.holidays }

    /// First words of holiday names → indexes into `holidays`.
    static var holidayStarts: WordTable<[Int]> { standard.holidayStarts }

    /// A holiday's rule as `phrases.tsv` writes it: `MM-DD`, `nth:M:W:N`, `easter:OFFSET` or
    /// `lunar` (nil for anything else).
    static func holidayRule(_ text: String) -> HolidayRule? {
        if text == "lunar" { return .lunar }
        let colon = text.split(separator: ":", omittingEmptySubsequences: false)
        if colon.count == 2, colon[0] == "easter", let offset = Int(colon[1]), abs(offset) <= 60 { return .easter(offset: offset) }
        if colon.count == 4, colon[0] == "nth", let m = Int(colon[1]), let w = Int(colon[2]), let n = Int(colon[3]),
           (1...12).contains(m), (1...7).contains(w), n == -1 || (1...5).contains(n) {
            return .nthWeekday(month: m, weekday: w, n: n)
        }
        let dash = text.split(separator: "-", omittingEmptySubsequences: false)
        if colon.count == 1, dash.count == 2, let m = Int(dash[0]), let d = Int(dash[1]), (1...12).contains(m),
           d >= 1, d <= CivilDate.daysIn(month: m, year: 2000) {
            return .fixed(month: m, day: d)
        }
        return nil
    }

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
