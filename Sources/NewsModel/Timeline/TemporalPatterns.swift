/// One expression the patterns found: tokens `first...last` and what they say. A token
/// holding a range (`8-13`) may add a second expression inside it.
struct TemporalHit {
    var first: Int
    var last: Int
    var spec: TimexSpec
    /// A second expression inside the last token (`13` of `Oct. 8-13`), with its scalar span.
    var inner: (TextSpan, TimexSpec)?
    /// Span override when the expression covers only part of its first token.
    var span: TextSpan?

    init(_ first: Int, _ last: Int, _ spec: TimexSpec) {
        self.first = first
        self.last = last
        self.spec = spec
    }
}

/// The patterns of temporal expressions, tried at each token; the longest wins.
extension TemporalScanner {
    func match(at i: Int) -> TemporalHit? {
        guard valid(i) else { return nil }
        // A quick filter: most tokens cannot start an expression.
        guard canStart(i), let hit = withApproximation(i), !inName(hit) else { return nil }
        return hit
    }

    /// A common time word written with a capital inside a sentence belongs to a name ("This
    /// Week" the TV show, "VOA Today"), unless the whole line is in capitals (a headline).
    private func inName(_ hit: TemporalHit) -> Bool {
        if case .holiday = hit.spec.what { return false }
        for k in hit.first...hit.last {
            let t = tokens[k]
            guard t.has(.capitalized), !t.has(.allUpper), k > hit.first || !view.followsSentenceBreak(k) else { continue }
            switch words[k] {
            case .unit?, .keyword(.today)?, .keyword(.tomorrow)?, .keyword(.tonight)?, .keyword(.yesterday)?, .partOfDay?,
                 .keyword(.future)?, .keyword(.past)?:
                return true
            default: continue
            }
        }
        // "This Week": the first word capitalized mid-sentence and the next one too.
        if hit.last > hit.first, !view.followsSentenceBreak(hit.first), tokens[hit.first].has(.capitalized),
           case .keyword(let k)? = words[hit.first], [.this, .last, .next].contains(k), tokens[hit.first + 1].has(.capitalized),
           !tokens[hit.first + 1].has(.allUpper), words[hit.first + 1].map({ if case .unit = $0 { return true }; return false }) ?? false {
            return true
        }
        return false
    }

    // MARK: prefixes

    /// `around`, `nearly`, `more than`, `at least` ... before an expression that can carry them.
    private func withApproximation(_ i: Int) -> TemporalHit? {
        var k = i
        var mod: TimexMod?
        switch kw(i) {
        case .around, .about, .approximately, .roughly: mod = .approx; k = i + 1
        case .nearly, .almost: mod = .approx; k = i + 1
        case .more where isKW(i + 1, .than): mod = .moreThan; k = i + 2
        case .less where isKW(i + 1, .than): mod = .lessThan; k = i + 2
        case .at where isKW(i + 1, .least): mod = .equalOrMore; k = i + 2
        case .over: mod = .moreThan; k = i + 1
        default: break
        }
        if let mod, k != i, var hit = withPosition(k) {
            let takesApprox: Bool
            switch hit.spec.what {
            case .ago, .clock, .date, .value, .articleShift, .referenceShift: takesApprox = true
            case .literal: takesApprox = hit.spec.type == .duration
            default: takesApprox = false
            }
            // "over" only before durations; "about"/"around" not before plain years in prose ("about 1990 levels").
            if takesApprox, !(kw(i) == .over && hit.spec.type != .duration) {
                hit.first = i
                hit.spec.mod = hit.spec.mod ?? mod
                return hit
            }
        }
        return withPosition(i)
    }

    /// `early`, `late`, `mid`, `the end of`, `the beginning of` ... before a date.
    private func withPosition(_ i: Int) -> TemporalHit? {
        var k = i
        var mod: TimexMod?
        if isKW(k, .the) { k += 1 }
        switch kw(k) {
        case .early, .earlier: mod = .start; k += 1
        case .late, .later: mod = .end; k += 1
        case .mid: mod = .mid; k += 1
        case .end where isKW(k + 1, .of), .close where isKW(k + 1, .of): mod = .end; k += 2
        case .beginning where isKW(k + 1, .of), .start where isKW(k + 1, .of): mod = .start; k += 2
        case .middle where isKW(k + 1, .of): mod = .mid; k += 2
        default: break
        }
        if let mod, k < limit {
            // "early in the year": skip an `in`.
            var core = k
            if isKW(core, .in), mod != .mid { core += 1 }
            if var hit = coreMatch(core), positionable(hit.spec) {
                hit.first = i
                if hit.spec.mod == nil { hit.spec.mod = mod }
                return hit
            }
            // "late morning", "early evening": a part of the day in discussion.
            if let p = partOfDay(core), !isKW(core + 1, .of) {
                return TemporalHit(i, core, TimexSpec(.time, .partOfDay(p, .reference(.day)), mod: mod))
            }
            // "the end of the year", "earlier in the month": the article's own period.
            if isKW(core, .the), let u = unit(core + 1), !u.plural, [.year, .month, .week, .day, .quarter].contains(u.unit),
               !isKW(core + 2, .of), year(core + 2) == nil {
                return TemporalHit(i, core + 1, TimexSpec(.date, u.unit == .day ? .reference(.day) : .articleShift(u.unit, 0), mod: mod))
            }
        }
        return coreMatch(i)
    }

    private func positionable(_ spec: TimexSpec) -> Bool {
        guard spec.type == .date || spec.type == .time else { return false }
        if case .vague = spec.what { return false }
        return true
    }

    // MARK: the core patterns

    private func coreMatch(_ i: Int) -> TemporalHit? {
        guard valid(i) else { return nil }
        var best: TemporalHit?
        func consider(_ h: TemporalHit?) {
            guard let h else { return }
            if best == nil || h.last > best!.last { best = h }
        }
        consider(explicitDate(i))
        consider(yearExpression(i))
        consider(relativeDay(i))
        consider(weekdayExpression(i))
        consider(relativeUnit(i))
        consider(quantityExpression(i))
        consider(quarterExpression(i))
        consider(seasonExpression(i))
        consider(vagueExpression(i))
        consider(clockExpression(i))
        consider(setExpression(i))
        consider(holiday(i))
        consider(compound(i))
        return best
    }

    // MARK: calendar dates

    /// `Oct. 8`, `October 8, 2024`, `Oct 8th`, `8 October 2024`, `the 8th of October`,
    /// `June 2024`, `June`, `Tuesday, Oct. 8`, `Oct. 8-13`: the calendar-date rules below.
    private func explicitDate(_ i: Int) -> TemporalHit? {
        if let h = gluedMonthDay(i) { return h }
        var k = i
        var weekdayFirst = false
        if weekday(k) != nil {
            // Weekday, optionally a comma, then a month-day.
            var m = k + 1
            if isPunct(m, ",") { m += 1 }
            if month(m) != nil || dayOfMonth(m) != nil && month(m + 1) != nil {
                k = m
                weekdayFirst = true
            } else {
                return nil
            }
        }
        if let m = month(k) {
            let j = afterMonth(k)
            // A number after the month that is neither a day nor a year: not a date at all ("Oct. 45").
            if let d = digits(j), d.count <= 2, !(1...31).contains(d.value) { return nil }
            let start = weekdayFirst ? i : k
            if let d = monthDay(start, m, j) { return d }
            if let d = monthDayRange(start, m, j) { return d }
            return monthAndYear(k, m, j, weekdayFirst: weekdayFirst)
        }
        // Day Month [Year]: `8 October 2024`, `8th of October`.
        var j = k
        if isKW(j, .the), ordinal(j + 1) != nil { j += 1 }
        if let d = dayMonth(weekdayFirst ? i : k, j) { return d }
        return dayRangeMonth(j)
    }

    /// The year after a date's last token `j` (past a comma), and the token it ends on.
    private func yearAfter(_ j: Int) -> (year: TimexSpec.YearRef, last: Int) {
        var n = j + 1
        if isPunct(n, ",") { n += 1 }
        if let y = self.year(n) { return (.absolute(y), n) }
        return (.infer, j)
    }

    /// `Dec.14th`, `Oct.8`: a month abbreviation and its day written without a space (a year
    /// may follow). Not `U.S.2`, not `Feb.30`.
    private func gluedMonthDay(_ i: Int) -> TemporalHit? {
        guard valid(i), tokens[i].has(.hasPeriod), tokens[i].has(.hasDigit), tokens[i].has(.capitalized) else { return nil }
        let pieces = lower(i).split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count == 2, case .month(let m)? = TemporalLexicon.table.lookup(String(pieces[0])) else { return nil }
        let dayText = pieces[1].prefix { $0.isNumber }
        let suffix = pieces[1].dropFirst(dayText.count)
        guard let d = Int(dayText), (1...31).contains(d), suffix.isEmpty || Vocabulary.standard.has(String(suffix), .ordinalSuffix),
              CivilDate(year: 2000, month: m, day: d) != nil else { return nil }
        let (year, last) = yearAfter(i)
        return TemporalHit(i, last, TimexSpec(.date, .date(year: year, month: m, day: d)))
    }

    /// `Oct. 8`, `October 8, 2024`, `Oct 8th` (a second day after it makes a range: `Oct. 8 to
    /// 13`). Not `Oct. 2024` (a year), not `Feb. 30`.
    private func monthDay(_ start: Int, _ m: Int, _ j: Int) -> Decision {
        guard let d = dayOfMonth(j), !(digits(j).map { $0.count == 4 } ?? false) else { return nil }
        let (year, last) = yearAfter(j)
        guard CivilDate(year: 2000, month: m, day: d) != nil else { return .some(nil) }  // Feb 30 never
        var hit = TemporalHit(start, last, TimexSpec(.date, .date(year: year, month: m, day: d)))
        if case .absolute(let y) = year, CivilDate(year: y, month: m, day: d) == nil { return .some(nil) }
        hit.inner = rangeEnd(after: j, month: m, year: year)
        return hit
    }

    /// `Oct. 8-13`, `Oct. 8-13, 2024`: a day range inside one token, as two expressions.
    /// Not `Oct. 8-45`.
    private func monthDayRange(_ start: Int, _ m: Int, _ j: Int) -> Decision {
        guard let (d1, d2, splitAt) = dayRange(j) else { return nil }
        guard CivilDate(year: 2000, month: m, day: d1) != nil, CivilDate(year: 2000, month: m, day: d2) != nil else { return .some(nil) }
        let (year, last) = yearAfter(j)
        var hit = TemporalHit(start, j, TimexSpec(.date, .date(year: year, month: m, day: d1)))
        hit.span = TextSpan(Int(tokens[start].begin), Int(tokens[j].begin) + splitAt.0)
        let innerSpan = TextSpan(Int(tokens[j].begin) + splitAt.1, Int(tokens[j].end))
        var innerSpec = TimexSpec(.date, .date(year: year, month: m, day: d2))
        innerSpec.mod = nil
        hit.inner = (innerSpan, innerSpec)
        if last > j {
            // The year after the range belongs to the second date's span.
            hit.inner = (TextSpan(innerSpan.begin, Int(tokens[last].end)), innerSpec)
        }
        return hit
    }

    /// `June 2024`, `June of 2024`, `June, 2024`, `June nineteen ninety`, `January this year`,
    /// and `June` alone (its year inferred). Not a bare month after a weekday ("Monday, May").
    private func monthAndYear(_ k: Int, _ m: Int, _ j: Int, weekdayFirst: Bool) -> TemporalHit? {
        if isKW(j, .of), let y = year(j + 1) { return TemporalHit(k, j + 1, TimexSpec(.date, .value(.month(year: y, month: m)))) }
        if isPunct(j, ","), let y = year(j + 1), !weekdayFirst {
            return TemporalHit(k, j + 1, TimexSpec(.date, .value(.month(year: y, month: m))))
        }
        if let y = year(j) { return TemporalHit(k, j, TimexSpec(.date, .value(.month(year: y, month: m)))) }
        if let y = spokenYear(j) { return TemporalHit(k, y.last, TimexSpec(.date, .value(.month(year: y.year, month: m)))) }
        if let (shift, last) = yearShiftWords(j) {
            return TemporalHit(k, last, TimexSpec(.date, .date(year: .articleOffset(shift), month: m, day: nil)))
        }
        if weekdayFirst { return nil }
        return TemporalHit(k, k, TimexSpec(.date, .date(year: .infer, month: m, day: nil)))
    }

    /// `8 October 2024`, `8th of October`, `the 8th of October`. Not `31 February`.
    private func dayMonth(_ start: Int, _ j: Int) -> Decision {
        guard let d = dayOfMonth(j) else { return nil }
        var n = j + 1
        if isKW(n, .of) { n += 1 }
        guard let m = month(n) else { return nil }
        var last = afterMonth(n) - 1
        var year: TimexSpec.YearRef = .infer
        if let y = self.year(last + 1) { year = .absolute(y); last += 1 }
        guard CivilDate(year: 2000, month: m, day: d) != nil else { return .some(nil) }
        if case .absolute(let y) = year, CivilDate(year: y, month: m, day: d) == nil { return .some(nil) }
        return TemporalHit(start, last, TimexSpec(.date, .date(year: year, month: m, day: d)))
    }

    /// `11-13 Dec.`, `5-6 April 2016`: a day range before its month, as two expressions.
    private func dayRangeMonth(_ j: Int) -> TemporalHit? {
        guard let (d1, d2, splitAt) = dayRange(j), let m = month(j + 1) else { return nil }
        var last = afterMonth(j + 1) - 1
        var year: TimexSpec.YearRef = .infer
        if let y = self.year(last + 1) { year = .absolute(y); last += 1 }
        guard CivilDate(year: 2000, month: m, day: d1) != nil, CivilDate(year: 2000, month: m, day: d2) != nil else { return nil }
        // Read to its last token (the month, the year), so the month is not read again alone.
        var hit = TemporalHit(j, last, TimexSpec(.date, .date(year: year, month: m, day: d1)))
        hit.span = TextSpan(Int(tokens[j].begin), Int(tokens[j].begin) + splitAt.0)
        hit.inner = (TextSpan(Int(tokens[j].begin) + splitAt.1, Int(tokens[last].end)),
                     TimexSpec(.date, .date(year: year, month: m, day: d2)))
        return hit
    }

    /// `Nov. 16 - 17` / `Oct. 8 to 13`: a second day right after a month-day, as an inner expression.
    private func rangeEnd(after j: Int, month m: Int, year: TimexSpec.YearRef) -> (TextSpan, TimexSpec)? {
        guard isPunct(j + 1, "-") || (valid(j + 1) && tokens[j + 1].kind == .punctuation && classOf(j + 1) == .dash),
              let d2 = dayOfMonth(j + 2), CivilDate(year: 2000, month: m, day: d2) != nil else { return nil }
        return (span(j + 2, j + 2), TimexSpec(.date, .date(year: year, month: m, day: d2)))
    }

    @inline(__always)
    private func classOf(_ i: Int) -> CharClass {
        CharClass.of(Unicode.Scalar(view.byte(Int(tokens[i].byteBegin))))
    }

    /// A token `8-13` (two days of a month): the two days and the scalar offsets where the first
    /// ends and the second starts, relative to the token.
    private func dayRange(_ i: Int) -> (Int, Int, (Int, Int))? {
        guard valid(i), tokens[i].has(.hasHyphen), tokens[i].has(.hasDigit), !tokens[i].has(.hasLetter) else { return nil }
        let p = parts(i)
        guard p.count == 2, let a = Int(p[0]), let b = Int(p[1]), p[0].count <= 2, p[1].count <= 2,
              (1...31).contains(a), (1...31).contains(b), a < b else { return nil }
        return (a, b, (p[0].count, p[0].count + 1))
    }

    /// `this year`, `last year`, `next year` after a month name.
    private func yearShiftWords(_ j: Int) -> (Int, Int)? {
        guard let u = unit(j + 1), u.unit == .year, !u.plural else { return nil }
        switch kw(j) {
        case .this: return (0, j + 1)
        case .last: return (-1, j + 1)
        case .next: return (1, j + 1)
        default: return nil
        }
    }

    /// `2024-10-08` and `10/21/2024` or `21/10/2024` in one token.
    private func numericDate(_ i: Int) -> TemporalHit? {
        guard valid(i), tokens[i].has(.hasDigit), !tokens[i].has(.hasLetter),
              tokens[i].has(.hasHyphen) || contains(i, byte: UInt8(ascii: "/")) else { return nil }
        let s = lower(i)
        if tokens[i].has(.hasHyphen) {
            let p = s.split(separator: "-").map(String.init)
            if p.count == 3, p[0].count == 4, p[1].count == 2, p[2].count == 2, let y = Int(p[0]), let m = Int(p[1]),
               let d = Int(p[2]), let date = CivilDate(year: y, month: m, day: d), (1000...2199).contains(y) {
                return TemporalHit(i, i, TimexSpec(.date, .value(.day(date))))
            }
            if p.count == 2, p[0].count == 4, p[1].count == 2, let y = Int(p[0]), let m = Int(p[1]), (1...12).contains(m),
               (1000...2199).contains(y) {
                return TemporalHit(i, i, TimexSpec(.date, .value(.month(year: y, month: m))))
            }
            return nil
        }
        let p = s.split(separator: "/").map(String.init)
        guard p.count == 3, let a = Int(p[0]), let b = Int(p[1]), var y = Int(p[2]), p[2].count == 4 || p[2].count == 2 else { return nil }
        if p[2].count == 2 { y += y < 50 ? 2000 : 1900 }
        // Month first (US) unless the first number cannot be a month.
        if let date = a <= 12 ? CivilDate(year: y, month: a, day: b) : CivilDate(year: y, month: b, day: a) {
            return TemporalHit(i, i, TimexSpec(.date, .value(.day(date))))
        }
        return nil
    }

    // MARK: years, decades, centuries

    private func yearExpression(_ i: Int) -> TemporalHit? {
        if let h = numericDate(i) { return h }
        var k = i
        var the = false
        if isKW(k, .the) { the = true; k += 1 }
        // fiscal 1989, fiscal year 1989
        if isKW(k, .fiscal) {
            var n = k + 1
            if let u = unit(n), u.unit == .year, !u.plural { n += 1 }
            if let y = year(n) { return TemporalHit(i, n, TimexSpec(.date, .value(.year(y)))) }
            if let d = digits(n), d.count == 2 { return TemporalHit(i, n, TimexSpec(.date, .value(.year(1900 + d.value + (d.value < 50 ? 100 : 0))))) }
            return nil
        }
        // the year 2000 / the year two thousand
        if the, let u = unit(k), u.unit == .year, !u.plural {
            if let y = year(k + 1) { return TemporalHit(i, k + 1, TimexSpec(.date, .value(.year(y)))) }
            if let y = spokenYear(k + 1) { return TemporalHit(i, y.last, TimexSpec(.date, .value(.year(y.year)))) }
        }
        // Decades: the 1990s, 1990s, the '90s, the nineties; centuries: the 20th century.
        if let d = decade(k) {
            return TemporalHit(the ? i : k, d.last, TimexSpec(.date, .value(.decade(d.decade))))
        }
        // Not "his fifth century" (a cricket innings).
        if let c = ordinal(k), let u = unit(k + 1), u.unit == .century, !u.plural, (1...30).contains(c),
           the || k == 0 || !view.has(k - 1, .possessiveDeterminer) {
            return TemporalHit(the ? i : k, k + 1, TimexSpec(.date, .value(.century(c - 1))))
        }
        if the { return nil }
        // "575 B.C.", "AD 79"
        if let d = digits(i), d.count <= 4, d.value > 0, isKW(i + 1, .bc) {
            return TemporalHit(i, i + 1, TimexSpec(.date, .value(.underspecified("BC" + CivilDate.pad(d.value, 4)))))
        }
        if let y = year(i), plausibleYear(i) {
            var last = i
            var value: TimexValue = .year(y)
            // "575 B.C." is not handled as a year value; "2016 AD" keeps the year.
            if isKW(i + 1, .ad) { last = i + 1 }
            if isKW(i + 1, .bc) { value = .underspecified("BC" + String(y)); last = i + 1 }
            return TemporalHit(i, last, TimexSpec(.date, .value(value)))
        }
        // A year in words needs a word that introduces a time ("in two thousand and one"):
        // "two thousand workers" counts people.
        if let y = spokenYear(i), i > 0, view.has(i - 1, .timePreposition) {
            return TemporalHit(i, y.last, TimexSpec(.date, .value(.year(y.year))))
        }
        return nil
    }

    /// A four-digit number that reads as a year. News style writes counts of a thousand or more
    /// with a comma ("1,500"), so a bare four-digit number is a year ("the 1990 invasion") unless
    /// money, a percent sign or a unit of measure says it counts something ("$2000", "1500 meters").
    func plausibleYear(_ i: Int) -> Bool {
        if i > 0, tokens[i - 1].kind == .symbol { return false }  // $2000, €1500
        // An identifier after an identifying noun: "Resolution 2118", "Flight 1549", and the list
        // that follows one ("Resolutions 2254 and 2118").
        if isIdentifierNumber(i) { return false }
        if valid(i + 1) {
            if isPunct(i + 1, "%") { return false }
            if tokens[i + 1].kind == .word, view.has(i + 1, .countNoun) { return false }
            if tokens[i + 1].kind == .number { return false }  // "1998 1999" lists, "2024 15" tables
        }
        // "1900 GMT", "0630 local time": a clock time.
        if let d = digits(i), d.count == 4, d.value / 100 <= 23, d.value % 100 <= 59, valid(i + 1),
           view.has(i + 1, .timeZoneWord) {
            return false
        }
        if isKickOff(i) { return false }
        guard let y = digits(i)?.value, y >= 1900 && y <= 2099 else {
            // Older years need a cue: "in 1492", "since 1815", "the 1848 revolution", or another
            // year before "and" or "to" ("between 1202 and 1204"; not "600 dead and 1400 injured").
            guard i > 0, let cue = kw(i - 1) else { return false }
            if cue == .and || cue == .to { return i > 1 && digits(i - 2)?.count == 4 }
            return [.in, .since, .by, .until, .from, .of, .the, .before, .after, .during, .between].contains(cue)
        }
        return true
    }

    /// "Valencia v Real Mallorca (2000)": a clock time in brackets closing a line of a fixture
    /// list (two sides and a versus word before it) is when the match starts, not a year.
    private func isKickOff(_ i: Int) -> Bool {
        guard i > 0, isPunct(i - 1, "("), valid(i + 1), isPunct(i + 1, ")"), let d = digits(i), d.count == 4,
              d.value / 100 <= 23, d.value % 100 <= 59, i + 2 >= tokens.count || tokens[i + 2].has(.paragraphStart) else { return false }
        var k = i - 2
        while k >= 0, k >= i - 14 {
            if view.has(k, .versus) { return true }
            if tokens[k].has(.paragraphStart) { return false }
            k -= 1
        }
        return false
    }

    private func isIdentifierNumber(_ i: Int) -> Bool {
        guard i > 0 else { return false }
        let p = i - 1
        if tokens[p].kind == .word, view.has(p, .identifierNoun) { return true }
        // "2254 and 2118", "2254, 2118"
        if (isKW(p, .and) || isPunct(p, ",")), p > 0, digits(p - 1)?.count == 4 { return isIdentifierNumber(p - 1) }
        return false
    }

    /// `the 1990s`, `1990s`, `the '90s`, `the nineties`, `the mid-1990s` is handled by `compound`.
    private func decade(_ k: Int) -> (decade: Int, last: Int)? {
        guard valid(k) else { return nil }
        let t = tokens[k]
        if t.kind == .word, t.has(.hasDigit), !t.has(.hasHyphen), let y = decadeNumber(k, digits: 4), (1000...2190).contains(y) {
            return (y / 10, k)
        }
        // '90s: an apostrophe token then "90s".
        if isPunct(k, "'") || (valid(k) && classOf(k) == .apostrophe && view.byteLength(k) <= 3 && tokens[k].kind == .punctuation),
           valid(k + 1), !tokens[k + 1].has(.spaceBefore), let y = decadeNumber(k + 1, digits: 2) {
            return ((y < 30 ? 200 : 190) + y / 10, k + 1)
        }
        if t.kind == .word, k > 0, isKW(k - 1, .the) || isKW(k - 1, .early) || isKW(k - 1, .late) || isKW(k - 1, .mid),
           let d = lookup(Vocabulary.standard.decades, k) { return (190 + d, k) }
        return nil
    }

    /// The number of a decade written in digits and "s" ("1990s", "90s" with `digits` 2): that
    /// many digits, the last a zero, then "s". Read on bytes.
    private func decadeNumber(_ i: Int, digits n: Int) -> Int? {
        let b = Int(tokens[i].byteBegin)
        guard Int(tokens[i].byteEnd) - b == n + 1, view.byte(b + n) | 0x20 == UInt8(ascii: "s"), view.byte(b + n - 1) == UInt8(ascii: "0") else { return nil }
        var v = 0
        for k in b..<(b + n) {
            guard view.byte(k) >= 48, view.byte(k) <= 57 else { return nil }
            v = v * 10 + Int(view.byte(k) - 48)
        }
        return v
    }

    /// `nineteen ninety-six`, `two thousand`, `two thousand and one`, `twenty twenty-four`.
    private func spokenYear(_ k: Int) -> (year: Int, last: Int)? {
        guard let a = cardinal(k), digits(k) == nil else { return nil }
        if a == 2, valid(k + 1), words[k + 1] == .number(1000) {
            var last = k + 1
            var y = 2000
            var n = k + 2
            if isKW(n, .and) { n += 1 }
            if let b = cardinal(n), digits(n) == nil, b < 100 { y += b; last = n }
            return (y, last)
        }
        guard (10...20).contains(a) || a == 19 || a == 20, let b = cardinal(k + 1), digits(k + 1) == nil,
              (10...99).contains(b) else { return nil }
        return (a * 100 + b, k + 1)
    }

    // MARK: days relative to the article

    /// today, tonight, yesterday, tomorrow, with parts of day; `the day before yesterday`.
    private func relativeDay(_ i: Int) -> TemporalHit? {
        // "year end", "year's end": the end of the article's year.
        if let u = unit(i), u.unit == .year, !u.plural, !capitalized(i) || tokens[i].has(.paragraphStart) {
            if isKW(i + 1, .end) { return TemporalHit(i, i + 1, TimexSpec(.date, .articleShift(.year, 0), mod: .end)) }
            if valid(i + 1), tokens[i + 1].has(.possessive), isKW(i + 2, .end) {
                return TemporalHit(i, i + 2, TimexSpec(.date, .articleShift(.year, 0), mod: .end))
            }
        }
        var k = i
        var shift: Int?
        var part: PartOfDay?
        if isKW(k, .the), let u = unit(k + 1), u.unit == .day, !u.plural {
            if (isKW(k + 2, .before) && isKW(k + 3, .yesterday)) {
                return TemporalHit(i, k + 3, TimexSpec(.date, .articleShift(.day, -2)))
            }
            if isKW(k + 2, .after) && isKW(k + 3, .tomorrow) {
                return TemporalHit(i, k + 3, TimexSpec(.date, .articleShift(.day, 2)))
            }
        }
        switch kw(k) {
        case .today: shift = 0
        case .yesterday: shift = -1
        case .tomorrow: shift = 1
        case .tonight: shift = 0; part = .night
        default:
            // this morning / this afternoon / this evening / last night
            if isKW(k, .this), let p = partOfDay(k + 1) {
                return TemporalHit(i, k + 1, TimexSpec(.time, .partOfDay(p, .articleShift(.day, 0))))
            }
            if isKW(k, .last), let p = partOfDay(k + 1), p == .night || p == .evening {
                return TemporalHit(i, k + 1, TimexSpec(.time, .partOfDay(p, .articleShift(.day, -1))))
            }
            return nil
        }
        k += 1
        // "yesterday morning", "tomorrow night"
        if part == nil, let p = partOfDay(k) {
            return TemporalHit(i, k, TimexSpec(.time, .partOfDay(p, .articleShift(.day, shift!))))
        }
        if let part { return TemporalHit(i, i, TimexSpec(.time, .partOfDay(part, .articleShift(.day, shift!)))) }
        // "today's" stays "today".
        return TemporalHit(i, i, TimexSpec(.date, .articleShift(.day, shift!)))
    }

    // MARK: weekdays

    /// `Monday`, `last Friday`, `next Tuesday`, `this coming Sunday`, `the previous Friday`,
    /// `Tuesday night`, `Saturday, April 25` (handled by explicitDate).
    private func weekdayExpression(_ i: Int) -> TemporalHit? {
        var k = i
        var occ: TimexSpec.Occurrence = .byTense
        switch kw(k) {
        case .last: occ = .last; k += 1
        case .next: occ = .next; k += 1
        case .this:
            occ = .this
            k += 1
            if isKW(k, .coming) { occ = .next; k += 1 } else if isKW(k, .past) { occ = .last; k += 1 }
        case .the:
            if isKW(k + 1, .previous) || isKW(k + 1, .prior) { occ = .referencePrevious; k += 2 }
            else if isKW(k + 1, .following) || isKW(k + 1, .next) { occ = .referenceFollowing; k += 2 }
            else { return nil }
        case .that: occ = .byTense; k += 1
        default: break
        }
        guard let w = weekday(k) else { return nil }
        // A newspaper or a show: "the Sunday Times", "Saturday Post".
        if valid(k + 1), tokens[k + 1].has(.capitalized), view.has(k + 1, .publicationWord) { return nil }
        // Weekday followed by a date is explicitDate's.
        var last = k
        var what: TimexSpec.What = .weekday(w, occ)
        var type = TimexType.date
        if let p = partOfDay(k + 1) {
            what = .partOfDay(p, what)
            type = .time
            last = k + 1
        }
        return TemporalHit(i, last, TimexSpec(type, what))
    }

    // MARK: relative units: last week, this year, the following day, the past year

    private func relativeUnit(_ i: Int) -> TemporalHit? {
        var k = i
        var the = false
        if isKW(k, .the) { the = true; k += 1 }
        guard let rel = kw(k) ?? (the && view.has(k, .samePeriod) ? .same : nil),
              rel != .fiscal, rel != .calendar else {
            return the ? theUnit(i, k) : nil
        }
        let target = k + 1
        // "this coming week", "this past weekend"
        var t2 = target
        var relation = rel
        if rel == .this, isKW(t2, .coming) { relation = .next; t2 += 1 }
        else if rel == .this, isKW(t2, .past) { relation = .last; t2 += 1 }
        if isKW(t2, .fiscal), unit(t2 + 1)?.unit == .year { t2 += 1 }
        // Reporting periods: "the latest period", "the same period last year", "the comparable period".
        if the, isKW(t2, .period) {
            if [.latest, .current, .this].contains(relation) { return TemporalHit(i, t2, TimexSpec(.date, .quarter(nil, .infer))) }
            if relation == .same || view.has(k, .samePeriod) {
                if let (shift, last) = yearShiftWordsAt(t2 + 1), shift == -1 { return TemporalHit(i, last, TimexSpec(.date, .yearAgo(.quarter))) }
                return TemporalHit(i, t2, TimexSpec(.date, .reference(.quarter)))
            }
        }
        if let u = unit(t2), !u.plural { return unitShift(i, t2, u, relation, the: the) }
        if let m = month(t2) ?? monthLoose(t2) { return monthOccurrence(i, t2, m, relation) }
        if let s = season(t2) { return seasonOccurrence(i, t2, s, relation) }
        if the { return theUnit(i, k) }
        return nil
    }

    /// "last week", "this year", "the following day", "the past quarter", "this weekend": the
    /// unit shifted from the article's date, or from the date told about ("the following
    /// day"). Not "the last day" (no date), not "the other week".
    private func unitShift(_ i: Int, _ t2: Int, _ u: (unit: TimeUnit, plural: Bool), _ relation: TemporalKeyword, the: Bool)
        -> TemporalHit? {
        let amount: Int?
        var anchorToReference = false
        switch relation {
        case .last, .past: amount = -1
        case .previous where !the: amount = -1
        case .next, .coming, .upcoming: amount = 1
        case .this, .current, .present: amount = 0
        case .latest: amount = u.unit == .quarter ? nil : -1
        case .previous, .prior: amount = -1; anchorToReference = the
        case .following: amount = 1; anchorToReference = true
        case .same, .that: amount = 0; anchorToReference = true
        default: return nil
        }
        // "the past year" is last year; "last year's" keeps its `'s` out.
        if u.unit == .quarter {
            if anchorToReference { return TemporalHit(i, t2, TimexSpec(.date, .reference(.quarter))) }
            if let a = amount { return TemporalHit(i, t2, TimexSpec(.date, .quarterShift(a))) }
            return TemporalHit(i, t2, TimexSpec(.date, .quarter(nil, .infer)))
        }
        if u.unit == .weekend {
            if anchorToReference { return TemporalHit(i, t2, TimexSpec(.date, .reference(.weekend))) }
            let occ: TimexSpec.Occurrence = amount == -1 ? .last : amount == 1 ? .next : .this
            return TemporalHit(i, t2, TimexSpec(.date, .weekend(occ)))
        }
        guard let a = amount else { return nil }
        if anchorToReference {
            if relation == .same || relation == .that { return TemporalHit(i, t2, TimexSpec(.date, .reference(u.unit))) }
            return TemporalHit(i, t2, TimexSpec(.date, .referenceShift(u.unit, a, keep: false)))
        }
        // "the last day" / "the next day" are about a reference, not the article.
        if the, u.unit == .day, relation == .next { return TemporalHit(i, t2, TimexSpec(.date, .referenceShift(.day, 1, keep: false))) }
        if the, relation == .last || relation == .past, u.unit == .day { return nil }
        return TemporalHit(i, t2, TimexSpec(.date, .articleShift(u.unit, a)))
    }

    /// "last August", "next March", "this September". Not "previous May".
    private func monthOccurrence(_ i: Int, _ t2: Int, _ m: Int, _ relation: TemporalKeyword) -> TemporalHit? {
        let occ: TimexSpec.Occurrence
        switch relation {
        case .last, .past: occ = .last
        case .next, .coming: occ = .next
        case .this: occ = .this
        default: return nil
        }
        return TemporalHit(i, afterMonth(t2) - 1, TimexSpec(.date, .monthOccurrence(m, occ)))
    }

    /// "last summer", "this fall". Not "same winter".
    private func seasonOccurrence(_ i: Int, _ t2: Int, _ s: Season, _ relation: TemporalKeyword) -> TemporalHit? {
        let occ: TimexSpec.Occurrence
        switch relation {
        case .last, .past: occ = .last
        case .next, .coming: occ = .next
        case .this, .current: occ = .this
        default: return nil
        }
        return TemporalHit(i, t2, TimexSpec(.date, .seasonOccurrence(s, occ)))
    }

    /// A month after last/next/this even without a capital (headlines, lower-case text).
    private func monthLoose(_ i: Int) -> Int? {
        guard valid(i), case .month(let m)? = words[i], view.byteLength(i) > 3 || isAttachedDot(i + 1) else { return nil }
        return m
    }

    /// `the week`, `the day`, `the weekend`, `the month`, `the full year`, `the fiscal year` (no relative word).
    private func theUnit(_ i: Int, _ k: Int) -> TemporalHit? {
        if view.has(k, .wholeYear) || isKW(k, .fiscal) || isKW(k, .calendar), let u = unit(k + 1), u.unit == .year, !u.plural,
           !isKW(k + 2, .of), year(k + 2) == nil {
            return TemporalHit(i, k + 1, TimexSpec(.date, .articleShift(.year, 0)))
        }
        guard let u = unit(k), !u.plural else { return nil }
        // Not "the day after ...", "the year-earlier" (a compound), "the year 2000" (yearExpression).
        if isKW(k + 1, .of) && (u.unit == .year || u.unit == .month || u.unit == .day) { return nil }
        if year(k + 1) != nil { return nil }
        switch u.unit {
        case .year:
            // "the year" alone is too often generic ("for the year"); "the full year" and
            // "the fiscal year" are the article's year.
            return nil
        case .month: return TemporalHit(i, k, TimexSpec(.date, .articleShift(.month, 0)))
        case .week: return TemporalHit(i, k, TimexSpec(.date, .articleShift(.week, 0)))
        case .weekend: return TemporalHit(i, k, TimexSpec(.date, .weekend(.byTense)))
        case .day: return TemporalHit(i, k, TimexSpec(.date, .reference(.day)))
        case .quarter: return TemporalHit(i, k, TimexSpec(.date, .quarter(nil, .infer)))
        default: return nil
        }
    }

    // MARK: quantities of time: ago, earlier, later, durations

    /// The amount before a unit: digits, number words, `a`/`an`/`one`, `a few`, `several`, `a couple of`.
    /// Returns the amount (nil = unknown, "X") and the index of the unit.
    func amount(_ i: Int) -> (value: Double?, unitAt: Int)? {
        guard valid(i) else { return nil }
        switch kw(i) {
        case .a, .an:
            if isKW(i + 1, .few) { return (nil, i + 2) }
            if isKW(i + 1, .couple) { return (2, isKW(i + 2, .of) ? i + 3 : i + 2) }
            if isKW(i + 1, .half) { return (0.5, i + 2) }
            if isKW(i + 1, .dozen) { return (12, i + 2) }
            return (1, i + 1)
        case .several, .few, .many: return (nil, i + 1)
        case .someAmount: return (nil, i + 1)
        default: break
        }
        // "20-plus months"
        if tokens[i].has(.hasHyphen), let (a, b) = hyphenHalves(i), a.upperBound == b.lowerBound - 1,
           view.has(bytes: b, .approximateSuffix) {
            let head = view.lowercased(bytes: a)
            if let n = Int(head) ?? TemporalScanner.numberWord(head) { return (Double(n), i + 1) }
        }
        if let n = cardinal(i) {
            var v = Double(n)
            var next = i + 1
            // "twenty four", "two hundred", "2 1/2"
            if let m = cardinal(next), digits(next) == nil, digits(i) == nil, n >= 20, n % 10 == 0, m < 10 { v += Double(m); next += 1 }
            if valid(next), words[next] == .number(100) { v *= 100; next += 1 }
            if `is`(next, "1/2") { v += 0.5; next += 1 }
            if isKW(next, .and), isKW(next + 1, .a), isKW(next + 2, .half) { v += 0.5; next += 3 }
            if isKW(next, .or), cardinal(next + 1) != nil { next += 2 }  // "two or three"
            if isKW(next, .to), cardinal(next + 1) != nil { next += 2 }  // "two to three"
            return (v, next)
        }
        return nil
    }

    private func quantityExpression(_ i: Int) -> TemporalHit? {
        var k = i
        var the = false
        if isKW(k, .the) { the = true; k += 1 }
        // "the past/last/next/first/coming three months" → duration
        var lead = false
        if let r = kw(k), [.past, .last, .next, .coming, .previous, .following, .final, .latest].contains(r) {
            lead = true
            k += 1
        } else if the, valid(k), words[k] == .ordinal(1) {
            lead = true
            k += 1
        }
        // "the past few weeks", "the next several days"
        guard let (amount, unitAt) = amount(k) else {
            // "the past year" / "the last decade" as a date; "the next year" as a date too.
            return nil
        }
        var unitIndex = unitAt
        // "trading days", "business days", "calendar years"
        if valid(unitIndex), unit(unitIndex) == nil, valid(unitIndex + 1), unit(unitIndex + 1) != nil,
           view.has(unitIndex, .unitAdjective) { unitIndex += 1 }
        guard let (u, plural) = unit(unitIndex) else { return nil }
        // "one" / "a" with a plural unit is not an amount ("a years" does not occur); a year-sized
        // number before a singular unit is a year ("the 1988 quarter").
        if amount == 1, plural, digits(k) == nil { return nil }
        if let a = amount, a >= 1000, !plural { return nil }
        let after = unitIndex + 1
        // N units ago / earlier / later / before / after / from now
        if !lead, !the {
            switch kw(after) {
            case .ago:
                return TemporalHit(i, after, TimexSpec(.date, .ago(u, amount.map { Int($0) })))
            case .earlier, .before:
                if kw(after) == .before, valid(after + 1), tokens[after + 1].kind != .punctuation { break }
                return TemporalHit(i, after, TimexSpec(.date, .referenceShift(u, -(amount.map { Int($0) } ?? 1), keep: true)))
            case .later, .after, .afterwards:
                if kw(after) == .after, valid(after + 1), tokens[after + 1].kind != .punctuation { break }
                return TemporalHit(i, after, TimexSpec(.date, .referenceShift(u, amount.map { Int($0) } ?? 1, keep: true)))
            case .hence:
                return TemporalHit(i, after, TimexSpec(.date, .articleShift(u, amount.map { Int($0) } ?? 1)))
            case .from where isKW(after + 1, .now):
                return TemporalHit(i, after + 1, TimexSpec(.date, .articleShift(u, amount.map { Int($0) } ?? 1)))
            default: break
            }
            // "a week or so ago"
            if isKW(after, .or), isKW(after + 1, .so), isKW(after + 2, .ago) {
                var s = TimexSpec(.date, .ago(u, amount.map { Int($0) }))
                s.mod = .approx
                return TemporalHit(i, after + 2, s)
            }
        }
        // "the past year", "the last decade" (no number) are dates; keep the duration reading for numbers.
        return TemporalHit(i, unitIndex, TimexSpec(.duration, .literal(TemporalScanner.duration(amount, u))))
    }

    /// `P3W`, `PXY`, `PT24H`, `P2Y6M` (halves of years become months).
    static func duration(_ amount: Double?, _ unit: TimeUnit) -> String {
        let (letter, isTime) = unit.durationLetter
        let prefix = isTime ? "PT" : "P"
        guard var a = amount else { return prefix + "X" + letter }
        var u = letter
        switch unit {
        case .fortnight: a *= 2
        case .decade: a *= 10; u = "Y"
        case .century: a *= 100; u = "Y"
        case .half: a *= 6
        case .season: a *= 3
        default: break
        }
        if a == a.rounded() { return prefix + String(Int(a)) + u }
        if unit == .year { return "P\(Int(a))Y\(Int(((a - a.rounded(.down)) * 12).rounded()))M" }
        if unit == .hour { return "PT\(Int(a))H\(Int(((a - a.rounded(.down)) * 60).rounded()))M" }
        return prefix + String(a) + u
    }

    // MARK: quarters and halves

    private func quarterExpression(_ i: Int) -> TemporalHit? {
        var k = i
        if isKW(k, .the) || isKW(k, .its) { k += 1 }
        var year: TimexSpec.YearRef = .infer
        // "this year's third quarter", "next year's first quarter", "last year's quarter"
        if let r = kw(k), [.this, .last, .next].contains(r), let u = unit(k + 1), u.unit == .year, !u.plural,
           valid(k + 2), tokens[k + 2].has(.possessive) {
            year = .articleOffset(r == .this ? 0 : r == .last ? -1 : 1)
            k += 3
        }
        // "last year's quarter": the same quarter a year before.
        if case .articleOffset(-1) = year, let u = unit(k), u.unit == .quarter, !u.plural, ordinal(k) == nil {
            return TemporalHit(i, k, TimexSpec(.date, .yearAgo(.quarter)))
        }
        // "the 1988 second quarter", "the 1988 quarter", "the 1988 period"
        if let y = self.year(k) {
            year = .absolute(y)
            k += 1
            if isKW(k, .period), isKW(i, .the) { return TemporalHit(i, k, TimexSpec(.date, .quarter(nil, year))) }
        }
        if isKW(k, .fiscal) || isKW(k, .calendar) { k += 1 }
        if let y = self.year(k), case .infer = year { year = .absolute(y); k += 1 }
        var q: Int?
        if let o = ordinal(k), (1...4).contains(o) { q = o; k += 1 } else if isKW(k, .final) { q = 4; k += 1 }
        guard let u = unit(k), u.unit == .quarter, !u.plural else {
            // first half / second half
            if let o = ordinal(k - 0) ?? (isKW(k, .last) ? 2 : nil), o <= 2, isKW(k + 1, .half) {
                var last = k + 1
                var y = year
                if isKW(last + 1, .of), let yy = self.year(last + 2) { y = .absolute(yy); last += 2 }
                return TemporalHit(i, last, TimexSpec(.date, .half(o, y)))
            }
            return nil
        }
        var last = k
        // "of 1990", "of this year", "of next year", "of fiscal 1990"
        if isKW(k + 1, .of) {
            var n = k + 2
            if isKW(n, .fiscal) { n += 1 }
            if let y = self.year(n) {
                year = .absolute(y)
                last = n
            } else if let (shift, l) = yearShiftWordsAt(n) {
                year = .articleOffset(shift)
                last = l
            }
        }
        // "the quarter" with no number needs its determiner.
        if q == nil, !isKW(i, .the), !isKW(i, .its) { return nil }
        return TemporalHit(i, last, TimexSpec(.date, .quarter(q, year)))
    }

    /// `this year` / `last year` / `next year` starting at `n`: (offset, last index).
    private func yearShiftWordsAt(_ n: Int) -> (Int, Int)? {
        guard let u = unit(n + 1), u.unit == .year, !u.plural else { return nil }
        switch kw(n) {
        case .this: return (0, n + 1)
        case .last: return (-1, n + 1)
        case .next: return (1, n + 1)
        default: return nil
        }
    }

    // MARK: seasons

    private func seasonExpression(_ i: Int) -> TemporalHit? {
        var k = i
        let the = isKW(k, .the)
        if the { k += 1 }
        guard let s = season(k) else { return nil }
        // "fall" the verb: a season needs a determiner, a year or to follow "in"/"this"/"last"/"next".
        if let y = year(k + 1) { return TemporalHit(i, k + 1, TimexSpec(.date, .season(s, .absolute(y)))) }
        if isKW(k + 1, .of), let y = year(k + 2) { return TemporalHit(i, k + 2, TimexSpec(.date, .season(s, .absolute(y)))) }
        if isKW(k + 1, .of), let y = spokenYear(k + 2) { return TemporalHit(i, y.last, TimexSpec(.date, .season(s, .absolute(y.year)))) }
        // "the fall of Mosul" is an event, "the spring of 2017" (above) a season.
        if isKW(k + 1, .of) { return nil }
        let cue = i > 0 && (isKW(i - 1, .in) || isKW(i - 1, .during) || isKW(i - 1, .by) || isKW(i - 1, .until) || isKW(i - 1, .since)
            || isKW(i - 1, .this) || isKW(i - 1, .early) || isKW(i - 1, .late))
        if the || cue, s != .fall || the || isKW(i - 1, .in) {
            return TemporalHit(i, k, TimexSpec(.date, .season(s, .infer)))
        }
        return nil
    }

    // MARK: vague references

    private func vagueExpression(_ i: Int) -> TemporalHit? {
        switch kw(i) {
        case .now:
            // "now" as a conjunction ("now that") still refers to the present.
            if isKW(i - 1, .right) { return nil }
            return TemporalHit(i, i, TimexSpec(.date, .vague(.present)))
        case .right where isKW(i + 1, .now): return TemporalHit(i, i + 1, TimexSpec(.date, .vague(.present)))
        case .currently, .nowadays, .presently: return TemporalHit(i, i, TimexSpec(.date, .vague(.present)))
        case .these where unit(i + 1)?.unit == .day && unit(i + 1)!.plural:
            return TemporalHit(i, i + 1, TimexSpec(.date, .vague(.present)))
        case .recently, .lately: return TemporalHit(i, i, TimexSpec(.date, .vague(.past)))
        case .recent:
            // "recent years/weeks/months/days" and "in recent ..." are past references.
            if let u = unit(i + 1), u.plural { return TemporalHit(i, i + 1, TimexSpec(.date, .vague(.past))) }
            // "recent" alone is an adjective of degree as often as of time: left out.
            return nil
        case .soon:
            // "as soon as" is handled below; "soon after X" is about X, not the future.
            if isKW(i - 1, .as) || isKW(i + 1, .after) || isKW(i + 1, .afterwards) || isKW(i + 1, .before) { return nil }
            // "Kim Soon": capitalized inside a sentence, a name.
            if capitalized(i), !view.followsSentenceBreak(i) { return nil }
            return TemporalHit(i, i, TimexSpec(.date, .vague(.future)))
        case .as where isKW(i + 1, .soon) && isKW(i + 2, .as) && isKW(i + 3, .possible):
            return TemporalHit(i, i + 3, TimexSpec(.date, .vague(.future)))
        case .the:
            // the future / the near future / the past / the near term / the short term / the long term
            var k = i + 1
            if isKW(k, .near) || isKW(k, .distant) || isKW(k, .foreseeable) { k += 1 }
            // "the future of Syria" is a topic, not a time; "the future cooperation" an adjective.
            if isKW(k, .future), !isKW(k + 1, .of), !modifiesNoun(k) { return TemporalHit(i, k, TimexSpec(.date, .vague(.future))) }
            if isKW(i + 1, .past), !isKW(i + 2, .of),
               !(valid(i + 2) && (unit(i + 2) != nil || cardinal(i + 2) != nil || amount(i + 2) != nil)) {
                return TemporalHit(i, i + 1, TimexSpec(.date, .vague(.past)))
            }
            // "in the morning": a part of the day in discussion.
            if i > 0, isKW(i - 1, .in), let p = partOfDay(i + 1), !isKW(i + 2, .of) {
                return TemporalHit(i, i + 1, TimexSpec(.time, .partOfDay(p, .reference(.day))))
            }
            if isKW(i + 1, .near) || isKW(i + 1, .short) || isKW(i + 1, .long), isKW(i + 2, .term) {
                return TemporalHit(i, i + 2, TimexSpec(.date, .vague(.future)))
            }
            if isKW(i + 1, .coming) || isKW(i + 1, .upcoming), let u = unit(i + 2), u.plural {
                return TemporalHit(i, i + 2, TimexSpec(.date, .vague(.future)))
            }
            if isKW(i + 1, .time), !(valid(i + 2) && isKW(i + 2, .of)) , i > 0, isKW(i - 1, .at) {
                return TemporalHit(i, i + 1, TimexSpec(.date, .vague(.past)))
            }
            return nil
        case .then:
            // "until then", "since then", "by then": the date just mentioned.
            if i > 0, let k = kw(i - 1), [.until, .till, .since, .by, .before, .after].contains(k) {
                return TemporalHit(i, i, TimexSpec(.date, .reference(nil)))
            }
            return nil
        case .past:
            // "in past years", "past decades"
            if let u = unit(i + 1), u.plural, !isKW(i - 1, .the) { return TemporalHit(i, i + 1, TimexSpec(.date, .vague(.past))) }
            return nil
        case .coming, .upcoming:
            if let u = unit(i + 1), u.plural { return TemporalHit(i, i + 1, TimexSpec(.date, .vague(.future))) }
            return nil
        case .future:
            // "future" as a noun after "in", or "future quarters/years".
            if let u = unit(i + 1), u.plural { return TemporalHit(i, i + 1, TimexSpec(.date, .vague(.future))) }
            if isKW(i - 1, .in) || isKW(i - 1, .near), !modifiesNoun(i) { return TemporalHit(i, i, TimexSpec(.date, .vague(.future))) }
            return nil
        default:
            // "a later date"
            if isKW(i, .a), isKW(i + 1, .later), isKW(i + 2, .date) { return TemporalHit(i, i + 2, TimexSpec(.date, .vague(.future))) }
            return nil
        }
    }

    // MARK: clock times

    /// `10:30 a.m.`, `10 p.m.`, `noon`, `midnight`, `5 p.m. EST Nov. 9`, `10 p.m. Wednesday`, `4:20 a.m. local time`.
    private func clockExpression(_ i: Int) -> TemporalHit? {
        var hour: Int?, minute = 0
        var k = i
        if isKW(k, .noon) || isKW(k, .midday) {
            hour = 12
        } else if isKW(k, .midnight) {
            hour = 24
        } else if let (h, m) = clock(k) {
            hour = h
            minute = m
            // a.m. / p.m.
            if isKW(k + 1, .am) || isKW(k + 1, .pm) {
                if isKW(k + 1, .pm), h < 12 { hour = h + 12 }
                if isKW(k + 1, .am), h == 12 { hour = 0 }
                k += 1
            } else if isKW(k + 1, .clock) {
                k += 1
            } else if !contains(k, byte: UInt8(ascii: ":")) {
                return nil  // a bare number is not a time
            } else {
                // "10:30" alone: accept only with a clock cue before ("at 10:30", "by 10:30").
                guard i > 0, isKW(i - 1, .at) || isKW(i - 1, .by) || isKW(i - 1, .until) || isKW(i - 1, .around) else { return nil }
            }
        } else {
            return nil
        }
        guard let h = hour, (0...24).contains(h), (0...59).contains(minute) else { return nil }
        var last = k
        // Time zone, "local time".
        if isKW(last + 1, .timezone) { last += 1 }
        else if isKW(last + 1, .local), isKW(last + 2, .time) { last += 2 }
        // A day after the time: "Wednesday", "Nov. 9", "yesterday", "today", "on Monday".
        var n = last + 1
        if isPunct(n, ",") { n += 1 }
        if isKW(n, .on) { n += 1 }
        var day: TimexSpec.What?
        if let d = explicitDate(n) ?? relativeDay(n) ?? weekdayExpression(n) {
            if d.spec.type == .date || d.spec.type == .time {
                day = d.spec.what
                if case .partOfDay(_, let inner) = d.spec.what { day = inner }
                last = d.last
            }
        }
        return TemporalHit(i, last, TimexSpec(.time, .clock(hour: h, minute: minute, day: day)))
    }

    /// `10:30` or `10` (1–12 before a.m./p.m.).
    private func clock(_ i: Int) -> (Int, Int)? {
        guard valid(i), tokens[i].kind == .number || tokens[i].kind == .word, tokens[i].has(.hasDigit) else { return nil }
        if contains(i, byte: UInt8(ascii: ":")) {
            let s = lower(i)
            let p = s.split(separator: ":")
            guard p.count == 2, let h = Int(p[0]), let m = Int(p[1]), p[1].count == 2, h <= 24, m < 60 else { return nil }
            return (h, m)
        }
        if let d = digits(i), d.count <= 2, (1...12).contains(d.value),
           isKW(i + 1, .am) || isKW(i + 1, .pm) || isKW(i + 1, .clock) { return (d.value, 0) }
        // "5pm", "10am"
        return nil
    }

    // MARK: sets

    private func setExpression(_ i: Int) -> TemporalHit? {
        switch kw(i) {
        case .every, .each, .per:
            var k = i + 1
            if isKW(k, .other) { k += 1 }
            if let w = weekday(k) { return TemporalHit(i, k, TimexSpec(.set, .literal("XXXX-WXX-\(w)"))) }
            if let m = month(k) { return TemporalHit(i, k, TimexSpec(.set, .literal("XXXX-" + CivilDate.pad(m, 2)))) }
            if let n = cardinal(k), let u = unit(k + 1), u.plural {
                return TemporalHit(i, k + 1, TimexSpec(.set, .literal(TemporalScanner.duration(Double(n), u.unit))))
            }
            if let u = unit(k), !u.plural {
                return TemporalHit(i, k, TimexSpec(.set, .literal(TemporalScanner.duration(kw(i + 1) == .other ? 2 : 1, u.unit))))
            }
            if let p = partOfDay(k) { return TemporalHit(i, k, TimexSpec(.set, .literal("XXXX-XX-XXT\(p.rawValue)"))) }
            return nil
        case .daily, .nightly, .weekly, .biweekly, .monthly, .quarterly, .annually, .yearly, .hourly:
            // As an adjective ("a daily basis", "quarterly dividend") it names a kind of thing, not a time.
            if valid(i + 1), tokens[i + 1].kind == .word, !tokens[i + 1].has(.capitalized), words[i + 1] == nil { return nil }
            if i > 0, isKW(i - 1, .a) || isKW(i - 1, .the) { return nil }
            let values: [TemporalKeyword: String] = [.daily: "P1D", .nightly: "P1D", .weekly: "P1W", .biweekly: "P2W",
                                                     .monthly: "P1M", .quarterly: "P3M", .annually: "P1Y", .yearly: "P1Y",
                                                     .hourly: "PT1H"]
            return TemporalHit(i, i, TimexSpec(.set, .literal(values[kw(i)!]!)))
        default: return nil
        }
    }

    // MARK: holidays

    private func holiday(_ i: Int) -> TemporalHit? {
        guard valid(i), tokens[i].has(.capitalized) || isKW(i, .this) || isKW(i, .last) || isKW(i, .next) else { return nil }
        var k = i
        var year: TimexSpec.YearRef = .infer
        if isKW(k, .this) { year = .articleOffset(0); k += 1 } else if isKW(k, .last) { year = .articleOffset(-1); k += 1 }
        else if isKW(k, .next) { year = .articleOffset(1); k += 1 }
        guard valid(k), tokens[k].has(.capitalized), let candidates = lookup(TemporalLexicon.holidayStarts, k) else { return nil }
        for (names, rule) in candidates.map({ TemporalLexicon.holidays[$0] }) {
            var ok = true
            for (o, name) in names.enumerated().dropFirst() where !(valid(k + o) && lower(k + o) == name) {
                ok = false
                break
            }
            guard ok else { continue }
            // "By Saud Abu Ramadan": a one-word holiday after a name word is the end of a name
            // ("Orthodox Easter", "Happy Easter" at a sentence's start are still holidays).
            if names.count == 1, k == i, k > 0, tokens[k - 1].kind == .word, tokens[k - 1].has(.capitalized), words[k - 1] == nil,
               !view.has(k - 1, .identity), !view.followsSentenceBreak(k - 1) { return nil }
            var last = k + names.count - 1
            if let y = self.year(last + 1) { year = .absolute(y); last += 1 }
            return TemporalHit(i, last, TimexSpec(.date, .holiday(rule, year)))
        }
        return nil
    }

    // MARK: hyphenated compounds

    /// A hyphenated compound being read: the expression starts at token `start` ("the" or the
    /// compound), the compound is token `token`, split at its hyphens into `parts`.
    private struct Compound {
        let start: Int
        let token: Int
        let parts: [String]
        let the: Bool
        /// The temporal readings of the first and the last part, looked up once.
        let head: TemporalWord?
        let last: TemporalWord?
        var tail: String { parts[parts.count - 1] }

        init(start: Int, token: Int, parts: [String], the: Bool) {
            self.start = start
            self.token = token
            self.parts = parts
            self.the = the
            head = TemporalLexicon.table.lookup(parts[0])
            last = TemporalLexicon.table.lookup(parts[parts.count - 1])
        }

        var headKeyword: TemporalKeyword? { if case .keyword(let w)? = head { return w } else { return nil } }
        var lastKeyword: TemporalKeyword? { if case .keyword(let w)? = last { return w } else { return nil } }
        var lastUnit: TimeUnit? { if case .unit(let u, _)? = last { return u } else { return nil } }
    }

    /// A rule's answer: nil when it does not apply (the next rule is tried), else its hit or
    /// none (and no later rule is tried).
    private typealias Decision = TemporalHit??

    /// `third-quarter`, `year-earlier`, `year-ago`, `mid-2024`, `mid-November`, `mid-1990s`,
    /// `year-end`, `five-year`, `52-week`, `two-day`: the compound rules below, in order.
    private func compound(_ i: Int) -> TemporalHit? {
        var k = i
        let the = isKW(k, .the)
        if the { k += 1 }
        // Every compound below has digits, or a time word before its first hyphen or after its
        // last one ("fiscal-year-end" too): the others ("al-Qaeda") are turned away unsplit.
        guard valid(k), tokens[k].has(.hasHyphen), TemporalScanner.isCompound(tokens[k], view) else { return nil }
        var p = parts(k)
        if p.count == 3, keyword(p[0]) == .fiscal { p.removeFirst() }
        guard p.count >= 2 else { return nil }
        let c = Compound(start: i, token: k, parts: p, the: the)
        // (Called one by one: a list of the methods would copy the scanner into each.)
        if let d = ordinalPeriod(c) { return d }
        if let d = yearEarlier(c) { return d }
        if let d = periodEnd(c) { return d }
        if let d = edgeOfPeriod(c) { return d }
        if let d = yearSpan(c) { return d }
        return durationAdjective(c) ?? nil
    }

    /// `third-quarter`, `first-half`: that quarter or half of the year inferred. Not
    /// `fifth-quarter`.
    private func ordinalPeriod(_ c: Compound) -> Decision {
        guard c.parts.count == 2, let o = ordinalWord(c.parts[0], reading: c.head) else { return nil }
        if c.last == .unit(.quarter, plural: false), (1...4).contains(o) { return TemporalHit(c.start, c.token, TimexSpec(.date, .quarter(o, .infer))) }
        if c.last == .keyword(.half), (1...2).contains(o) { return TemporalHit(c.start, c.token, TimexSpec(.date, .half(o, .infer))) }
        return nil
    }

    /// `year-earlier`, `year-ago`, `year-before`, with the noun they modify, which sets the
    /// granularity: "the year-ago quarter" is that quarter a year back; before another noun
    /// ("year-earlier results") the period a year before the one reported on. Not
    /// "year-earlier nine months" (a duration).
    private func yearEarlier(_ c: Compound) -> Decision {
        let p = c.parts, k = c.token
        guard p.count == 2, c.head == .unit(.year, plural: false),
              let after = c.lastKeyword, after == .earlier || after == .ago || after == .before else { return nil }
        var last = k
        var target: TimeUnit?
        if let u = unit(k + 1), !u.plural { last = k + 1; target = u.unit }
        else if ordinal(k + 1) != nil, let u = unit(k + 2), u.unit == .quarter { last = k + 2; target = .quarter }
        else if isKW(k + 1, .period) { last = k + 1; target = .quarter }
        else if cardinal(k + 1) != nil, unit(k + 2)?.unit == .month { return .some(nil) }
        if let target, target != .year {
            return TemporalHit(c.start, last, TimexSpec(.date, .yearAgo(target)))
        }
        return TemporalHit(c.start, last, TimexSpec(.date, .yearAgo(nil)))
    }

    /// `year-end`, `month-end`: the end of the article's year or month. Not `week-end`.
    private func periodEnd(_ c: Compound) -> Decision {
        guard c.parts.count == 2, c.lastKeyword == .end, case .unit(let u, _)? = c.head, u == .year || u == .month else {
            return nil
        }
        return TemporalHit(c.start, c.token, TimexSpec(.date, .articleShift(u, 0), mod: .end))
    }

    /// `mid-2024`, `mid-November` (with a year after it), `early-2000s`, `late-1990s`,
    /// `mid-morning`: that year, decade, month or part of the day, with its edge. Not
    /// `mid-range`.
    private func edgeOfPeriod(_ c: Compound) -> Decision {
        let p = c.parts, k = c.token, i = c.start
        let mod: TimexMod
        switch c.headKeyword {
        case .mid?: mod = .mid
        case .early?: mod = .start
        case .late?: mod = .end
        default: return nil
        }
        guard p.count == 2 else { return nil }
        if let y = Int(p[1]), p[1].count == 4, (1000...2199).contains(y) {
            return TemporalHit(i, k, TimexSpec(.date, .value(.year(y)), mod: mod))
        }
        if p[1].count == 5, p[1].hasSuffix("0s"), let y = Int(p[1].dropLast()) {
            return TemporalHit(i, k, TimexSpec(.date, .value(.decade(y / 10)), mod: mod))
        }
        if case .month(let m)? = c.last {
            var last = k
            var year: TimexSpec.YearRef = .infer
            if let y = self.year(k + 1) { year = .absolute(y); last = k + 1 }
            return TemporalHit(i, last, TimexSpec(.date, .date(year: year, month: m, day: nil), mod: mod))
        }
        // (Not "late-night": an adjective of the time of day, not a time.)
        if case .partOfDay(let pod)? = c.last, pod == .morning || pod == .afternoon || pod == .evening {
            var day: TimexSpec.What = .articleShift(.day, 0)
            var last = k
            if let d = relativeDay(k + 1) ?? weekdayExpression(k + 1) { day = d.spec.what; last = d.last }
            return TemporalHit(i, last, TimexSpec(.time, .partOfDay(pod, day), mod: mod))
        }
        return nil
    }

    /// `1998-99`, `2006-2010`: a span of years, as two expressions (the first alone when the
    /// second does not follow it within a century).
    private func yearSpan(_ c: Compound) -> Decision {
        let p = c.parts, k = c.token, i = c.start
        guard p.count == 2, let y = Int(p[0]), p[0].count == 4, (1000...2199).contains(y), let z = Int(p[1]),
              p[1].count == 2 || p[1].count == 4 else { return nil }
        let second = p[1].count == 2 ? y / 100 * 100 + z : z
        guard second > y, second - y < 100 else { return TemporalHit(i, k, TimexSpec(.date, .value(.year(y)))) }
        var hit = TemporalHit(i, k, TimexSpec(.date, .value(.year(y))))
        let b = Int(tokens[k].begin)
        hit.span = TextSpan(c.the ? Int(tokens[i].begin) : b, b + 4)
        hit.inner = (TextSpan(b + 5, Int(tokens[k].end)), TimexSpec(.date, .value(.year(second))))
        return hit
    }

    /// `five-year`, `52-week`, `two-day`, `several-year`, `twenty-five-year`: a duration used
    /// as an adjective. Not `one-man` (no time unit), not `the-year` (no number).
    private func durationAdjective(_ c: Compound) -> Decision {
        let p = c.parts, k = c.token
        if p.count == 2, let u = c.lastUnit {
            let n: Double?
            if let d = Int(p[0]) { n = Double(d) } else if case .number(let w)? = c.head { n = Double(w) }
            else if Vocabulary.standard.has(p[0], .vagueCountPrefix) { n = nil } else { return .some(nil) }
            return TemporalHit(k, k, TimexSpec(.duration, .literal(TemporalScanner.duration(n, u))))
        }
        if p.count == 3, let u = TemporalScanner.unitWord(p[2]), let tens = TemporalScanner.numberWord(p[0]),
           let ones = TemporalScanner.numberWord(p[1]), tens >= 20, ones < 10 {
            return TemporalHit(k, k, TimexSpec(.duration, .literal(TemporalScanner.duration(Double(tens + ones), u))))
        }
        return nil
    }

    /// The keyword a compound's part is (`mid` of "mid-1990s").
    private func keyword(_ s: String) -> TemporalKeyword? {
        if case .keyword(let w)? = TemporalLexicon.table.lookup(s) { return w }
        return nil
    }

    /// An ordinal in words ("third", read already as `reading`) or digits ("3rd").
    private func ordinalWord(_ s: String, reading: TemporalWord?) -> Int? {
        if case .ordinal(let o)? = reading { return o }
        if s.count >= 3, let v = Int(s.dropLast(2)), Vocabulary.standard.has(String(s.suffix(2)), .ordinalSuffix) { return v }
        return nil
    }

    static func unitWord(_ s: String) -> TimeUnit? {
        if case .unit(let u, _)? = TemporalLexicon.table.lookup(s) { return u }
        return nil
    }
}
