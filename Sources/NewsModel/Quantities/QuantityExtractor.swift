/// Finds the quantities of an article and ties each to who claims it, what it is about and
/// the event of its sentence.
public enum QuantityExtractor {
    public static func extract(_ doc: Document, times: [Timex], actors: [Actor], events: [Event]) -> [Quantity] {
        extract(doc, times: times, actors: actors, events: events, lexicon: .standard)
    }

    static func extract(_ doc: Document, times: [Timex], actors: [Actor], events: [Event], lexicon: QuantityLexicon) -> [Quantity] {
        doc.withView { view in
            let finder = QuantityFinder(lexicon: lexicon, view: view, tokens: doc.tokens, times: times.map(\.span).sorted())
            // Built on the first sentence with a number: many articles have none.
            var claimFinder: ClaimFinder?
            var out: [Quantity] = []
            var eventIndex = 0
            for (n, sentence) in doc.sentences.enumerated() {
                let tokenIndex = doc.sentenceTokens[n].lowerBound, end = doc.sentenceTokens[n].upperBound
                let first = out.count
                finder.quantities(sentence: n, start: tokenIndex, end: end, into: &out)
                guard out.count > first else { continue }
                let claims = claimFinder ?? ClaimFinder(lexicon: lexicon, view: view, actors: actors)
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
                        if Int(doc.tokens[mid].begin) < out[i].amount.begin { lo = mid + 1 } else { hi = mid }
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
