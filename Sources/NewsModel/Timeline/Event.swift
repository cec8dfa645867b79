/// A timeline entry: something an article dates, with the date or range, the clause that
/// says what happened, and where it came from.
public struct Event: Sendable, Hashable {
    /// Start and end as typed values (equal for a point, nil for an open end); an expression
    /// that could not be resolved keeps its TIMEX3 text as `.underspecified`.
    public var startValue: TimexValue?
    public var endValue: TimexValue?
    /// Start and end as TIMEX3 text, for output: written from the typed values.
    public var start: String? { startValue?.description }
    public var end: String? { endValue?.description }
    public var granularity: Granularity
    /// First and last day covered, for sorting and jumping; nil for vague or unresolved ends.
    public var firstDay: CivilDate?
    public var lastDay: CivilDate?
    public var sentence: TextSpan
    /// The text of the date or range inside the sentence: the clause around it says what
    /// happened (`Article.summarySpans(of:)`, `Article.summary(of:)`, found when asked).
    public var focus: TextSpan
    /// Indexes into the article's times: one, or a range's start and end side by side (kept
    /// as the first index and a count: no array per event).
    public var times: [Int] {
        get { Array(Int(firstTime)..<(Int(firstTime) + Int(timeCount))) }
        set {
            precondition(newValue.indices.allSatisfy { newValue[$0] == newValue[0] + $0 }, "an event's times are consecutive")
            firstTime = Int32(newValue.first ?? 0)
            timeCount = UInt8(newValue.count)
        }
    }
    var firstTime: Int32 = 0
    var timeCount: UInt8 = 0
    /// Actor ids of the sentence (filled by the actor extractor).
    public var actors: [String] = []
    /// Indexes into the article's quantities (filled by the quantity extractor).
    public var quantities: [Int] = []
    /// Whether the date has another defensible reading (shown as "2024-08 (or 2023-08)").
    public var alternatives: [TimexValue] = []
    /// A vague reference: present, past or future.
    public var vague: VagueReference?
}

extension Event {
    /// An event as given (the timeline builder makes them from an article's times): `first`
    /// and `last` default to the value's own first and last day.
    public init(start: TimexValue?, end: TimexValue? = nil, granularity: Granularity, firstDay: CivilDate? = nil,
                lastDay: CivilDate? = nil, sentence: TextSpan, focus: TextSpan? = nil, actors: [String] = [],
                quantities: [Int] = []) {
        self.startValue = start
        self.endValue = end
        self.granularity = granularity
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.sentence = sentence
        self.focus = focus ?? sentence
        self.actors = actors
        self.quantities = quantities
    }
}

extension Article {
    /// The clause that says what happened, as spans of the article text (a parenthetical in
    /// the middle is left out, so there may be two).
    public func summarySpans(of event: Event) -> [TextSpan] { summarySpans(of: event, cache: nil) }

    func summarySpans(of event: Event, cache: ClauseFinder.Cache?) -> [TextSpan] {
        var text = text
        let map = scalarMap
        return text.withUTF8 { ClauseFinder.clause($0, map: map, sentence: event.sentence, focus: event.focus, cache: cache) }
    }

    /// The event's clause as one line: whitespace collapsed, the first letter capitalized,
    /// at most `limit` characters.
    public func summary(of event: Event, limit: Int = 90) -> String { summary(of: event, limit: limit, cache: nil) }

    /// The summaries of all the article's events, in order (each sentence is read once for all
    /// the events it holds).
    public func summaries(limit: Int = 90) -> [String] {
        let cache = ClauseFinder.Cache()
        return events.map { summary(of: $0, limit: limit, cache: cache) }
    }

    func summary(of event: Event, limit: Int, cache: ClauseFinder.Cache?) -> String {
        // Only the start of a long clause is shown: a little more than `limit` bytes is enough
        // for plain text, four bytes per character for any other; the whole clause only when
        // collapsed whitespace leaves too little of those.
        let spans = summarySpans(of: event, cache: cache)
        var bytes: [UInt8] = []
        for budget in [limit + 16, 4 * limit + 8, Int.max] {
            let prefix = joinedPrefix(spans, bytes: budget)
            bytes = prefix.bytes.withUnsafeBufferPointer { Tidy.collapseWhitespace(bytes: $0) }
            guard prefix.cut else { break }
            let ascii = !bytes.contains { $0 >= 0x80 }
            if ascii ? bytes.count > limit : String(decoding: bytes, as: UTF8.self).count > limit { break }
        }
        // "URGENT German growth…": a wire flag before a headline is no part of what happened.
        if bytes.count >= 3, (65...90).contains(bytes[0]), (65...90).contains(bytes[1]),
           bytes.withUnsafeBufferPointer({ WireSlug.startsWithFlag($0) }) {
            let text = String(decoding: bytes, as: UTF8.self)
            let stripped = WireSlug.withoutLeadingFlags(text)
            if stripped != text, !stripped.isEmpty { bytes = Array(stripped.utf8) }
        }
        // An ASCII clause is capitalized and shortened on its bytes.
        if let first = bytes.first, first >= 97, first <= 122 {
            bytes[0] = first - 32
        }
        if let short = bytes.withUnsafeBufferPointer({ Tidy.shortenASCII($0, to: limit) }) { return short }
        var text = String(decoding: bytes, as: UTF8.self)
        if let c = text.unicodeScalars.first, CharClass.of(c) == .lower {
            text = String(Character(c)).uppercased() + String(text.unicodeScalars.dropFirst())
        }
        return Tidy.shorten(text, to: limit)
    }

    /// The text of spans joined by spaces, cut after about `bytes` bytes (on a character boundary).
    private func joinedPrefix(_ spans: [TextSpan], bytes: Int) -> (bytes: [UInt8], cut: Bool) {
        var out: [UInt8] = []
        var cut = false
        var text = text
        let map = scalarMap
        text.withUTF8 { u in
            for (k, span) in spans.enumerated() {
                if k > 0 { out.append(32) }
                let b = map.byteOffset(ofScalar: span.begin)
                var e = map.byteOffset(ofScalar: span.end)
                if bytes != Int.max, e - b > bytes - out.count {
                    e = b + max(0, bytes - out.count)
                    while e > b, u[e] & 0xC0 == 0x80 { e -= 1 }
                    cut = true
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: u[b..<e]))
                if out.count >= bytes {
                    cut = cut || k + 1 < spans.count
                    break
                }
            }
        }
        return (out, cut)
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
            var event = Event(startValue: nil, endValue: nil, granularity: .vague, firstDay: nil, lastDay: nil, sentence: sentence,
                              focus: t.span)
            event.times = [k]
            // A range: a start followed by its end in the same sentence.
            if t.rangeRole == .start, k + 1 < times.count, times[k + 1].rangeRole == .end, sentence.contains(times[k + 1].span.begin) {
                let e = times[k + 1]
                event.startValue = t.typedValue
                event.endValue = e.typedValue
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
                event.startValue = t.typedValue
                event.endValue = t.typedValue
                if v == .present, let d = articleDate {
                    event.firstDay = d
                    event.lastDay = d
                }
            case let v?:
                event.granularity = v.granularity
                if t.rangeRole == .start {
                    // "since last August": open end.
                    event.startValue = t.typedValue
                    event.firstDay = v.interval?.lowerBound
                    event.granularity = .range
                } else if t.rangeRole == .end {
                    // "until Friday": open start.
                    event.endValue = t.typedValue
                    event.lastDay = v.interval?.upperBound
                    event.granularity = .range
                } else {
                    event.startValue = t.typedValue
                    event.endValue = t.typedValue
                    event.firstDay = v.interval?.lowerBound
                    event.lastDay = v.interval?.upperBound
                }
            case nil:
                // Unresolved (an undated article): listed, but off the dated timeline.
                event.startValue = t.typedValue
                event.endValue = t.typedValue
            }
            out.append(event)
            k += 1
        }
        // "now" or "soon" beside a date in the same sentence is no row of its own: the date
        // says when ("said on Monday it would act as soon as possible").
        var dated = Set<TextSpan>()
        for e in out where e.vague == nil && e.firstDay != nil { dated.insert(e.sentence) }
        if !dated.isEmpty { out.removeAll { $0.vague != nil && dated.contains($0.sentence) } }
        return out
    }
}
