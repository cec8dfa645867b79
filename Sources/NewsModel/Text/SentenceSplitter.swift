/// Finds sentence boundaries in a token stream. A sentence never crosses a paragraph.
///
/// A dot, `?`, `!` or an ellipsis ends a sentence when what follows can start one (not a
/// lower-case word); closing quotes and brackets right after the mark stay with the
/// sentence ("...community."). Abbreviations are told apart by word lists: titles never end
/// a sentence ("Gen. Kim"), months and "No." not before a number ("Oct. 8", "No. 2"), and
/// initialisms, initials and company suffixes only before a typical sentence opener
/// ("...the U.S. The talks ...").
enum SentenceSplitter {
    /// The most tokens a sentence may have. Real sentences stay far below (te3-silver's
    /// longest has about 100); a longer run — a list with no full stop, a table flattened into
    /// one line, hostile text — is cut into pieces of at most this many tokens, at the last
    /// comma, semicolon, colon or dash of the second half when there is one. Every extractor
    /// works sentence by sentence, so this bounds the work any one sentence can cost.
    static let maximumTokens = 256

    /// `u` is the UTF-8 text `t` was scanned from (abbreviations are looked up on its bytes).
    static func split<S: CharSource>(_ t: S, tokens: [Token], bytes u: UnsafeBufferPointer<UInt8>)
        -> (spans: [TextSpan], tokens: [Range<Int>]) {
        var sentences: [TextSpan] = []
        var ranges: [Range<Int>] = []
        // Wire sentences run to some twenty tokens or more: room for one per sixteen spares
        // nearly every regrowth.
        sentences.reserveCapacity(tokens.count / 16 + 1)
        ranges.reserveCapacity(tokens.count / 16 + 1)
        var first = 0  // index of the first token of the current sentence
        var i = 0
        let n = tokens.count
        func close(_ last: Int) {
            if last >= first {
                sentences.append(TextSpan(Int(tokens[first].begin), Int(tokens[last].end)))
                ranges.append(first..<(last + 1))
            }
            first = last + 1
        }
        while i < n {
            let tok = tokens[i]
            // A paragraph start closes what came before.
            if i > first, tok.has(.paragraphStart) {
                close(i - 1)
                continue
            }
            if i - first >= maximumTokens {
                close(cut(t, tokens, first: first, end: i))
                continue
            }
            guard let mark = terminator(t, tok) else {
                i += 1
                continue
            }
            // Take closing quotes, brackets and further marks that touch the terminator.
            var last = i
            while last + 1 < n, !tokens[last + 1].has(.spaceBefore), !tokens[last + 1].has(.paragraphStart),
                  isCloser(t, tokens[last + 1]) || terminator(t, tokens[last + 1]) != nil {
                last += 1
            }
            if last + 1 >= n || tokens[last + 1].has(.paragraphStart) {
                close(last)
                i = last + 1
                continue
            }
            if breaks(t, tokens, u, at: i, mark: mark, next: last + 1) {
                close(last)
            }
            i = last + 1
        }
        if first < n { close(n - 1) }
        return (sentences, ranges)
    }

    /// Where an over-long sentence of tokens `first..<end` is cut (the last token kept): after
    /// the last clause mark in its second half, else before `end`.
    private static func cut<S: CharSource>(_ t: S, _ tokens: [Token], first: Int, end: Int) -> Int {
        var k = end - 1
        while k > first + (end - first) / 2 {
            if tokens[k].kind == .punctuation, tokens[k].length == 1 {
                switch t.cls(Int(tokens[k].begin)) {
                case .comma, .colon, .dash: return k
                default: if t.value(Int(tokens[k].begin)) == 0x3B { return k }  // ";"
                }
            }
            k -= 1
        }
        return end - 1
    }

    enum Mark { case period, strong, ellipsis, initialismDot }

    private static func terminator<S: CharSource>(_ t: S, _ tok: Token) -> Mark? {
        if tok.kind == .punctuation {
            // Scalar values compared as numbers: "." "?" "!", the ideographic full stop and the
            // full-width "!" and "?", the ellipsis character.
            let v = t.value(Int(tok.begin))
            if tok.length >= 3, v == 0x2E { return .ellipsis }
            if tok.length == 1 {
                switch v {
                case 0x2E: return .period
                case 0x3F, 0x21, 0x3002, 0xFF01, 0xFF1F: return .strong
                case 0x2026: return .ellipsis
                default: return nil
                }
            }
        }
        if tok.kind == .word, tok.has(.initialism) { return .initialismDot }
        return nil
    }

    private static func isCloser<S: CharSource>(_ t: S, _ tok: Token) -> Bool {
        guard tok.kind == .punctuation, tok.length == 1 else { return false }
        let cls = t.cls(Int(tok.begin))
        return cls == .quote || cls == .closeBracket || cls == .apostrophe
    }

    private static func breaks<S: CharSource>(_ t: S, _ tokens: [Token], _ u: UnsafeBufferPointer<UInt8>, at i: Int, mark: Mark,
                               next j: Int) -> Bool {
        let next = tokens[j]
        let nextFirst = t.cls(Int(next.begin))
        // Never before a lower-case word or a continuing punctuation mark.
        if nextFirst == .lower { return false }
        if next.kind == .punctuation, nextFirst == .comma || nextFirst == .colon || nextFirst == .period
            || nextFirst == .closeBracket || nextFirst == .hyphen { return false }
        let nextIsStarter = Abbreviations.sentenceStarters.contains(u, wordAfter(tokens, j))
        switch mark {
        case .strong:
            return true
        case .ellipsis:
            return nextFirst == .upper || nextFirst == .quote || nextFirst == .digit
        case .initialismDot:
            return nextIsStarter
        case .period:
            guard i > 0, !tokens[i].has(.spaceBefore) else { return true }
            let prev = tokens[i - 1]
            guard prev.kind == .word else { return true }
            if Abbreviations.titles.contains(u, prev) { return false }
            let nextIsNumber = nextFirst == .digit
            if Abbreviations.months.contains(u, prev) || Abbreviations.beforeNumbers.contains(u, prev) {
                // Only the capitalized forms abbreviate ("Oct.", "No."), not "no." or "art.".
                if t.cls(Int(prev.begin)) == .upper { return !nextIsNumber && (nextIsStarter || nextFirst == .quote) }
                return true
            }
            if prev.length == 1, t.cls(Int(prev.begin)) == .upper {
                // An initial ("John F. Kennedy") unless a sentence opener follows.
                return nextIsStarter
            }
            if Abbreviations.other.contains(u, prev) { return nextIsStarter }
            return true
        }
    }

    /// The first word at or after `j` (skipping opening quotes and brackets).
    private static func wordAfter(_ tokens: [Token], _ j: Int) -> Token {
        var k = j
        while k < tokens.count - 1, tokens[k].kind == .punctuation { k += 1 }
        return tokens[k]
    }
}
