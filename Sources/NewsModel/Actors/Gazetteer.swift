import Foundation

/// The word lists and name lists the actor extractor knows: countries with their names,
/// demonyms, capitals and seats of power; organizations; places; person titles; the head
/// nouns of organization and place names; given names; common words. Loaded once from the
/// package's resource files, then looked up by token bytes (no String per token).
///
/// A class with immutable storage: it is shared by every article and passed around a lot,
/// and a struct of this many arrays would pay for each copy.
public final class Gazetteer: Sendable {
    public struct Entry: Sendable, Hashable {
        public let id: String
        public let name: String
        public let kind: ActorKind
        public let affiliation: String?
        /// Organization type or place type from the resource file.
        public let type: String?
    }

    /// How a phrase names its entry.
    public enum Role: UInt8, Sendable {
        case name, alias, demonym, capital, seat
    }

    /// A name as tokens, stored flat: its tokens are `tokenStart ..< tokenStart + tokenCount` in
    /// the token tables (lower-cased bytes, and the case each token must have).
    struct Phrase: Sendable {
        let tokenStart: Int32
        let tokenCount: Int32
        let entry: Int32
        let role: Role
    }

    /// What the small word lists say about one word, looked up once per token.
    struct WordInfo: Sendable {
        struct Flags: OptionSet, Sendable {
            let rawValue: UInt16
            static let titleHead = Flags(rawValue: 1)
            static let titleModifier = Flags(rawValue: 2)
            static let orgHead = Flags(rawValue: 4)
            static let placeAfter = Flags(rawValue: 8)
            static let placeBefore = Flags(rawValue: 16)
            static let givenName = Flags(rawValue: 32)
            static let common = Flags(rawValue: 64)
            static let document = Flags(rawValue: 128)
            static let connector = Flags(rawValue: 256)
            static let group = Flags(rawValue: 512)
            static let notActor = Flags(rawValue: 1024)
            static let determiner = Flags(rawValue: 2048)
            static let stop = Flags(rawValue: 4096)
            static let installation = Flags(rawValue: 8192)
            /// The last word of a known person's name ("Putin").
            static let knownSurname = Flags(rawValue: 16384)
        }
        var flags: Flags
        /// For organization heads: the class of heads that may stand for each other.
        var orgClass: String?
    }

    /// The parts a gazetteer is made of (built by the loader, extended by user aliases).
    struct Storage {
        var entries: [Entry] = []
        var entryByID: [String: Int] = [:]
        var adjectives: [String: String] = [:]
        var phrases: [Phrase] = []
        /// Per phrase token: where its lower-cased bytes are in `tokenBytes`, and its case (0 any,
        /// 1 capitalized, 2 all capitals).
        var tokenOffsets: [Int32] = []
        var tokenLengths: [Int16] = []
        var tokenCaps: [UInt8] = []
        var tokenBytes: [UInt8] = []
        var words: [String: WordInfo] = [:]
        var merges: [String: String] = [:]
        var problems: [String] = []

        mutating func addEntry(_ e: Entry) -> Int32 {
            if let existing = entryByID[e.id] { return Int32(existing) }
            entries.append(e)
            entryByID[e.id] = entries.count - 1
            return Int32(entries.count - 1)
        }

        /// Adds a name as the tokenizer splits it.
        mutating func addPhrase(_ name: String, _ entry: Int32, _ role: Role) {
            // Tokens only: a name needs no sentences or paragraphs.
            let tokens = Tokenizer.tokenize(name)
            guard !tokens.isEmpty else { return }
            let bytes = Array(name.utf8)
            let start = Int32(tokenOffsets.count)
            for t in tokens {
                let raw = Array(bytes[Int(t.byteBegin)..<Int(t.byteEnd)])
                tokenOffsets.append(Int32(tokenBytes.count))
                tokenLengths.append(Int16(raw.count))
                tokenBytes.append(contentsOf: raw.map(WordTable<Int>.fold))
                let letters = raw.filter { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 }
                if letters.count >= 2, letters.allSatisfy({ $0 >= 65 && $0 <= 90 }) {
                    tokenCaps.append(2)
                } else if let f = raw.first, f >= 65, f <= 90 {
                    tokenCaps.append(1)
                } else {
                    tokenCaps.append(0)
                }
            }
            phrases.append(Phrase(tokenStart: start, tokenCount: Int32(tokens.count), entry: entry, role: role))
        }

        func firstTokenKey(_ p: Phrase) -> [UInt8] {
            let t = Int(p.tokenStart)
            let o = Int(tokenOffsets[t])
            return Array(tokenBytes[o..<(o + Int(tokenLengths[t]))])
        }
    }

    public let entries: [Entry]
    let entryKinds: [ActorKind]
    let phrases: [Phrase]
    let tokenOffsets: [Int32]
    let tokenLengths: [Int16]
    let tokenCaps: [UInt8]
    let tokenBytes: [UInt8]
    /// Phrases by their first token, longest first.
    let byFirst: WordTable<[Int32]>
    /// Every word a phrase is made of or a word list names, to its lexeme, in one lexicon with
    /// the vocabulary's words: the segmenter looks each token up once (`Segmenter.segment(_:lexicon:)`)
    /// and the finder then compares numbers.
    public let lexicon: Lexicon
    /// Per lexeme: its word-list flags (`WordInfo.Flags`).
    let lexemeFlags: [UInt16]
    /// Per lexeme: the phrases it starts (`firstPhrases[start..<start+count]`, longest first).
    let lexemeFirstStart: [Int32]
    let lexemeFirstCount: [Int32]
    let firstPhrases: [Int32]
    /// Beside `firstPhrases`: the lexeme of each phrase's second token (-1 for one-word
    /// phrases), so most candidates are turned away by the next token alone.
    let firstPhraseNext: [Int32]
    /// Per phrase token: its lexeme.
    let tokenLexemes: [Int32]
    let entryByID: [String: Int]
    let adjectives: [String: String]
    let words: WordTable<WordInfo>
    /// Names the user merged into another (`--aliases`), lower-cased alias → canonical name.
    public let merges: [String: String]
    /// Problems met reading the resource files (a missing file, a malformed line).
    public let problems: [String]
    private let storage: Storage

    /// The gazetteer from the package's resources, loaded on first use.
    public static let standard = Gazetteer(storage: Gazetteer.load(from: Gazetteer.resourceDirectory()))

    /// An empty gazetteer (tests of the rules alone).
    public static let empty = Gazetteer(storage: Storage())

    init(storage s: Storage) {
        storage = s
        entries = s.entries
        entryKinds = s.entries.map(\.kind)
        phrases = s.phrases
        tokenOffsets = s.tokenOffsets
        tokenLengths = s.tokenLengths
        tokenCaps = s.tokenCaps
        tokenBytes = s.tokenBytes
        entryByID = s.entryByID
        adjectives = s.adjectives
        words = WordTable(s.words.map { ($0.key, $0.value) })
        merges = s.merges
        problems = s.problems
        var byFirstToken: [[UInt8]: [Int32]] = [:]
        for (k, p) in s.phrases.enumerated() { byFirstToken[s.firstTokenKey(p), default: []].append(Int32(k)) }
        var pairs: [(String, [Int32])] = []
        for (first, list) in byFirstToken {
            // Longest first; among equals, file order (countries, organizations, places).
            let sorted = list.sorted { a, b in
                let pa = s.phrases[Int(a)], pb = s.phrases[Int(b)]
                return pa.tokenCount != pb.tokenCount ? pa.tokenCount > pb.tokenCount : a < b
            }
            pairs.append((String(decoding: first, as: UTF8.self), sorted))
        }
        byFirst = WordTable(pairs)

        // Lexemes: phrase tokens and word-list words, numbered once.
        var lexemeOf: [[UInt8]: Int32] = [:]
        var flags: [UInt16] = []
        func lexeme(_ key: [UInt8]) -> Int32 {
            if let id = lexemeOf[key] { return id }
            let id = Int32(flags.count)
            lexemeOf[key] = id
            flags.append(0)
            return id
        }
        var tokenLexemes: [Int32] = []
        tokenLexemes.reserveCapacity(s.tokenOffsets.count)
        for t in s.tokenOffsets.indices {
            let o = Int(s.tokenOffsets[t])
            tokenLexemes.append(lexeme(Array(s.tokenBytes[o..<(o + Int(s.tokenLengths[t]))])))
        }
        for (word, info) in s.words {
            let id = lexeme(Array(word.utf8).map(WordTable<Int>.fold))
            flags[Int(id)] |= info.flags.rawValue
        }
        var firstStart = [Int32](repeating: 0, count: flags.count)
        var firstCount = [Int32](repeating: 0, count: flags.count)
        var first: [Int32] = []
        for (key, list) in pairs {
            guard let id = lexemeOf[Array(key.utf8)] else { continue }
            firstStart[Int(id)] = Int32(first.count)
            firstCount[Int(id)] = Int32(list.count)
            first.append(contentsOf: list)
        }
        firstPhraseNext = first.map { p in
            let ph = s.phrases[Int(p)]
            return ph.tokenCount > 1 ? tokenLexemes[Int(ph.tokenStart) + 1] : -1
        }
        self.tokenLexemes = tokenLexemes
        lexemeFirstStart = firstStart
        lexemeFirstCount = firstCount
        firstPhrases = first
        lexemeFlags = flags
        lexicon = Lexicon(vocabulary: .standard,
                          list: lexemeOf.sorted { $0.value < $1.value }.map { (String(decoding: $0.key, as: UTF8.self), $0.value) })
    }

    /// Reads every list from a directory of resource files.
    static func load(from directory: URL?) -> Storage {
        var s = Storage()
        guard let directory else {
            s.problems.append("gazetteer resources not found: actors are found by their form only")
            return s
        }
        let surnames = addNames(directory, &s)
        addWordFlags(directory, surnames: surnames, &s)
        return s
    }

    /// The rows of a file with at least `columns` columns; each shorter one is a problem.
    private static func read(_ name: String, in directory: URL, columns: Int = 1, _ s: inout Storage) -> [[String]] {
        let url = directory.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            s.problems.append("\(name): missing")
            return []
        }
        var good: [[String]] = []
        for (line, cols) in Gazetteer.rows(data) {
            if cols.count >= columns && !cols[0].isEmpty { good.append(cols) } else {
                s.problems.append("\(name):\(line): expected \(columns) tab-separated column\(columns == 1 ? "" : "s"), the first not empty")
            }
        }
        return good
    }

    private static func list(_ text: String) -> [String] {
        text.split(separator: ";").map { String($0).trimmingASCIIWhitespace() }.filter { !$0.isEmpty }
    }

    /// The named entries: countries, organizations, people and places with their aliases;
    /// returns the people's surnames.
    private static func addNames(_ directory: URL, _ s: inout Storage) -> [String] {
        // Countries: id, name, aliases, demonyms, capitals, seats.
        for cols in read("countries.tsv", in: directory, columns: 2, &s) {
            let e = s.addEntry(Entry(id: cols[0], name: cols[1], kind: .country, affiliation: nil, type: nil))
            s.addPhrase(cols[1], e, .name)
            if cols.count > 2 { for a in list(cols[2]) { s.addPhrase(a, e, .alias) } }
            if cols.count > 3 {
                let demonyms = list(cols[3])
                if let first = demonyms.first { s.adjectives[cols[0]] = first }
                for d in demonyms { s.addPhrase(d, e, .demonym) }
            }
            if cols.count > 4 { for c in list(cols[4]) { s.addPhrase(c, e, .capital) } }
            if cols.count > 5 { for x in list(cols[5]) { s.addPhrase(x, e, .seat) } }
        }
        // Organizations: id, name, aliases, affiliation, type.
        for cols in read("organizations.tsv", in: directory, columns: 2, &s) {
            let aff = cols.count > 3 && !cols[3].isEmpty ? cols[3] : nil
            let e = s.addEntry(Entry(id: cols[0], name: cols[1], kind: .organization, affiliation: aff,
                                     type: cols.count > 4 ? cols[4] : nil))
            s.addPhrase(cols[1], e, .name)
            if cols.count > 2 { for a in list(cols[2]) { s.addPhrase(a, e, .alias) } }
        }
        var surnames: [String] = []
        // People: id, name, aliases, country, role. Only full names: a surname alone is left to
        // coreference inside the article.
        for cols in read("people.tsv", in: directory, columns: 2, &s) {
            let country = cols.count > 3 && !cols[3].isEmpty ? cols[3] : nil
            let e = s.addEntry(Entry(id: cols[0], name: cols[1], kind: .person, affiliation: country,
                                     type: cols.count > 4 ? cols[4] : nil))
            s.addPhrase(cols[1], e, .name)
            if cols.count > 2 { for a in list(cols[2]) { s.addPhrase(a, e, .alias) } }
            surnames.append(contentsOf: ([cols[1]] + (cols.count > 2 ? list(cols[2]) : [])).compactMap { $0.split(separator: " ").last.map(String.init) })
        }
        // Places: id, name, aliases, country, type.
        for cols in read("places.tsv", in: directory, columns: 2, &s) {
            let country = cols.count > 3 && !cols[3].isEmpty ? cols[3] : nil
            let e = s.addEntry(Entry(id: cols[0], name: cols[1], kind: .place, affiliation: country,
                                     type: cols.count > 4 ? cols[4] : nil))
            s.addPhrase(cols[1], e, .name)
            if cols.count > 2 { for a in list(cols[2]) { s.addPhrase(a, e, .alias) } }
        }
        return surnames
    }

    /// The flags of single words: titles, organization and place keywords, given names,
    /// common words, the vocabulary's classes the finder reads per token, known surnames.
    private static func addWordFlags(_ directory: URL, surnames: [String], _ s: inout Storage) {
        func mark(_ w: String, _ f: WordInfo.Flags, orgClass: String? = nil) {
            var i = s.words[w.lowercased()] ?? WordInfo(flags: [], orgClass: nil)
            i.flags.insert(f)
            if let orgClass { i.orgClass = orgClass }
            s.words[w.lowercased()] = i
        }
        for cols in read("titles.txt", in: directory, columns: 2, &s) {
            let flag: WordInfo.Flags = cols[1] == "modifier" ? .titleModifier : .titleHead
            mark(cols[0], flag)
            // The tokenizer splits "Gen." into "Gen" and ".": the bare form is a title too.
            if cols[0].hasSuffix("."), cols[0].count > 2 { mark(String(cols[0].dropLast()), flag) }
        }
        for cols in read("org-keywords.txt", in: directory, columns: 2, &s) { mark(cols[0], .orgHead, orgClass: cols[1]) }
        for cols in read("place-keywords.txt", in: directory, columns: 2, &s) {
            mark(cols[0], cols[1] == "before" ? .placeBefore : .placeAfter)
        }
        for cols in read("given-names.txt", in: directory, &s) { mark(cols[0], .givenName) }
        for cols in read("common-words.txt", in: directory, &s) { mark(cols[0], .common) }
        let vocabulary = Vocabulary.standard
        for (c, flag) in [(WordClass.documentWord, WordInfo.Flags.document), (.connector, .connector), (.groupNoun, .group),
                          (.notActor, .notActor), (.determiner, .determiner), (.descriptionStop, .stop),
                          (.installation, .installation)] {
            for w in vocabulary.words(c) { mark(w, flag) }
        }
        for w in surnames where w.count > 2 { mark(w, .knownSurname) }
    }

    /// The rows of a tab-separated resource file: blank lines and `#` comments skipped, each
    /// column trimmed. Read as bytes (the files are large and read at every start).
    static func rows(_ data: Data) -> [(line: Int, cols: [String])] {
        var rows: [(line: Int, cols: [String])] = []
        var lineNumber = 0
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let u = raw.bindMemory(to: UInt8.self)
            let n = u.count
            var lineStart = 0
            while lineStart < n {
                var lineEnd = lineStart
                while lineEnd < n, u[lineEnd] != 10 { lineEnd += 1 }
                lineNumber += 1
                var a = lineStart, b = lineEnd
                while a < b, isASCIISpace(u[a]) { a += 1 }
                while b > a, isASCIISpace(u[b - 1]) { b -= 1 }
                if a < b, u[a] != UInt8(ascii: "#") {
                    var cols: [String] = []
                    var c = lineStart
                    while true {
                        var e = c
                        while e < lineEnd, u[e] != 9 { e += 1 }
                        var x = c, y = e
                        while x < y, isASCIISpace(u[x]) { x += 1 }
                        while y > x, isASCIISpace(u[y - 1]) { y -= 1 }
                        cols.append(String(decoding: UnsafeBufferPointer(rebasing: u[x..<y]), as: UTF8.self))
                        if e >= lineEnd { break }
                        c = e + 1
                    }
                    rows.append((lineNumber, cols))
                }
                lineStart = lineEnd + 1
            }
        }
        return rows
    }

    /// The directory of the resource files (found once: every resource reader asks, and each
    /// search of the bundle costs more than reading a small file).
    static func resourceDirectory() -> URL? { foundResourceDirectory }

    private static let foundResourceDirectory: URL? = {
        if let env = ProcessInfo.processInfo.environment["NEWSDASH_RESOURCES"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        if let url = Bundle.module.url(forResource: "Resources", withExtension: nil) { return url }
        return Bundle.module.resourceURL?.appendingPathComponent("Resources")
    }()

    // MARK: lookups

    public func entry(id: String) -> Entry? { entryByID[id].map { entries[$0] } }

    func entryIndex(_ id: String) -> Int32? { entryByID[id].map { Int32($0) } }

    /// A country's adjective (its first demonym: "North Korean"), if the gazetteer has one.
    public func adjective(of countryID: String) -> String? { adjectives[countryID] }

    /// The entries a name denotes in the gazetteer (its canonical name or an alias), by exact tokens.
    public func entries(named name: String) -> [(Entry, Role)] {
        var probe = Storage()
        probe.addPhrase(name, 0, .name)
        guard let p = probe.phrases.first, let list = byFirst.lookup(String(decoding: probe.firstTokenKey(p), as: UTF8.self)) else {
            return []
        }
        return list.compactMap { k in
            let q = phrases[Int(k)]
            guard q.tokenCount == p.tokenCount else { return nil }
            for j in 0..<Int(q.tokenCount) {
                let a = Int(tokenOffsets[Int(q.tokenStart) + j]), al = Int(tokenLengths[Int(q.tokenStart) + j])
                let b = Int(probe.tokenOffsets[Int(p.tokenStart) + j]), bl = Int(probe.tokenLengths[Int(p.tokenStart) + j])
                guard al == bl, tokenBytes[a..<(a + al)].elementsEqual(probe.tokenBytes[b..<(b + bl)]) else { return nil }
            }
            return (entries[Int(q.entry)], q.role)
        }
    }


    func phrase(_ k: Int32) -> Phrase { phrases[Int(k)] }

    /// Whether phrase `p` matches the tokens starting at `k`, given each token's lexeme (-1
    /// for none): same words, case rules kept, no line break inside.
    @inline(__always)
    func matches(_ p: Phrase, tokens: [Token], lexemes: [Int32], at k: Int, limit: Int) -> Bool {
        let n = Int(p.tokenCount)
        guard k + n <= limit else { return false }
        let base = Int(p.tokenStart)
        for j in 0..<n where lexemes[k + j] != tokenLexemes[base + j] { return false }
        for j in 0..<n {
            let t = tokens[k + j]
            if j > 0, t.has(.paragraphStart) { return false }
            switch tokenCaps[base + j] {
            case 1: if !(t.has(.capitalized) || t.has(.allUpper)) { return false }
            case 2: if !t.has(.allUpper) { return false }
            default: break
            }
        }
        return true
    }

    /// The case rule of a phrase's first token (0 any case: "al-Qaeda").
    func firstCaps(_ p: Phrase) -> UInt8 { tokenCaps[Int(p.tokenStart)] }

    // MARK: user aliases

    /// A copy with the user's aliases: `alias = canonical name`. An alias of a known entry
    /// becomes one of its names; any other pair merges actors of those names.
    public func adding(_ aliases: [AliasFile.Alias]) -> Gazetteer {
        var s = storage
        for a in aliases {
            if let (target, _) = entries(named: a.canonical).first, let index = entryByID[target.id] {
                s.addPhrase(a.alias, Int32(index), .alias)
            }
            s.merges[a.alias.lowercased()] = a.canonical
        }
        return Gazetteer(storage: s)
    }
}
