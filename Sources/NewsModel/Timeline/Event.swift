/// A timeline entry: something an article dates, with the date or range, the clause that
/// says what happened, and where it came from.
public struct Event: Sendable, Hashable {
    /// Start and end as TIMEX3 values (equal for a point, nil for an open end).
    public var start: String?
    public var end: String?
    public var granularity: Granularity
    /// First and last day covered, for sorting and jumping; nil for vague or unresolved ends.
    public var firstDay: CivilDate?
    public var lastDay: CivilDate?
    public var sentence: TextSpan
    /// The text of the date or range inside the sentence: the clause around it says what
    /// happened (`Article.summarySpans(of:)`, `Article.summary(of:)`, found when asked).
    public var focus: TextSpan
    /// Indexes into the article's times.
    public var times: [Int]
    /// Actor ids of the sentence (filled by the actor extractor).
    public var actors: [String] = []
    /// Indexes into the article's quantities (filled by the quantity extractor).
    public var quantities: [Int] = []
    /// Whether the date has another defensible reading (shown as "2024-08 (or 2023-08)").
    public var alternatives: [String] = []
    /// A vague reference: present, past or future.
    public var vague: VagueReference?
}

extension Article {
    /// The clause that says what happened, as spans of the article text (a parenthetical in
    /// the middle is left out, so there may be two).
    public func summarySpans(of event: Event) -> [TextSpan] {
        var text = text
        let map = scalarMap
        return text.withUTF8 { ClauseFinder.clause($0, map: map, sentence: event.sentence, focus: event.focus) }
    }

    /// The event's clause as one line: whitespace collapsed, the first letter capitalized,
    /// at most `limit` characters.
    public func summary(of event: Event, limit: Int = 90) -> String {
        var text = summarySpans(of: event).map { slice($0) }.joined(separator: " ")
        text = Article.collapseWhitespace(text)
        if let c = text.unicodeScalars.first, CharClass.of(c) == .lower {
            text = String(Character(c)).uppercased() + String(text.unicodeScalars.dropFirst())
        }
        return Article.shorten(text, to: limit)
    }
}

/// Turns the times of an article into events: one per point or range in each sentence.
public enum EventBuilder {
    public static func events(_ times: [Timex], article text: String, map: ScalarMap, sentences: [TextSpan],
                              articleDate: CivilDate?) -> [Event] {
        var text = text
        return text.withUTF8 { bytes in
            events(times, bytes: bytes, map: map, sentences: sentences, articleDate: articleDate)
        }
    }

    private static func events(_ times: [Timex], bytes: UnsafeBufferPointer<UInt8>, map: ScalarMap, sentences: [TextSpan],
                               articleDate: CivilDate?) -> [Event] {
        var out: [Event] = []
        // At most one event per time: room made once.
        out.reserveCapacity(times.count)
        var k = 0
        var sentenceIndex = 0
        while k < times.count {
            let t = times[k]
            guard t.type == .date || t.type == .time else {
                k += 1
                continue
            }
            while sentenceIndex + 1 < sentences.count, sentences[sentenceIndex].end <= t.span.begin { sentenceIndex += 1 }
            let sentence = sentences.isEmpty ? TextSpan(0, map.scalarCount) : sentences[sentenceIndex]
            var event = Event(start: nil, end: nil, granularity: .vague, firstDay: nil, lastDay: nil, sentence: sentence,
                              focus: t.span, times: [k])
            // A range: a start followed by its end in the same sentence.
            if t.rangeRole == .start, k + 1 < times.count, times[k + 1].rangeRole == .end, sentence.contains(times[k + 1].span.begin) {
                let e = times[k + 1]
                event.start = t.value
                event.end = e.value
                event.firstDay = t.resolved?.interval?.lowerBound
                event.lastDay = e.resolved?.interval?.upperBound
                event.granularity = .range
                event.times = [k, k + 1]
                event.focus = TextSpan(t.span.begin, e.span.end)
                event.alternatives = t.alternatives + e.alternatives
                out.append(event)
                k += 2
                continue
            }
            event.alternatives = t.alternatives
            switch t.resolved {
            case .vague(let v)? where v == .past:
                // "recently", "in the past": before now is no place on a timeline.
                k += 1
                continue
            case .vague(let v)?:
                event.vague = v
                event.start = t.value
                event.end = t.value
                if v == .present, let d = articleDate {
                    event.firstDay = d
                    event.lastDay = d
                }
            case let v?:
                event.granularity = v.granularity
                if t.rangeRole == .start {
                    // "since last August": open end.
                    event.start = t.value
                    event.firstDay = v.interval?.lowerBound
                    event.granularity = .range
                } else if t.rangeRole == .end {
                    // "until Friday": open start.
                    event.end = t.value
                    event.lastDay = v.interval?.upperBound
                    event.granularity = .range
                } else {
                    event.start = t.value
                    event.end = t.value
                    event.firstDay = v.interval?.lowerBound
                    event.lastDay = v.interval?.upperBound
                }
            case nil:
                // Unresolved (an undated article): listed, but off the dated timeline.
                event.start = t.value
                event.end = t.value
            }
            out.append(event)
            k += 1
        }
        return out
    }
}

/// Finds the clause of a sentence around a date, on UTF-8 bytes. Clauses end at commas,
/// semicolons, colons and dashes; a segment that starts with a lower-case word that does not
/// open a clause belongs to the one before (a list item, an apposition); a date that ends its
/// clause after a preposition or "said that" ("On Friday,") is about the clause that follows;
/// parentheticals between dashes or brackets that do not hold the date are left out.
enum ClauseFinder {
    private static let openers = WordTable<Bool>([
        "which", "who", "whom", "whose", "that", "where", "when", "while", "after", "before", "as", "according",
        "since", "because", "although", "though", "but", "and", "or", "saying", "calling", "adding", "if", "until",
        "so", "yet", "then", "whereas", "unless", "despite",
    ].map { ($0, true) })
    private static let relatives: Set<String> = ["which", "who", "whose", "whom"]
    private static let conjunctions = WordTable<Bool>(["and", "but", "or", "so", "yet", "then"].map { ($0, true) })

    static func clause(_ u: UnsafeBufferPointer<UInt8>, map: ScalarMap, sentence: TextSpan, focus: TextSpan) -> [TextSpan] {
        let sb = map.byteOffset(ofScalar: sentence.begin), se = map.byteOffset(ofScalar: sentence.end)
        let fb = map.byteOffset(ofScalar: max(sentence.begin, focus.begin)), fe = map.byteOffset(ofScalar: min(sentence.end, focus.end))
        // The visible bytes of the sentence (parentheticals out) and where each came from.
        var buf: [UInt8] = []
        var origin: [Int32] = []
        buf.reserveCapacity(se - sb)
        origin.reserveCapacity(se - sb)
        var fs = -1, fEnd = -1
        var k = sb
        while k < se {
            if k == fb, fs < 0 { fs = buf.count }
            if k == fe, fEnd < 0 { fEnd = buf.count }
            if let close = closing(u, k, se), close.end <= se, !(k < fe && close.start >= fb) {
                k = close.end
                continue
            }
            buf.append(u[k])
            origin.append(Int32(k))
            k += 1
        }
        if fs < 0 { fs = buf.count }
        if fEnd < 0 { fEnd = buf.count }
        let n = buf.count
        func isBreak(_ k: Int) -> Bool {
            switch buf[k] {
            case UInt8(ascii: ","): return k + 1 >= n || buf[k + 1] == 32  // not inside 13,000
            case UInt8(ascii: ";"), UInt8(ascii: ":"): return true
            case 0xE2: return k + 2 < n && buf[k + 1] == 0x80 && (buf[k + 2] == 0x93 || buf[k + 2] == 0x94)
            default: return false
            }
        }
        // Stretch [x, y) starts with which word? (ASCII letters; lower-case first letter?)
        func firstWord(_ x: Int, _ y: Int) -> (start: Int, end: Int, lower: Bool) {
            var k = x
            while k < y, !isAlnum(buf[k]) { k += 1 }
            let start = k
            while k < y, isAlpha(buf[k]) || buf[k] == UInt8(ascii: "-") { k += 1 }
            return (start, k, start < y && buf[start] >= 97 && buf[start] <= 122)
        }
        var a = fs
        while a > 0, !isBreak(a - 1) { a -= 1 }
        var b = fEnd
        while b < n, !isBreak(b) { b += 1 }
        // Continuations reach back to the clause they belong to. A relative clause between
        // commas ("South Korea, which has long protested, expressed alarm") is stepped over to
        // reach the subject before it.
        var skipped: Range<Int>?
        while a > 0 {
            let w = firstWord(a, b)
            let opener = buf.withUnsafeBufferPointer { openers.lookup($0, w.start, w.end) } ?? false
            guard w.lower, !opener else { break }
            var p = a - 1
            while p > 0, !isBreak(p - 1) { p -= 1 }
            let pw = firstWord(p, a - 1)
            if relatives.contains(String(decoding: buf[pw.start..<pw.end], as: UTF8.self)), skipped == nil, p > 0 {
                var q = p - 1
                while q > 0, !isBreak(q - 1) { q -= 1 }
                let subject = firstWord(q, p - 1)
                if subject.start < p - 1, !subject.lower, subject.end > subject.start {
                    skipped = (p - 1)..<a
                    a = q
                    break
                }
            }
            a = p
        }
        var from = a
        var rest = fEnd
        while rest < b, buf[rest] == 32 || isQuote(buf, rest) { rest += 1 }
        if rest >= b, b < n {
            let words = wordSpans(buf, a, fs)
            let thatNearby = words.suffix(2).contains { w in
                w.1 - w.0 == 4 && buf[w.0] == UInt8(ascii: "t") && buf[w.0 + 1] == UInt8(ascii: "h")
                    && buf[w.0 + 2] == UInt8(ascii: "a") && buf[w.0 + 3] == UInt8(ascii: "t")
            }
            if words.count <= 1 || thatNearby {
                from = b + 1
                b += 1
                while b < n, !isBreak(b) { b += 1 }
            }
        }
        // Trim quotes and spaces, and a leading conjunction; the full stop at the end.
        func skipJunk() { while from < b, buf[from] == 32 || isQuote(buf, from) { from += quoteWidth(buf, from) } }
        skipJunk()
        let w = firstWord(from, b)
        if w.start == from, buf.withUnsafeBufferPointer({ conjunctions.lookup($0, w.start, w.end) }) != nil, w.end < b {
            from = w.end
            skipJunk()
        }
        while b > from, buf[b - 1] == UInt8(ascii: ".") || buf[b - 1] == 32 || buf[b - 1] == UInt8(ascii: "\"") { b -= 1 }
        // Closing curly quote (E2 80 9D) at the end.
        while b - 3 >= from, buf[b - 3] == 0xE2, buf[b - 2] == 0x80, buf[b - 1] == 0x9D || buf[b - 1] == 0x99 { b -= 3 }
        guard from < b else { return [focus] }
        // Map back to the article: contiguous runs of original bytes become spans.
        var spans: [TextSpan] = []
        var runStart = Int(origin[from]), runEnd = runStart + 1
        for k in (from + 1)..<b {
            if let skipped, skipped.contains(k) { continue }
            let o = Int(origin[k])
            if o == runEnd {
                runEnd += 1
            } else {
                spans.append(TextSpan(map.scalarOffset(ofByte: runStart), map.scalarOffset(ofByte: runEnd)))
                runStart = o
                runEnd = o + 1
            }
        }
        spans.append(TextSpan(map.scalarOffset(ofByte: runStart), map.scalarOffset(ofByte: runEnd)))
        return spans
    }

    /// A parenthetical opening at `k`: `(`…`)`, or an em dash (or spaced en dash) to the next one.
    private static func closing(_ u: UnsafeBufferPointer<UInt8>, _ k: Int, _ end: Int) -> (start: Int, end: Int)? {
        if u[k] == UInt8(ascii: "(") {
            var j = k + 1
            while j < end, u[j] != UInt8(ascii: ")") { j += 1 }
            return j < end ? (j, j + 1) : nil
        }
        guard isDash(u, k, end), u[k + 2] == 0x94 || (k > 0 && u[k - 1] == 32) else { return nil }
        var j = k + 3
        while j + 2 < end {
            if isDash(u, j, end), u[j + 2] == u[k + 2] { return (j, j + 3) }
            j += 1
        }
        return nil
    }

    private static func isDash(_ u: UnsafeBufferPointer<UInt8>, _ k: Int, _ end: Int) -> Bool {
        k + 2 < end && u[k] == 0xE2 && u[k + 1] == 0x80 && (u[k + 2] == 0x93 || u[k + 2] == 0x94)
    }

    private static func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) >= 97 && (b | 0x20) <= 122 || b >= 0x80 }
    private static func isAlnum(_ b: UInt8) -> Bool { isAlpha(b) || (b >= 48 && b <= 57) }

    /// A straight quote or a curly one (E2 80 98/99/9C/9D).
    private static func isQuote(_ buf: [UInt8], _ k: Int) -> Bool {
        if buf[k] == UInt8(ascii: "\"") || buf[k] == UInt8(ascii: "'") { return true }
        return k + 2 < buf.count && buf[k] == 0xE2 && buf[k + 1] == 0x80 && (0x98...0x9D).contains(buf[k + 2])
    }

    private static func quoteWidth(_ buf: [UInt8], _ k: Int) -> Int { buf[k] == 0xE2 ? 3 : 1 }

    /// Words (runs of non-space bytes) of a stretch.
    private static func wordSpans(_ buf: [UInt8], _ x: Int, _ y: Int) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        var k = x
        while k < y {
            while k < y, buf[k] == 32 { k += 1 }
            let s = k
            while k < y, buf[k] != 32 { k += 1 }
            if k > s { out.append((s, k)) }
        }
        return out
    }
}
