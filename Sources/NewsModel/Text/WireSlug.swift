/// Wire-service flags and editors' notes in a line of text: "URGENT Kinshasa next target…",
/// "ATTENTION - UPDATES, ADDS quotes ///", "=(PICTURE)=", "… White House meeting (pictures)
/// (ADDS details)". A flag is a word of class `wire-flag` (`words.tsv`) in capitals before the
/// headline, or the first word of a bracket; a line that ends in "///" is a note to editors.
/// Titles are made without them; the text itself is left as it was sent.
enum WireSlug {
    /// Whether a line may hold a flag at all (most do not): it starts with one ("URGENT",
    /// "URGENTYeltsin") or with a mark ("=(PICTURE)="), ends in "///", or has a bracket that
    /// opens with a flag word. Told on bytes, without making a string.
    static func mayHaveFlags(_ line: String, vocabulary: Vocabulary = .standard) -> Bool {
        var line = line
        return line.withUTF8 { u in
            guard let first = u.first else { return false }
            if first == UInt8(ascii: "=") || first == UInt8(ascii: "-") || startsWithFlag(u, vocabulary) { return true }
            if u.count >= 3, u[u.count - 1] == UInt8(ascii: "/"), u[u.count - 2] == UInt8(ascii: "/"), u[u.count - 3] == UInt8(ascii: "/") {
                return true
            }
            var i = 0
            while i < u.count {
                if u[i] == UInt8(ascii: "(") {
                    var e = i + 1
                    while e < u.count, (u[e] | 0x20) >= 97, (u[e] | 0x20) <= 122 { e += 1 }
                    if e > i + 1, vocabulary.has(u, i + 1, e, .wireFlag) { return true }
                }
                i += 1
            }
            return false
        }
    }

    /// Whether bytes start with a flag in capitals, alone ("URGENT ", "URGENT:") or glued to a
    /// capitalized word ("URGENTYeltsin").
    static func startsWithFlag(_ u: UnsafeBufferPointer<UInt8>, _ vocabulary: Vocabulary = .standard) -> Bool {
        var n = 0
        while n < u.count, u[n] >= 65, u[n] <= 90 { n += 1 }
        guard n >= 3 else { return false }
        if vocabulary.has(u, 0, n, .wireFlag) { return true }
        return n >= 5 && n < u.count && u[n] >= 97 && u[n] <= 122 && vocabulary.has(u, 0, n - 1, .wireFlag)
    }

    /// The line without its flags and notes, whitespace collapsed ("" when nothing is left).
    static func stripped(_ line: String, vocabulary: Vocabulary = .standard) -> String {
        var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
        guard !words.isEmpty else { return "" }
        // A note to editors, whole.
        if words[words.count - 1].hasSuffix("///") { return "" }
        dropLeadingFlags(&words, vocabulary)
        return withoutFlagBrackets(words, vocabulary).joined(separator: " ")
    }

    /// The line (whitespace collapsed) without the flags in capitals at its start ("URGENT
    /// German growth…" → "German growth…").
    static func withoutLeadingFlags(_ line: String, vocabulary: Vocabulary = .standard) -> String {
        var words = line.split(separator: " ").map(String.init)
        dropLeadingFlags(&words, vocabulary)
        return words.joined(separator: " ")
    }

    /// Flags in capitals at the start, with their separators ("URGENT:", "ATTENTION -"), and a
    /// flag glued to the headline's first word ("URGENTYeltsin to take…").
    private static func dropLeadingFlags(_ words: inout [String], _ vocabulary: Vocabulary) {
        while let first = words.first {
            let bare = first.trimmingPunctuation
            if bare.isEmpty || isCapitalFlag(bare, vocabulary) {
                words.removeFirst()
                continue
            }
            if let rest = gluedFlag(first, vocabulary) { words[0] = rest }
            break
        }
    }

    /// "(pictures)", "(ADDS details)", "=(PICTURE)=", "= (PICTURES) =": brackets that open with
    /// a flag word (in any case), with the "=" around them.
    private static func withoutFlagBrackets(_ words: [String], _ vocabulary: Vocabulary) -> [String] {
        var out: [String] = []
        var i = 0
        while i < words.count {
            let w = words[i]
            let opening = w.drop { $0 == "=" }
            if opening.hasPrefix("("), vocabulary.has(String(opening.dropFirst().prefix { $0.isLetter }), .wireFlag),
               let close = words[i...].firstIndex(where: { $0.contains(")") }) {
                i = close + 1
                while i < words.count, words[i].allSatisfy({ $0 == "=" }) { i += 1 }
                while let last = out.last, last.allSatisfy({ $0 == "=" }) { out.removeLast() }
                continue
            }
            out.append(w)
            i += 1
        }
        // Separators left at the end ("-", "=").
        while let last = out.last, last.trimmingPunctuation.isEmpty { out.removeLast() }
        return out
    }

    private static func isCapitalFlag(_ word: Substring, _ vocabulary: Vocabulary) -> Bool {
        word.count >= 3 && word.allSatisfy { $0.isUppercase } && vocabulary.has(String(word), .wireFlag)
    }

    /// The rest of a word that starts with a flag in capitals and goes on with a capitalized
    /// word ("URGENTYeltsin" → "Yeltsin"), else nil.
    private static func gluedFlag(_ word: String, _ vocabulary: Vocabulary) -> String? {
        let caps = word.prefix { $0.isUppercase }
        guard caps.count >= 4, caps.count < word.count else { return nil }
        // The last capital begins the next word.
        let flag = caps.dropLast()
        guard isCapitalFlag(flag, vocabulary), word.dropFirst(caps.count).first?.isLowercase == true else { return nil }
        return String(word.dropFirst(flag.count))
    }
}

private extension StringProtocol {
    /// Without the punctuation around it (":", "-", "=", "(", ")", ",", "/").
    var trimmingPunctuation: SubSequence {
        let isMark: (Character) -> Bool = { $0.isPunctuation || $0.isSymbol }
        let start = firstIndex { !isMark($0) } ?? endIndex
        let end = lastIndex { !isMark($0) }.map { index(after: $0) } ?? start
        return self[start..<Swift.max(start, end)]
    }
}
