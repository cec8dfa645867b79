/// Read access to an article's tokens for the temporal patterns: the lexicon entry of
/// every token (looked up once), numbers, capitals and neighbours. Patterns never look
/// past `limit` (the end of the sentence).
struct TemporalScanner {
    let tokens: [Token]
    let words: [TemporalWord?]
    /// Per token, what `canStart` needs to know of it, worked out once (`Hint` bits).
    private var hints: [UInt8] = []
    let view: TokenView
    let map: ScalarMap
    var limit: Int

    init(view: TokenView, map: ScalarMap) {
        let tokens = view.tokens
        self.tokens = tokens
        self.view = view
        self.map = map
        limit = tokens.count
        // One pass: each token's lexicon entry and what `canStart` needs to know of it.
        let byLexeme = TemporalLexicon.standard.byLexeme, holidayStarts = TemporalLexicon.holidayStarts
        let lexemes = view.lexemes
        var words = [TemporalWord?](repeating: nil, count: tokens.count)
        var hints = [UInt8](repeating: 0, count: tokens.count)
        for (k, t) in tokens.enumerated() {
            let w = t.kind == .word ? byLexeme[Int(lexemes[k])] : nil
            if t.kind == .number || t.has(.hasDigit) || t.has(.hasHyphen) && TemporalScanner.isCompound(t, view) {
                hints[k] = Hint.time | Hint.starts
                if t.kind == .number, TemporalScanner.isCount(t, view) { hints[k] |= Hint.count }
            } else if let w {
                switch w {
                // "two", "million", "first": amounts and ranks, which need a time word to make a time
                // (capitalized ones may open a holiday: "Fourth of July").
                case .number, .ordinal: hints[k] = t.has(.capitalized) ? Hint.time : Hint.time | Hint.count | Hint.numberWord
                default: hints[k] = Hint.time | Hint.word
                }
                // (Function words and signals are classes of words.tsv: temporal-function, temporal-signal.)
                if case .keyword(let kw) = w, case let c = view.classes(k), c.contains(.temporalFunction) {
                    hints[k] = c.contains(.temporalSignal) ? Hint.function | Hint.signal : Hint.function
                    if kw == .half { hints[k] |= Hint.word }  // "the first half"
                }
            } else {
                // A holiday's first word ("Chinese", "New") is a time word only where the rest of
                // the holiday's name follows ("Chinese New Year", not "Chinese troops").
                let holiday = t.has(.capitalized) && view.contains(holidayStarts, token: t)
                    && TemporalScanner.holidayNamed(at: k, tokens, view)
                // Decades in words all end in "s" ("the sixties").
                let decade = t.kind == .word && view.has(k, .decade)
                var h: UInt8 = holiday || decade ? Hint.time | Hint.word : 0
                if t.kind != .word, h == 0 { h = Hint.ends }
                // Outside the lexicon, without digits and not a compound, a word can only open a
                // holiday ("Dec.14th" has digits, "U.S." opens nothing).
                if holiday, !t.has(.hasHyphen) { h |= Hint.starts }
                hints[k] = h
            }
            words[k] = w
        }
        self.words = words
        self.hints = hints
    }

    /// Whether the tokens from `k` on spell all of a holiday's name that starts with token `k`
    /// (the test `holiday` makes, here with the whole text as the limit).
    @inline(never)
    private static func holidayNamed(at k: Int, _ tokens: [Token], _ view: TokenView) -> Bool {
        guard let candidates = view.lookup(TemporalLexicon.holidayStarts, k) else { return false }
        return candidates.contains { c in
            let names = TemporalLexicon.holidays[c].0
            return names.indices.dropFirst().allSatisfy { o in
                k + o < tokens.count
                    && view.string(bytes: Int(tokens[k + o].byteBegin)..<Int(tokens[k + o].byteEnd)).lowercased() == names[o]
            }
        }
    }

    /// What a token tells `canStart`.
    private enum Hint {
        /// A number, a time word or a compound with one: a function word before it may lead
        /// into an expression.
        static let time: UInt8 = 1
        /// Not a word: a function word's look ahead stops here.
        static let ends: UInt8 = 2
        /// Not a time word, yet it may begin an expression on its own ("Dec.14th", a holiday,
        /// "mid-November").
        static let starts: UInt8 = 4
        /// A keyword that only leads into an expression ("the", "in", "last").
        static let function: UInt8 = 8
        /// A preposition or conjunction that relates a time to an event ("in", "since",
        /// "between"): TimeML leaves these signals out of the expression, so none begins one.
        static let signal: UInt8 = 16
        /// A time word proper (not a function word, a number or an ordinal): "years", "p.m.",
        /// "Monday".
        static let word: UInt8 = 32
        /// A number that can only count (see `isCount`; number words and ordinals too): it
        /// starts an expression only with a time word after it.
        static let count: UInt8 = 64
        /// A number word or an ordinal ("nineteen", "first").
        static let numberWord: UInt8 = 128
    }

    /// Digits with commas or decimal points only, and not four digits that may be a year
    /// (1000–2199): such a number is no date, year or clock time on its own ("1,500", "2.5").
    /// Kept out of line: numbers are few, and inlined it slowed the loop over every token.
    @inline(never)
    static func isCount(_ t: Token, _ view: TokenView) -> Bool {
        var value = 0, digits = 0
        for k in Int(t.byteBegin)..<Int(t.byteEnd) {
            let b = view.byte(k)
            if b == UInt8(ascii: ",") || b == UInt8(ascii: ".") { digits = 99; continue }
            guard b >= 48, b <= 57 else { return false }
            if digits < 9 { value = value * 10 + Int(b - 48) }
            digits += 1
        }
        return !(digits == 4 && (1000...2199).contains(value))
    }

    @inline(__always) func valid(_ i: Int) -> Bool { i >= 0 && i < limit }

    func kw(_ i: Int) -> TemporalKeyword? {
        guard valid(i), case .keyword(let k)? = words[i] else { return nil }
        return k
    }

    func isKW(_ i: Int, _ k: TemporalKeyword) -> Bool { kw(i) == k }

    // Token questions inside the sentence (`valid` keeps them before `limit`), answered by the view.

    @inline(__always)
    func isPunct(_ i: Int, _ c: Character) -> Bool { valid(i) && view.isPunct(i, c) }

    /// The token is a `.` touching the token before it (an abbreviation's dot).
    func isAttachedDot(_ i: Int) -> Bool { isPunct(i, ".") && !tokens[i].has(.spaceBefore) }

    func capitalized(_ i: Int) -> Bool { valid(i) && view.startsUpper(i) }

    /// Whether the word at `i` stands before a noun it modifies ("future cooperation"): the next
    /// token is a word that is no function word, temporal word or verb of saying.
    func modifiesNoun(_ i: Int) -> Bool {
        let k = i + 1
        guard valid(k), view.isWord(k), !view.startsUpper(k), words[k] == nil else { return false }
        return !view.has(k, [.descriptionStop, .clauseOpener, .speechVerb, .tensePast, .tensePresent, .tenseFuture])
    }

    /// Whether token `i` spells `word` (lower-case ASCII), compared on bytes.
    @inline(__always)
    func `is`(_ i: Int, _ word: StaticString) -> Bool {
        valid(i) && view.spells(i, word)
    }

    /// Looks a token up in any word table (no String made).
    @inline(__always)
    func lookup<V>(_ table: WordTable<V>, _ i: Int) -> V? {
        guard i >= 0, i < tokens.count else { return nil }
        return view.lookup(table, i)
    }

    /// Whether a token may begin a temporal expression: a time word, a number (a count only
    /// with a time word after it), or a function word ("the", "last") with a time word or
    /// number among the next four tokens.
    @inline(__always)
    func canStart(_ i: Int) -> Bool {
        let t = tokens[i]
        if hints[i] & Hint.count != 0 { return countMeetsTimeWord(i) }
        if t.kind == .number || t.has(.hasDigit) { return true }
        // Hyphenated words start compounds with a time word or number in them ("year-end",
        // "mid-November"); other words outside the lexicon start only holidays.
        guard words[i] != nil else { return hints[i] & Hint.starts != 0 }
        guard hints[i] & Hint.function != 0 else { return true }
        if hints[i] & Hint.signal != 0 { return false }
        var n = i + 1
        var others = 0
        while n < min(limit, i + 5) {
            // "the 1,500 people": a count leads nowhere without its time word.
            if hints[n] & Hint.count != 0 { return countMeetsTimeWord(n) }
            if hints[n] & Hint.time != 0 { return true }
            if hints[n] & Hint.ends != 0 { return false }
            // Function words and one other word may stand between ("the full year", "the
            // comparable quarter").
            if hints[n] & Hint.function == 0 {
                others += 1
                if others > 1 { return false }
            }
            n += 1
        }
        return false
    }

    /// A count is part of an expression only as its amount, with a time word a few tokens on:
    /// "3 1/2 years", "20 and a half trading days", "2 to 3 weeks", "5 p.m.", "the first half";
    /// or, for a number word, as the first word of a number ("nineteen ninety-six", "two
    /// thousand").
    private func countMeetsTimeWord(_ i: Int) -> Bool {
        if hints[i] & Hint.numberWord != 0, i + 1 < limit, hints[i + 1] & Hint.time != 0 { return true }
        var n = i + 1
        while n < min(limit, i + 7) {
            if hints[n] & Hint.word != 0 { return true }
            n += 1
        }
        return false
    }

    /// Lower-cased text of a token (cold path).
    func lower(_ i: Int) -> String { view.lower(i) }

    func text(_ i: Int) -> String { view.text(i) }

    /// A token of digits only: its value and digit count.
    @inline(__always)
    func digits(_ i: Int) -> (value: Int, count: Int)? {
        guard valid(i), tokens[i].kind == .number || tokens[i].kind == .word else { return nil }
        let b = Int(tokens[i].byteBegin), e = Int(tokens[i].byteEnd)
        guard e - b <= 9 else { return nil }
        var v = 0
        for k in b..<e {
            let c = view.byte(k)
            guard c >= 48 && c <= 57 else { return nil }
            v = v * 10 + Int(c - 48)
        }
        return (v, e - b)
    }

    /// A cardinal: digits (`3`, `1,500` excluded), a number word, or a compound (`twenty-five`).
    @inline(__always)
    func cardinal(_ i: Int) -> Int? {
        guard valid(i) else { return nil }
        if let d = digits(i) { return d.value }
        if case .number(let n)? = words[i] { return n }
        if tokens[i].has(.hasHyphen), !tokens[i].has(.hasDigit), let (a, b) = hyphenHalves(i),
           case .number(let tens)? = view.lookup(TemporalLexicon.table, bytes: a.lowerBound..<a.upperBound), tens >= 20, tens % 10 == 0,
           case .number(let one)? = view.lookup(TemporalLexicon.table, bytes: b.lowerBound..<b.upperBound), one < 10 {
            return tens + one
        }
        return nil
    }

    /// The byte ranges before the first hyphen and after the last one.
    func hyphenHalves(_ i: Int) -> (Range<Int>, Range<Int>)? { TemporalScanner.hyphenHalves(tokens[i], view) }

    static func hyphenHalves(_ t: Token, _ view: TokenView) -> (Range<Int>, Range<Int>)? {
        let b = Int(t.byteBegin), e = Int(t.byteEnd)
        var first = -1, last = -1
        for k in b..<e where view.byte(k) == UInt8(ascii: "-") {
            if first < 0 { first = k }
            last = k
        }
        guard first > b, last < e - 1 else { return nil }
        return (b..<first, (last + 1)..<e)
    }

    /// Whether a hyphenated token has a time word or a number at either end ("third-quarter",
    /// "mid-2024", "five-year", "twenty-five"): only those can be temporal.
    static func isCompound(_ t: Token, _ view: TokenView) -> Bool {
        if t.has(.hasDigit) { return true }
        guard let (a, b) = hyphenHalves(t, view) else { return false }
        let table = TemporalLexicon.table
        return view.lookup(table, bytes: a.lowerBound..<a.upperBound) != nil || view.lookup(table, bytes: b.lowerBound..<b.upperBound) != nil
    }

    /// Whether a token holds a byte (":" of a clock time, "/" of a date).
    func contains(_ i: Int, byte: UInt8) -> Bool {
        for k in Int(tokens[i].byteBegin)..<Int(tokens[i].byteEnd) where view.byte(k) == byte { return true }
        return false
    }

    static func numberWord(_ s: String) -> Int? {
        if case .number(let n)? = TemporalLexicon.table.lookup(s) { return n }
        return nil
    }

    /// An ordinal: `8th`, `1st`, `eighth`, `twenty-first`.
    @inline(__always)
    func ordinal(_ i: Int) -> Int? {
        guard valid(i) else { return nil }
        if case .ordinal(let n)? = words[i] { return n }
        let b = Int(tokens[i].byteBegin), e = Int(tokens[i].byteEnd)
        guard e - b >= 3, e - b <= 4 else { return nil }
        var v = 0, k = b
        while k < e, view.byte(k) >= 48, view.byte(k) <= 57 {
            v = v * 10 + Int(view.byte(k) - 48)
            k += 1
        }
        guard k > b, e - k == 2 else { return nil }
        return view.has(bytes: k..<e, .ordinalSuffix) ? v : nil
    }

    /// A month name or abbreviation that is capitalized (so "may" and "march" the verbs are not months).
    /// "May" and "March" also need a date-like neighbour, so "Theresa May" and a sentence
    /// opening with "March" are left alone.
    func month(_ i: Int) -> Int? {
        guard valid(i), case .month(let m)? = words[i], capitalized(i) else { return nil }
        if m == 5 || (m == 3 && view.byteLength(i) > 3) {
            let next = afterMonth(i)
            let dateAfter = dayOfMonth(next) != nil || year(next) != nil || isPunct(next, ",") && year(next + 1) != nil
            let cueBefore = i > 0 && (kw(i - 1) != nil && view.has(i - 1, .monthCue) || dayOfMonth(i - 1) != nil)
            guard dateAfter || cueBefore else { return nil }
        }
        // Three-letter abbreviations other than May need their dot or a number after them.
        let len = view.byteLength(i)
        if len <= 4, m != 5, !(len == 4 && (m == 6 || m == 7)), !isAttachedDot(i + 1), digits(i + 1) == nil,
           ordinal(i + 1) == nil { return nil }
        return m
    }

    /// After a month token: the index past its abbreviation dot, if any ("Oct." and "Sept." take
    /// their dot; a full name's dot ends the sentence).
    func afterMonth(_ i: Int) -> Int {
        guard isAttachedDot(i + 1), view.byteLength(i) <= 4 else { return i + 1 }
        return view.has(i, .shortMonthName) ? i + 1 : i + 2
    }

    @inline(__always)
    func weekday(_ i: Int) -> Int? {
        guard valid(i), case .weekday(let w)? = words[i], capitalized(i) else { return nil }
        return w
    }

    func unit(_ i: Int) -> (unit: TimeUnit, plural: Bool)? {
        guard valid(i), case .unit(let u, let p)? = words[i] else { return nil }
        return (u, p)
    }

    func season(_ i: Int) -> Season? {
        guard valid(i), case .season(let s)? = words[i] else { return nil }
        return s
    }

    func partOfDay(_ i: Int) -> PartOfDay? {
        guard valid(i), case .partOfDay(let p)? = words[i] else { return nil }
        return p
    }

    /// A day of the month: digits 1...31 or an ordinal up to 31.
    @inline(__always)
    func dayOfMonth(_ i: Int) -> Int? {
        if let d = digits(i), d.count <= 2, (1...31).contains(d.value) { return d.value }
        if let o = ordinal(i), (1...31).contains(o) { return o }
        return nil
    }

    /// A four-digit year in the range news talks about (1000–2199).
    @inline(__always)
    func year(_ i: Int) -> Int? {
        guard let d = digits(i), d.count == 4, (1000...2199).contains(d.value) else { return nil }
        return d.value
    }

    /// The parts of a hyphenated token, lower-cased (`third-quarter` → [third, quarter]).
    func parts(_ i: Int) -> [String] {
        let b = Int(tokens[i].byteBegin), e = Int(tokens[i].byteEnd)
        var out: [String] = []
        var start = b
        for k in b...e where k == e || view.byte(k) == UInt8(ascii: "-") {
            out.append(view.lowercased(bytes: start..<k))
            start = k + 1
        }
        return out
    }

    /// The scalar span of tokens `first...last`.
    func span(_ first: Int, _ last: Int) -> TextSpan {
        TextSpan(Int(tokens[first].begin), Int(tokens[last].end))
    }
}
