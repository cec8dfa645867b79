/// Finds the clause of a sentence around a date, on UTF-8 bytes. Clauses end at commas,
/// semicolons, colons and dashes; a segment that starts with a lower-case word that does not
/// open a clause belongs to the one before (a list item, an apposition); a date that ends its
/// clause after a preposition or "said that" ("On Friday,") is about the clause that follows;
/// parentheticals between dashes or brackets that do not hold the date are left out.
///
/// The work for one date is bounded whatever its sentence: a sentence is read once for all
/// its dates (its visible bytes and its clause breaks, `Visible`), a clause reaches at most
/// `reachBack` bytes before its date and `reachAhead` after it, and breaks are found by
/// halving the sentence's list of them.
enum ClauseFinder {
    /// How far before its date a clause may start, and after it end, in bytes. Real clauses
    /// are shorter (te3-silver's longest sentence has 537 characters).
    static let reachBack = 640
    static let reachAhead = 400

    /// The bytes of a stretch of text with its parentheticals left out, where each came from,
    /// and where its clauses break.
    struct Visible {
        var buf: [UInt8] = []
        var origin: [Int32] = []
        /// The byte ranges of the article left out.
        var removed: [Range<Int>] = []
        /// Indexes into `buf` where a clause breaks (`isBreak`), ascending.
        var breaks: [Int32] = []
        /// Indexes into `buf` whose byte does not follow the one before in the article (a
        /// parenthetical was left out before it), ascending.
        var jumps: [Int32] = []

        /// The first visible byte at or after article byte `offset` (or the end).
        func index(of offset: Int) -> Int { ClauseFinder.lowerBound(origin, offset) }
    }

    /// Bytes `sb..<se` without their parentheticals, except those that overlap the focus
    /// bytes `fb..<fe` (none are kept when `fb == fe == -1`).
    static func visible(_ u: UnsafeBufferPointer<UInt8>, _ sb: Int, _ se: Int, focus fb: Int, _ fe: Int) -> Visible {
        var v = Visible()
        v.buf.reserveCapacity(se - sb)
        v.origin.reserveCapacity(se - sb)
        var k = sb
        // Once no closing mark follows, none follows a later opening either: each kind is
        // searched for at most once after that (no quadratic rescans of "((((").
        var unclosed = Parenthetical.Kinds()
        while k < se {
            if let kind = Parenthetical.kind(u, k, se), !unclosed.contains(kind) {
                if let close = closing(u, k, se), close.end <= se {
                    if !(k < fe && close.start >= fb) {
                        v.removed.append(k..<close.end)
                        k = close.end
                        continue
                    }
                } else {
                    unclosed.insert(kind)
                }
            }
            if let last = v.origin.last, Int(last) + 1 != k { v.jumps.append(Int32(v.buf.count)) }
            v.buf.append(u[k])
            v.origin.append(Int32(k))
            k += 1
        }
        v.buf.withUnsafeBufferPointer { buf in
            for k in buf.indices where isBreak(buf, k) { v.breaks.append(Int32(k)) }
        }
        return v
    }

    /// Whether a clause breaks at `k`: a comma before a space (not inside 13,000), a semicolon,
    /// a colon (not inside 1:30), an en or em dash.
    private static func isBreak(_ buf: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        let n = buf.count
        switch buf[k] {
        case UInt8(ascii: ","): return k + 1 >= n || buf[k + 1] == 32
        case UInt8(ascii: ";"): return true
        // Not inside a clock time ("1:30 pm").
        case UInt8(ascii: ":"): return !(k > 0 && k + 1 < n && (48...57).contains(buf[k - 1]) && (48...57).contains(buf[k + 1]))
        case 0xE2: return k + 2 < n && buf[k + 1] == 0x80 && (buf[k + 2] == 0x93 || buf[k + 2] == 0x94)
        default: return false
        }
    }

    /// The visible text of the last sentence asked about, kept while the events of one sentence
    /// are summarized: built once per sentence instead of once per date.
    final class Cache {
        var sentence: TextSpan?
        var visible = Visible()
        init() {}
    }

    static func clause(_ u: UnsafeBufferPointer<UInt8>, map: ScalarMap, sentence: TextSpan, focus: TextSpan,
                       cache: Cache? = nil) -> [TextSpan] {
        let sb = map.byteOffset(ofScalar: sentence.begin), se = map.byteOffset(ofScalar: sentence.end)
        let fb = map.byteOffset(ofScalar: max(sentence.begin, focus.begin)), fe = map.byteOffset(ofScalar: min(sentence.end, focus.end))
        // The sentence with every parenthetical out serves each date outside them.
        var v: Visible
        if let cache {
            if cache.sentence != sentence {
                cache.visible = visible(u, sb, se, focus: -1, -1)
                cache.sentence = sentence
            }
            v = cache.visible
        } else {
            v = visible(u, sb, se, focus: -1, -1)
        }
        if v.removed.contains(where: { $0.lowerBound < fe && $0.upperBound > fb }) {
            // A date inside a parenthetical (rare): its own view, within reach of it.
            var wb = sb, we = se
            if fb - wb > reachBack {
                wb = fb - reachBack
                while wb < fb, u[wb] & 0xC0 == 0x80 { wb += 1 }
            }
            if we - fe > reachAhead {
                we = fe + reachAhead
                while we > fe, u[we] & 0xC0 == 0x80 { we -= 1 }
            }
            v = visible(u, wb, we, focus: fb, fe)
        }
        let fs = v.index(of: fb), fEnd = v.index(of: fe)
        return v.buf.withUnsafeBufferPointer { buf in clause(buf, v, fs: fs, fEnd: fEnd, map: map, focus: focus) }
    }

    /// The clause around visible bytes `fs..<fEnd`, as article spans.
    private static func clause(_ buf: UnsafeBufferPointer<UInt8>, _ v: Visible, fs: Int, fEnd: Int, map: ScalarMap,
                               focus: TextSpan) -> [TextSpan] {
        let c = Segments(buf: buf, v: v, floor: max(0, fs - reachBack), ceiling: min(buf.count, fEnd + reachAhead))
        var b = c.segmentEnd(from: fEnd)
        var (a, skipped) = c.reachBack(from: c.segmentStart(before: fs), end: b)
        var from = a
        var rest = fEnd
        while rest < b, buf[rest] == 32 || isQuote(buf, rest) { rest += 1 }
        if rest >= b, b < c.ceiling {
            // A date that ends its clause ("On Friday,", "said that on Friday,") is about the next one.
            let (words, thatNearby) = lastWords(buf, a, fs)
            if words <= 1 || thatNearby {
                from = b + 1
                b = c.segmentEnd(from: b + 1)
            }
        }
        let untrimmed = from
        (from, b) = c.trimmed(from, b)
        guard from < b else { return [focus] }
        let hung = c.hung(from, b, trimmedFrom: untrimmed)
        if hung < from { (from, b) = c.trimmed(hung, b) } else { from = hung }
        // "The council passed a resolution after its October 9 nuclear test": the date is the
        // test's, so the row is the test.
        from = c.sideHappening(from, fs, b)
        // "…, sources said Wednesday" and "According to reports on Friday, …" say who told, not
        // what happened: shown with the clause they attribute.
        if c.isAttribution(from, b) {
            if let comma = c.commaBefore(from), comma > c.floor {
                (from, b) = c.trimmed(c.reachBack(from: c.segmentStart(before: comma), end: b).start, b)
            } else if b < c.ceiling, buf[b] == UInt8(ascii: ","), skipped == nil {
                // What follows: the next clause when it opens a clause of its own ("…, the
                // port reopened", "…, that the port would reopen"), or a "that" clause after
                // an aside ("said on Friday, after a night of talks, that …").
                let next = c.firstWord(b + 1, c.segmentEnd(from: b + 1))
                let opens: WordClass = [.complementizer, .determiner, .possessiveDeterminer, .personalPronoun]
                if next.start < c.ceiling, !next.lower || Vocabulary.standard.has(buf, next.start, next.end, opens) {
                    (from, b) = c.trimmed(from, c.segmentEnd(from: b + 1))
                } else {
                    let asideEnd = c.segmentEnd(from: b + 1)
                    if asideEnd < c.ceiling, buf[asideEnd] == UInt8(ascii: ",") {
                        let that = c.firstWord(asideEnd + 1, c.segmentEnd(from: asideEnd + 1))
                        if that.start < c.ceiling, Vocabulary.standard.has(buf, that.start, that.end, .complementizer) {
                            skipped = b..<that.start
                            (from, b) = c.trimmed(from, c.segmentEnd(from: asideEnd + 1))
                        }
                    }
                }
            }
        }
        // Map back to the article: the kept stretches, cut where a parenthetical was left out.
        var kept: [Range<Int>] = [from..<b]
        if let s = skipped, s.lowerBound < b, s.upperBound > from {
            kept = [from..<max(from, s.lowerBound), min(b, s.upperBound)..<b].filter { !$0.isEmpty }
        }
        return articleSpans(kept, v, map)
    }

    /// The segments of a sentence's visible bytes between its breaks (commas, dashes, …),
    /// within `floor..<ceiling`, and the words they start with.
    private struct Segments {
        let buf: UnsafeBufferPointer<UInt8>
        let v: Visible
        let floor: Int
        let ceiling: Int

        /// Where the segment ending before `x` starts: after the last break before `x` (all of
        /// a dash's three bytes), or at the floor.
        func segmentStart(before x: Int) -> Int {
            let j = lowerBound(v.breaks, x) - 1
            guard j >= 0 else { return floor }
            let k = Int(v.breaks[j])
            return max(floor, min(x, k + (buf[k] == 0xE2 ? 3 : 1)))
        }

        /// The first break at or after `x`, or the ceiling.
        func segmentEnd(from x: Int) -> Int {
            let j = lowerBound(v.breaks, x)
            return j < v.breaks.count ? min(ceiling, Int(v.breaks[j])) : ceiling
        }

        /// The first word of stretch `x..<y` (ASCII letters) and whether it is lower case.
        func firstWord(_ x: Int, _ y: Int) -> (start: Int, end: Int, lower: Bool) {
            var k = x
            while k < y, !isAlnum(buf[k]) { k += 1 }
            let start = k
            while k < y, isAlpha(buf[k]) || buf[k] == UInt8(ascii: "-") { k += 1 }
            return (start, k, start < y && buf[start] >= 97 && buf[start] <= 122)
        }

        /// Continuations reach back to the clause they belong to: a segment opening with a
        /// lower-case word that opens no clause of its own joins the one before. A relative
        /// clause between commas ("South Korea, which has long protested, expressed alarm") is
        /// stepped over to reach the subject before it (`skipped`).
        func reachBack(from start: Int, end b: Int) -> (start: Int, skipped: Range<Int>?) {
            var a = start
            var skipped: Range<Int>?
            while a > floor {
                let w = firstWord(a, b)
                guard w.lower, !Vocabulary.standard.has(buf, w.start, w.end, .clauseOpener) else { break }
                let p = segmentStart(before: a - 1)
                let pw = firstWord(p, a - 1)
                if pw.lower, Vocabulary.standard.has(buf, pw.start, pw.end, .relative), skipped == nil, p > floor {
                    let q = segmentStart(before: p - 1)
                    let subject = firstWord(q, p - 1)
                    if subject.start < p - 1, !subject.lower, subject.end > subject.start {
                        skipped = (p - 1)..<a
                        a = q
                        break
                    }
                }
                a = p
            }
            return (a, skipped)
        }

        /// Where a clause that cannot stand alone starts once it is shown with what it hangs
        /// on. A subordinate clause says what happened without its conjunction ("when a gas
        /// explosion took place on Tuesday" is "A gas explosion took place on Tuesday"); a
        /// relative clause after a comma takes the noun phrase it is about ("East Timor, who
        /// made their debut in 2002"); a predicate after "and" or "but" with no subject of its
        /// own ("…, and is expected to do the same this year") takes the clause before it.
        func hung(_ from: Int, _ b: Int, trimmedFrom start: Int) -> Int {
            let w = firstWord(from, b)
            guard w.start == from, w.end > w.start else { return from }
            let words = Vocabulary.standard
            if words.has(buf, w.start, w.end, .subordinator) {
                let next = firstWord(w.end, b)
                guard next.start < b, next.start - w.end < 4 else { return from }
                // "because of the storm" is a preposition: it hangs on the clause before it.
                if words.has(buf, next.start, next.end, .ofLink) {
                    guard let comma = commaBefore(start), comma > floor else { return from }
                    return reachBack(from: segmentStart(before: comma), end: b).start
                }
                var k = w.end
                while k < next.start, buf[k] == 32 { k += 1 }
                return k
            }
            guard w.lower, let comma = commaBefore(start), comma > floor else { return from }
            if words.has(buf, w.start, w.end, [.relative, .relativeAdverb]) {
                guard var np = nounPhrase(endingAt: comma) else { return reachBack(from: segmentStart(before: comma), end: b).start }
                // "Burma's entry into the group, which": a phrase of common nouns after a
                // preposition goes with the one before it.
                if let before = wordBefore(np), before.start > segmentStart(before: comma), isLowerWord(np),
                   words.has(buf, before.start, before.end, [.namePreposition, .locative]),
                   let outer = nounPhrase(endingAt: before.start - 1, space: true) {
                    np = outer
                }
                return np
            }
            if start < from, words.has(buf, w.start, w.end, [.tensePastAuxiliary, .tenseIs, .tenseWill, .tensePresent]) {
                let c = firstWord(start, from)
                if c.start < from, words.has(buf, c.start, c.end, .conjunction) {
                    return reachBack(from: segmentStart(before: comma), end: b).start
                }
            }
            return from
        }

        /// Where the happening a date belongs to starts, when the date is in a phrase about
        /// another happening than its clause's ("…after its October 9 nuclear test", "…ahead of
        /// a speech by Abbas on Saturday"): right after the nearest side signal before the date
        /// (with its "of" or "to"), when words come before the signal and a noun phrase after it.
        func sideHappening(_ from: Int, _ fs: Int, _ b: Int) -> Int {
            guard fs > from, fs <= b else { return from }
            let vocabulary = Vocabulary.standard
            var k = fs
            var signal: (start: Int, end: Int)?
            var words = 0
            while k > from, words < 12 {
                while k > from, buf[k - 1] == 32 { k -= 1 }
                let e = k
                while k > from, buf[k - 1] != 32 { k -= 1 }
                guard e > k else { break }
                words += 1
                if vocabulary.has(buf, k, e, .sideSignal) {
                    signal = (k, e)
                    break
                }
            }
            guard let s = signal, s.start > from, words >= 2 else { return from }
            // "named after the city" names, it does not date.
            var p = s.start
            while p > from, buf[p - 1] == 32 { p -= 1 }
            var q = p
            while q > from, buf[q - 1] != 32 { q -= 1 }
            if p > q, vocabulary.has(buf, q, p, .namesAfter) { return from }
            var next = firstWord(s.end, b)
            if vocabulary.has(buf, next.start, next.end, [.ofLink, .prepositionTo]) { next = firstWord(next.end, b) }
            // A noun phrase, not a clause or a bare date ("after he left on Monday", "before Monday").
            guard next.start < fs, next.lower, vocabulary.has(buf, next.start, next.end, [.determiner, .possessiveDeterminer])
            else { return from }
            return next.start
        }

        /// Whether `from..<b` only says who told: at most seven words, with a verb of saying
        /// or opening with "according".
        func isAttribution(_ from: Int, _ b: Int) -> Bool {
            var k = from, words = 0, saying = false
            let vocabulary = Vocabulary.standard
            while k < b {
                while k < b, buf[k] == 32 { k += 1 }
                let s = k
                while k < b, buf[k] != 32 { k += 1 }
                guard k > s else { break }
                words += 1
                if words > 7 { return false }
                var e = k
                while e > s, !isAlpha(buf[e - 1]) { e -= 1 }
                if e > s, vocabulary.has(buf, s, e, .speechVerb) || (words == 1 && vocabulary.has(buf, s, e, .attributionAccording)) {
                    saying = true
                }
            }
            return saying
        }

        /// The comma right before `x` (spaces and quotes between), if there is one.
        func commaBefore(_ x: Int) -> Int? {
            var k = x - 1
            while k > floor, buf[k] == 32 { k -= 1 }
            return k >= floor && buf[k] == UInt8(ascii: ",") ? k : nil
        }

        /// The word before `x` (spaces between), if any.
        private func wordBefore(_ x: Int) -> (start: Int, end: Int)? {
            var e = x
            while e > floor, buf[e - 1] == 32 { e -= 1 }
            var s = e
            while s > floor, buf[s - 1] != 32 { s -= 1 }
            return e > s ? (s, e) : nil
        }

        /// Whether the word at `x` starts with a lower-case letter.
        private func isLowerWord(_ x: Int) -> Bool { buf[x] >= 97 && buf[x] <= 122 }

        /// The start of the noun phrase that ends at `comma`, read back over at most six words:
        /// capitalized words and numbers ("East Timor", "Bank of Japan"), and lower-case words
        /// ("the Grey Wolves organisation") only when a determiner opens them and no name
        /// comes between (in "the governor met Lamarre", "met" may be a verb).
        /// A function word ("in", "said", "he") ends it; nil when no phrase is found.
        private func nounPhrase(endingAt comma: Int, space: Bool = false) -> Int? {
            let words = Vocabulary.standard
            let limit = segmentStart(before: space ? comma + 1 : comma)
            var start: Int?
            var pendingLower = false
            var x = comma
            for _ in 0..<6 {
                while x > limit, buf[x - 1] == 32 { x -= 1 }
                let e = x
                while x > limit, buf[x - 1] != 32 { x -= 1 }
                guard e > x else { break }
                let initial = buf[x]
                if words.has(buf, x, e, [.determiner, .possessiveDeterminer]) {
                    // "the governor met Lamarre, who": lower-case words after a name may be a verb.
                    return pendingLower && start != nil ? start : x
                }
                if (65...90).contains(initial) || (48...57).contains(initial) {
                    if pendingLower, start != nil { break }
                    start = x
                    pendingLower = false
                } else if words.has(buf, x, e, .smallWord), start != nil, !pendingLower {
                    // "of" inside a name continues only to a capitalized word before it.
                    var p = x
                    while p > limit, buf[p - 1] == 32 { p -= 1 }
                    guard p > limit else { break }
                    var q = p
                    while q > limit, buf[q - 1] != 32 { q -= 1 }
                    guard (65...90).contains(buf[q]) else { break }
                } else if (97...122).contains(initial), !words.has(buf, x, e, [.descriptionStop, .clauseOpener]) {
                    pendingLower = true
                } else {
                    break
                }
            }
            return start
        }

        /// `from..<b` without quotes and spaces, a leading conjunction, and the full stop and
        /// closing quotes at the end.
        func trimmed(_ start: Int, _ end: Int) -> (Int, Int) {
            var from = start, b = end
            func skipJunk() { while from < b, buf[from] == 32 || isQuote(buf, from) { from += quoteWidth(buf, from) } }
            skipJunk()
            let w = firstWord(from, b)
            if w.start == from, Vocabulary.standard.has(buf, w.start, w.end, .conjunction), w.end < b {
                from = w.end
                skipJunk()
            }
            while b > from, buf[b - 1] == UInt8(ascii: ".") || buf[b - 1] == 32 || buf[b - 1] == UInt8(ascii: "\"") { b -= 1 }
            // Closing curly quote (E2 80 9D) at the end.
            while b - 3 >= from, buf[b - 3] == 0xE2, buf[b - 2] == 0x80, buf[b - 1] == 0x9D || buf[b - 1] == 0x99 { b -= 3 }
            return (from, b)
        }
    }

    /// The article spans of kept visible stretches, cut where the visible bytes jump.
    private static func articleSpans(_ kept: [Range<Int>], _ v: Visible, _ map: ScalarMap) -> [TextSpan] {
        var spans: [TextSpan] = []
        for r in kept {
            var start = r.lowerBound
            var j = lowerBound(v.jumps, start + 1)
            while j < v.jumps.count, Int(v.jumps[j]) < r.upperBound {
                let cut = Int(v.jumps[j])
                spans.append(span(v, start, cut, map))
                start = cut
                j += 1
            }
            spans.append(span(v, start, r.upperBound, map))
        }
        return spans
    }

    /// The article span of visible bytes `x..<y`, which follow one another in the article.
    private static func span(_ v: Visible, _ x: Int, _ y: Int, _ map: ScalarMap) -> TextSpan {
        TextSpan(map.scalarOffset(ofByte: Int(v.origin[x])), map.scalarOffset(ofByte: Int(v.origin[y - 1]) + 1))
    }

    /// How many words (runs of non-space bytes) `x..<y` has, counted up to 2, and whether one of
    /// its last two is "that". Read from the end, so a long stretch costs no more.
    private static func lastWords(_ buf: UnsafeBufferPointer<UInt8>, _ x: Int, _ y: Int) -> (count: Int, that: Bool) {
        var k = y
        var count = 0
        var that = false
        while k > x {
            while k > x, buf[k - 1] == 32 { k -= 1 }
            let e = k
            while k > x, buf[k - 1] != 32 { k -= 1 }
            guard e > k else { break }
            count += 1
            if count <= 2, e - k == 4, buf[k] == UInt8(ascii: "t"), buf[k + 1] == UInt8(ascii: "h"),
               buf[k + 2] == UInt8(ascii: "a"), buf[k + 3] == UInt8(ascii: "t") { that = true }
            if count > 2 { break }
        }
        return (count, that)
    }

    static func lowerBound(_ a: [Int32], _ x: Int) -> Int {
        var lo = 0, hi = a.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(a[mid]) < x { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The marks that open a parenthetical.
    enum Parenthetical {
        struct Kinds: OptionSet {
            let rawValue: UInt8
            static let bracket = Kinds(rawValue: 1)
            static let emDash = Kinds(rawValue: 2)
            static let enDash = Kinds(rawValue: 4)
        }

        /// What opens at `k`, if anything: `(`, an em dash, or an en dash.
        static func kind(_ u: UnsafeBufferPointer<UInt8>, _ k: Int, _ end: Int) -> Kinds? {
            if u[k] == UInt8(ascii: "(") { return .bracket }
            guard isDash(u, k, end) else { return nil }
            if u[k + 2] == 0x94 { return .emDash }
            return k > 0 && u[k - 1] == 32 ? .enDash : nil  // an en dash opens only when spaced
        }
    }

    /// A parenthetical opening at `k`: `(`…`)`, or an em dash (or spaced en dash) to the next one.
    private static func closing(_ u: UnsafeBufferPointer<UInt8>, _ k: Int, _ end: Int) -> (start: Int, end: Int)? {
        if u[k] == UInt8(ascii: "(") {
            var j = k + 1
            while j < end, u[j] != UInt8(ascii: ")") { j += 1 }
            return j < end ? (j, j + 1) : nil
        }
        guard isDash(u, k, end), u[k + 2] == 0x94 || (k > 0 && u[k - 1] == 32) else { return nil }
        var j = k + 3
        while j + 2 < end {
            if isDash(u, j, end), u[j + 2] == u[k + 2] { return (j, j + 3) }
            j += 1
        }
        return nil
    }

    private static func isDash(_ u: UnsafeBufferPointer<UInt8>, _ k: Int, _ end: Int) -> Bool {
        k + 2 < end && u[k] == 0xE2 && u[k + 1] == 0x80 && (u[k + 2] == 0x93 || u[k + 2] == 0x94)
    }

    private static func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) >= 97 && (b | 0x20) <= 122 || b >= 0x80 }
    private static func isAlnum(_ b: UInt8) -> Bool { isAlpha(b) || (b >= 48 && b <= 57) }

    /// A straight quote or a curly one (E2 80 98/99/9C/9D).
    private static func isQuote(_ buf: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        if buf[k] == UInt8(ascii: "\"") || buf[k] == UInt8(ascii: "'") { return true }
        return k + 2 < buf.count && buf[k] == 0xE2 && buf[k + 1] == 0x80 && (0x98...0x9D).contains(buf[k + 2])
    }

    private static func quoteWidth(_ buf: UnsafeBufferPointer<UInt8>, _ k: Int) -> Int { buf[k] == 0xE2 ? 3 : 1 }
}
