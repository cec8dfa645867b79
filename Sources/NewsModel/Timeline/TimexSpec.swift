/// What a temporal expression says before it is anchored to a date: the tagger produces
/// it from the words, the resolver turns it into a `TimexValue` with the article date, the
/// sentence's tense and the last date mentioned.
struct TimexSpec {
    var type: TimexType
    var what: What
    var mod: TimexMod?

    init(_ type: TimexType, _ what: What, mod: TimexMod? = nil) {
        self.type = type
        self.what = what
        self.mod = mod
    }

    /// The year of a partial date.
    enum YearRef: Equatable {
        case absolute(Int)
        /// Not written: chosen from the article date and the tense.
        case infer
        /// Relative to the article's year (`this year's`, `next year's`).
        case articleOffset(Int)
        /// Relative to the last date mentioned (`the same quarter a year earlier`).
        case referenceOffset(Int)
    }

    /// Which occurrence of a weekday, month or season.
    enum Occurrence: Equatable {
        /// From the tense of the sentence: past → the latest on or before the article date.
        case byTense
        case last
        case next
        case this
        /// Relative to the last date mentioned (`the previous Friday`, `the following Monday`).
        case referencePrevious
        case referenceFollowing
    }

    indirect enum What {
        /// Already absolute (`October 8, 2024`, `1998`, `the 1990s`).
        case value(TimexValue)
        /// A calendar date with the year to find (`Oct. 8`, `June`).
        case date(year: YearRef, month: Int, day: Int?)
        case weekday(Int, Occurrence)
        /// A unit shifted from the article date (`yesterday`: day −1, `next year`: year +1).
        case articleShift(TimeUnit, Int)
        /// A unit shifted from the last date mentioned (`the following day`, `a year earlier`).
        /// With `keep`, the result keeps the granularity of that date (a quarter a year earlier is
        /// a quarter); without, it takes the unit's (`the following year` is a year).
        case referenceShift(TimeUnit, Int, keep: Bool)
        /// `N units ago` (nil amount: "years ago", "a few weeks ago").
        case ago(TimeUnit, Int?)
        /// `<Month>` with last/next/this.
        case monthOccurrence(Int, Occurrence)
        case quarter(Int?, YearRef)
        /// Relative quarter: `last quarter` (−1), `this quarter` (0), `next quarter` (+1).
        case quarterShift(Int)
        case half(Int, YearRef)
        case season(Season, YearRef)
        case seasonOccurrence(Season, Occurrence)
        case weekend(Occurrence)
        case partOfDay(PartOfDay, What)
        /// A clock time, on a day when one is named.
        case clock(hour: Int, minute: Int, day: What?)
        case vague(VagueReference)
        case holiday(TemporalLexicon.HolidayRule, YearRef)
        /// The last date mentioned, at a unit's granularity (`that day`, `then`, `that year`).
        case reference(TimeUnit?)
        /// The same period a year before the one under discussion (`the year-ago quarter`).
        /// With no unit: a quarter when a quarter is under discussion, else the year.
        case yearAgo(TimeUnit?)
        /// A TIMEX3 string that needs no anchoring (durations, sets, `XXXX-WXX-1`).
        case literal(String)
    }
}
