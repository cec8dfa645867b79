/// The direction a sentence looks in, which decides whether "Monday" or "June" is the last
/// one or the next one. Found from cue words, nearest to the expression first.
enum Tense {
    case past, present, future

    /// Words that put what follows in the future.
    private static let futureCues: Set<String> = [
        "will", "shall", "won't", "wo", "going", "plans", "intends", "aims", "upcoming", "next", "would", "tomorrow",
    ]
    /// Participles that look forward unless a past auxiliary comes before them ("was expected to"
    /// looks forward from the past, "had been scheduled" is over).
    private static let forwardParticiples: Set<String> = [
        "expected", "scheduled", "due", "planned", "slated", "supposed", "poised", "likely", "effective",
    ]
    private static let pastCues: Set<String> = [
        "was", "were", "had", "did", "said", "told", "ago", "last", "earlier", "began", "came", "went", "took", "met",
        "made", "gave", "saw", "left", "won", "lost", "fell", "rose", "held", "sent", "hit", "struck", "killed", "died",
        "been", "became", "got", "ran", "spoke", "wrote", "found", "led", "paid", "sold", "bought", "brought", "fought",
        "kept", "shot", "arrived", "announced", "reported", "yesterday", "began", "grew", "drew", "flew", "threw",
        "knew", "chose", "broke", "spent", "built", "taught", "caught", "felt", "meant", "read", "stood", "understood",
    ]
    private static let presentCues: Set<String> = ["is", "are", "am", "says", "say", "has", "have", "does", "do"]
    private static let modifiers: Set<String> = [
        "a", "an", "the", "its", "their", "his", "her", "our", "your", "my", "this", "that", "these", "those", "still",
        "very", "more", "most", "less", "least", "newly", "so", "too", "much", "well", "already-",
    ]
    private static let pastAuxiliaries: Set<String> = ["was", "were", "had", "been"]

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

    private static func cue(_ s: TemporalScanner, _ k: Int, sentenceStart: Int, forward: Bool) -> Tense? {
        let t = s.tokens[k]
        guard t.kind == .word, t.length <= 12 else { return nil }
        let w = s.lower(k)
        if w.hasSuffix("'ll") { return .future }
        // "is to resume", "are to meet": a plan.
        if w == "to", k > sentenceStart, ["is", "are", "am"].contains(s.lower(k - 1)) { return .future }
        if futureCues.contains(w) { return .future }
        if forwardParticiples.contains(w) {
            var b = k - 1
            while b >= max(sentenceStart, k - 3) {
                if pastAuxiliaries.contains(s.lower(b)) { return .past }
                b -= 1
            }
            return .future
        }
        // A word in -ed is a past verb, unless it is an adjective after a determiner ("a revised
        // plan", "the unspecified date") or no verb at all ("succeed", "need", "indeed").
        var participle = w.count > 4 && w.hasSuffix("ed") && !w.hasSuffix("eed") && !t.has(.capitalized)
        if participle, k > sentenceStart, Tense.modifiers.contains(s.lower(k - 1)) { participle = false }
        if pastCues.contains(w) || participle {
            // A participle after "be", "been", "will", "to" is passive or an infinitive, not the past
            // ("will be paid Dec. 14", "was extended"): look at the auxiliary instead.
            if k > sentenceStart {
                let aux = s.lower(k - 1)
                if ["be", "being"].contains(aux) { return k - 1 > sentenceStart && s.lower(k - 2) == "will" ? .future : nil }
                if aux == "to" || aux == "been" { return nil }
                if ["is", "are"].contains(aux) { return .present }
            }
            // After the expression, only auxiliaries count ("can be exercised" is no past).
            if forward, !pastCues.contains(w) || participle { return nil }
            return .past
        }
        if presentCues.contains(w) { return .present }
        return nil
    }
}
