/// The direction a sentence looks in, which decides whether "Monday" or "June" is the last
/// one or the next one. Found from cue words, nearest to the expression first.
enum Tense {
    case past, present, future

    // The cue words are the tense classes of words.tsv (a word may be several: "was"). A
    // participle that looks forward does so unless a past auxiliary comes before it ("was
    // expected to", but not "had been scheduled").

    /// Scans the sentence backwards from the expression (then forwards a little) for a cue.
    static func around(_ s: TemporalScanner, expressionStart: Int, expressionEnd: Int, sentenceStart: Int) -> Tense {
        // "was adjourned until Monday", "had been postponed to June": the time right after is
        // still to come, whatever the auxiliary.
        if expressionStart - 2 >= sentenceStart, s.view.has(expressionStart - 2, .tensePostponement),
           s.view.has(expressionStart - 1, .timePreposition) || s.view.has(expressionStart - 1, .prepositionTo) {
            return .future
        }
        var k = expressionStart - 1
        var steps = 0
        while k >= sentenceStart, steps < 12 {
            if let t = cue(s, k, sentenceStart: sentenceStart, forward: false) { return t }
            k -= 1
            steps += 1
        }
        k = expressionEnd + 1
        steps = 0
        while k < s.limit, steps < 6 {
            if let t = cue(s, k, sentenceStart: sentenceStart, forward: true) { return t }
            k += 1
            steps += 1
        }
        return .present
    }

    /// Whether the word after "due to" names a cause rather than a verb: a determiner or
    /// possessive, a name, or a plural ("injuries", "the rain", "Ramadan").
    private static func isCause(_ s: TemporalScanner, _ k: Int) -> Bool {
        guard s.valid(k), s.tokens[k].kind == .word else { return false }
        if s.view.has(k, [.determiner, .possessiveDeterminer]) || s.view.startsUpper(k) { return true }
        let e = Int(s.tokens[k].byteEnd)
        return s.tokens[k].length > 3 && s.view.byte(e - 1) | 0x20 == UInt8(ascii: "s")
    }

    @inline(__always)
    private static func cue(_ s: TemporalScanner, _ k: Int, sentenceStart: Int, forward: Bool) -> Tense? {
        let t = s.tokens[k]
        guard t.kind == .word, t.length <= 14 else { return nil }
        let kinds = s.view.classes(k)
        func previous(_ cue: WordClass) -> Bool { k > sentenceStart && s.view.has(k - 1, cue) }
        // "is to resume", "are to meet": a plan.
        if kinds.contains(.tenseTo) { return previous(.tensePresent) ? .future : nil }
        // "'ll" alone or at the end of a word ("they'll").
        let e = Int(t.byteEnd)
        if e - Int(t.byteBegin) > 3, s.view.byte(e - 3) == UInt8(ascii: "'"), s.view.byte(e - 2) | 0x20 == UInt8(ascii: "l"),
           s.view.byte(e - 1) | 0x20 == UInt8(ascii: "l") {
            return .future
        }
        // "next to the station", "next door": a place, not the future.
        if kinds.contains(.tenseFuture) {
            if kinds.contains(.spatialNext), s.view.has(k + 1, .prepositionTo) || s.view.has(k + 1, .adjacencyNoun) { return nil }
            return .future
        }

        // "due to injuries", "due to the rain": a cause, not the future ("due to open" stays one).
        if kinds.contains(.causalBeforeTo), s.view.has(k + 1, .prepositionTo), isCause(s, k + 2) { return nil }
        if kinds.contains(.tenseForwardParticiple) {
            var b = k - 1
            while b >= max(sentenceStart, k - 3) {
                if s.view.has(b, .tensePastAuxiliary) { return .past }
                b -= 1
            }
            return .future
        }
        // A word in -ed is a past verb, unless it is an adjective after a determiner ("a revised
        // plan", "the unspecified date") or no verb at all ("succeed", "need", "indeed").
        var participle = t.length > 4 && (s.view.byte(e - 2) | 0x20) == UInt8(ascii: "e") && (s.view.byte(e - 1) | 0x20) == UInt8(ascii: "d")
            && (s.view.byte(e - 3) | 0x20) != UInt8(ascii: "e") && !t.has(.capitalized)
        if participle, previous(.tenseModifier) { participle = false }
        let listedPast = kinds.contains(.tensePast)
        if listedPast || participle {
            // A participle after "be", "been", "will", "to" is passive or an infinitive, not the past
            // ("will be paid Dec. 14", "was extended"): look at the auxiliary instead.
            if k > sentenceStart {
                if previous(.tensePassive) { return k - 1 > sentenceStart && s.view.has(k - 2, .tenseWill) ? .future : nil }
                if previous(.tenseTo) || s.view.has(k - 1, .tenseBeen) { return nil }
                if s.view.has(k - 1, .tenseIs) { return .present }
            }
            // After the expression, only auxiliaries count ("can be exercised" is no past).
            if forward, !listedPast || participle { return nil }
            return .past
        }
        if kinds.contains(.tensePresent) { return .present }
        return nil
    }
}
