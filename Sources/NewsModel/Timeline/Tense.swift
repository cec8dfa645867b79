/// The direction a sentence looks in, which decides whether "Monday" or "June" is the last
/// one or the next one. Found from cue words, nearest to the expression first.
enum Tense {
    case past, present, future

    private static let futureCues: Set<String> = [
        "will", "shall", "won't", "'ll", "wo", "going", "plans", "plan", "planned", "planning", "scheduled", "expected",
        "expects", "expect", "due", "intends", "intend", "aims", "hopes", "hope", "set", "upcoming", "next", "would",
        "could", "may", "might", "should", "must", "to", "begins", "starts", "opens", "takes", "meets", "resumes",
    ]
    private static let pastCues: Set<String> = [
        "was", "were", "had", "did", "said", "told", "ago", "last", "earlier", "began", "came", "went", "took", "met",
        "made", "gave", "saw", "left", "won", "lost", "fell", "rose", "held", "sent", "hit", "struck", "killed", "died",
        "been", "became", "got", "ran", "spoke", "wrote", "found", "led", "paid", "sold", "bought", "brought", "fought",
        "kept", "set", "shot", "told", "arrived", "announced", "reported",
    ]

    /// Scans the sentence backwards from the expression (then forwards a little) for a cue.
    static func around(_ s: TemporalScanner, expressionStart: Int, expressionEnd: Int, sentenceStart: Int) -> Tense {
        var k = expressionStart - 1
        var steps = 0
        while k >= sentenceStart, steps < 12 {
            if let t = cue(s, k, after: false) { return t }
            k -= 1
            steps += 1
        }
        k = expressionEnd + 1
        steps = 0
        while k < s.limit, steps < 6 {
            if let t = cue(s, k, after: true) { return t }
            k += 1
            steps += 1
        }
        return .present
    }

    private static func cue(_ s: TemporalScanner, _ k: Int, after: Bool) -> Tense? {
        let t = s.tokens[k]
        guard t.kind == .word, t.length <= 12 else { return nil }
        let w = s.lower(k)
        // "to" is a future cue only in "to be", "is to", "expected to", "plans to" (the verb before it counts).
        if w == "to" { return nil }
        if w.hasSuffix("'ll") { return .future }
        if w == "would" || w == "could" || w == "may" || w == "might" || w == "should" {
            // Reported future ("said it would meet on Monday") looks forward from the past.
            return .future
        }
        if futureCues.contains(w) {
            if w == "set" || w == "expected" || w == "scheduled" || w == "due" {
                // "is set to", "was expected to", "scheduled for"
                return .future
            }
            if ["begins", "starts", "opens", "takes", "meets", "resumes"].contains(w) { return after ? nil : .future }
            return .future
        }
        if pastCues.contains(w) { return .past }
        if w.count > 4, w.hasSuffix("ed"), t.flags.contains(.hasLetter), !t.has(.capitalized) { return .past }
        if w == "is" || w == "are" || w == "says" || w == "say" || w == "has" || w == "have" { return .present }
        return nil
    }
}
