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
    public var summary: String
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

    /// The day the event sorts by: its first day, else the article date for a present reference.
    public var sortDay: CivilDate? { firstDay }
}

/// Turns the times of an article into events: one per point or range in each sentence.
public enum EventBuilder {
    public static func events(_ times: [Timex], article text: String, map: ScalarMap, sentences: [TextSpan],
                              articleDate: CivilDate?) -> [Event] {
        var out: [Event] = []
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
                              summary: summary(text, map: map, sentence: sentence, focus: t.span), times: [k])
            // A range: a start followed by its end in the same sentence.
            if t.rangeRole == .start, k + 1 < times.count, times[k + 1].rangeRole == .end, sentence.contains(times[k + 1].span.begin) {
                let e = times[k + 1]
                event.start = t.value
                event.end = e.value
                event.firstDay = t.resolved?.interval?.lowerBound
                event.lastDay = e.resolved?.interval?.upperBound
                event.granularity = .range
                event.times = [k, k + 1]
                event.summary = summary(text, map: map, sentence: sentence, focus: TextSpan(t.span.begin, e.span.end))
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

    /// Words that open a clause of their own; a segment starting with another lower-case
    /// word continues the one before it (a list item, an apposition).
    private static let clauseOpeners: Set<String> = [
        "which", "who", "whom", "whose", "that", "where", "when", "while", "after", "before", "as", "according",
        "since", "because", "although", "though", "but", "and", "or", "saying", "calling", "adding", "if", "until",
        "so", "yet", "then", "whereas", "unless", "despite",
    ]
    private static let leadingConjunctions: Set<String> = ["and", "but", "or", "so", "yet", "then"]

    /// The clause of the sentence around the expression, at most `limit` characters. Clauses
    /// end at commas, semicolons, colons and dashes; a segment that starts with a lower-case
    /// word that does not open a clause belongs to the one before; a clause of a few words
    /// ("On Friday,") takes the next one; a leading conjunction is dropped.
    static func summary(_ text: String, map: ScalarMap, sentence: TextSpan, focus: TextSpan, limit: Int = 90) -> String {
        let all = Array(text.slice(sentence, map: map).unicodeScalars)
        let focusStart = max(0, min(all.count, focus.begin - sentence.begin))
        let focusEnd = max(focusStart, min(all.count, focus.end - sentence.begin))
        // Parentheticals (between dashes or brackets) that do not hold the expression are left out.
        var keep = [Bool](repeating: true, count: all.count)
        var k = 0
        while k < all.count {
            let open = all[k]
            let close: Unicode.Scalar? = open == "(" ? ")" : open == "\u{2014}" || (open == "\u{2013}" && k > 0 && all[k - 1] == " ") ? open : nil
            if let close, let e = all[(k + 1)...].firstIndex(of: close), !(k < focusEnd && e >= focusStart) {
                for m in k...e { keep[m] = false }
                k = e + 1
                continue
            }
            k += 1
        }
        var scalars: [Unicode.Scalar] = []
        var fs = 0, fe = 0
        for (m, c) in all.enumerated() {
            if m == focusStart { fs = scalars.count }
            if m == focusEnd { fe = scalars.count }
            if keep[m] { scalars.append(c) }
        }
        if focusEnd >= all.count { fe = scalars.count }
        if focusStart >= all.count { fs = scalars.count }
        func isBreak(_ k: Int) -> Bool {
            switch scalars[k] {
            case ",": return k + 1 >= scalars.count || scalars[k + 1] == " "  // not inside 13,000
            case ";", ":", "\u{2014}", "\u{2013}": return true
            default: return false
            }
        }
        func piece(_ x: Int, _ y: Int) -> String { String(String.UnicodeScalarView(scalars[x..<y])) }
        func words(_ x: Int, _ y: Int) -> [Substring] { piece(x, y).split(separator: " ") }
        func firstWord(_ x: Int, _ y: Int) -> String {
            let t = piece(x, y).drop { !$0.isLetter && !$0.isNumber }
            return String(t.prefix { $0.isLetter || $0 == "-" })
        }
        var a = fs
        while a > 0, !isBreak(a - 1) { a -= 1 }
        var b = fe
        while b < scalars.count, !isBreak(b) { b += 1 }
        // Continuations reach back to the clause they belong to.
        while a > 0 {
            let w = firstWord(a, b)
            guard let c = w.first, c.isLowercase, !clauseOpeners.contains(w) else { break }
            a -= 1
            while a > 0, !isBreak(a - 1) { a -= 1 }
        }
        // A date that ends its clause after a preposition or "said that" ("On Friday,", "said that
        // between Oct. 8 and Oct. 13,") is about the clause that follows: summarize that one.
        var from = a
        let before = words(a, fs)
        let endsClause = piece(fe, b).trimmingCharacters(in: " \"'”’").isEmpty
        if endsClause, b < scalars.count, before.count <= 1 || before.suffix(2).contains("that") {
            from = b + 1
            b += 1
            while b < scalars.count, !isBreak(b) { b += 1 }
        }
        var clause = Article.collapseWhitespace(piece(from, b))
        // Quotes and conjunctions left dangling at the start, the full stop at the end.
        while let f = clause.unicodeScalars.first, "\"'“”‘’".unicodeScalars.contains(f) { clause.unicodeScalars.removeFirst() }
        clause = Article.collapseWhitespace(clause)
        if let first = clause.split(separator: " ").first, leadingConjunctions.contains(String(first)) {
            clause = String(clause.dropFirst(first.count + 1))
        }
        while let f = clause.unicodeScalars.first, "\"'“”‘’".unicodeScalars.contains(f) { clause.unicodeScalars.removeFirst() }
        while let l = clause.last, l == "." || l == "\"" || l == "”" || l == " " { clause.removeLast() }
        if let first = clause.first, first.isLowercase { clause = first.uppercased() + clause.dropFirst() }
        return Article.shorten(clause, to: limit)
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
