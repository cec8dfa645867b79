/// Finds the quantities of one article by scanning the tokens of each sentence: a number
/// (digits, words, a scaled or vague amount) with the words that bound it, its currency or
/// unit, a second number that makes a range, and the phrase it counts — and leaves out
/// dates, clock times, ordinals, ages, identifiers, phone numbers and sports scores.
struct QuantityFinder {
    let lexicon: QuantityLexicon
    let view: TokenView
    let tokens: [Token]
    /// Spans of the article's temporal expressions, in text order: numbers inside them are
    /// dates, times or durations.
    let times: [TextSpan]

    /// The quantities of the sentence whose tokens are `start..<end`.
    func quantities(sentence: Int, start: Int, end: Int, into out: inout [Quantity]) {
        var k = start
        while k < end {
            if isCandidate(k), let next = quantity(at: k, sentence: sentence, start: start, end: end, into: &out) {
                k = max(next, k + 1)
            } else {
                k += 1
            }
        }
    }

    // MARK: tokens

    @inline(__always)
    private func lex(_ k: Int) -> QuantityWord? {
        let t = tokens[k]
        guard t.kind == .word || t.kind == .symbol else { return nil }
        return view.lookup(lexicon.words, token: t)
    }

    /// Whether token `k` holds `part` (lower-case ASCII) anywhere, compared on bytes.
    private func holds(_ k: Int, _ part: StaticString) -> Bool {
        let b = Int(tokens[k].byteBegin), e = Int(tokens[k].byteEnd), n = part.utf8CodeUnitCount
        let p = part.utf8Start
        guard n > 0, e - b >= n else { return false }
        for start in b...(e - n) {
            var j = 0
            while j < n, WordTable<Bool>.fold(view.byte(start + j)) == p[j] { j += 1 }
            if j == n { return true }
        }
        return false
    }

    @inline(__always)
    /// Whether token `k` (before `end`) is a word of class `c`.
    private func isWord(_ k: Int, _ c: WordClass, end: Int) -> Bool {
        k >= 0 && k < end && tokens[k].kind == .word && view.has(k, c)
    }

    private func text(_ first: Int, _ last: Int) -> String {
        let raw = view.string(bytes: Int(tokens[first].byteBegin)..<Int(tokens[last].byteEnd))
        return Tidy.collapseWhitespace(raw)
    }

    /// The phrase of `count` words from token `first` (`more than`, `per cent`): looked up by
    /// its bytes when one space parts the words, by a joined String otherwise.
    private func phrase(_ first: Int, _ count: Int) -> QuantityWord? {
        let t = tokens[first]
        guard t.kind == .word || t.kind == .symbol,
              view.contains(lexicon.phraseStarts, token: t) else { return nil }
        var plain = true
        for k in first..<(first + count - 1) {
            let gapStart = Int(tokens[k].byteEnd), next = Int(tokens[k + 1].byteBegin)
            if next != gapStart + 1 || view.byte(gapStart) != 0x20 {
                plain = false
                break
            }
        }
        if plain { return view.lookup(lexicon.phraseTable, bytes: Int(t.byteBegin)..<Int(tokens[first + count - 1].byteEnd)) }
        return phraseKey(first, count).flatMap { lexicon.phrases[$0] }
    }

    /// Words joined by spaces, lower-cased, for the phrase table (`more than`, `per cent`).
    private func phraseKey(_ first: Int, _ count: Int) -> String? {
        let t = tokens[first]
        guard t.kind == .word || t.kind == .symbol,
              view.contains(lexicon.phraseStarts, token: t) else { return nil }
        var parts: [String] = []
        for k in first..<(first + count) {
            guard tokens[k].kind == .word || tokens[k].kind == .symbol else { return nil }
            parts.append(view.lower(k))
        }
        return parts.joined(separator: " ")
    }

    @inline(__always)
    private func isCandidate(_ k: Int) -> Bool {
        let t = tokens[k]
        switch t.kind {
        case .number: return true
        case .word:
            if NumberReader.isDigit(view.firstByte(k)) { return true }
            if view.mayContain(lexicon.starterShapes, Int(t.byteBegin), Int(t.byteEnd)), let w = lex(k) { return w.startsQuantity }
            // "Twenty-five": a hyphenated cardinal.
            return t.has(.hasHyphen) && hyphenated(k) != nil
        default: return false
        }
    }

    // MARK: the number

    /// A number as read from one or more tokens.
    private struct Amount {
        var first: Int
        /// The token after the number and its scale words.
        var end: Int
        var value: Double?
        var high: Double?
        var vagueLow: Double?
        var isVague = false
        var inWords = false
        var scaled = false
        /// Digits only: no separator, no decimal point, no scale.
        var bareInteger = false
        var integerDigits = 0
        var after: Quantity.Bound?
        var unit: String?
        var unitCategory: Quantity.Category?
        /// "several" and "one" count only with a phrase after them.
        var needsPhrase = false
        /// The token at `end` starts with the scale ("million-US dollar").
        var fusedScale = false
    }

    private func readNumber(at k: Int, end e: Int, money: Bool) -> Amount? {
        let t = tokens[k]
        let bb = Int(t.byteBegin), be = Int(t.byteEnd)
        var a = Amount(first: k, end: k + 1)
        if t.kind == .number {
            guard let d = view.digits(bb, be), d.end == be else { return nil }  // 10:30, 9/11
            // "007", "000" (a broken "4, 000"): codes and fragments, not amounts.
            if view.byte(bb) == UInt8(ascii: "0"), d.integerDigits >= 2 { return nil }
            a.value = d.value
            a.integerDigits = d.integerDigits
            a.bareInteger = !d.hasSeparator && !d.hasDecimal
            // "2, 875 soldiers": a thousands comma followed by a stray space (wire copy), when
            // the numbers are no list.
            if a.bareInteger, d.integerDigits <= 3, k + 2 < e, tokens[k + 1].kind == .punctuation,
               view.byte(Int(tokens[k + 1].byteBegin)) == UInt8(ascii: ","), tokens[k + 2].kind == .number, tokens[k + 2].length == 3,
               tokens[k + 2].has(.spaceBefore), k + 3 >= e || tokens[k + 3].kind != .number,
               k == 0 || !(tokens[k - 1].kind == .number || (tokens[k - 1].kind == .punctuation && view.byte(Int(tokens[k - 1].byteBegin)) == UInt8(ascii: ","))),
               k + 3 >= e || !(tokens[k + 3].kind == .punctuation && view.byte(Int(tokens[k + 3].byteBegin)) == UInt8(ascii: ",")),
               let g = view.digits(Int(tokens[k + 2].byteBegin), Int(tokens[k + 2].byteEnd)),
               g.end == Int(tokens[k + 2].byteEnd), !g.hasDecimal, !g.hasSeparator, let v = a.value, let gv = g.value {
                a.value = v * 1000 + gv
                a.bareInteger = false
                a.end = k + 3
                return finishScale(a, end: e)
            }
            // "13 000": groups of three digits after a space.
            if a.bareInteger, d.integerDigits <= 3 {
                var j = k + 1
                while j < e, tokens[j].kind == .number, tokens[j].has(.spaceBefore), tokens[j].length == 3,
                      let g = view.digits(Int(tokens[j].byteBegin), Int(tokens[j].byteEnd)),
                      g.end == Int(tokens[j].byteEnd), !g.hasDecimal, let v = a.value, let gv = g.value {
                    a.value = v * 1000 + gv
                    a.bareInteger = false
                    j += 1
                }
                a.end = j
            }
        } else if NumberReader.isDigit(view.byte(bb)) {
            guard let d = view.digits(bb, be) else { return nil }
            a.value = d.value
            a.integerDigits = d.integerDigits
            if d.end < be {
                guard readSuffix(&a, d, from: d.end, to: be, money: money) else { return nil }
            }
        } else if let w = lex(k) {
            if w.vagueMagnitude != nil {
                guard readVague(&a, w, end: e) else { return nil }
                return a
            }
            guard readWords(&a, end: e) else { return nil }
        } else if t.has(.hasHyphen), hyphenated(k) != nil {
            guard readWords(&a, end: e) else { return nil }
        } else {
            return nil
        }
        return finishScale(a, end: e)
    }

    /// Scale words after digits: "1.2 million", "3 billion", "two dozen", "million-dollar".
    private func finishScale(_ a0: Amount, end e: Int) -> Amount {
        var a = a0
        if !a.inWords {
            while a.end < e, let s = lex(a.end)?.scale, tokens[a.end].kind == .word {
                if let v = a.value { a.value = v * s }
                if let h = a.high { a.high = h * s }
                a.scaled = true
                a.bareInteger = false
                a.end += 1
            }
            // "5.3 million-US dollar": the scale fused to a modifier by a hyphen.
            if a.end < e, tokens[a.end].kind == .word, tokens[a.end].has(.hasHyphen) {
                let t = tokens[a.end]
                var dash = Int(t.byteBegin)
                while dash < Int(t.byteEnd), view.byte(dash) != UInt8(ascii: "-") { dash += 1 }
                if let s = view.lookup(lexicon.words, bytes: Int(t.byteBegin)..<dash)?.scale, s >= 1000 {
                    if let v = a.value { a.value = v * s }
                    if let h = a.high { a.high = h * s }
                    a.scaled = true
                    a.bareInteger = false
                    a.fusedScale = true
                }
            }
        }
        return a
    }

    /// What follows the digits inside one token: a range (`10-12`), a bound (`60-plus`,
    /// `20-odd`), a scale (`3bn`, `10k`) or a unit (`300km`). False for anything else: a
    /// score (`2-1`), an ordinal (`3rd`), a decade (`1990s`), a modifier (`20-year-old`).
    private func readSuffix(_ a: inout Amount, _ d: NumberReader.Digits, from start: Int, to end: Int, money: Bool) -> Bool {
        if view.byte(start) == UInt8(ascii: "-") {
            guard start + 1 < end else { return false }
            if NumberReader.isDigit(view.byte(start + 1)) {
                guard let d2 = view.digits(start + 1, end), d2.end == end else { return false }
                // Phone numbers (647-4000) and scores (2-1, 6-6).
                if d.integerDigits >= 3, !d.hasSeparator, d2.integerDigits >= 4, !d2.hasSeparator { return false }
                guard let lo = d.value, let hi = d2.value, hi > lo else { return false }
                // "1.1743-1753" abbreviates 1.1743-1.1753: no range we can read.
                if d.hasDecimal, !d2.hasDecimal { return false }
                a.high = hi
                return true
            }
            let word = view.lowercased(bytes: (start + 1)..<end)
            guard let w = lexicon.words.lookup(word), let after = w.after, Vocabulary.standard.has(word, .approximateSuffix) else { return false }
            a.after = after
            return true
        }
        let suffix = view.lowercased(bytes: start..<end)
        if suffix == "k" {
            a.value = a.value.map { $0 * 1000 }
            a.scaled = true
            return true
        }
        if suffix == "m", money {
            a.value = a.value.map { $0 * 1_000_000 }
            a.scaled = true
            return true
        }
        if suffix == "m" {
            a.unit = "m"
            a.unitCategory = .distance
            return true
        }
        guard let w = lexicon.words.lookup(suffix) else { return false }
        if let s = w.scale, s >= 1000 {
            a.value = a.value.map { $0 * s }
            a.scaled = true
            return true
        }
        if let unit = w.unit {
            a.unit = unit
            a.unitCategory = w.unitCategory
            return true
        }
        return false
    }

    /// "thousands", "tens of thousands", "hundreds of thousands", "dozens", "several".
    private func readVague(_ a: inout Amount, _ w: QuantityWord, end e: Int) -> Bool {
        guard let m = w.vagueMagnitude, let low = w.vagueLow else { return false }
        a.isVague = true
        a.value = m
        a.vagueLow = low
        let k = a.first
        if isWord(k + 1, .ofLink, end: e), k + 2 < e, let w2 = lex(k + 2), let m2 = w2.vagueMagnitude, m2 >= 1000 {
            a.value = m * m2
            a.vagueLow = 2 * m * m2
            a.end = k + 3
            return true
        }
        if view.has(k, .vagueNeedsMagnitude) { return false }
        // "scores of 12 and 11", "hundreds of 1,000-strong units": a number after "of" is the
        // count (or the word is a noun), and the vague word no amount.
        if isWord(k + 1, .ofLink, end: e), k + 2 < e, tokens[k + 2].kind == .number { return false }
        if view.has(k, .vagueNeedsOf) { return isWord(k + 1, .ofLink, end: e) }
        if view.has(k, .vagueNeedsPhrase) { a.needsPhrase = true }
        return true
    }

    /// Cardinal words: "twenty-five", "three hundred and six", "half a million", "a dozen".
    private func readWords(_ a: inout Amount, end e: Int) -> Bool {
        let k = a.first
        a.inWords = true
        var total = 0.0, current = 0.0
        var i = k
        var any = false
        var lastTens = false
        var lastScale = false
        // "a hundred", "half a million": the quantity starts at the scale word.
        if let s = lex(k)?.scale {
            guard k >= 1, tokens[k - 1].kind == .word else { return false }
            if view.has(k - 1, .scaleArticle) {
                a.first = k - 1
                current = 1
                if view.has(k - 1, .indefiniteArticle), k >= 2, isWord(k - 2, .halfScale, end: e), s >= 1000 {
                    a.first = k - 2
                    current = 0.5
                }
            } else {
                return false
            }
        }
        while i < e, tokens[i].kind == .word {
            let t = tokens[i]
            if t.has(.hasHyphen) {
                guard let v = hyphenated(i) else {
                    if i == k { return false }  // "three-member", "five-year"
                    break
                }
                guard !any || lastScale else { break }
                current += v
                any = true
                lastTens = false
                lastScale = false
                i += 1
                continue
            }
            guard let w = lex(i) else { break }
            if let n = w.number {
                if any, !(lastScale || (lastTens && n < 10)) { break }
                current += n
                lastTens = n >= 20 && n < 100
                lastScale = false
            } else if let s = w.scale {
                if s < 1000 {
                    current = (current == 0 ? 1 : current) * s
                } else {
                    total += (current == 0 ? 1 : current) * s
                    current = 0
                }
                lastScale = true
                lastTens = false
            } else if view.has(i, .conjunctionAnd), any, lastScale, i + 1 < e, tokens[i + 1].kind == .word,
                      lex(i + 1)?.number != nil || (tokens[i + 1].has(.hasHyphen) && hyphenated(i + 1) != nil) {
                i += 1
                continue
            } else {
                break
            }
            any = true
            i += 1
        }
        guard any else { return false }
        a.value = total + current
        a.end = i
        a.scaled = true
        if a.value == 1, a.end == k + 1, a.first == k { a.needsPhrase = true }
        return true
    }

    /// "twenty-five": every part a cardinal word, tens first.
    private func hyphenated(_ k: Int) -> Double? {
        let t = tokens[k]
        var parts: [Double] = []
        var start = Int(t.byteBegin)
        let end = Int(t.byteEnd)
        var i = start
        while i <= end {
            if i == end || view.byte(i) == UInt8(ascii: "-") {
                guard i > start, let n = view.lookup(lexicon.words, bytes: start..<i)?.number else { return nil }
                parts.append(n)
                start = i + 1
            }
            i += 1
        }
        guard parts.count == 2, parts[0] >= 20, parts[0] < 100, parts[1] < 10 else { return nil }
        return parts[0] + parts[1]
    }

    // MARK: the quantity

    /// What has been read of a quantity so far, phase by phase: the amount, where it starts,
    /// its currency or unit, its bound and the token after what was read (`j`).
    private struct Reading {
        var a: Amount
        var first: Int
        var currency: String?
        var bound: Quantity.Bound
        var boundStart: Int
        /// "between …" and "from …" before the bound: how a second number is read.
        var between: Bool
        var from: Bool
        var j: Int
        var unit: String?
        var category: Quantity.Category?
        var unitTokens: Range<Int>?
        var high: Double?
    }

    /// The quantity at token `k`, appended to `out`; returns the token after it, or nil when
    /// there is none. The phases: a currency before the number, the number, the bound before
    /// it, its unit and a bound after it, a second number making a range, the tests that leave
    /// a number out, what it counts, and the quantity made of all that.
    private func quantity(at k: Int, sentence: Int, start s: Int, end e: Int, into out: inout [Quantity]) -> Int? {
        let (prefixFirst, prefixCurrency) = currencyBefore(k, start: s)
        guard let a = readNumber(at: k, end: e, money: prefixCurrency != nil) else { return nil }
        var r = Reading(a: a, first: a.first < k ? a.first : prefixFirst, currency: prefixCurrency, bound: a.isVague ? .vague : .exact,
                        boundStart: 0, between: false, from: false, j: a.end, unit: a.unit, category: a.unitCategory,
                        unitTokens: nil, high: a.high)
        if r.first - 2 >= s, isRatioOrFragment(r.first, start: s) { return nil }
        r.boundStart = r.first
        if let (b, at) = boundBefore(r.first, start: s), !a.isVague,
           !isChangeTo(at, bound: b, start: s, level: r.currency != nil || a.unit != nil || unitAt(a.end, end: e) != nil) {
            r.bound = b
            r.boundStart = at
        }
        r.between = isWord(r.boundStart - 1, .rangeBetween, end: e)
        r.from = isWord(r.boundStart - 1, .rangeFrom, end: e)
        readUnitAndBoundAfter(&r, end: e)
        if r.high == nil, !r.a.isVague, r.j + 1 < e {
            readSecondNumber(&r, end: e)
        } else if r.high != nil {
            r.bound = .range
        }
        let amountEnd = r.j  // exclusive token index
        if leavesOut(r, k: k, start: s, end: e) { return nil }
        guard let phrase = countedPhrase(of: r, end: e) else { return nil }
        if let p = phrase, rejects(p, r, end: e) { return nil }
        // "the early age of 28".
        if r.first >= 2, isWord(r.first - 1, .ofLink, end: e), isWord(r.first - 2, .ageWord, end: e) { return nil }
        // A bare year-like number counts only a known noun ("2000 soldiers", not "1997 budget").
        if r.a.bareInteger, r.a.integerDigits == 4, r.bound == .exact, r.currency == nil, r.unit == nil,
           let v = r.a.value, v >= 1000, v <= 2100, phrase?.category == nil {
            return nil
        }
        let (q, next) = made(r, phrase, amountEnd: amountEnd, sentence: sentence, end: e)
        out.append(q)
        return next
    }

    /// A currency before the number: "$", "US$", "€", "Rs" — where the quantity then starts.
    private func currencyBefore(_ k: Int, start s: Int) -> (first: Int, currency: String?) {
        guard k > s, let w = lex(k - 1), w.currencyIsPrefix, let c = w.currency else { return (k, nil) }
        if k - 2 >= s, !tokens[k - 1].has(.spaceBefore), tokens[k - 2].kind == .word,
           let w2 = view.lookup(lexicon.words, bytes: Int(tokens[k - 2].byteBegin)..<Int(tokens[k - 1].byteEnd)),
           w2.currencyIsPrefix, let c2 = w2.currency {
            return (k - 2, c2)
        }
        return (k - 1, c)
    }

    /// The currency fused after a scale ("a 5.3 million-dollar deal"), else a unit or currency
    /// after the number ("5 percent", "3 billion yen"), then a bound after it ("or more").
    private func readUnitAndBoundAfter(_ r: inout Reading, end e: Int) {
        if r.a.fusedScale, r.currency == nil, let (code, n) = fusedCurrency(r.a.end, end: e) {
            r.currency = code
            r.j += n
        }
        if r.unit == nil, r.currency == nil, let (u2, c2, n) = unitAt(r.j, end: e) {
            if c2 == .money { r.currency = u2 } else { r.unit = u2; r.category = c2 }
            r.unitTokens = r.j..<(r.j + n)
            r.j += n
        }
        if let after = r.a.after {
            r.bound = after
        } else if let (after, n) = afterBound(r.j, end: e), !r.a.isVague {
            r.bound = after
            r.j += n
        }
    }

    /// A second number makes a range: "10,000 to 12,000", "between 1,000 and 2,000", "from 10
    /// to 20 billion dollars" (one unit and scale for both). Not "fell by 4.2 percent to 45.3
    /// billion yen" (a change and a level), not "12 percent to 3.34 million" (two units).
    private func readSecondNumber(_ r: inout Reading, end e: Int) {
        let j = r.j
        // "five or six rebels": alternatives close together are a range too (checked below).
        let alternatives = view.has(j, .rangeOr) && !r.between && !r.from
        let isJoiner = view.has(j, .prepositionTo) || (r.between && view.has(j, .conjunctionAnd))
            || (view.has(j, .rangeDash) && tokens[j].kind == .punctuation) || alternatives
        var k2 = j + 1
        if isJoiner, r.currency != nil, let w = lex(k2), w.currencyIsPrefix { k2 += 1 }
        let change = isWord(r.boundStart - 1, .changeBy, end: e)
        guard isJoiner, !change, k2 < e, tokens[k2].kind == .number || (lex(k2)?.number != nil && r.a.inWords),
              var b = readNumber(at: k2, end: e, money: r.currency != nil), !b.isVague else { return }
        var j2 = b.end
        var unit2: (String, Quantity.Category, Int)?
        if let found = unitAt(j2, end: e) {
            unit2 = found
            j2 += found.2
        }
        // "between 1 and 2 million": the scale of the second number applies to the first
        // (once the two make a range, below).
        var sharedScale = 1.0
        if b.scaled, !r.a.scaled, !r.a.inWords, let v = r.a.value, let bv = b.value, v < 1000, bv >= 1000 {
            var probe = b.end - 1
            while probe >= b.first, let s2 = lex(probe)?.scale, tokens[probe].kind == .word {
                sharedScale *= s2
                probe -= 1
            }
        }
        // Both ends count in one unit: "1.5 percent to 4.5 percent" repeats the unit; "1.1
        // percent to 4,630" is a change and the level it reached.
        let sameUnit: Bool
        if let unit = r.unit {
            sameUnit = unit2?.0 == unit && (!b.scaled || r.a.scaled)
        } else if let currency = r.currency {
            sameUnit = unit2 == nil || unit2?.0 == currency
        } else {
            sameUnit = true
        }
        if let lo = r.a.value.map({ $0 * sharedScale }), let hi = b.value, hi > lo, !r.from, sameUnit,
           !alternatives || (hi <= 3 * lo && r.a.inWords == b.inWords) {
            r.a.value = lo
            r.high = hi
            r.bound = .range
            if let (u2, c2, n2) = unit2, r.unit == nil, r.currency == nil {
                if c2 == .money { r.currency = u2 } else { r.unit = u2; r.category = c2 }
                r.unitTokens = (j2 - n2)..<j2
            }
            r.j = j2
            b.first = k2
        } else if r.from {
            // "from 10 to 20 billion dollars": two figures of one unit and one scale.
            if sameUnit, let v = r.a.value { r.a.value = v * sharedScale }
            // "from 10 to 12 percent": two figures of one unit.
            if r.unit == nil, r.currency == nil, let (u2, c2, _) = unit2 {
                if c2 == .money { r.currency = u2 } else { r.unit = u2; r.category = c2 }
            }
        }
    }

    /// The numbers that are no quantity whatever follows: inside a date, time or duration (the
    /// tagger's), references ("Resolution 1441"), a number word after "a" ("a zero primary
    /// deficit"), and small numbers that refer back ("the three").
    private func leavesOut(_ r: Reading, k: Int, start s: Int, end e: Int) -> Bool {
        if overlapsTime(TextSpan(Int(tokens[r.first].begin), Int(tokens[r.a.end - 1].end))) { return true }
        if r.bound == .exact || r.bound == .range, r.currency == nil, isReference(r.first, r.a, start: s, end: e) { return true }
        if r.a.inWords, r.first == k, r.first > s, tokens[r.first - 1].kind == .word,
           view.has(r.first - 1, .indefiniteArticle) {
            return true
        }
        return (r.a.inWords || (r.a.bareInteger && (r.a.value ?? 99) <= 10)) && r.bound == .exact && isAnaphoric(r.first, start: s)
    }

    /// What the number counts (nil inside: nothing), or nil when the number is to be left
    /// out: "$3 billion in aid" (not "126.88 yen in New York"), "thousands of soldiers" (but
    /// "one of the" is a pronoun), "one soldier" (but "one way" is idiom), and a bare number
    /// counting nothing ("closed at 3,049.14"), unless vague ("thousands fled").
    private func countedPhrase(of r: Reading, end e: Int) -> CountedPhrase?? {
        let j = r.j
        var phrase: CountedPhrase?
        if r.currency != nil {
            if j + 1 < e, isWord(j, .prepositionIn, end: e) || isWord(j, .ofLink, end: e), !tokens[j + 1].has(.capitalized) {
                phrase = countedPhrase(j + 1, end: e, complement: true)
            }
        } else if r.unit != nil {
            if j < e, isWord(j, .ofLink, end: e) { phrase = countedPhrase(j + 1, end: e, complement: true) }
        } else if isWord(j, .ofLink, end: e) {
            if r.a.value == 1, r.a.inWords { return nil }
            phrase = countedPhrase(j + 1, end: e, complement: true)
        } else {
            phrase = countedPhrase(j, end: e, complement: false)
        }
        if r.a.inWords, r.a.value == 1, r.bound == .exact, r.currency == nil, r.unit == nil, phrase?.category == nil { return nil }
        if phrase == nil, r.currency == nil, r.unit == nil, !r.a.isVague || r.a.needsPhrase { return nil }
        return .some(phrase)
    }

    /// A counted phrase that shows the number is no count: "the 68 seat upper house" (a
    /// singular noun after a plural number), "Int 2 Thin Pale Crepe" (a capitalized singular
    /// head: a name), "4,000 years ago" and "30-40 year-olds" (time and ages), "2.6 times net
    /// assets" (a multiplier). "68 seats" and "2,000 troops" pass.
    private func rejects(_ p: CountedPhrase, _ r: Reading, end e: Int) -> Bool {
        guard r.currency == nil, r.unit == nil, !r.a.isVague else { return false }
        if let v = r.a.value, v > 1, r.bound == .exact || r.bound == .range, !tokens[p.head].has(.capitalized), !endsInS(p.head),
           p.category == nil, lex(p.head)?.noun == nil {
            return true
        }
        if tokens[p.head].has(.capitalized), !endsInS(p.head) || tokens[p.head].length <= 2, p.category == nil,
           lex(p.head)?.noun == nil {
            return true
        }
        if isTimeUnit(p.head) || tokens[p.head].has(.hasHyphen) && holds(p.head, "year-old") { return true }
        return (p.first < p.last || (p.last + 1 < e && tokens[p.last + 1].kind == .word))
            && view.has(p.first, .multiplier)
    }

    /// The quantity made of a reading and what it counts, and the token after it (a bound
    /// after the phrase, "500 people or so", is taken in).
    private func made(_ r: Reading, _ phrase: CountedPhrase?, amountEnd: Int, sentence: Int, end e: Int) -> (Quantity, Int) {
        var bound = r.bound
        let amountSpan = TextSpan(Int(tokens[r.boundStart].begin), Int(tokens[amountEnd - 1].end))
        var q = Quantity(span: amountSpan, amount: amountSpan, value: r.a.value, low: nil, high: nil, bound: bound,
                         unit: nil, what: nil, whatSpan: nil, category: .other, sentence: sentence)
        switch bound {
        case .range:
            q.low = r.a.value
            q.high = r.high
        case .vague:
            q.low = r.a.vagueLow
        case .min:
            q.low = r.a.value
        case .max:
            q.high = r.a.value
        case .exact, .approx:
            q.low = r.a.value
            q.high = r.a.value
        }
        var next = amountEnd
        if let p = phrase {
            q.whatSpan = TextSpan(Int(tokens[p.first].begin), Int(tokens[p.last].end))
            q.what = text(p.first, p.last)
            q.span.end = max(q.span.end, Int(tokens[p.last].end))
            next = p.last + 1
            // "60 houses or more", "500 people or so".
            if bound == .exact, let (after, n) = afterBound(next, end: e), after != .min || n == 2 {
                bound = after
                q.bound = after
                if after == .min { q.high = nil } else if after == .max { q.low = nil }
                q.span.end = Int(tokens[next + n - 1].end)
                next += n
            }
        }
        if let currency = r.currency {
            q.unit = currency
            q.category = .money
        } else if let unit = r.unit {
            q.unit = unit
            q.category = r.category ?? .other
            if q.what == nil, let t = r.unitTokens { q.what = ASCIIText.lowercased(text(t.lowerBound, t.upperBound - 1)) }
        } else if let p = phrase {
            if let w = lex(p.head), let code = w.currency, !w.currencyIsPrefix {
                // "millions of dollars"; "Zimbabwe dollars" are not US dollars.
                let phrase = ASCIIText.lowercased(q.what ?? "")
                q.unit = p.head == p.first || r.a.fusedScale ? code : lexicon.phrases[phrase]?.currency ?? phrase
                q.category = .money
                if r.a.fusedScale {
                    // "5.3 million-US dollar": the phrase is the amount's own unit.
                    q.what = nil
                    q.whatSpan = nil
                }
            } else {
                q.unit = view.lower(p.head)
                q.category = p.category ?? .other
            }
        }
        return (q, next)
    }

    /// "rose up to 5.8 percent", "went over 100": a verb moves a figure to a level; the words
    /// are no bound. A level is a measure, a rate or money (`level`): after most verbs the words
    /// move it. Counted things are seldom moved: only after a verb of movement ("rose over 100
    /// members"), and elsewhere the words bound the number ("killed over 60 people", "collected
    /// over 10,000 guns", "there were over 62,000 students").
    private func isChangeTo(_ at: Int, bound: Quantity.Bound, start s: Int, level: Bool) -> Bool {
        guard bound == .max || bound == .min, at - 1 >= s, tokens[at - 1].kind == .word, !tokens[at - 1].has(.capitalized) else {
            return false
        }
        guard view.has(at, .levelParticle) else { return false }
        if view.has(at - 1, .movementVerb) { return true }
        // A level moves after most verbs, and after "is", "was", "be" ("the rate was up to 5.5
        // percent").
        return level && (isVerbLike(at - 1) || view.has(at - 1, .copula))
    }

    /// A bound written before the number ("more than", "around", "an estimated"): its kind
    /// and first token.
    private func boundBefore(_ first: Int, start s: Int) -> (Quantity.Bound, Int)? {
        for n in stride(from: 3, through: 1, by: -1) where first - n >= s {
            let at = first - n
            if n == 1 {
                if let b = lex(at)?.bound { return (b, at) }
            } else if let b = phrase(at, n)?.bound {
                return (b, at)
            }
        }
        return nil
    }

    /// The currency in "million-dollar", "million-US dollar" (the token at `k` holds the
    /// scale): its code and how many tokens it takes.
    private func fusedCurrency(_ k: Int, end e: Int) -> (String, Int)? {
        let t = tokens[k]
        var dash = Int(t.byteBegin)
        while dash < Int(t.byteEnd), view.byte(dash) != UInt8(ascii: "-") { dash += 1 }
        guard dash + 1 < Int(t.byteEnd) else { return nil }
        if let w = view.lookup(lexicon.words, bytes: dash + 1..<Int(t.byteEnd)), let code = w.currency, !w.currencyIsPrefix { return (code, 1) }
        if view.has(bytes: (dash + 1)..<Int(t.byteEnd), .currencyCountry), k + 1 < e, let w = lex(k + 1), let code = w.currency, !w.currencyIsPrefix {
            return (code, 2)
        }
        return nil
    }

    /// The second number of "one in five", "53 out of 101" is a denominator; a number right
    /// after "139.59-" is the tail of a range written short.
    private func isRatioOrFragment(_ first: Int, start s: Int) -> Bool {
        let prev = tokens[first - 1], before = tokens[first - 2]
        // "one in five", "one adult in five".
        if prev.kind == .word, view.has(first - 1, .prepositionIn) {
            var k = first - 2
            while k >= max(s, first - 4), tokens[k].kind == .word || tokens[k].kind == .number {
                if tokens[k].kind == .number || lex(k)?.number != nil { return true }
                k -= 1
            }
        }
        if prev.kind == .punctuation, view.byte(Int(prev.byteBegin)) == UInt8(ascii: "-"), before.kind == .number,
           !prev.has(.spaceBefore) {
            return true
        }
        return false
    }

    /// "or more", "or so", "plus" after the number.
    private func afterBound(_ j: Int, end e: Int) -> (Quantity.Bound, Int)? {
        if j + 1 < e, let b = phrase(j, 2)?.after { return (b, 2) }
        if j < e, tokens[j].kind == .word, let b = lex(j)?.after { return (b, 1) }
        return nil
    }

    /// A currency or unit after the number: its normalized name, category and token count.
    private func unitAt(_ j: Int, end e: Int) -> (String, Quantity.Category, Int)? {
        for n in stride(from: 3, through: 1, by: -1) where j + n <= e {
            let w: QuantityWord?
            if n == 1 { w = lex(j) } else { w = phrase(j, n) }
            guard let w else { continue }
            if let c = w.currency, !w.currencyIsPrefix {
                // "200 pounds of explosives" weigh; "500 pounds" in a budget is money.
                if n == 1, c == "GBP", view.has(j, .weightPound), isWord(j + 1, .ofLink, end: e) {
                    return ("lb", .weight, 1)
                }
                return (c, .money, n)
            }
            if let unit = w.unit, let c = w.unitCategory { return (unit, c, n) }
        }
        return nil
    }

    private func overlapsTime(_ span: TextSpan) -> Bool {
        var lo = 0, hi = times.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if times[mid].end <= span.begin { lo = mid + 1 } else { hi = mid }
        }
        return lo < times.count && times[lo].overlaps(span)
    }

    /// A number that names or refers rather than counts: "Flight 17", "Resolution 2231",
    /// "No. 10", "page 5", "John Smith, 45,", "aged 45", a phone number.
    private func isReference(_ first: Int, _ a: Amount, start s: Int, end e: Int) -> Bool {
        let prev = first - 1
        let next = a.end
        guard prev >= s else {
            return a.inWords ? false : isPhoneRun(first, a, end: e)
        }
        let p = tokens[prev]
        if p.kind == .word {
            if let w = lex(prev), w.identifier { return true }
            if view.has(prev, .ageWord) { return true }
            // A name right before a bare number: "Apollo 13", "DDG 70", "Windows 95" (an
            // acronym even at the start of a sentence: "CTF 50 will lead").
            if !a.inWords, a.bareInteger, p.has(.capitalized) || p.has(.allUpper), lex(prev) == nil,
               prev > s || (p.has(.allUpper) && p.length >= 2), unitAt(next, end: e) == nil {
                return true
            }
            // The second of a list of references: "Resolutions 2254 and 2118".
            if !a.inWords, a.bareInteger, view.has(prev, .coordinator), prev - 2 >= s, tokens[prev - 1].kind == .number,
               tokens[prev - 2].kind == .word, lex(prev - 2)?.identifier == true || tokens[prev - 2].has(.capitalized) {
                return true
            }
        }
        if p.kind == .symbol, view.byte(Int(p.byteBegin)) == UInt8(ascii: "+") || view.byte(Int(p.byteBegin)) == UInt8(ascii: "#") { return true }
        if p.kind == .punctuation, prev - 1 >= s {
            let pb = view.byte(Int(p.byteBegin))
            // "Task Force (CTF) 50".
            if pb == UInt8(ascii: ")"), !a.inWords, a.bareInteger, tokens[prev - 1].has(.allUpper) { return true }
            // "No. 10", "p. 5".
            if pb == UInt8(ascii: "."), tokens[prev - 1].kind == .word, let w = lex(prev - 1), w.identifier { return true }
            // Ages: "John Smith, 45, said"; "Smith (45)".
            if a.bareInteger, !a.inWords, let v = a.value, v < 130, pb == UInt8(ascii: ",") || pb == UInt8(ascii: "("),
               tokens[prev - 1].has(.capitalized), next < e {
                let nb = view.byte(Int(tokens[next].byteBegin))
                if tokens[next].kind == .punctuation, nb == UInt8(ascii: ",") || nb == UInt8(ascii: ")") { return true }
            }
        }
        return a.inWords ? false : isPhoneRun(first, a, end: e)
    }

    /// Three numbers in a row ("+44 20 7008 1500"), or "(202) 647-4000".
    private func isPhoneRun(_ first: Int, _ a: Amount, end e: Int) -> Bool {
        guard a.bareInteger else { return false }
        var run = 1
        var k = a.end
        while k < e, tokens[k].kind == .number, run < 3 {
            run += 1
            k += 1
        }
        if run >= 3 { return true }
        if first >= 1, tokens[first - 1].kind == .punctuation, view.byte(Int(tokens[first - 1].byteBegin)) == UInt8(ascii: "("),
           a.end + 1 < e, tokens[a.end].kind == .punctuation, view.byte(Int(tokens[a.end].byteBegin)) == UInt8(ascii: ")"),
           tokens[a.end + 1].kind == .number || NumberReader.isDigit(view.firstByte(a.end + 1)) {
            return true
        }
        return false
    }

    /// A small number written in words after a determiner refers back: "the two leaders",
    /// "their three children" name people already met, they are not a claim.
    private func isAnaphoric(_ first: Int, start s: Int) -> Bool {
        first - 1 >= s && tokens[first - 1].kind == .word && view.has(first - 1, .anaphoricDeterminer)
    }

    // MARK: what is counted

    struct CountedPhrase {
        var first: Int
        var last: Int
        /// The token of the head noun ("soldiers" in "North Korean special forces soldiers").
        var head: Int
        var category: Quantity.Category?
    }

    /// The noun phrase a number counts, from token `j`: modifiers and a head noun, then a
    /// complement for measures and containers ("containers' worth of artillery shells").
    private func countedPhrase(_ j: Int, end e: Int, complement: Bool) -> CountedPhrase? {
        var k = j
        if complement, k < e, tokens[k].kind == .word {
            if view.has(k, .complementDeterminer) { k += 1 }
        }
        guard var (first, last) = nounRun(k, end: e) else { return nil }
        if complement, last + 1 < e, tokens[last + 1].has(.possessive) {
            // "of Iraq's population", "of the country's GDP"; without a noun after it the
            // owner alone is not what is counted ("of Ethiopia's 71 million people").
            guard let (_, last2) = nounRun(last + 2, end: e) else { return nil }
            first = k
            last = last2
        }
        var p = CountedPhrase(first: first, last: last, head: last, category: category(ofHead: last, first: first))
        // "containers' worth of X", "pieces of X", "tons of X".
        var c = last + 1
        if c < e, tokens[c].kind == .punctuation, view.byte(Int(tokens[c].byteBegin)) == UInt8(ascii: "'")
            || tokens[c].has(.possessive) {
            c += 1
        }
        var hasComplement = false
        if isWord(c, .valueWorth, end: e), isWord(c + 1, .ofLink, end: e) {
            c += 2
            hasComplement = true
        } else if p.category == nil || view.has(last, .genericHead), isWord(c, .ofLink, end: e), !tokens[last].has(.capitalized) {
            c += 1
            hasComplement = true
        }
        var d = c
        if hasComplement, view.has(last, .genericHead), d < e, view.has(d, .definiteArticle) { d += 1 }
        if hasComplement, view.has(last, .genericHead), let (_, last2) = nounRun(d, end: e) {
            // "85 members of parliament", "30,000 boxes of bottled water": the generic noun takes
            // whatever it is of.
            p.last = last2
            if p.category == nil { p.category = category(ofHead: last2, first: d) }
        } else if hasComplement, let (_, last2) = nounRun(c, end: e) {
            // "cases of murder" stays "cases"; "containers' worth of artillery shells" and
            // "pieces of artillery" take the complement.
            let c2 = category(ofHead: last2, first: c)
            if c2 != nil || (!tokens[last2].has(.capitalized) && endsInS(last2)) || isWord(c - 1, .ofLink, end: e) && isWord(c - 2, .valueWorth, end: e) {
                p.last = last2
                if p.category == nil { p.category = c2 }
            }
        }
        return p
    }

    /// Words of a noun phrase from `k`: no function words, verbs, numbers or punctuation;
    /// capitalized modifiers only before the first lower-case word.
    private func nounRun(_ k0: Int, end e: Int) -> (Int, Int)? {
        var k = k0
        // "35 more civilians", "two other soldiers".
        if k < e, tokens[k].kind == .word, view.has(k, .additive),
           k + 1 < e, tokens[k + 1].kind == .word { k += 1 }
        let start = k
        var last = -1
        var sawLower = false
        var sawNoun = false
        var sawHead = false
        var count = 0
        while k < e, count < 7 {
            let t = tokens[k]
            if t.kind == .punctuation, last >= start, !sawHead, isCoordinator(k), k + 1 < e, tokens[k + 1].kind == .word,
               !tokens[k + 1].has(.capitalized), lex(k + 1).map({ !$0.stop && !$0.startsQuantity }) ?? true {
                k += 1
                continue
            }
            guard t.kind == .word, !t.has(.possessive), !NumberReader.isDigit(view.firstByte(k)) else { break }
            if overlapsTime(t.span) { break }
            let capital = t.has(.capitalized) || t.has(.allUpper)
            // "US troops": an acronym is not the pronoun "us".
            let w = t.has(.allUpper) && t.length >= 2 ? nil : lex(k)
            // Coordinated modifiers: "regional and international nations", "leftist,
            // centrist and regional parties".
            if last >= start, !sawHead, k + 1 < e, tokens[k + 1].kind == .word, !tokens[k + 1].has(.capitalized),
               isCoordinator(k), lex(k + 1).map({ !$0.stop && !$0.startsQuantity }) ?? true {
                k += 1
                continue
            }
            if let w, w.stop || w.startsQuantity || w.claim || w.bound != nil { break }
            // An acronym or a nationality may modify after a lower-case word: "13 new EU sanctions
            // listings", "300,000 small-scale Zambian farmers".
            if capital, sawLower {
                guard k + 1 < e, tokens[k + 1].kind == .word, !tokens[k + 1].has(.capitalized),
                      lex(k + 1).map({ !$0.stop && !$0.claim }) ?? true,
                      (t.has(.allUpper) && t.length >= 2) || (!endsInS(k) && endsInS(k + 1)) else { break }
            }
            // "hundreds of Palestinians threw stones": a capitalized plural ends the phrase
            // unless a counted noun follows ("United States troops").
            if !capital, last >= start, tokens[last].has(.capitalized), !tokens[last].has(.allUpper),
               endsInS(last), w?.noun == nil, !endsInS(k) {
                break
            }
            if !capital, w?.noun == nil, isVerbLike(k) {
                // A participle or adverb is a modifier only before another word of the phrase,
                // and never after its head noun ("five strikes engaged").
                guard !sawNoun, k + 1 < e, tokens[k + 1].kind == .word, !tokens[k + 1].has(.capitalized),
                      lex(k + 1).map({ !$0.stop && !$0.claim && !$0.startsQuantity }) ?? true,
                      !isVerbLike(k + 1) || lex(k + 1)?.noun != nil else { break }
            }
            // After a counted noun only another one goes on: "10,000 people need" stops at
            // "people"; "special forces soldiers" goes on.
            if last >= start, lex(last)?.noun != nil, w?.noun == nil, !capital { break }
            // A plural ends the phrase unless a counted noun follows: "four advisers proves" stops
            // at "advisers", "special forces soldiers" goes on.
            if !capital, last >= start, !tokens[last].has(.capitalized), endsInS(last), !endsInSS(last), w?.noun == nil {
                break
            }
            // "two people dead": an adjective after the head noun is not part of it.
            if sawNoun, let w, w.noun != nil, view.has(k, .trailingAdjective) { break }
            if w?.noun != nil || (!capital && !isVerbLike(k)) { sawNoun = true }
            if w?.noun != nil || endsInS(k) { sawHead = true }
            if !capital { sawLower = true }
            last = k
            count += 1
            k += 1
        }
        guard last >= start else { return nil }
        return (start, last)
    }

    private func isCoordinator(_ k: Int) -> Bool {
        let t = tokens[k]
        if t.kind == .punctuation { return view.byte(Int(t.byteBegin)) == UInt8(ascii: ",") }
        return t.kind == .word && view.has(k, .coordinator)
    }

    private func isTimeUnit(_ k: Int) -> Bool { view.has(k, .timeUnit) }

    private func endsInSS(_ k: Int) -> Bool {
        let t = tokens[k]
        return t.length > 3 && (view.byte(Int(t.byteEnd) - 2) | 0x20) == UInt8(ascii: "s")
    }

    private func endsInS(_ k: Int) -> Bool {
        let t = tokens[k]
        return t.length > 3 && (view.byte(Int(t.byteEnd) - 1) | 0x20) == UInt8(ascii: "s")
    }

    /// Ends like a verb form or an adverb: "-ed", "-ing", "-ly".
    private func isVerbLike(_ k: Int) -> Bool {
        let t = tokens[k]
        let b = Int(t.byteBegin), n = Int(t.byteEnd) - b
        guard n >= 5 else { return false }
        let e = Int(t.byteEnd)
        let last2 = (view.byte(e - 2) | 0x20, view.byte(e - 1) | 0x20)
        if last2 == (UInt8(ascii: "e"), UInt8(ascii: "d")) || last2 == (UInt8(ascii: "l"), UInt8(ascii: "y")) { return true }
        return (view.byte(e - 3) | 0x20) == UInt8(ascii: "i") && last2 == (UInt8(ascii: "n"), UInt8(ascii: "g"))
    }

    /// The category of a head noun, or of the last two words ("service members").
    private func category(ofHead k: Int, first: Int) -> Quantity.Category? {
        if k > first, let c = phrase(k - 1, 2)?.noun { return c }
        if let c = lex(k)?.noun { return c }
        // A singular of a listed plural: "one soldier", "one hostage".
        if !tokens[k].has(.capitalized), tokens[k].length < 30 {
            if let c = lexicon.words.lookup(view.lower(k) + "s")?.noun { return c }
        }
        if let w = lex(k), w.currency != nil { return .money }
        // "15.5 million Iraqis", "30 Britons": people of a nation or group.
        if tokens[k].has(.capitalized), !tokens[k].has(.allUpper), endsInS(k) { return .people }
        return nil
    }
}
