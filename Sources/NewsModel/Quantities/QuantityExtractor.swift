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
                // The sentence's events: each figure takes the one whose date is nearest to it
                // ("recovered eight more bodies on Wednesday" after "Sunday's fire").
                var sentenceEvents = eventIndex..<eventIndex
                while sentenceEvents.upperBound < events.count, events[sentenceEvents.upperBound].sentence == sentence {
                    sentenceEvents = eventIndex..<(sentenceEvents.upperBound + 1)
                }
                let cues = claims.cues(start: tokenIndex, end: end)
                QuantityExtractor.markMarketFigures(&out[first...], view: view, start: tokenIndex, end: end)
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
                    if out[i].category == .money, !out[i].saysWhat {
                        QuantityExtractor.nameTheSum(&out[i], at: at, view: view, tokens: doc.tokens, start: tokenIndex, end: end)
                    } else if out[i].category == .people || out[i].category == .militaryPersonnel, out[i].saysWhat {
                        QuantityExtractor.addFate(&out[i], at: at, view: view, tokens: doc.tokens, start: tokenIndex, end: end)
                    }
                    out[i].claimedBy = claims.claimant(start: tokenIndex, end: end, at: at, cues: cues)
                    out[i].about = claims.about(span: out[i].span, whatSpan: out[i].whatSpan, start: tokenIndex)
                    out[i].event = QuantityExtractor.nearestEvent(to: out[i].span, in: sentenceEvents, events)
                }
                QuantityExtractor.markConversions(&out, from: first, view: view, tokens: doc.tokens, start: tokenIndex, end: end)
            }
            markHeadlineFigures(&out, doc)
            return out
        }
    }

    /// The figures of a headline (a first paragraph of one sentence): each is the story's own,
    /// and one the next three sentences tell again is a second mention of that one.
    static func markHeadlineFigures(_ qs: inout [Quantity], _ doc: Document) {
        guard doc.paragraphs.count >= 2, doc.sentences.count >= 2, doc.paragraphs[0] == doc.sentences[0] else { return }
        for h in qs.indices where qs[h].sentence == 0 {
            qs[h].headline = true
            let same = qs.indices.first { l in
                let a = qs[h], b = qs[l]
                guard b.sentence >= 1, b.sentence <= 3, b.mentionOf == nil, b.conversionOf == nil, a.category == b.category,
                      let x = a.value, let y = b.value else { return false }
                return abs(x - y) <= 0.005 * max(abs(x), abs(y)) && (a.unit == b.unit || a.category != .money)
            }
            if let l = same {
                qs[h].mentionOf = l
                qs[l].headline = true
            }
        }
    }

    /// The event of `range` whose date is nearest to `span` (the first on a tie), nil for none.
    static func nearestEvent(to span: TextSpan, in range: Range<Int>, _ events: [Event]) -> Int? {
        var best: Int?, bestDistance = Int.max
        for k in range {
            let f = events[k].focus
            let d = f.end <= span.begin ? span.begin - f.end : f.begin >= span.end ? f.begin - span.end : 0
            if d < bestDistance { best = k; bestDistance = d }
        }
        return best
    }

    /// What befell the people a figure counts, when a verb right before the figure or after
    /// what it counts says ("killed at least 56 people", "100 people were arrested",
    /// "20 troops wounded"): it joins what is counted ("people killed"). The span stays.
    static func addFate(_ q: inout Quantity, at: Int, view: TokenView, tokens: [Token], start: Int, end: Int) {
        guard let what = q.what else { return }
        var verb: Int?
        if at - 1 >= start, tokens[at - 1].kind == .word, view.has(at - 1, .fateVerb) {
            verb = at - 1
        } else {
            var k = at
            while k < end, Int(tokens[k].begin) < q.span.end { k += 1 }
            // "were killed", "have been detained"
            var steps = 0
            while k < end, steps < 2, tokens[k].kind == .word, view.has(k, [.copula, .tensePastAuxiliary, .tenseIs, .tensePresent]) {
                k += 1
                steps += 1
            }
            if k < end, tokens[k].kind == .word, !tokens[k].has(.capitalized), view.has(k, .fateVerb) { verb = k }
        }
        guard let v = verb else { return }
        let word = view.lower(v)
        if !what.hasSuffix(" " + word) { q.what = what + " " + word }
    }

    /// What a bare sum is, when a word next to it says: "exports of $6.1 billion", "a 10.6
    /// billion dollar loss", "$92 million profit" (a `money-noun` before "of" or right after
    /// the amount). The quantity's span stays as it is; only `what` is filled in.
    static func nameTheSum(_ q: inout Quantity, at: Int, view: TokenView, tokens: [Token], start: Int, end: Int) {
        var after = at
        while after < end, Int(tokens[after].begin) < q.amount.end { after += 1 }
        var noun: Int?
        if after < end, tokens[after].kind == .word, !tokens[after].has(.capitalized), view.has(after, .moneyNoun) {
            noun = after
        } else if at - 2 >= start, view.has(at - 1, .ofLink), tokens[at - 2].kind == .word,
                  !tokens[at - 2].has(.capitalized) || at - 2 == start,
                  view.has(at - 2, .moneyNoun) {
            noun = at - 2
        }
        guard let k = noun else { return }
        q.what = view.lower(k)
        q.whatSpan = TextSpan(Int(tokens[k].begin), Int(tokens[k].end))
    }

    /// A figure in brackets right after one of the same kind is its conversion ("13.1 metres
    /// (43 feet)", "6.4 billion pesos (about 247 million dollars)"): it takes what the first
    /// one counts, and says which it converts.
    static func markConversions(_ qs: inout [Quantity], from first: Int, view: TokenView, tokens: [Token], start: Int, end: Int) {
        guard qs.count - first >= 2 else { return }
        let measures: Set<Quantity.Category> = [.money, .distance, .weight]
        for i in (first + 1)..<qs.count {
            let a = qs[i - 1], b = qs[i]
            guard measures.contains(b.category), a.category == b.category || (a.category == .market && b.category == .money),
                  a.conversionOf == nil, isBracketed(after: a.span.end, b.span, view: view, tokens: tokens, start: start, end: end)
            else { continue }
            qs[i].conversionOf = i - 1
            if !b.saysWhat, a.saysWhat {
                qs[i].what = a.what
                qs[i].whatSpan = a.whatSpan
            }
        }
    }

    /// Whether `span` is all a bracket holds, and the bracket opens right after `previousEnd`.
    private static func isBracketed(after previousEnd: Int, _ span: TextSpan, view: TokenView, tokens: [Token], start: Int, end: Int) -> Bool {
        var lo = start, hi = end
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(tokens[mid].begin) < span.begin { lo = mid + 1 } else { hi = mid }
        }
        let k = lo
        guard k - 2 >= start, k < end, Int(tokens[k].begin) == span.begin, Int(tokens[k - 2].end) == previousEnd,
              view.text(k - 1) == "(" else { return false }
        var j = k
        while j < end, Int(tokens[j].end) <= span.end { j += 1 }
        return j < end && Int(tokens[j].begin) >= span.end && view.text(j) == ")"
    }

    /// The market's figures: shares traded, and in a sentence about a market (index, shares,
    /// bourse, Nikkei, a barrel, …) its percentages, index points and prices that say no more
    /// than their currency ("the Nikkei rose 1.2 percent", "News Corp lost 19 cents to 20.71
    /// dollars").
    static func markMarketFigures(_ qs: inout ArraySlice<Quantity>, view: TokenView, start: Int, end: Int) {
        var market: Bool?
        for i in qs.indices {
            let q = qs[i]
            if q.unit == "shares" {
                qs[i].category = .market
                continue
            }
            guard q.category == .percent || (q.category == .money && !q.saysWhat) || (q.category == .other && q.unit == "points") else {
                continue
            }
            if market == nil { market = (start..<end).contains { view.has($0, .marketWord) } }
            if market == true { qs[i].category = .market }
        }
    }
}
