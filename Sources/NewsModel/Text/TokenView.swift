/// The extractors' read access to a document's tokens and the UTF-8 bytes under them: the
/// one place outside the tokenizer and the scanners of Text/ that reads raw bytes. Every
/// question asked of a token (does it spell a word, is it this punctuation mark, a quote, a
/// name-like word) has one definition here. A view holds a pointer into its document's text
/// and is valid only inside `Document.withView`.
struct TokenView {
    let tokens: [Token]
    /// Each token's lexeme, and the classes of each lexeme (from the document's vocabulary).
    let lexemes: [UInt16]
    private let classes: [WordClass]
    private let u: UnsafeBufferPointer<UInt8>

    init(tokens: [Token], lexemes: [UInt16], classes: [WordClass], bytes: UnsafeBufferPointer<UInt8>) {
        self.tokens = tokens
        self.lexemes = lexemes
        self.classes = classes
        u = bytes
    }

    var count: Int { tokens.count }
    var byteCount: Int { u.count }

    @inline(__always) func valid(_ k: Int) -> Bool { k >= 0 && k < tokens.count }

    /// The token at `k`, or nil outside the document.
    @inline(__always) func token(at k: Int) -> Token? { valid(k) ? tokens[k] : nil }

    @inline(__always) subscript(k: Int) -> Token { tokens[k] }

    // MARK: bytes

    /// The byte at offset `i` of the text.
    @inline(__always) func byte(_ i: Int) -> UInt8 { u[i] }

    @inline(__always) func firstByte(_ k: Int) -> UInt8 { u[Int(tokens[k].byteBegin)] }

    @inline(__always) func lastByte(_ k: Int) -> UInt8 { u[Int(tokens[k].byteEnd) - 1] }

    @inline(__always) func byteLength(_ k: Int) -> Int { Int(tokens[k].byteEnd - tokens[k].byteBegin) }

    /// The text of bytes `r`.
    func string(bytes r: Range<Int>) -> String { String(decoding: u[r], as: UTF8.self) }

    /// The text of bytes `r`, lower-cased.
    func lowercased(bytes r: Range<Int>) -> String { ASCIIText.lowercased(UnsafeBufferPointer(rebasing: u[r])) }

    /// Runs `body` on the bytes of the whole text (for the byte scanners of Text/ and the
    /// number reader).
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R { body(u) }

    // MARK: words

    /// The text of token `k`.
    func text(_ k: Int) -> String { String(decoding: u[Int(tokens[k].byteBegin)..<Int(tokens[k].byteEnd)], as: UTF8.self) }

    /// The text from the first token of `r` to the end of its last (empty for no tokens).
    func text(_ r: Range<Int>) -> String {
        guard let first = r.first else { return "" }
        return String(decoding: u[Int(tokens[first].byteBegin)..<Int(tokens[r.upperBound - 1].byteEnd)], as: UTF8.self)
    }

    /// Token `k` lower-cased.
    func lower(_ k: Int) -> String {
        ASCIIText.lowercased(UnsafeBufferPointer(rebasing: u[Int(tokens[k].byteBegin)..<Int(tokens[k].byteEnd)]))
    }

    @inline(__always) func isWord(_ k: Int) -> Bool { valid(k) && tokens[k].kind == .word }

    /// Whether token `k` spells `word` (lower-case ASCII), in any case, compared on bytes.
    @inline(__always)
    func spells(_ k: Int, _ word: StaticString) -> Bool {
        valid(k) && ASCIIText.spells(u, Int(tokens[k].byteBegin), Int(tokens[k].byteEnd), word)
    }

    /// The value of token `k` in a word table (nil outside the document or the table).
    @inline(__always)
    func lookup<V>(_ table: WordTable<V>, _ k: Int) -> V? {
        valid(k) ? table.lookup(u, tokens[k]) : nil
    }

    /// The value of bytes `r` in a word table.
    @inline(__always)
    func lookup<V>(_ table: WordTable<V>, bytes r: Range<Int>) -> V? { table.lookup(u, r.lowerBound, r.upperBound) }

    /// The value of a token (by value, for loops over `tokens`) in a word table.
    @inline(__always)
    func lookup<V>(_ table: WordTable<V>, token t: Token) -> V? { table.lookup(u, t) }

    /// Whether a token is one of the words of `set`.
    @inline(__always)
    func contains<V>(_ set: WordTable<V>, token t: Token) -> Bool { set.contains(u, t) }

    /// Whether bytes `r` are one of the words of `set`.
    @inline(__always)
    func contains<V>(_ set: WordTable<V>, bytes r: Range<Int>) -> Bool { set.contains(u, r.lowerBound, r.upperBound) }

    /// Whether bytes `start..<end` pass a word-shape prefilter (may be one of its words).
    @inline(__always)
    func mayContain(_ filter: WordShapeFilter, _ start: Int, _ end: Int) -> Bool { filter.mayContain(u, start, end) }

    /// The digits of a number at bytes `start..<end` (see `NumberReader.digits`).
    @inline(__always)
    func digits(_ start: Int, _ end: Int) -> NumberReader.Digits? { NumberReader.digits(u, start, end) }

    /// Whether token `k` ends in "ly" in either case (an adverb's shape, tested on bytes).
    func endsInLy(_ k: Int) -> Bool {
        let e = Int(tokens[k].byteEnd)
        return e - Int(tokens[k].byteBegin) >= 2 && u[e - 2] | 0x20 == UInt8(ascii: "l") && u[e - 1] | 0x20 == UInt8(ascii: "y")
    }

    /// Whether token `k` is a word of class `c` in the vocabulary (`words.tsv`): a bit of its
    /// lexeme's classes.
    @inline(__always)
    func has(_ k: Int, _ c: WordClass) -> Bool {
        valid(k) && classes[Int(lexemes[k])].rawValue & c.rawValue != 0
    }

    /// Whether bytes `r` (a part of a token: "plus" of "20-plus") are a word of class `c`.
    func has(bytes r: Range<Int>, _ c: WordClass) -> Bool { Vocabulary.standard.has(u, r.lowerBound, r.upperBound, c) }

    /// The classes of token `k` (none outside the document).
    @inline(__always)
    func classes(_ k: Int) -> WordClass { valid(k) ? classes[Int(lexemes[k])] : [] }

    /// The lexeme of token `k` (0 outside the document or the vocabulary).
    @inline(__always)
    func lexeme(_ k: Int) -> UInt16 { valid(k) ? lexemes[k] : 0 }

    /// Whether token `k` is one of the words of `set`.
    @inline(__always)
    func isOne<V>(of set: WordTable<V>, _ k: Int) -> Bool { valid(k) && set.contains(u, tokens[k]) }

    // MARK: punctuation

    /// Whether token `k` is the one-byte punctuation mark `c`.
    @inline(__always)
    func isPunct(_ k: Int, _ c: UInt8) -> Bool {
        valid(k) && tokens[k].kind == .punctuation && tokens[k].byteEnd - tokens[k].byteBegin == 1 && u[Int(tokens[k].byteBegin)] == c
    }

    /// (The character's byte is worked out last: most tokens are not one-byte punctuation.)
    @inline(__always)
    func isPunct(_ k: Int, _ c: Character) -> Bool {
        guard valid(k), tokens[k].kind == .punctuation, tokens[k].byteEnd - tokens[k].byteBegin == 1 else { return false }
        return u[Int(tokens[k].byteBegin)] == c.asciiValue!
    }

    /// An opening or closing quote mark (straight `"` or curly `“ ”`).
    func isQuote(_ k: Int) -> Bool {
        guard valid(k), tokens[k].kind == .punctuation else { return false }
        let b = u[Int(tokens[k].byteBegin)]
        if b == UInt8(ascii: "\"") { return true }
        return b == 0xE2 && tokens[k].byteEnd - tokens[k].byteBegin == 3 && u[Int(tokens[k].byteBegin) + 1] == 0x80
            && (0x9C...0x9D).contains(u[Int(tokens[k].byteBegin) + 2])
    }

    // MARK: capitals and sentence starts

    /// A word that starts with a capital letter (the tokenizer's flag).
    @inline(__always) func startsUpper(_ k: Int) -> Bool { valid(k) && tokens[k].has(.capitalized) }

    /// A capitalized token that opens its sentence (after quotes and brackets, or after a
    /// colon), where its capital says nothing about it being a name. "Police said …": `Police`
    /// opens its sentence; "… said Police Chief Li": it does not.
    @inline(__always)
    /// Whether tokens `r` end in "///", the mark of a note to editors on a wire ("ATTENTION -
    /// ADDS quotes ///"), told on bytes.
    func endsInEditorsNote(_ r: Range<Int>) -> Bool {
        guard let last = r.last, valid(last) else { return false }
        let e = Int(tokens[last].byteEnd)
        return e - 3 >= Int(tokens[r.lowerBound].byteBegin) && u[e - 1] == UInt8(ascii: "/") && u[e - 2] == UInt8(ascii: "/")
            && u[e - 3] == UInt8(ascii: "/")
    }

    func opensSentence(_ k: Int, sentenceStart: Int) -> Bool {
        var p = k - 1
        while p >= sentenceStart, tokens[p].kind == .punctuation, isQuote(p) || isPunct(p, UInt8(ascii: "(")) { p -= 1 }
        return p < sentenceStart || isPunct(p, UInt8(ascii: ":"))
    }

    /// The first word of a paragraph, or one after a sentence's end mark (`.` `?` `!` `:`), or
    /// after an opening quote or bracket that is itself at such a place or after a space —
    /// what the temporal rules take as "sentence-initial" ("This Week" mid-sentence is a
    /// title; "This week, …" opening a sentence is a date).
    func followsSentenceBreak(_ k: Int) -> Bool {
        if tokens[k].has(.paragraphStart) || k == 0 { return true }
        let p = k - 1
        if tokens[p].kind == .punctuation {
            let c = firstByte(p)
            if c == UInt8(ascii: ".") || c == UInt8(ascii: "?") || c == UInt8(ascii: "!") || c == UInt8(ascii: ":") { return true }
            // (The class of the first byte read as a scalar: ASCII quote marks.)
            if CharClass.of(Unicode.Scalar(c)) == .quote || c == UInt8(ascii: "\"") || c == UInt8(ascii: "(") {
                return p == 0 || followsSentenceBreak(p) || tokens[p].has(.spaceBefore)
            }
        }
        return false
    }

    /// A word that may be (part of) a name: it starts with a capital letter — unless it is a
    /// capitalized hyphenated adjective — or is written in capitals (acronyms, `U.S.`), or is a
    /// short lower-case particle hyphened to a capital ("al-Abadi", "el-Sisi"). "Putin", "NATO"
    /// and "al-Abadi" are name-like; "ISIL-held" and "police" are not.
    @inline(__always)
    func isNameLike(_ k: Int) -> Bool {
        guard isWord(k) else { return false }
        let t = tokens[k]
        if t.has(.capitalized) { return !lowerTail(k) }
        if t.has(.allUpper) && t.has(.hasLetter) { return true }
        if t.has(.hasHyphen) {
            let b = Int(t.byteBegin), e = Int(t.byteEnd)
            var h = b
            while h < e, u[h] != UInt8(ascii: "-") { h += 1 }
            return h - b <= 3 && h + 1 < e && u[h + 1] >= 65 && u[h + 1] <= 90
        }
        return false
    }

    /// A capitalized hyphenated adjective ("ISIL-held", "Kurdish-led", "U.S.-backed", "Iran-style"):
    /// the part after the last hyphen is a participle or one of a few adjective-making words.
    /// Korean given names ("Hong-kyun", "Jong-un") have lower-case tails too, and stay names.
    @inline(__always)
    func lowerTail(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.has(.hasHyphen) else { return false }
        let b = Int(t.byteBegin), e = Int(t.byteEnd)
        var h = e - 1
        while h > b, u[h] != UInt8(ascii: "-") { h -= 1 }
        guard h > b, h + 1 < e, u[h + 1] >= 97, u[h + 1] <= 122 else { return false }
        let tail = String(decoding: u[(h + 1)..<e], as: UTF8.self)
        // (Lower case only, as the words are written.)
        return tail.hasSuffix("ed") || !tail.utf8.contains { $0 >= 65 && $0 <= 90 } && Vocabulary.standard.has(tail, .adjectiveTail)
    }
}
