import HostileCorpus
import PropertyBased
import Testing
@testable import NewsModel

/// Properties every article must have, whatever its text: each span lies inside the text on
/// scalar boundaries and covers what its record says, and every TIMEX value is TIMEX3.
@Suite("Properties of any article")
struct PropertyTests {
    /// Pieces of news and of noise: words, names, dates, numbers, punctuation, non-ASCII letters
    /// and marks, emoji, escapes and bidi controls.
    static let pieces: [String] = [
        "the", "troops", "said", "on", "Monday", "last", "week", "Oct.", "8", "2024", "1,200", "$5", "million", "percent",
        "President", "Vladimir", "Putin", "North", "Korea", "NATO", "(", ")", ",", ".", "\u{2014}", "\"", "'s", "Mr.",
        "between", "and", "since", "until", "ago", "next", "year", "the 1990s", "mid-2024", "7:30", "p.m.", "café", "东京",
        "Zürich", "e\u{301}", "🇺🇦", "👍🏽", "\u{202E}", "\u{200B}", "\u{1B}[31m", "\u{7}", "\t", "\n", "  ", "\u{FEFF}",
        "Jan.", "1st", "twenty-five", "per cent", "km", "U.S.", "al-Qaeda", "-", "%", "…", "\u{2028}", "100,000,000,000,000",
    ]

    static let texts = Gen.element(of: pieces).array(of: 1...60).map { $0.compactMap { $0 }.joined(separator: " ") }

    static func check(_ a: Article) {
        let n = a.scalarCount
        func inside(_ s: TextSpan, _ what: String) {
            #expect(s.begin >= 0 && s.begin <= s.end && s.end <= n, "\(what) \(s) outside 0..<\(n)")
        }
        for s in a.paragraphs + a.sentences { inside(s, "segment") }
        for t in a.times {
            inside(t.span, "time")
            #expect(TimexSyntax.isValid(t.value), "\(t.value) is not TIMEX3")
            for alt in t.alternatives { #expect(TimexSyntax.isValid(alt.description), "\(alt) is not TIMEX3") }
        }
        for e in a.events {
            inside(e.sentence, "event sentence")
            inside(e.focus, "event focus")
            for s in a.summarySpans(of: e) { inside(s, "summary") }
        }
        for actor in a.actors { for m in actor.mentions { inside(m, "mention") } }
        for q in a.quantities {
            inside(q.span, "quantity")
            inside(q.amount, "amount")
            if let w = q.whatSpan { inside(w, "what") }
        }
        // Scalar offsets map to byte offsets of scalar starts and back.
        var text = a.text
        text.withUTF8 { u in
            for s in a.sentences + a.times.map(\.span) {
                for o in [s.begin, s.end] {
                    let b = a.scalarMap.byteOffset(ofScalar: o)
                    #expect(b == u.count || u[b] & 0xC0 != 0x80, "offset \(o) is inside a character")
                    #expect(a.scalarMap.scalarOffset(ofByte: b) == o)
                }
            }
        }
        // The record and the table are made of it without a trap, and the table is safe to print.
        _ = ExtractRecord.jsonLine(a)
        #expect(!HostileCorpus.isUnsafeForTerminal(TableSummary.render(a).replacingOccurrences(of: "\n", with: " ")))
    }

    @Test func spansLieInsideTheTextOnScalarBoundaries() async {
        await propertyCheck(count: 300, input: Self.texts) { text in
            Self.check(ArticleAnalyzer.article(id: "p", path: "p.txt", date: CivilDate(year: 2024, month: 10, day: 21), text: text))
            Self.check(ArticleAnalyzer.article(id: "u", path: "u.txt", date: nil, text: text))
        }
    }

    @Test func hostileShapesKeepTheProperties() {
        for shape in HostileCorpus.shapes {
            Self.check(ArticleAnalyzer.article(id: "h", path: "h.txt", date: CivilDate(year: 2024, month: 10, day: 21), text: shape.make(3_000)))
        }
    }

    @Test func theTimexGrammarAcceptsTIMEX3AndRejectsTheRest() {
        for v in ["2024-10-21", "2024-10", "2024", "199", "19", "2024-W43", "2024-W43-WE", "2024-Q3", "2024-H1", "2024-SU",
                  "2024-10-21TMO", "2024-10-21T10:30", "XXXX-10-21", "XXXX-WXX", "PRESENT_REF", "P3W", "PXY", "P2Y6M", "PT5H30M",
                  "P1.5D", "XXXX-XX-XXT24", "TNI", "1998-WXX"] {
            #expect(TimexSyntax.isValid(v), "\(v)")
        }
        for v in ["", "2024-13", "2024-10-32", "20245", "1000000-01-01", "2024-W54", "P", "2024-10-21T25:00", "NOW", "2024 10"] {
            #expect(!TimexSyntax.isValid(v), "\(v)")
        }
    }
}

/// TIMEX3's value syntax (TimeML 1.2.1 with TempEval-3's usage), as far as newsdash writes it:
/// dates with X for unknown digits, weeks, weekends, quarters, halves, seasons, decades and
/// centuries, times of day, durations and the vague references.
enum TimexSyntax {
    static func isValid(_ v: String) -> Bool {
        if ["PRESENT_REF", "PAST_REF", "FUTURE_REF"].contains(v) { return true }
        let c = Array(v)
        if c.first == "P" { return duration(c) }
        if c.first == "T" { return time(Array(c.dropFirst())) }
        var date = c
        var timePart: [Character]?
        if let t = c.firstIndex(of: "T") {
            date = Array(c[..<t])
            timePart = Array(c[(t + 1)...])
        }
        guard dateValue(date) else { return false }
        return timePart.map(time) ?? true
    }

    private static func digitOrX(_ c: Character) -> Bool { c.isASCII && (c.isNumber || c == "X") }

    private static func number(_ s: ArraySlice<Character>, in range: ClosedRange<Int>) -> Bool {
        if s.allSatisfy({ $0 == "X" }) { return true }
        guard s.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(String(s)) else { return false }
        return range.contains(n)
    }

    private static func dateValue(_ c: [Character]) -> Bool {
        // Centuries (2 digits) and decades (3) stand alone.
        if c.count == 2 || c.count == 3 { return c.allSatisfy(digitOrX) }
        guard c.count >= 4, c[0..<4].allSatisfy(digitOrX) else { return false }
        let rest = c[4...]
        if rest.isEmpty { return true }
        guard rest.first == "-" else { return false }
        let parts = String(rest.dropFirst()).split(separator: "-", omittingEmptySubsequences: false).map { Array($0) }
        switch parts.count {
        case 1:
            let p = parts[0]
            if p.first == "W" { return number(p.dropFirst(), in: 1...53) && p.count == 3 }
            if p.first == "Q" { return p.count == 2 && number(p.dropFirst(), in: 1...4) }
            if p.first == "H" { return p.count == 2 && number(p.dropFirst(), in: 1...2) }
            if ["SP", "SU", "FA", "WI"].contains(String(p)) { return true }
            return p.count == 2 && number(p[...], in: 1...12)
        case 2:
            let (a, b) = (parts[0], parts[1])
            if a.first == "W" { return a.count == 3 && number(a.dropFirst(), in: 1...53) && (String(b) == "WE" || (b.count == 1 && number(b[...], in: 1...7))) }
            return a.count == 2 && number(a[...], in: 1...12) && b.count == 2 && number(b[...], in: 1...31)
        default:
            return false
        }
    }

    private static func time(_ c: [Character]) -> Bool {
        if ["MO", "AF", "EV", "NI", "DT"].contains(String(c)) { return true }
        let parts = String(c).split(separator: ":", omittingEmptySubsequences: false).map { Array($0) }
        guard (1...3).contains(parts.count), parts.allSatisfy({ $0.count == 2 }) else { return false }
        if !number(parts[0][...], in: 0...24) { return false }
        return parts.dropFirst().allSatisfy { number($0[...], in: 0...59) }
    }

    private static func duration(_ c: [Character]) -> Bool {
        // P, then amounts (digits, a decimal, or X) each with a unit; T before hours, minutes, seconds.
        var i = 1
        var units = 0
        var inTime = false
        while i < c.count {
            if c[i] == "T", !inTime {
                inTime = true
                i += 1
                continue
            }
            let start = i
            while i < c.count, c[i].isASCII, c[i].isNumber || c[i] == "." || c[i] == "X" { i += 1 }
            guard i > start, i < c.count else { return false }
            let unit = c[i]
            let allowed: Set<Character> = inTime ? ["H", "M", "S"] : ["Y", "M", "W", "D", "Q", "L", "C", "E"]
            if unit == "D", i + 1 < c.count, c[i + 1] == "E" {
                i += 2
            } else if unit == "C", i + 1 < c.count, c[i + 1] == "E" {
                i += 2
            } else {
                guard allowed.contains(unit) else { return false }
                i += 1
            }
            units += 1
        }
        return units > 0
    }
}
