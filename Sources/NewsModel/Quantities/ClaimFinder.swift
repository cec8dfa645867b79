/// Who makes the claims of a sentence, and which actors a quantity is about, from the
/// actor mentions of the article.
struct ClaimFinder {
    struct Mention {
        var span: TextSpan
        /// An index into the article's actors.
        var actor: Int
        var kind: ActorKind
    }

    let lexicon: QuantityLexicon
    let view: TokenView
    let tokens: [Token]
    /// Every actor mention of the article, in text order.
    let mentions: [Mention]
    /// The indexes of the mentions of people, in text order.
    let people: [Int]
    let actorIDs: [String]
    /// The country each actor belongs to (itself for a country), by actor index.
    let countryOf: [String?]

    init(lexicon: QuantityLexicon, view: TokenView, actors: [Actor]) {
        self.lexicon = lexicon
        self.view = view
        tokens = view.tokens
        var all: [Mention] = []
        var ids: [String] = [], countries: [String?] = []
        ids.reserveCapacity(actors.count)
        countries.reserveCapacity(actors.count)
        // Fields read in place: an actor copied whole costs a retain per field.
        actors.withUnsafeBufferPointer { actors in
            all.reserveCapacity(actors.reduce(0) { $0 + $1.mentions.count })
            for i in actors.indices {
                let kind = actors[i].kind
                for m in actors[i].mentions { all.append(Mention(span: m, actor: i, kind: kind)) }
                ids.append(actors[i].id)
                countries.append(kind == .country ? actors[i].id : actors[i].affiliation)
            }
        }
        all.sort { $0.span < $1.span }
        mentions = all
        people = all.indices.filter { all[$0].kind == .person }
        actorIDs = ids
        countryOf = countries
    }

    /// The first mention that starts at or after `offset`.
    private func firstMention(from offset: Int) -> Int {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].span.begin < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    private func isClaimant(_ m: Mention) -> Bool { m.kind != .place }

    /// Where a sentence reports a claim: the actor after "according to", and its reporting
    /// verbs that have a speaker, each with that speaker (in token order).
    struct Cues {
        var according: String?
        var verbs: [(token: Int, speaker: String)] = []
    }

    /// The claim cues of a sentence (tokens `start..<end`), found once for all its quantities.
    func cues(start: Int, end: Int) -> Cues {
        var c = Cues()
        for k in start..<end where tokens[k].kind == .word {
            if c.according == nil, k + 1 < end, view.has(k, .attributionAccording), view.has(k + 1, .prepositionTo) {
                c.according = mentionAfter(k + 1, end: end)
            }
            let b = Int(tokens[k].byteBegin), e = Int(tokens[k].byteEnd)
            if view.mayContain(lexicon.claimShapes, b, e), let w = view.lookup(lexicon.words, k), w.claim,
               // "a source told Xinhua": who is told makes no claim.
               let speaker = mentionBefore(k, start: start) ?? (view.has(k, .addresseeVerb) ? nil : mentionRightAfter(k, end: end)) {
                c.verbs.append((k, speaker))
            }
        }
        return c
    }

    /// The actor that claims what the sentence says about the quantity at token `at`:
    /// "according to X", else the speaker of the reporting verb nearest to it ("X said",
    /// "said X", "he said" for the last person named); of two as near, the earlier.
    func claimant(start: Int, end: Int, at: Int, cues: Cues) -> String? {
        if let a = cues.according { return a }
        // The first verb at or after `at`, by halving; the nearest is it or the one before.
        var lo = 0, hi = cues.verbs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if cues.verbs[mid].token < at { lo = mid + 1 } else { hi = mid }
        }
        let before = lo > 0 ? cues.verbs[lo - 1] : nil
        let after = lo < cues.verbs.count ? cues.verbs[lo] : nil
        switch (before, after) {
        case let (b?, a?): return at - b.token <= a.token - at ? b.speaker : a.speaker
        case let (b?, nil): return b.speaker
        case let (nil, a?): return a.speaker
        case (nil, nil): return nil
        }
    }

    /// The actor named right before token `v` ("the intelligence agency said"), or the last
    /// person named before a "he"/"she" subject.
    private func mentionBefore(_ v: Int, start: Int) -> String? {
        guard v > start else { return nil }
        let verbBegin = Int(tokens[v].begin)
        // The word before the verb must end a mention (allowing a closing quote or bracket).
        var k = v - 1
        while k > start, tokens[k].kind == .punctuation, tokens[k].length == 1,
              [UInt8(ascii: "\""), UInt8(ascii: ")")].contains(view.byte(Int(tokens[k].byteBegin))) {
            k -= 1
        }
        let end = Int(tokens[k].end)
        // Mentions may nest ("South Korean" in "the South Korean Foreign Ministry"): take the
        // outermost one that ends with the word before the verb.
        var best: Mention?
        var i = firstMention(from: verbBegin) - 1
        var looked = 0
        while i >= 0, looked < 6 {
            let m = mentions[i]
            if m.span.end > Int(tokens[k].begin), m.span.end <= end, isClaimant(m), best.map({ m.span.begin < $0.span.begin }) ?? true {
                best = m
            }
            i -= 1
            looked += 1
        }
        if let best { return actorIDs[best.actor] }
        if tokens[k].kind == .word {
            if view.has(k, .personalPronoun) {
                // The last person named before, by halving the people's mentions.
                let offset = Int(tokens[k].begin)
                var lo = 0, hi = people.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if mentions[people[mid]].span.begin < offset { lo = mid + 1 } else { hi = mid }
                }
                if lo > 0 { return actorIDs[mentions[people[lo - 1]].actor] }
            }
        }
        return nil
    }

    /// The actor named right after token `k` ("said the NIS", "according to South Korea's
    /// intelligence agency"), before any comma or full stop.
    private func mentionAfter(_ k: Int, end: Int) -> String? {
        guard k + 1 < end else { return nil }
        var stop = end
        for j in (k + 1)..<min(end, k + 8) where tokens[j].kind == .punctuation {
            let b = view.byte(Int(tokens[j].byteBegin))
            if b == UInt8(ascii: ",") || b == UInt8(ascii: ".") || b == UInt8(ascii: ";") {
                stop = j
                break
            }
        }
        let limit = Int(tokens[min(stop, end) - 1].end)
        var i = firstMention(from: Int(tokens[k + 1].begin))
        while i < mentions.count, mentions[i].span.begin < limit {
            if isClaimant(mentions[i]) { return head(of: i, limit: limit) }
            i += 1
        }
        return nil
    }

    /// Inverted order: "said the NIS", "said Kim" — the mention starts right after the verb.
    private func mentionRightAfter(_ v: Int, end: Int) -> String? {
        guard v + 1 < end else { return nil }
        var k = v + 1
        if tokens[k].kind == .word, view.has(k, .definiteArticle), k + 1 < end { k += 1 }
        let begin = Int(tokens[k].begin)
        let i = firstMention(from: Int(tokens[v + 1].begin))
        guard i < mentions.count, mentions[i].span.begin <= begin, isClaimant(mentions[i]) else { return nil }
        return head(of: i, limit: Int(tokens[end - 1].end))
    }

    /// The owner of a possessive names the head after it: in "South Korea's intelligence
    /// agency" the claimant is the agency, not the country.
    private func head(of i: Int, limit: Int) -> String {
        var i = i
        while i + 1 < mentions.count, mentions[i + 1].span.begin < limit, isClaimant(mentions[i + 1]) {
            // The longest of the mentions that start together.
            if mentions[i + 1].span.begin == mentions[i].span.begin {
                i += 1
                continue
            }
            let gap = mentions[i + 1].span.begin - mentions[i].span.end
            guard gap >= 0, gap <= 4, followedByPossessive(mentions[i].span.end) else { break }
            i += 1
        }
        return actorIDs[mentions[i].actor]
    }

    private func followedByPossessive(_ offset: Int) -> Bool {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(tokens[mid].begin) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < tokens.count && Int(tokens[lo].begin) == offset && tokens[lo].has(.possessive)
    }

    /// The countries a quantity is about: those its counted phrase names or whose people
    /// and bodies it names ("North Korean soldiers"), else the first one named in its clause
    /// before it ("Pyongyang sent thousands of soldiers").
    func about(span: TextSpan, whatSpan: TextSpan?, start: Int) -> [String] {
        var ids: [String] = []
        if let w = whatSpan {
            var i = firstMention(from: w.begin)
            while i < mentions.count, mentions[i].span.begin < w.end {
                if let c = countryOf[mentions[i].actor], !ids.contains(c) { ids.append(c) }
                i += 1
            }
            if !ids.isEmpty { return ids }
        }
        // The clause before it: back to a comma, "that" or a reporting verb, eight tokens at most.
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(tokens[mid].begin) < span.begin { lo = mid + 1 } else { hi = mid }
        }
        var k = lo
        var steps = 0
        while k > start, steps < 8 {
            let t = tokens[k - 1]
            if t.kind == .punctuation {
                let b = view.byte(Int(t.byteBegin))
                if b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":") { break }
            }
            if t.kind == .word {
                if view.lookup(lexicon.words, token: t)?.claim == true { break }
                if view.has(k - 1, .complementizer) { break }
            }
            k -= 1
            steps += 1
        }
        guard k < lo else { return [] }
        let windowBegin = Int(tokens[k].begin)
        var i = firstMention(from: windowBegin)
        while i < mentions.count, mentions[i].span.begin < span.begin {
            if let c = countryOf[mentions[i].actor] { return [c] }
            i += 1
        }
        return []
    }
}
