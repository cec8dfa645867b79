/// A day of the proleptic Gregorian calendar, without time or zone: the date an article was
/// published, or a day a temporal expression names.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    // Stored in eight bytes (every event and time holds one or two): the supported years fit
    // 32 bits.
    private let storedYear: Int32
    private let storedMonth: UInt8
    private let storedDay: UInt8
    public var year: Int { Int(storedYear) }
    public var month: Int { Int(storedMonth) }
    public var day: Int { Int(storedDay) }

    /// The years a date can hold: far beyond any article, and small enough that no day count
    /// or month count built from them can overflow. Arithmetic that would leave the range
    /// stops at its ends.
    public static let supportedYears = -999_999...999_999
    /// Day numbers of the first and last supported days.
    static let firstDayNumber = CivilDate(uncheckedYear: supportedYears.lowerBound, month: 1, day: 1).dayNumber
    static let lastDayNumber = CivilDate(uncheckedYear: supportedYears.upperBound, month: 12, day: 31).dayNumber

    /// A valid date, or nil (`February 30`, month 13, day 0 and years outside `supportedYears`
    /// are rejected).
    public init?(year: Int, month: Int, day: Int) {
        guard CivilDate.supportedYears.contains(year), (1...12).contains(month), day >= 1,
              day <= CivilDate.daysIn(month: month, year: year) else {
            return nil
        }
        storedYear = Int32(year)
        storedMonth = UInt8(month)
        storedDay = UInt8(day)
    }

    private init(uncheckedYear year: Int, month: Int, day: Int) {
        storedYear = Int32(year)
        storedMonth = UInt8(month)
        storedDay = UInt8(day)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2: return isLeap(year) ? 29 : 28
        default: return 0
        }
    }

    /// Days since 1970-01-01 (negative before). Howard Hinnant's civil-from-days algorithm.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day `z0` days after 1970-01-01; a day number beyond the supported years gives the
    /// first or last supported day.
    public init(dayNumber z0: Int) {
        let z = min(max(z0, CivilDate.firstDayNumber), CivilDate.lastDayNumber) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        storedYear = Int32(yoe + era * 400 + (m <= 2 ? 1 : 0))
        storedMonth = UInt8(m)
        storedDay = UInt8(d)
    }

    /// ISO weekday: 1 = Monday ... 7 = Sunday.
    public var weekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (ISO 4)
        return (w < 0 ? w + 7 : w) + 1
    }

    /// The day `days` days later; the first or last supported day when that is out of range.
    public func adding(days: Int) -> CivilDate {
        let (sum, overflow) = dayNumber.addingReportingOverflow(days)
        return CivilDate(dayNumber: overflow ? (days < 0 ? Int.min : Int.max) : sum)
    }

    /// The same day `months` months later, clamped to the end of shorter months (and to the
    /// supported years).
    public func adding(months: Int) -> CivilDate {
        let limit = (CivilDate.supportedYears.upperBound - CivilDate.supportedYears.lowerBound + 1) * 12
        let total = year * 12 + (month - 1) + min(max(months, -limit), limit)
        var y = total >= 0 ? total / 12 : (total - 11) / 12
        var m = total - y * 12 + 1
        if y > CivilDate.supportedYears.upperBound { (y, m) = (CivilDate.supportedYears.upperBound, 12) }
        if y < CivilDate.supportedYears.lowerBound { (y, m) = (CivilDate.supportedYears.lowerBound, 1) }
        let d = min(day, CivilDate.daysIn(month: m, year: y))
        return CivilDate(uncheckedYear: y, month: m, day: d)
    }

    /// ISO 8601 week: the year that owns the week and its number (1...53).
    public var isoWeek: (year: Int, week: Int) {
        // The Thursday of this date's week decides the year.
        let thursday = adding(days: 4 - weekday)
        let jan1 = CivilDate(uncheckedYear: thursday.year, month: 1, day: 1)
        return (thursday.year, (thursday.dayNumber - jan1.dayNumber) / 7 + 1)
    }

    /// `YYYY-MM-DD` (years outside 0...9999 print with a sign, as ISO 8601 extended years do).
    public var description: String {
        "\(CivilDate.pad(year, 4))-\(CivilDate.pad(month, 2))-\(CivilDate.pad(day, 2))"
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(abs(n))
        let digits = s.utf8.count  // ASCII digits: bytes are characters
        let padded = digits >= width ? s : String(repeating: "0", count: width - digits) + s
        return n < 0 ? "-" + padded : padded
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// Parses exactly `YYYY-MM-DD`; nil for anything else or an impossible date.
    public init?(iso text: Substring) {
        let u = Array(text.utf8)
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-"),
              let y = CivilDate.digits(u[0..<4]), let m = CivilDate.digits(u[5..<7]),
              let d = CivilDate.digits(u[8..<10]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public init?(iso text: String) { self.init(iso: Substring(text)) }

    static func digits(_ bytes: ArraySlice<UInt8>) -> Int? {
        var n = 0
        for b in bytes {
            guard b >= 48 && b <= 57 else { return nil }
            n = n * 10 + Int(b - 48)
        }
        return bytes.isEmpty ? nil : n
    }
}
