/// The direction a sentence looks in, which decides whether "Monday" or "June" is the last
/// one or the next one. Found from cue words, nearest to the expression first.
enum Tense {
    case past, present, future

    /// What a cue word says, one bit per kind of cue (a word may be several: "was").
    private struct Cue: OptionSet, Sendable {
        let rawValue: UInt8
        static let future = Cue(rawValue: 1 << 0)
        static let forwardParticiple = Cue(rawValue: 1 << 1)
        static let past = Cue(rawValue: 1 << 2)
        static let present = Cue(rawValue: 1 << 3)
        static let modifier = Cue(rawValue: 1 << 4)
        static let pastAuxiliary = Cue(rawValue: 1 << 5)
        static let passive = Cue(rawValue: 1 << 6)
        static let to = Cue(rawValue: 1 << 7)
    }

    /// Every cue word, looked up on bytes once per token scanned.
    /// Every cue word (the tense classes of words.tsv: a participle that looks forward does so
    /// unless a past auxiliary comes before it, "was expected to" but not "had been scheduled"), looked up on bytes once per token scanned.
    private static let cues: WordTable<Cue> = {
        var table: [String: Cue] = [:]
        let vocabulary = Vocabulary.standard
        for (c, cue) in [(WordClass.tenseFuture, Cue.future), (.tenseForwardParticiple, .forwardParticiple), (.tensePast, .past),
                         (.tensePresent, .present), (.tenseModifier, .modifier), (.tensePastAuxiliary, .pastAuxiliary),
                         (.tensePassive, .passive), (.tenseTo, .to)] {
            for w in vocabulary.words(c) { table[w, default: []].insert(cue) }
        }
        return WordTable(table.map { ($0.key, $0.value) })
    }()

    /// Scans the sentence backwards from the expression (then forwards a little) for a cue.
    static func around(_ s: TemporalScanner, expressionStart: Int, expressionEnd: Int, sentenceStart: Int) -> Tense {
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

    @inline(__always)
    private static func cue(_ s: TemporalScanner, _ k: Int, sentenceStart: Int, forward: Bool) -> Tense? {
        let t = s.tokens[k]
        guard t.kind == .word, t.length <= 14 else { return nil }
        let kinds = s.lookup(cues, k) ?? []
        func previous(_ cue: Cue) -> Bool { k > sentenceStart && (s.lookup(cues, k - 1) ?? []).contains(cue) }
        // "is to resume", "are to meet": a plan.
        if kinds.contains(.to) { return previous(.present) ? .future : nil }
        if t.byteEnd - t.byteBegin > 3, s.view.byte(Int(t.byteEnd) - 3) == UInt8(ascii: "'"), s.is(k, "'ll") || s.lower(k).hasSuffix("'ll") {
            return .future
        }
        if kinds.contains(.future) { return .future }
        if kinds.contains(.forwardParticiple) {
            var b = k - 1
            while b >= max(sentenceStart, k - 3) {
                if (s.lookup(cues, b) ?? []).contains(.pastAuxiliary) { return .past }
                b -= 1
            }
            return .future
        }
        // A word in -ed is a past verb, unless it is an adjective after a determiner ("a revised
        // plan", "the unspecified date") or no verb at all ("succeed", "need", "indeed").
        let e = Int(t.byteEnd)
        var participle = t.length > 4 && (s.view.byte(e - 2) | 0x20) == UInt8(ascii: "e") && (s.view.byte(e - 1) | 0x20) == UInt8(ascii: "d")
            && (s.view.byte(e - 3) | 0x20) != UInt8(ascii: "e") && !t.has(.capitalized)
        if participle, previous(.modifier) { participle = false }
        let listedPast = kinds.contains(.past)
        if listedPast || participle {
            // A participle after "be", "been", "will", "to" is passive or an infinitive, not the past
            // ("will be paid Dec. 14", "was extended"): look at the auxiliary instead.
            if k > sentenceStart {
                if previous(.passive) { return k - 1 > sentenceStart && s.is(k - 2, "will") ? .future : nil }
                if previous(.to) || s.is(k - 1, "been") { return nil }
                if s.is(k - 1, "is") || s.is(k - 1, "are") { return .present }
            }
            // After the expression, only auxiliaries count ("can be exercised" is no past).
            if forward, !listedPast || participle { return nil }
            return .past
        }
        if kinds.contains(.present) { return .present }
        return nil
    }
}
