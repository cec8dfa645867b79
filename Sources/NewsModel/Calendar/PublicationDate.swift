/// Reads the publication date of an article as news dumps write it: `2024-10-21`,
/// ISO 8601 timestamps (`2024-10-21T08:30:00Z`, `2024-10-21 08:30:00+09:00`), RFC 2822
/// (`Mon, 21 Oct 2024 08:30:00 GMT`, the RSS `pubDate`), `October 21, 2024`, `21 October 2024`
/// and Unix epoch seconds or milliseconds.
///
/// A timestamp keeps the calendar day it was written in: `2024-10-21T23:30:00-05:00` is
/// 2024-10-21, the day the publisher's "today" meant, not the UTC day.
public enum PublicationDate {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// The text has a date's shape but names no real day (`2024-13-45`, `February 30`).
        case impossible(String)
        /// The text is not a date in any accepted form.
        case malformed(String)
        /// A real date, or a Unix time, outside the years articles can have (`PublicationDate.years`).
        case outOfRange(String)

        public var description: String {
            switch self {
            case .impossible(let s): return "impossible date '\(LoadWarning.excerpt(s))'"
            case .malformed(let s): return "malformed date '\(LoadWarning.excerpt(s))'"
            case .outOfRange(let s):
                return "date '\(LoadWarning.excerpt(s))' is out of range (years \(PublicationDate.years.lowerBound) to \(PublicationDate.years.upperBound))"
            }
        }
    }

    /// The years a publication date may have.
    public static let years = 1...9999

    public static func parse(_ raw: String) -> Result<CivilDate, Failure> {
        let text = raw.trimmingASCIIWhitespace()
        if text.isEmpty { return .failure(.malformed(raw)) }
        let u = Array(text.utf8)
        if let r = parseISO(u, text) { return r }
        if let r = parseWords(text) { return r }
        if u.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            guard let n = Double(text), let date = fromEpoch(n) else { return .failure(.outOfRange(text)) }
            return .success(date)
        }
        return .failure(.malformed(text))
    }

    /// Unix time in seconds, or in milliseconds when too large to be seconds of a plausible
    /// year; nil when not finite or outside `years`.
    public static func fromEpoch(_ value: Double) -> CivilDate? {
        guard value.isFinite else { return nil }
        var seconds = value
        if abs(seconds) > 100_000_000_000 { seconds /= 1000 }
        let days = (seconds / 86_400).rounded(.down)
        // Compared as doubles first: converting a far-off value to Int would trap.
        guard days >= Double(firstDay), days <= Double(lastDay) else { return nil }
        return CivilDate(dayNumber: Int(days))
    }

    private static let firstDay = CivilDate(year: years.lowerBound, month: 1, day: 1)!.dayNumber
    private static let lastDay = CivilDate(year: years.upperBound, month: 12, day: 31)!.dayNumber

    /// A parsed date, or `outOfRange` when its year is not in `years`.
    private static func checked(_ date: CivilDate, _ text: String) -> Result<CivilDate, Failure> {
        years.contains(date.year) ? .success(date) : .failure(.outOfRange(text))
    }

    /// `YYYY-MM-DD` or `YYYY/MM/DD`, optionally followed by a time part (`T` or space) that
    /// must itself look like a time. Nil when the text does not start like an ISO date.
    private static func parseISO(_ u: [UInt8], _ text: String) -> Result<CivilDate, Failure>? {
        guard u.count >= 10, isDigits(u, 0, 4), u[4] == 45 || u[4] == 47, isDigits(u, 5, 2),
              u[7] == u[4], isDigits(u, 8, 2) else { return nil }
        let y = number(u, 0, 4), m = number(u, 5, 2), d = number(u, 8, 2)
        if u.count > 10 {
            guard u[10] == 84 || u[10] == 116 || u[10] == 32, isTimeTail(u[11...]) else {
                return .failure(.malformed(text))
            }
        }
        guard let date = CivilDate(year: y, month: m, day: d) else { return .failure(.impossible(text)) }
        return checked(date, text)
    }

    /// `HH:MM[:SS[.fff]][Z|±HH[:]MM| UTC| GMT]`.
    private static func isTimeTail(_ tail: ArraySlice<UInt8>) -> Bool {
        let t = Array(tail)
        guard t.count >= 5, isDigits(t, 0, 2), t[2] == 58, isDigits(t, 3, 2),
              number(t, 0, 2) < 24, number(t, 3, 2) < 60 else { return false }
        var i = 5
        if i < t.count, t[i] == 58 {
            guard isDigits(t, i + 1, 2) else { return false }
            i += 3
            if i < t.count, t[i] == 46 || t[i] == 44 {
                i += 1
                let start = i
                while i < t.count, t[i] >= 48, t[i] <= 57 { i += 1 }
                if i == start { return false }
            }
        }
        let zone = String(decoding: t[i...], as: UTF8.self).trimmingASCIIWhitespace()
        if zone.isEmpty || zone == "Z" || zone == "z" || zone == "UTC" || zone == "GMT" { return true }
        let z = Array(zone.utf8)
        guard z.first == 43 || z.first == 45 else { return false }
        if z.count == 3, isDigits(z, 1, 2) { return true }
        if z.count == 5, isDigits(z, 1, 4) { return true }
        if z.count == 6, isDigits(z, 1, 2), z[3] == 58, isDigits(z, 4, 2) { return true }
        return false
    }

    /// RFC 2822 and written-out forms: `[Mon,] 21 Oct 2024 [08:30[:00] [zone]]`,
    /// `October 21, 2024`, `Oct. 21 2024`, `21 October 2024`.
    private static func parseWords(_ text: String) -> Result<CivilDate, Failure>? {
        var words: [Substring] = []
        for piece in text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }) where !piece.isEmpty {
            words.append(piece)
        }
        // Drop a leading weekday ("Mon", "Monday").
        if let first = words.first, weekdayNames.contains(first.lowercased().trimmingDot()) { words.removeFirst() }
        guard words.count >= 3 else { return nil }
        var day: Int?, month: Int?, year: Int?
        if let m = monthNumber(words[0]) {  // October 21, 2024
            month = m; day = Int(words[1]); year = Int(words[2])
        } else if let m = monthNumber(words[1]) {  // 21 Oct 2024
            day = Int(words[0]); month = m; year = Int(words[2])
        } else {
            return nil
        }
        guard let d = day, let m = month, let y = year, words[2].count == 4 else {
            return .failure(.malformed(text))
        }
        // Anything after the year must be a time (and optional zone).
        if words.count > 3 {
            let rest = Array(words[3].utf8)
            guard rest.count >= 5, isDigits(rest, 0, 2), rest[2] == 58 else { return .failure(.malformed(text)) }
        }
        guard let date = CivilDate(year: y, month: m, day: d) else { return .failure(.impossible(text)) }
        return checked(date, text)
    }

    private static let weekdayNames: Set<String> = [
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    private static let months: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july",
                     "august", "september", "october", "november", "december"]
        var table: [String: Int] = [:]
        for (i, name) in names.enumerated() {
            table[name] = i + 1
            table[String(name.prefix(3))] = i + 1
        }
        table["sept"] = 9
        return table
    }()

    private static func monthNumber(_ word: Substring) -> Int? {
        months[word.lowercased().trimmingDot()]
    }

    private static func isDigits(_ u: [UInt8], _ start: Int, _ count: Int) -> Bool {
        guard start + count <= u.count else { return false }
        for i in start..<(start + count) where u[i] < 48 || u[i] > 57 { return false }
        return true
    }

    private static func number(_ u: [UInt8], _ start: Int, _ count: Int) -> Int {
        var n = 0
        for i in start..<(start + count) { n = n * 10 + Int(u[i] - 48) }
        return n
    }
}

extension String {
    func trimmingDot() -> String { hasSuffix(".") ? String(dropLast()) : self }

    /// Trims spaces, tabs, CR and LF (not Unicode spaces: callers deal in ASCII headers).
    func trimmingASCIIWhitespace() -> String {
        let u = utf8
        var start = u.startIndex, end = u.endIndex
        while start < end, isASCIISpace(u[start]) { start = u.index(after: start) }
        while end > start, isASCIISpace(u[u.index(before: end)]) { end = u.index(before: end) }
        return String(self[start..<end])
    }
}

@inline(__always) func isASCIISpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 10 || b == 13 || b == 11 || b == 12 }
