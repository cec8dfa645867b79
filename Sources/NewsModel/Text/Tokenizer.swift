/// Splits text into tokens by scanning its scalars by hand.
///
/// Words keep inner hyphens (`Hong-kyun`, `anti-tank`, `mid-2024`), inner apostrophes
/// (`O'Brien`, `didn't`), decimals and digit groups (`2.5`, `1,500`), clock times (`10:30`) and
/// dotted initialisms with their final dot (`U.S.`, `a.m.`). The possessive `'s` is its own
/// token so that `South Korea's` yields the name `South Korea`. Tokens never cross a line.
enum Tokenizer {
    /// The tokens of a short text (names in word lists; articles go through `Segmenter`).
    static func tokenize(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { u in
            ScannedText(u).withSource(u, ascii: { tokenize($0) }, decoded: { tokenize($0) })
        }
    }

    static func tokenize<S: CharSource>(_ src: S) -> [Token] {
        var tokens: [Token] = []
        let n = src.count
        tokens.reserveCapacity(n / 5)
        var i = 0
        var spaceBefore = true
        var lineStart = true
        while i < n {
            let cls = src.cls(i)
            switch cls {
            case .space:
                spaceBefore = true
                i += 1
                continue
            case .newline:
                spaceBefore = true
                lineStart = true
                i += 1
                continue
            default:
                break
            }
            let start = i
            var kind: Token.Kind
            var flags = Token.Flags(rawValue: 0)
            var hash: UInt32?
            if cls.isAlphanumeric {
                let scanned = scanWord(src, from: i)
                i = scanned.end
                kind = .word
                flags = scanned.flags
                hash = scanned.hash
                if src.cls(start) == .digit, isNumberShape(src, start, i) { kind = .number }
            } else if cls == .apostrophe, i + 1 < n, isLetterS(src, i + 1),
                      i > 0, src.cls(i - 1).isAlphanumeric, i + 2 >= n || !src.cls(i + 2).isAlphanumeric {
                i += 2
                kind = .word
                flags = [.possessive, .hasLetter]
            } else if cls == .period, i + 2 < n, src.cls(i + 1) == .period, src.cls(i + 2) == .period {
                i += 3
                while i < n, src.cls(i) == .period { i += 1 }
                kind = .punctuation
            } else {
                i += 1
                switch cls {
                case .period, .comma, .colon, .terminal, .quote, .apostrophe, .openBracket, .closeBracket,
                     .hyphen, .dash, .ellipsis, .slash:
                    kind = .punctuation
                default:
                    kind = .symbol
                }
            }
            if spaceBefore { flags.insert(.spaceBefore) }
            if lineStart { flags.insert(.paragraphStart) }
            tokens.append(Token(begin: Int32(start), end: Int32(i), byteBegin: src.byteOffset(start),
                                byteEnd: src.byteOffset(i), kind: kind, flags: flags, wordHash: hash ?? wordHash(src, start, i)))
            spaceBefore = false
            lineStart = false
        }
        return tokens
    }

    /// Whether scalar `i` is "s" or "S" (the letter of a possessive).
    @inline(__always)
    private static func isLetterS<S: CharSource>(_ src: S, _ i: Int) -> Bool { src.value(i) | 0x20 == 0x73 }

    /// `WordTable.hash` of the UTF-8 bytes of scalars `start..<end`, encoded on the way.
    @inline(__always)
    private static func wordHash<S: CharSource>(_ src: S, _ start: Int, _ end: Int) -> UInt32 {
        var h = WordTable<Bool>.hashSeed
        for k in start..<end { h = continueHash(h, src.value(k)) }
        return h
    }

    /// `h` continued with the UTF-8 bytes of the scalar `v`.
    @inline(__always)
    private static func continueHash(_ h: UInt32, _ v: UInt32) -> UInt32 {
        typealias T = WordTable<Bool>
        if v < 0x80 { return T.hash(h, UInt8(v)) }
        if v < 0x800 { return T.hash(T.hash(h, UInt8(0xC0 | v >> 6)), UInt8(0x80 | v & 0x3F)) }
        if v < 0x10000 {
            return T.hash(T.hash(T.hash(h, UInt8(0xE0 | v >> 12)), UInt8(0x80 | v >> 6 & 0x3F)), UInt8(0x80 | v & 0x3F))
        }
        let h2 = T.hash(T.hash(h, UInt8(0xF0 | v >> 18)), UInt8(0x80 | v >> 12 & 0x3F))
        return T.hash(T.hash(h2, UInt8(0x80 | v >> 6 & 0x3F)), UInt8(0x80 | v & 0x3F))
    }

    private typealias WordScan = (end: Int, flags: Token.Flags, hash: UInt32)

    /// The end of the word starting at `start` (a letter or digit), its flags and its
    /// `wordHash`, in one pass: each scalar taken into the word is hashed and its class noted
    /// as it is passed.
    private static func scanWord<S: CharSource>(_ src: S, from start: Int) -> WordScan {
        let n = src.count
        // Which classes the word holds, one bit each, and the hash of its bytes so far.
        var seen: UInt32 = 0
        var h = WordTable<Bool>.hashSeed
        @inline(__always) func take(_ k: Int) {
            let v = src.value(k)
            // Non-ASCII scalars are rare: their bytes are hashed apart.
            h = v < 0x80 ? WordTable<Bool>.hash(h, UInt8(v)) : continueHash(h, v)
            seen |= 1 &<< UInt32(src.cls(k).rawValue)
        }
        @inline(__always) func done(_ end: Int) -> WordScan { (end, shape(seen, first: src.cls(start), last: src.cls(end - 1)), h) }
        take(start)
        var i = start + 1
        // Dot-separated segments: an initialism (U.S., a.m.) has two or more segments of one
        // letter each, and then keeps its final dot.
        var segmentLength = 1
        var segments = 1
        var singleLetters = src.cls(start).isLetter
        while i < n {
            let cls = src.cls(i)
            if cls.isAlphanumeric {
                segmentLength += 1
                if cls == .digit { singleLetters = false }
                take(i)
                i += 1
                continue
            }
            let next: CharClass = i + 1 < n ? src.cls(i + 1) : .space
            let prev = src.cls(i - 1)
            switch cls {
            case .apostrophe:
                // Possessive 's is split off; other inner apostrophes stay (O'Brien, didn't).
                guard next.isLetter, prev.isLetter else { return done(i) }
                if isLetterS(src, i + 1), i + 2 >= n || !src.cls(i + 2).isAlphanumeric { return done(i) }
                take(i)
                i += 1
            case .hyphen:
                guard next.isAlphanumeric, prev.isAlphanumeric else { return done(i) }
                take(i)
                i += 1
            case .period:
                if segmentLength != 1 { singleLetters = false }
                switch periodRole(src, at: i, prev: prev, next: next, singleLetters: singleLetters, segments: segments) {
                case .inside:
                    segments += 1
                    segmentLength = 0
                    take(i)
                    i += 1
                    continue
                case .endsInitialism:
                    take(i)
                    return done(i + 1)
                case .ends:
                    return done(i)
                }
            case .comma, .colon:
                // Digit groups, 1,500 and 13,000,000 (exactly three digits after each comma), and
                // clock times, 10:30 (two).
                let digits = cls == .comma ? 3 : 2
                guard prev == .digit, isDigitRun(src, i + 1, digits), i + digits + 1 >= n || src.cls(i + digits + 1) != .digit else {
                    return done(i)
                }
                for k in i...(i + digits) { take(k) }
                i += digits + 1
            case .slash:
                guard prev == .digit, next == .digit else { return done(i) }
                take(i)
                i += 1
            case .ampersand:
                // AT&T, S&P.
                guard prev == .upper, next == .upper else { return done(i) }
                take(i)
                i += 1
            default:
                return done(i)
            }
        }
        return done(i)
    }

    /// What a period met inside a word does.
    private enum PeriodRole {
        /// Joins the word: a decimal point (`2.5`), an initialism's inner dot (`U.S`), a dot
        /// before lower case or digits (`www.state.gov`, `v2.0`).
        case inside
        /// Ends an initialism of two or more single letters and is kept (`U.S.`, `a.m.`).
        case endsInitialism
        /// Ends the word, which does not keep it (`Kim.`, `2024.`).
        case ends
    }

    @inline(__always)
    private static func periodRole<S: CharSource>(_ src: S, at i: Int, prev: CharClass, next: CharClass, singleLetters: Bool,
                                                  segments: Int) -> PeriodRole {
        let decimal = prev == .digit && next == .digit
        let initial = singleLetters && next.isLetter && (i + 2 >= src.count || !src.cls(i + 2).isAlphanumeric)
        let lowerTail = next == .lower || (next == .digit && prev.isLetter)
        if decimal || initial || lowerTail { return .inside }
        return singleLetters && segments >= 2 ? .endsInitialism : .ends
    }

    private static func isDigitRun<S: CharSource>(_ src: S, _ start: Int, _ count: Int) -> Bool {
        guard start + count <= src.count else { return false }
        for k in start..<(start + count) where src.cls(k) != .digit { return false }
        return true
    }

    /// Digits with `,` `.` `:` `/` separators only.
    private static func isNumberShape<S: CharSource>(_ src: S, _ start: Int, _ end: Int) -> Bool {
        for k in start..<end {
            switch src.cls(k) {
            case .digit, .comma, .period, .colon, .slash: continue
            default: return false
            }
        }
        return true
    }

    /// A word's flags from the classes it holds (`seen`, one bit per class) and its first and
    /// last class.
    @inline(__always)
    private static func shape(_ seen: UInt32, first: CharClass, last: CharClass) -> Token.Flags {
        func holds(_ cls: CharClass) -> Bool { seen & (1 &<< UInt32(cls.rawValue)) != 0 }
        // Bits gathered in a plain integer: an option set built with `insert` from `[]` made an
        // empty array per word.
        var flags: UInt16 = 0
        if holds(.digit) { flags |= Token.Flags.hasDigit.rawValue }
        if holds(.hyphen) { flags |= Token.Flags.hasHyphen.rawValue }
        if holds(.period) { flags |= Token.Flags.hasPeriod.rawValue }
        let lowerLetters = holds(.lower) || holds(.otherLetter)
        if holds(.upper) || lowerLetters { flags |= Token.Flags.hasLetter.rawValue }
        if first == .upper { flags |= Token.Flags.capitalized.rawValue }
        if holds(.upper), !lowerLetters { flags |= Token.Flags.allUpper.rawValue }
        if !holds(.upper) { flags |= Token.Flags.noUpper.rawValue }
        if last == .period { flags |= Token.Flags.initialism.rawValue }
        return Token.Flags(rawValue: flags)
    }
}
