import Foundation

/// The word lists and name lists the actor extractor knows: countries with their names,
/// demonyms, capitals and seats of power; organizations; places; person titles; the head
/// nouns of organization and place names; given names; common words. Loaded once from the
/// package's resource files, then looked up by token bytes (no String per token).
public struct Gazetteer: Sendable {
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

    /// A name as tokens: lower-cased bytes per token and the case each token must have.
    struct Phrase: Sendable {
        let tokens: [[UInt8]]
        /// Per token: 0 any case, 1 capitalized, 2 all capitals.
        let caps: [UInt8]
        let entry: Int32
        let role: Role
    }

    enum TitleWord: Sendable { case head, modifier }
    enum PlaceWord: Sendable { case after, before }

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
        }
        var flags: Flags
        /// For organization heads: the class of heads that may stand for each other.
        var orgClass: String?
    }

    public private(set) var entries: [Entry] = []
    private(set) var phrases: [Phrase] = []
    /// Phrases by their first token, longest first.
    private(set) var byFirst = WordTable<[Int32]>([])
    private(set) var entryByID: [String: Int] = [:]
    private(set) var adjectives: [String: String] = [:]
    private(set) var titles = WordTable<TitleWord>([])
    private(set) var orgHeads = WordTable<String>([])
    private(set) var placeWords = WordTable<PlaceWord>([])
    private(set) var givenNames = WordTable<Bool>([])
    private(set) var commonWords = WordTable<Bool>([])
    private(set) var words = WordTable<WordInfo>([])
    /// Names the user merged into another (`--aliases`), lower-cased alias → canonical name.
    public private(set) var merges: [String: String] = [:]
    /// Problems met reading the resource files (a missing file, a malformed line).
    public private(set) var problems: [String] = []

    /// The gazetteer from the package's resources, loaded on first use.
    public static let standard: Gazetteer = Gazetteer(resources: Gazetteer.resourceDirectory())

    /// An empty gazetteer (tests of the rules alone).
    public static let empty = Gazetteer()

    private init() {}

    /// Loads every list from a directory of resource files.
    init(resources directory: URL?) {
        guard let directory else {
            problems.append("gazetteer resources not found: actors are found by their form only")
            return
        }
        var phraseList: [Phrase] = []
        func read(_ name: String) -> [[String]] {
            let url = directory.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                problems.append("\(name): missing")
                return []
            }
            var rows: [[String]] = []
            for (n, line) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let trimmed = String(line).trimmingASCIIWhitespace()
                if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
                let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                    String($0).trimmingASCIIWhitespace()
                }
                if cols.isEmpty { problems.append("\(name):\(n + 1): empty line"); continue }
                rows.append(cols)
            }
            return rows
        }
        func list(_ s: String) -> [String] { s.split(separator: ";").map { String($0).trimmingASCIIWhitespace() }.filter { !$0.isEmpty } }

        // Countries: id, name, aliases, demonyms, capitals, seats.
        for cols in read("countries.tsv") where cols.count >= 2 {
            let e = addEntry(Entry(id: cols[0], name: cols[1], kind: .country, affiliation: nil, type: nil))
            phraseList.append(contentsOf: Gazetteer.phrases(cols[1], e, .name))
            if cols.count > 2 { for a in list(cols[2]) { phraseList.append(contentsOf: Gazetteer.phrases(a, e, .alias)) } }
            if cols.count > 3 {
                let demonyms = list(cols[3])
                if let first = demonyms.first { adjectives[cols[0]] = first }
                for d in demonyms { phraseList.append(contentsOf: Gazetteer.phrases(d, e, .demonym)) }
            }
            if cols.count > 4 { for c in list(cols[4]) { phraseList.append(contentsOf: Gazetteer.phrases(c, e, .capital)) } }
            if cols.count > 5 { for s in list(cols[5]) { phraseList.append(contentsOf: Gazetteer.phrases(s, e, .seat)) } }
        }
        // Organizations: id, name, aliases, affiliation, type.
        for cols in read("organizations.tsv") where cols.count >= 2 {
            let aff = cols.count > 3 && !cols[3].isEmpty ? cols[3] : nil
            let e = addEntry(Entry(id: cols[0], name: cols[1], kind: .organization, affiliation: aff,
                                   type: cols.count > 4 ? cols[4] : nil))
            phraseList.append(contentsOf: Gazetteer.phrases(cols[1], e, .name))
            if cols.count > 2 { for a in list(cols[2]) { phraseList.append(contentsOf: Gazetteer.phrases(a, e, .alias)) } }
        }
        // Places: id, name, aliases, country, type.
        for cols in read("places.tsv") where cols.count >= 2 {
            let country = cols.count > 3 && !cols[3].isEmpty ? cols[3] : nil
            let e = addEntry(Entry(id: cols[0], name: cols[1], kind: .place, affiliation: country,
                                   type: cols.count > 4 ? cols[4] : nil))
            phraseList.append(contentsOf: Gazetteer.phrases(cols[1], e, .name))
            if cols.count > 2 { for a in list(cols[2]) { phraseList.append(contentsOf: Gazetteer.phrases(a, e, .alias)) } }
        }
        titles = WordTable(read("titles.txt").compactMap { cols in
            cols.count >= 2 ? (cols[0], cols[1] == "modifier" ? TitleWord.modifier : .head) : nil
        })
        orgHeads = WordTable(read("org-keywords.txt").compactMap { $0.count >= 2 ? ($0[0], $0[1]) : nil })
        placeWords = WordTable(read("place-keywords.txt").compactMap { cols in
            cols.count >= 2 ? (cols[0], cols[1] == "before" ? PlaceWord.before : .after) : nil
        })
        givenNames = WordTable(read("given-names.txt").map { ($0[0], true) })
        commonWords = WordTable(read("common-words.txt").map { ($0[0].lowercased(), true) })
        var info: [String: WordInfo] = [:]
        func mark(_ w: String, _ f: WordInfo.Flags, orgClass: String? = nil) {
            var i = info[w.lowercased()] ?? WordInfo(flags: [], orgClass: nil)
            i.flags.insert(f)
            if let orgClass { i.orgClass = orgClass }
            info[w.lowercased()] = i
        }
        for cols in read("titles.txt") where cols.count >= 2 {
            let flag: WordInfo.Flags = cols[1] == "modifier" ? .titleModifier : .titleHead
            mark(cols[0], flag)
            // The tokenizer splits "Gen." into "Gen" and ".": the bare form is a title too.
            if cols[0].hasSuffix("."), cols[0].count > 2 { mark(String(cols[0].dropLast()), flag) }
        }
        for cols in read("org-keywords.txt") where cols.count >= 2 { mark(cols[0], .orgHead, orgClass: cols[1]) }
        for cols in read("place-keywords.txt") where cols.count >= 2 { mark(cols[0], cols[1] == "before" ? .placeBefore : .placeAfter) }
        for cols in read("given-names.txt") { mark(cols[0], .givenName) }
        for cols in read("common-words.txt") { mark(cols[0], .common) }
        for w in Gazetteer.documentWords { mark(w, .document) }
        for w in Gazetteer.connectors { mark(w, .connector) }
        for w in Gazetteer.groupNouns { mark(w, .group) }
        for w in Gazetteer.notActors { mark(w, .notActor) }
        for w in ["the", "a", "an", "its", "this"] { mark(w, .determiner) }
        for w in MentionFinder.descriptionStops { mark(w, .stop) }
        words = WordTable(info.map { ($0.key, $0.value) })
        phrases = phraseList
        rebuildIndex()
    }

    private mutating func addEntry(_ e: Entry) -> Int32 {
        if let existing = entryByID[e.id] { return Int32(existing) }
        entries.append(e)
        entryByID[e.id] = entries.count - 1
        return Int32(entries.count - 1)
    }

    private mutating func rebuildIndex() {
        var byFirstToken: [[UInt8]: [Int32]] = [:]
        for (k, p) in phrases.enumerated() { byFirstToken[p.tokens[0], default: []].append(Int32(k)) }
        var pairs: [(String, [Int32])] = []
        for (first, list) in byFirstToken {
            // Longest first; among equals, names before aliases, countries before places (file order).
            let sorted = list.sorted { a, b in
                let pa = phrases[Int(a)], pb = phrases[Int(b)]
                return pa.tokens.count != pb.tokens.count ? pa.tokens.count > pb.tokens.count : a < b
            }
            pairs.append((String(decoding: first, as: UTF8.self), sorted))
        }
        byFirst = WordTable(pairs)
    }

    /// The phrase(s) for a name as the tokenizer splits it. A name written with a final dot
    /// ("U.S.") also matches without it at a sentence end.
    static func phrases(_ name: String, _ entry: Int32, _ role: Role) -> [Phrase] {
        let seg = Segmenter.segment(name)
        guard !seg.tokens.isEmpty else { return [] }
        var tokens: [[UInt8]] = []
        var caps: [UInt8] = []
        let bytes = Array(name.utf8)
        for t in seg.tokens {
            let raw = Array(bytes[Int(t.byteBegin)..<Int(t.byteEnd)])
            tokens.append(raw.map(WordTable<Int>.fold))
            let letters = raw.filter { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 }
            if letters.count >= 2, letters.allSatisfy({ $0 >= 65 && $0 <= 90 }) {
                caps.append(2)
            } else if let f = letters.first, f >= 65, f <= 90, raw.first.map({ $0 >= 65 && $0 <= 90 }) ?? false {
                caps.append(1)
            } else {
                caps.append(0)
            }
        }
        return [Phrase(tokens: tokens, caps: caps, entry: entry, role: role)]
    }

    /// The directory of the resource files.
    static func resourceDirectory() -> URL? {
        if let env = ProcessInfo.processInfo.environment["NEWSDASH_RESOURCES"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        if let url = Bundle.module.url(forResource: "Resources", withExtension: nil) { return url }
        return Bundle.module.resourceURL?.appendingPathComponent("Resources")
    }

    /// Capitalized words that make a run a document or an event, not an actor ("UN Charter").
    static let documentWords = [
        "charter", "treaty", "convention", "conventions", "declaration", "resolution", "resolutions", "protocol", "accord",
        "accords", "agreement", "act", "report", "doctrine", "statute", "constitution", "code", "law", "bill", "summit",
        "conference", "games", "olympics", "cup", "championship", "prize", "award", "index", "plan", "strategy", "day",
        "week", "festival", "exhibition", "expo", "forum", "talks", "process", "war", "revolution", "uprising", "operation",
        "crisis", "agenda", "fund", "vision", "open", "masters", "marathon", "olympiad",
    ]
    /// Capitalized words and acronyms that name things, not actors: weapons, vehicles, units of
    /// measure, time zones, and the first word of a military operation's name.
    static let notActors = [
        "vbied", "vbieds", "ied", "ieds", "uav", "uavs", "ugv", "isr", "manpads", "rpg", "rpgs", "gps", "gmt", "utc", "est",
        "pdt", "edt", "km", "kg", "mph", "pdf", "url", "www", "tv", "ap", "ok", "ceo", "gdp", "cpi", "hiv", "aids", "covid",
        "ak-47", "f-16", "f-35", "b-52", "mig", "sukhoi", "tomahawk", "operation", "project",
    ]

    /// Lower-case words allowed inside a name ("Bank of England", "Abu Bakr al-Baghdadi").
    static let connectors = ["of", "for", "the", "and", "de", "du", "des", "del", "della", "di", "da", "la", "le", "van",
                             "von", "der", "den", "bin", "ibn", "al", "el", "bint", "y", "&", "on", "in"]
    /// Nouns for groups of people that make an actor with a country or organization before them
    /// ("Iraqi security forces", "ISIL fighters", "U.S. service members").
    static let groupNouns = [
        "forces", "troops", "soldiers", "fighters", "militants", "militias", "militiamen", "rebels", "insurgents",
        "terrorists", "police", "officials", "authorities", "government", "regime", "army", "navy", "military",
        "diplomats", "leaders", "leadership", "opposition", "delegation", "negotiators", "commanders", "personnel",
        "members", "units", "unit", "partners", "allies", "people", "citizens", "nationals", "civilians", "workers",
        "service", "airmen", "marines", "sailors", "guards", "media", "state", "administration", "coalition",
        "families", "community", "victims", "children", "women", "refugees", "prisoners", "detainees", "supporters",
        "group", "groups", "cells", "networks", "elements",
    ]

    // MARK: lookups

    public func entry(id: String) -> Entry? { entryByID[id].map { entries[$0] } }

    /// A country's adjective (its first demonym: "North Korean"), if the gazetteer has one.
    public func adjective(of countryID: String) -> String? { adjectives[countryID] }

    /// The entries a name denotes in the gazetteer (its canonical name or an alias), by exact tokens.
    public func entries(named name: String) -> [(Entry, Role)] {
        guard let p = Gazetteer.phrases(name, 0, .name).first,
              let list = byFirst.lookup(String(decoding: p.tokens[0], as: UTF8.self)) else { return [] }
        return list.compactMap { k in
            let q = phrases[Int(k)]
            return q.tokens == p.tokens ? (entries[Int(q.entry)], q.role) : nil
        }
    }

    func phraseCandidates(_ u: UnsafeBufferPointer<UInt8>, _ t: Token) -> [Int32]? {
        byFirst.lookup(u, Int(t.byteBegin), Int(t.byteEnd))
    }

    func phrase(_ k: Int32) -> Phrase { phrases[Int(k)] }

    // MARK: user aliases

    /// A copy with the user's aliases: `alias = canonical name`. An alias of a known entry
    /// becomes one of its names; any other pair merges actors of those names.
    public func adding(_ aliases: [AliasFile.Alias]) -> Gazetteer {
        var g = self
        for a in aliases {
            if let (target, _) = g.entries(named: a.canonical).first, let index = g.entryByID[target.id] {
                g.phrases.append(contentsOf: Gazetteer.phrases(a.alias, Int32(index), .alias))
            }
            g.merges[a.alias.lowercased()] = a.canonical
        }
        g.rebuildIndex()
        return g
    }
}
