/// Finds the quantities of an article and ties each to who claims it, what it is about and
/// the event of its sentence.
public enum QuantityExtractor {
    public static func extract(_ text: String, segmentation seg: Segmentation, times: [Timex], actors: [Actor],
                               events: [Event]) -> [Quantity] {
        extract(text, segmentation: seg, times: times, actors: actors, events: events, lexicon: .standard)
    }

    static func extract(_ text: String, segmentation seg: Segmentation, times: [Timex], actors: [Actor],
                        events: [Event], lexicon: QuantityLexicon) -> [Quantity] {
        var text = text
        return text.withUTF8 { bytes in
            let finder = QuantityFinder(lexicon: lexicon, u: bytes, tokens: seg.tokens, times: times.map(\.span).sorted())
            // Built on the first sentence with a number: many articles have none.
            var claimFinder: ClaimFinder?
            var out: [Quantity] = []
            var tokenIndex = 0
            var eventIndex = 0
            for (n, sentence) in seg.sentences.enumerated() {
                while tokenIndex < seg.tokens.count, Int(seg.tokens[tokenIndex].end) <= sentence.begin { tokenIndex += 1 }
                var end = tokenIndex
                while end < seg.tokens.count, Int(seg.tokens[end].begin) < sentence.end { end += 1 }
                defer { tokenIndex = end }
                let first = out.count
                finder.quantities(sentence: n, start: tokenIndex, end: end, into: &out)
                guard out.count > first else { continue }
                let claims = claimFinder ?? ClaimFinder(lexicon: lexicon, u: bytes, tokens: seg.tokens, actors: actors)
                claimFinder = claims
                while eventIndex < events.count, events[eventIndex].sentence.end <= sentence.begin { eventIndex += 1 }
                let event = eventIndex < events.count && events[eventIndex].sentence == sentence ? eventIndex : nil
                let cues = claims.cues(start: tokenIndex, end: end)
                // Completed in place, where they were made: a quantity copied costs a retain per field.
                for i in first..<out.count {
                    // The token where the amount starts, found by halving (many quantities in one
                    // sentence must not each walk it from its start).
                    var lo = tokenIndex, hi = end
                    while lo < hi {
                        let mid = (lo + hi) / 2
                        if Int(seg.tokens[mid].begin) < out[i].amount.begin { lo = mid + 1 } else { hi = mid }
                    }
                    let at = lo
                    out[i].claimedBy = claims.claimant(start: tokenIndex, end: end, at: at, cues: cues)
                    out[i].about = claims.about(span: out[i].span, whatSpan: out[i].whatSpan, start: tokenIndex)
                    out[i].event = event
                }
            }
            return out
        }
    }
}
