import Testing
@testable import NewsModel

/// One table per named temporal rule: for each, sentences it reads (with the TIMEX3 value
/// expected, article of Monday 2024-10-21) and sentences it must leave alone.
@Suite("Temporal rules, one by one")
struct TemporalRuleTests {
    static let monday = CivilDate(year: 2024, month: 10, day: 21)!

    /// The (text, value) of each expression in `text`.
    static func times(_ text: String) -> [(String, String)] {
        let doc = Segmenter.segment(text)
        return TemporalTagger.tag(doc, articleDate: monday).map { (text.slice($0.span, map: doc.scalarMap), $0.value) }
    }

    static func check(_ text: String, _ expected: [(String, String)]) {
        let got = times(text)
        #expect(got.map(\.0) == expected.map(\.0) && got.map(\.1) == expected.map(\.1), "\(text): \(got)")
    }

    @Test(arguments: [
        // ordinalPeriod
        ("Profit rose in the third-quarter report.", [("the third-quarter", "2024-Q3")]),
        ("Results for the first-half were weak.", [("the first-half", "2024-H1")]),
        // periodEnd
        ("Talks should end by year-end.", [("year-end", "2024")]),
        // edgeOfPeriod
        ("Elections are due in mid-2025.", [("mid-2025", "2025")]),
        ("The dispute dates from the early-1990s.", [("the early-1990s", "199")]),
        // yearSpan
        ("The 1998-99 season was cut short.", [("The 1998", "1998"), ("99", "1999")]),
        // durationAdjective
        ("They signed a five-year deal.", [("five-year", "P5Y")]),
        ("It was a 52-week high.", [("52-week", "P52W")]),
    ] as [(String, [(String, String)])])
    func compounds(text: String, expected: [(String, String)]) { Self.check(text, expected) }

    @Test(arguments: [
        "Al-Qaeda claimed the attack.",          // no time word or digit in the compound
        "A fifth-quarter rebound is a joke.",    // no fifth quarter
        "The mid-range model sold well.",        // mid- of no period
        "It was a one-man show.",                // no time unit
    ])
    func compoundsLeftAlone(text: String) { #expect(Self.times(text).isEmpty, "\(text): \(Self.times(text))") }

    /// isKickOff: a clock time in brackets closing a fixture line is no year; a bracketed year
    /// elsewhere still is.
    @Test(arguments: [
        ("Tuesday\nValencia v Real Mallorca (2000)\nGetafe v Espanyol (1900)", [("Tuesday", "2024-10-22")]),
        ("The Paris exhibition (1900) drew crowds.", [("1900", "1900")]),
        ("Valencia beat Mallorca in 2000.", [("2000", "2000")]),
    ] as [(String, [(String, String)])])
    func kickOffTimes(text: String, expected: [(String, String)]) { Self.check(text, expected) }

    /// Tense cues: "next to" and "next door" are places, not the future; a postponement looks
    /// forward to the time right after it, whatever the auxiliary.
    @Test(arguments: [
        ("The trial was adjourned until Wednesday.", [("Wednesday", "2024-10-23")]),
        ("The bomb exploded next to the embassy on Friday.", [("Friday", "2024-10-18")]),
        ("A fire broke out next door on Saturday.", [("Saturday", "2024-10-19")]),
        ("The talks resume next Friday.", [("next Friday", "2024-10-25")]),
    ] as [(String, [(String, String)])])
    func tenseCues(text: String, expected: [(String, String)]) { Self.check(text, expected) }

    /// holiday: a one-word holiday after a name word ends a name; after an identity or at a
    /// sentence's start it is the holiday.
    @Test(arguments: [
        ("By Saud Abu Ramadan\nGAZA, Nov. 1 (Xinhua)", [("Nov. 1", "2024-11-01")]),
        ("Defendant Taha Yassin Ramadan spoke.", []),
        ("Orthodox Easter falls late this year.", [("Easter", "2024-03-31"), ("late this year", "2024")]),
        ("Easter comes early.", [("Easter", "2024-03-31")]),
    ] as [(String, [(String, String)])])
    func holidaysInNames(text: String, expected: [(String, String)]) { Self.check(text, expected) }

    @Test(arguments: [
        // gluedMonthDay
        ("The deadline is Dec.14th.", [("Dec.14th", "2024-12-14")]),
        // monthDay
        ("They met on October 8, 2023.", [("October 8, 2023", "2023-10-08")]),
        // monthDayRange
        ("The fair runs Oct. 8-13.", [("Oct. 8", "2024-10-08"), ("13", "2024-10-13")]),
        // monthAndYear
        ("Prices fell in June 2023.", [("June 2023", "2023-06")]),
        // dayMonth
        ("He arrived on 8 October 2023.", [("8 October 2023", "2023-10-08")]),
        // dayRangeMonth
        ("The summit runs 11-13 Dec.", [("11", "2024-12-11"), ("13 Dec.", "2024-12-13")]),
    ] as [(String, [(String, String)])])
    func calendarDates(text: String, expected: [(String, String)]) { Self.check(text, expected) }

    @Test(arguments: [
        "The law took effect on Feb. 30.",   // no such day (the month alone is not read as a date either)
        "Score: Oct. 45 points.",            // neither a day nor a year after the month
    ])
    func calendarDatesLeftAlone(text: String) {
        #expect(!Self.times(text).contains { $0.1.hasPrefix("2024-02-30") || $0.1.contains("-45") }, "\(text): \(Self.times(text))")
    }

    @Test(arguments: [
        // unitShift
        ("Sales fell last week.", [("last week", "2024-W42")]),
        ("They will meet next year.", [("next year", "2025")]),
        // monthOccurrence
        ("Prices rose last August.", [("last August", "2024-08")]),
        ("The vote is next March.", [("next March", "2025-03")]),
        // seasonOccurrence
        ("It flooded last summer.", [("last summer", "2024-SU")]),
    ] as [(String, [(String, String)])])
    func relativeUnits(text: String, expected: [(String, String)]) { Self.check(text, expected) }
}
