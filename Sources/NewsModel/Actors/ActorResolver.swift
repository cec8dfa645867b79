/// Turns the mentions of one article into actors: known names to their gazetteer entry,
/// surnames and short forms to the nearest fitting person named before, acronyms defined in
/// brackets and names given after "also known as" to the name they follow, titles to the
/// person an apposition names ("the Russian ambassador in Seoul, Georgiy Zinoviev"),
/// descriptions ("the intelligence agency") to the organization whose name they describe,
/// "the North" to the country. A short form with nothing to refer to stays its own actor.
struct ActorResolver {
    let g: Gazetteer
    let finder: MentionFinder

    /// An actor being assembled. A class: drafts are read and updated many times per article,
    /// and a struct this wide would be copied on the way. Only the resolver touches a draft,
    /// one access at a time, so its fields skip the runtime's exclusivity checks.
    private final class Draft {
        @exclusivity(unchecked) var key: String
        @exclusivity(unchecked) var name: String
        @exclusivity(unchecked) var kind: ActorKind
        @exclusivity(unchecked) var affiliation: String?
        @exclusivity(unchecked) var aliases: [String] = []
        @exclusivity(unchecked) var mentions: [TextSpan] = []
        /// Lower-cased words of the full name (for surnames, acronyms and descriptions), made on
        /// first use: most drafts never need them. Known countries and places have none.
        var words: [String] {
            if let wordsCache { return wordsCache }
            let w = fromGazetteer && kind != .organization && kind != .person ? [] : ActorResolver.lowerWords(name)
            wordsCache = w
            return w
        }
        @exclusivity(unchecked) private var wordsCache: [String]?
        @exclusivity(unchecked) var titles: Set<String> = []
        /// Title head words with the country ("minister|russia"), for descriptions by title.
        @exclusivity(unchecked) var titleHeads: Set<String> = []
        @exclusivity(unchecked) var acronyms: Set<String> = []
        @exclusivity(unchecked) var lastMention = -1
        @exclusivity(unchecked) var fromGazetteer = false
        /// Made for an office with no holder and no country (`Actor.isOffice`).
        @exclusivity(unchecked) var isOffice = false
        /// Lower-cased aliases, for short forms that repeat one.
        @exclusivity(unchecked) var aliasKeys: Set<String> = []
        /// The class of the name's last word when it is an organization head ("service" → office).
        /// Kept once found: descriptions ask it of every organization in the article.
        func headClass(in g: Gazetteer) -> String? {
            if let headClassCache { return headClassCache }
            let found = kind == .organization ? words.last.flatMap { g.words.lookup($0)?.orgClass } : nil
            headClassCache = .some(found)
            return found
        }
        @exclusivity(unchecked) private var headClassCache: String??

        init(key: String, name: String, kind: ActorKind, affiliation: String?) {
            self.key = key
            self.name = name
            self.kind = kind
            self.affiliation = affiliation
        }
    }

    private var drafts: [Draft] = []
    private var byKey = StringIntMap()
    /// The person drafts and the number of words in their names, for `personContaining`.
    private var persons: [(draft: Int, words: Int)] = []
    /// Which actor each raw mention went to (index into drafts), or nil when dropped.
    private var assignment: [Int?] = []

    init(gazetteer: Gazetteer, finder: MentionFinder) {
        g = gazetteer
        self.finder = finder
    }

    /// The last word of each full person name → the index of its first mention.
    private var laterSurnames = StringIntMap()

    mutating func resolve(_ mentions: [RawMention]) -> [Actor] {
        reserve(for: mentions)
        // (Conditions read mentions in place by index; binding every mention to a name would
        // retain each one. A mention is bound only where several of its fields are used.)
        for i in mentions.indices where mentions[i].kind == .person && mentions[i].form == .full {
            if let (_, last) = ActorResolver.firstAndLastWords(mentions[i].name) { _ = laterSurnames.claim(last, with: i) }
        }
        assignNames(mentions)
        joinAliases(mentions)
        assignReferences(mentions)
        inferAffiliationsFromMinistries()
        applyUserMerges()
        dropUnevidencedNames(mentions)
        gatherMentions(mentions)
        return finishedActors()
    }

    /// Most mentions make or find a draft by key: room for all of them up front spares the
    /// tables their regrowth.
    private mutating func reserve(for mentions: [RawMention]) {
        assignment = Array(repeating: nil, count: mentions.count)
        byKey.reserveCapacity(mentions.count)
        shortForms.reserveCapacity(mentions.count / 2)
        laterSurnames.reserveCapacity(mentions.count / 4)
        shortFormLinks.reserveCapacity(mentions.count)
        drafts.reserveCapacity(mentions.count)
        merged.reserveCapacity(mentions.count)
        persons.reserveCapacity(mentions.count)
        entryKeys.reserveCapacity(mentions.count)
        entryDrafts.reserveCapacity(mentions.count)
    }

    /// Pass 1: names in text order (full names, groups, short forms, acronyms).
    private mutating func assignNames(_ mentions: [RawMention]) {
        for (i, m) in mentions.enumerated() {
            switch m.form {
            case .full: assignment[i] = assignFull(m, i, mentions)
            case .group: assignment[i] = assignGroup(m, i)
            case .short: assignment[i] = assignShort(m, i, mentions)
            case .acronym: assignment[i] = assignAcronym(m, i, mentions)
            case .titleOnly, .nominal, .direction: continue
            }
        }
    }

    /// "X, also known as Y" and "X (Y)" make Y another name of X.
    private mutating func joinAliases(_ mentions: [RawMention]) {
        for i in 1..<max(1, mentions.count) where assignment[i] != nil && assignment[i - 1] != nil {
            let m = mentions[i]
            if introducesAlias(mentions[i - 1], m), let a = assignment[i - 1], let b = assignment[i], a != b,
               m.form != .full || m.kind == .organization {
                absorb(b, into: a)
            }
        }
    }

    /// Pass 2: titles, descriptions and directions refer to the names found; a description
    /// by a capitalized head ("the Coalition") is an actor of its own when none fits.
    private mutating func assignReferences(_ mentions: [RawMention]) {
        for i in mentions.indices where assignment[i] == nil {
            let m = mentions[i]
            switch m.form {
            case .titleOnly: assignment[i] = assignTitle(m, i, mentions)
            case .nominal:
                assignment[i] = assignNominal(m, i)
                if assignment[i] == nil, m.capitalizedHead {
                    let name = m.name
                    let k = draft(key: slug(name), name: name, kind: .organization, affiliation: m.affiliation,
                                  fromGazetteer: false)
                    drafts[k].lastMention = i
                    assignment[i] = k
                }
            case .direction: assignment[i] = assignDirection(m)
            default: break
            }
        }
    }

    /// Each actor's mentions in text order (nested ones may repeat a span), and the names the
    /// text used besides the canonical one.
    private mutating func gatherMentions(_ mentions: [RawMention]) {
        var targets = [Int](repeating: -1, count: mentions.count)
        var counts = [Int](repeating: 0, count: drafts.count)
        for i in mentions.indices {
            guard let a = assignment[i] else { continue }
            targets[i] = follow(a)
            counts[targets[i]] += 1
        }
        for k in drafts.indices {
            drafts[k].mentions = []
            drafts[k].mentions.reserveCapacity(counts[k])
        }
        for i in mentions.indices where targets[i] >= 0 {
            // Each bound once: every access through the arrays would retain its object again.
            let m = mentions[i], d = drafts[targets[i]]
            d.mentions.append(m.span)
            let written = m.form == .nominal ? m.name.lowercasedFast : m.name
            if written != d.name, !d.aliases.contains(written) { d.aliases.append(written) }
        }
    }

    /// The actors of the drafts that kept mentions, each mention once, in order.
    private func finishedActors() -> [Actor] {
        var actors: [Actor] = []
        actors.reserveCapacity(drafts.count)
        for d in drafts where !d.mentions.isEmpty && d.key != "" {
            var spans = d.mentions
            d.mentions = []  // the only reference left: sorted in place
            spans.sortAndRemoveDuplicates()
            // A country belongs to no other ("Leaders of Norway and Estonia" gives Estonia nothing).
            let affiliation = d.kind == .country || d.affiliation == d.key ? nil : d.affiliation
            var actor = Actor(id: d.key, name: d.name, kind: d.kind, affiliation: affiliation,
                              aliases: d.aliases, mentions: SpanList(spans))
            actor.isOffice = d.isOffice
            actors.append(actor)
        }
        return actors
    }

    /// A minister named without a country belongs to the country whose ministry of that
    /// portfolio the article names ("Vice Foreign Minister Kim Hong-kyun" ... "the South Korean
    /// Foreign Ministry"), when only one country's does.
    private mutating func inferAffiliationsFromMinistries() {
        // The ministries of a country the article names, found when a minister needs them.
        var found: [Int]?
        func ministries() -> [Int] {
            if let found { return found }
            let list = drafts.indices.filter { o in
                merged[o] < 0 && drafts[o].kind == .organization && drafts[o].affiliation != nil
                    && drafts[o].words.contains(where: { Vocabulary.standard.has($0, .ministryNoun) })
            }
            found = list
            return list
        }
        for p in drafts.indices where merged[p] < 0 && drafts[p].kind == .person && drafts[p].affiliation == nil
            && !drafts[p].titles.isEmpty {
            for title in drafts[p].titles where ActorResolver.namesMinister(title) {
                // "vice foreign minister|" → portfolio words ["foreign"].
                let words = title.split(separator: "|").first.map { $0.split(separator: " ").map(String.init) } ?? []
                guard let last = words.last, Vocabulary.standard.has(last, .ministerNoun) else { continue }
                let portfolio = words.dropLast().filter { !Vocabulary.standard.has($0, .titleRank) }
                guard !portfolio.isEmpty else { continue }
                var countries: Set<String> = []
                for o in ministries() {
                    let orgWords = drafts[o].words
                    if let aff = drafts[o].affiliation, portfolio.allSatisfy({ orgWords.contains($0) }) { countries.insert(aff) }
                }
                if countries.count == 1 {
                    drafts[p].affiliation = countries.first
                    break
                }
            }
        }
    }

    /// A title key whose title's last word is a minister ("vice foreign minister|"), told on
    /// bytes before any splitting.
    private static func namesMinister(_ titleKey: String) -> Bool {
        var key = titleKey
        return key.withUTF8 { u in
            var end = 0
            while end < u.count, u[end] != UInt8(ascii: "|") { end += 1 }
            var start = end
            while start > 0, u[start - 1] != UInt8(ascii: " ") { start -= 1 }
            return Vocabulary.standard.has(u, start, end, .ministerNoun)
        }
    }

    /// Which actor each mention was given (after merges), for events and quantities.
    func actorKey(ofMention i: Int) -> String? {
        guard let a = assignment[i] else { return nil }
        return drafts[follow(a)].key
    }

    // MARK: drafts

    /// Per draft: the draft it was merged into, or -1.
    private var merged: [Int] = []
    /// Drafts of known names by entry number (times two, plus one when read as a country):
    /// an article names few, so a scan of these short lists beats hashing.
    private var entryKeys: [Int32] = []
    private var entryDrafts: [Int] = []
    /// The drafts a one-word short form may refer to, by that word (lower case): the first
    /// and last words of people's and organizations' names of two or more words, their
    /// acronyms and their aliases. Kept as drafts are made and grow, as chains through
    /// `shortFormLinks` (draft, next link or -1) from the newest link of each word.
    private var shortForms = StringIntMap()
    private var shortFormLinks: [(draft: Int, next: Int)] = []

    private mutating func addShortForm(_ word: String, _ k: Int) {
        let link = shortFormLinks.count
        shortFormLinks.append((k, shortForms.updateValue(link, forKey: word) ?? -1))
    }

    /// The drafts filed under a short form (may repeat one).
    private func drafts(withShortForm word: String) -> [Int] {
        var out: [Int] = []
        var link = shortForms[word] ?? -1
        while link >= 0 {
            out.append(shortFormLinks[link].draft)
            link = shortFormLinks[link].next
        }
        return out
    }

    private mutating func addAcronym(_ acronym: String, to k: Int) {
        if drafts[k].acronyms.insert(acronym).inserted { addShortForm(acronym, k) }
    }

    private func slug(_ name: String) -> String { ActorID.slug(name) }

    private func follow(_ a: Int) -> Int {
        var x = a
        while merged[x] >= 0 { x = merged[x] }
        return x
    }

    /// The user's merges (`--aliases`) for actors the resolver named itself, such as groups
    /// ("Russian forces = Russia"): the actor becomes the one on the right, merged into it when
    /// the article names it too. Full names were mapped as they were read (`canonical`).
    private mutating func applyUserMerges() {
        guard !g.merges.isEmpty else { return }
        for k in drafts.indices where merged[k] < 0 && !drafts[k].key.isEmpty {
            guard let canonical = g.merges[drafts[k].name.lowercasedFast] else { continue }
            let entry = g.entries(named: canonical).first?.0
            let key = entry?.id ?? ActorID.slug(canonical)
            let lower = canonical.lowercasedFast
            if let target = drafts.indices.first(where: { t in
                t != k && merged[t] < 0 && !drafts[t].key.isEmpty && (drafts[t].key == key || drafts[t].name.lowercasedFast == lower)
            }) {
                absorb(k, into: target)
            } else {
                drafts[k].key = key
                drafts[k].name = entry?.name ?? canonical
                if let e = entry {
                    drafts[k].kind = e.kind
                    drafts[k].affiliation = e.affiliation
                }
            }
        }
    }

    private mutating func absorb(_ b: Int, into a: Int) {
        let from = follow(b), to = follow(a)
        guard from != to else { return }
        merged[from] = to
        for a in drafts[from].acronyms { addAcronym(a, to: to) }
        drafts[to].titles.formUnion(drafts[from].titles)
        drafts[to].titleHeads.formUnion(drafts[from].titleHeads)
        if !drafts[from].name.isEmpty {
            drafts[to].aliases.append(drafts[from].name)
            let key = drafts[from].name.lowercasedFast
            if drafts[to].aliasKeys.insert(key).inserted { addShortForm(key, to) }
        }
        drafts[from].key = ""
    }

    private mutating func draft(key: String, name: String, kind: ActorKind, affiliation: String?, fromGazetteer: Bool) -> Int {
        // One hash: the key's slot is read and, when empty, claimed for the new draft.
        let k = drafts.count
        if let existing = byKey.claim(key, with: k) {
            let target = follow(existing)
            if drafts[target].affiliation == nil { drafts[target].affiliation = affiliation }
            return target
        }
        let d = Draft(key: key, name: name, kind: kind, affiliation: affiliation)
        d.fromGazetteer = fromGazetteer
        drafts.append(d)
        merged.append(-1)
        if kind == .person { persons.append((k, ActorResolver.wordCount(name))) }
        if kind == .person || kind == .organization, let (first, last) = ActorResolver.firstAndLastWords(name) {
            addShortForm(first, k)
            if last != first { addShortForm(last, k) }
        }
        return k
    }

    /// The first and last of the lower-cased words of a name of two or more words (as
    /// `lowerWords` splits them), without splitting the rest.
    static func firstAndLastWords(_ s: String) -> (String, String)? {
        var s = s
        return s.withUTF8 { u in
            var firstStart = 0
            while firstStart < u.count, u[firstStart] == 32 { firstStart += 1 }
            var firstEnd = firstStart
            while firstEnd < u.count, u[firstEnd] != 32 { firstEnd += 1 }
            var lastEnd = u.count
            while lastEnd > firstEnd, u[lastEnd - 1] == 32 { lastEnd -= 1 }
            var lastStart = lastEnd
            while lastStart > firstEnd, u[lastStart - 1] != 32 { lastStart -= 1 }
            guard lastStart < lastEnd, lastStart > firstEnd else { return nil }
            return (ASCIIText.lowercased(UnsafeBufferPointer(rebasing: u[firstStart..<firstEnd])),
                    ASCIIText.lowercased(UnsafeBufferPointer(rebasing: u[lastStart..<lastEnd])))
        }
    }

    /// How many words `lowerWords` makes of a name.
    static func wordCount(_ name: String) -> Int {
        var name = name
        return name.withUTF8 { u in
            var count = 0, previous: UInt8 = 32
            for b in u {
                if b != 32, previous == 32 { count += 1 }
                previous = b
            }
            return count
        }
    }

    /// The lower-cased words of a name, split at spaces.
    static func lowerWords(_ s: String) -> [String] {
        var out: [String] = []
        var s = s
        s.withUTF8 { u in
            var spaces = 0
            for b in u where b == 32 { spaces += 1 }
            out.reserveCapacity(spaces + 1)
            var start = 0
            for i in 0...u.count where i == u.count || u[i] == 32 {
                if i > start { out.append(ASCIIText.lowercased(UnsafeBufferPointer(rebasing: u[start..<i]))) }
                start = i + 1
            }
        }
        return out
    }

    /// The user's merges first: a name they mapped to another takes that one's identity.
    private func canonical(_ name: String) -> String { g.merges.isEmpty ? name : g.merges[name.lowercasedFast] ?? name }

    private mutating func assignFull(_ m: RawMention, _ i: Int, _ all: [RawMention]) -> Int {
        if let e = m.entry {
            // Known names come back often: find their draft by entry number, without hashing the id.
            let asCountry = m.kind == .country
            let k: Int
            let entryKey = e &* 2 &+ (asCountry ? 1 : 0)
            if let slot = entryKeys.firstIndex(of: entryKey) {
                let known = entryDrafts[slot]
                k = follow(known)
            } else {
                let entry = g.entries[Int(e)]
                k = draft(key: entry.id, name: entry.name, kind: m.kind == .country ? .country : entry.kind,
                          affiliation: entry.affiliation ?? m.affiliation, fromGazetteer: true)
                entryKeys.append(entryKey)
                entryDrafts.append(k)
            }
            drafts[k].lastMention = i
            // A known person with a title ("Russian President Vladimir Putin"): "the president" later.
            if let t = m.title, drafts[k].kind == .person {
                let aff = m.affiliation ?? drafts[k].affiliation
                drafts[k].titles.insert(titleKey(t, aff))
                drafts[k].titleHeads.insert(headKey(t.lowercasedFast, aff))
            }
            return k
        }
        let written = stripArticle(m.name)
        let name = canonical(written)
        // A name the user merged into another may be a known one.
        if name != written, let (entry, _) = g.entries(named: name).first(where: { e, role in
            (role == .name || role == .alias) && (e.kind == m.kind || m.kind != .place) }) {
            let k = draft(key: entry.id, name: entry.name, kind: entry.kind, affiliation: entry.affiliation, fromGazetteer: true)
            drafts[k].lastMention = i
            return k
        }
        var key = slug(name)
        // A generic organization name is told apart by its country ("Foreign Ministry" of South Korea).
        if m.kind == .organization, let aff = m.affiliation, !ASCIIText.contains(key, aff) { key += "-" + aff }
        if m.kind == .person, let existing = personContaining(name, before: i) { return existing }
        let k = draft(key: key, name: name, kind: m.kind, affiliation: m.affiliation, fromGazetteer: false)
        if let t = m.title {
            drafts[k].titles.insert(titleKey(t, m.affiliation))
            drafts[k].titleHeads.insert(headKey(t.lowercasedFast, m.affiliation))
        }
        drafts[k].lastMention = i
        return k
    }

    /// A person already named whose full name contains this one ("Kim Hong-kyun" for "Hong-kyun Kim"? no:
    /// for a later "Jong Un" or a repeat with a middle initial dropped).
    private func personContaining(_ name: String, before i: Int) -> Int? {
        let count = ActorResolver.wordCount(name)
        guard count >= 2 else { return nil }
        var best: Int?
        var words: [String] = []
        for (k, n) in persons where n > count && merged[k] < 0 {
            let theirs = drafts[k].words
            if words.isEmpty { words = ActorResolver.lowerWords(name) }
            if words.allSatisfy(theirs.contains), best == nil || drafts[k].lastMention > drafts[best!].lastMention {
                best = k
            }
        }
        return best
    }

    private mutating func assignGroup(_ m: RawMention, _ i: Int) -> Int {
        guard let (owner, label, category) = m.groupOwner else { return assignFull(m, i, []) }
        let name: String
        switch category {
        case "government": name = label + " government"
        case "territory": name = label + "-held territory"
        default: name = label + " " + category
        }
        let key = owner + "-" + category
        // "the Iraqi government" after "the Government of Iraq": the government already named.
        if category == "government", byKey[key] == nil {
            var best: Int?
            for k in drafts.indices where merged[k] < 0 && drafts[k].kind == .organization && drafts[k].affiliation == owner
                && isPlainGovernment(drafts[k].words, of: owner) {
                if best == nil || drafts[k].lastMention > drafts[best!].lastMention { best = k }
            }
            if let best {
                drafts[best].lastMention = i
                return best
            }
        }
        let k = draft(key: key, name: name, kind: m.kind, affiliation: owner, fromGazetteer: false)
        drafts[k].lastMention = i
        return k
    }

    /// "Government of Iraq", "the Iraqi Government", "Federal Government of Somalia": a country's
    /// government by its plain name (not "Kurdistan Regional Government").
    private func isPlainGovernment(_ words: [String], of country: String) -> Bool {
        var countryWords = Set(ActorResolver.lowerWords(g.entry(id: country)?.name ?? ""))
        countryWords.formUnion(ActorResolver.lowerWords(g.adjective(of: country) ?? ""))
        return words.contains { g.words.lookup($0)?.orgClass == "government" }
            && words.allSatisfy { g.words.lookup($0)?.orgClass == "government" || Vocabulary.standard.has($0, .plainGovernmentWord)
                || countryWords.contains($0) }
    }

    private mutating func assignShort(_ m: RawMention, _ i: Int, _ all: [RawMention]) -> Int? {
        let word = m.name.lowercasedFast
        // The nearest earlier actor whose name has this word as its last or first word
        // (surnames, and family names first in Korean and Chinese names), or as an alias.
        // Ties go to the draft made first.
        var best: Int?
        for k in drafts(withShortForm: word) where merged[k] < 0 && (drafts[k].kind == .person || drafts[k].kind == .organization) {
            if let b = best, drafts[k].lastMention < drafts[b].lastMention || drafts[k].lastMention == drafts[b].lastMention && k > b {
                continue
            }
            best = k
        }
        if let best {
            drafts[best].lastMention = i
            return best
        }
        // A later full name that ends with it ("Putin ... Vladimir Putin"): that person.
        if let j = laterSurnames[word], j > i {
            let later = all[j]
            let k = draft(key: slug(canonical(later.name)), name: canonical(later.name), kind: .person,
                          affiliation: later.affiliation, fromGazetteer: false)
            drafts[k].lastMention = i
            return k
        }
        // Nothing to refer to: a capitalized word opening a sentence is no actor of its own.
        if m.sentenceInitial, !m.personEvidence, !m.name.isEmpty, byKey[slug(canonical(m.name))] == nil { return nil }
        let name = canonical(m.name)
        let isNew = byKey[slug(name)] == nil
        let k = draft(key: slug(name), name: name, kind: m.kind, affiliation: m.affiliation, fromGazetteer: false)
        if isNew, m.kind == .person { loneWordDrafts.append(k) }
        drafts[k].lastMention = i
        return k
    }

    /// One-word unknown names made persons of their own, to be checked for evidence.
    private var loneWordDrafts: [Int] = []

    /// A one-word unknown name is a person only with evidence: one of its mentions says so
    /// (`RawMention.personEvidence`), or it names someone in another way (with a title, a full
    /// name, a known entry). "Bicol", "Havre", "Places", "Emergencies" alone are no actors.
    private mutating func dropUnevidencedNames(_ mentions: [RawMention]) {
        guard !loneWordDrafts.isEmpty else { return }
        var suspect = Set(loneWordDrafts.map { follow($0) }.filter { drafts[$0].kind == .person && !drafts[$0].fromGazetteer })
        guard !suspect.isEmpty else { return }
        for i in mentions.indices {
            guard let a = assignment[i] else { continue }
            let t = follow(a)
            if suspect.contains(t), mentions[i].form != .short || mentions[i].personEvidence || mentions[i].entry != nil {
                suspect.remove(t)
            }
        }
        for i in mentions.indices {
            if let a = assignment[i], suspect.contains(follow(a)) { assignment[i] = nil }
        }
    }

    private mutating func assignAcronym(_ m: RawMention, _ i: Int, _ all: [RawMention]) -> Int {
        let acronym = m.name.lowercasedFast
        // Defined right here: "National Intelligence Service (NIS)".
        if i > 0, let prev = assignment[i - 1], introducesAlias(all[i - 1], m) {
            addAcronym(acronym, to: follow(prev))
            drafts[follow(prev)].lastMention = i
            return follow(prev)
        }
        for k in drafts.indices where merged[k] < 0 && drafts[k].acronyms.contains(acronym) {
            drafts[k].lastMention = i
            return k
        }
        // An acronym of a name already seen ("Syrian Democratic Forces" ... "SDF").
        for k in drafts.indices where merged[k] < 0 && drafts[k].words.count >= 2 {
            if ActorResolver.initials(of: drafts[k].words, spell: acronym) {
                addAcronym(acronym, to: k)
                drafts[k].lastMention = i
                return k
            }
        }
        let name = canonical(m.name)
        let k = draft(key: slug(name), name: name, kind: .organization, affiliation: m.affiliation, fromGazetteer: false)
        addAcronym(acronym, to: k)
        drafts[k].lastMention = i
        return k
    }

    /// Whether the first letters of a name's words, small words left out, spell an acronym
    /// ("syrian democratic forces" → "sdf").
    static func initials(of words: [String], spell acronym: String) -> Bool {
        var letters = acronym.makeIterator()
        for w in words where !Vocabulary.standard.has(w, .smallWord) {
            guard let first = w.first else { continue }
            guard let letter = letters.next(), letter == first else { return false }
        }
        return letters.next() == nil
    }

    /// "X (Y)", "X, also known as Y", "X, or Y": the tokens between two mentions introduce an alias.
    private func introducesAlias(_ a: RawMention, _ b: RawMention) -> Bool {
        guard a.sentence == b.sentence else { return false }
        var k = a.nameTokens.upperBound
        let stop = b.nameTokens.lowerBound
        guard k <= stop, stop - k <= 6 else { return false }
        // Most neighbours are far apart or joined by other words: look at the first token only.
        if k < stop {
            let t = finder.tokens[k]
            if t.kind == .word, !finder.view.has(k, .aliasCue) {
                return false
            }
        }
        var words: [Int] = []
        while k < stop {
            let t = finder.tokens[k]
            if t.kind == .word {
                words.append(k)
            } else if !(finder.view.isPunct(k, UInt8(ascii: "(")) || finder.view.isPunct(k, UInt8(ascii: ",")) || finder.view.isQuote(k)) {
                return false
            }
            k += 1
        }
        if words.isEmpty { return finder.view.isPunct(a.nameTokens.upperBound, UInt8(ascii: "(")) }
        return ActorResolver.aliasCues.contains { ws in
            ws.count == words.count && zip(ws, words).allSatisfy { finder.view.lower($0.1) == $0.0 }
        }
    }

    /// The words that introduce an alias (`phrases.tsv`, role `alias`).
    private static let aliasCues = PhraseBook.standard.phrases(.alias).map(\.words)

    private func titleKey(_ title: String, _ affiliation: String?) -> String {
        ASCIIText.lowercasedWithoutDots(title) + "|" + (affiliation ?? "")
    }

    private mutating func assignTitle(_ m: RawMention, _ i: Int, _ all: [RawMention]) -> Int? {
        let title = (m.title ?? m.name).lowercasedFast
        let key = titleKey(title, m.affiliation)
        let head = headKey(title, m.affiliation)
        // An apposition: "the Russian ambassador in Seoul, Georgiy Zinoviev".
        for j in (i + 1)..<min(all.count, i + 4) where all[j].sentence == m.sentence && all[j].kind == .person && all[j].form == .full {
            let between = all[j].span.begin
            let k = all[j].nameTokens.lowerBound
            if k > 0, finder.view.isPunct(k - 1, UInt8(ascii: ",")) || between == m.span.end, let a = assignment[j] {
                let person = follow(a)
                drafts[person].titles.insert(key)
                drafts[person].titleHeads.insert(head)
                // "the Russian ambassador in Seoul, Georgiy Zinoviev": the title says whose.
                if drafts[person].affiliation == nil { drafts[person].affiliation = m.affiliation }
                // An office named earlier without its holder is this person.
                let office = ActorResolver.capitalizeWords(title)
                for o in drafts.indices where o != person && merged[o] < 0 && !drafts[o].fromGazetteer
                    && drafts[o].kind == .person && drafts[o].titles.contains(key)
                    && (drafts[o].name == office || drafts[o].name.hasPrefix(office + " (")) {
                    absorb(o, into: person)
                }
                return person
            }
            break
        }
        // A person named with this title before or after.
        for k in drafts.indices where merged[k] < 0 && drafts[k].kind == .person && drafts[k].titles.contains(key) {
            return k
        }
        // The same head word of a title of the same country ("the minister" for the Russian
        // "Foreign Minister" when the description says Russian).
        if m.affiliation != nil {
            for k in drafts.indices where merged[k] < 0 && drafts[k].kind == .person && drafts[k].titleHeads.contains(head) {
                return k
            }
        } else {
            // "the minister" with no country: the person last named with that title word.
            // With no country the head key is the title word and its separator ("minister|"):
            // any country's key of that word starts with it.
            var best: Int?
            for k in drafts.indices where merged[k] < 0 && drafts[k].kind == .person && !drafts[k].titleHeads.isEmpty
                && drafts[k].titleHeads.contains(where: { $0.hasPrefix(head) }) {
                if best == nil || drafts[k].lastMention > drafts[best!].lastMention { best = k }
            }
            if let best {
                drafts[best].lastMention = i
                return best
            }
        }
        // No holder named: the office is the actor, named with its country ("the British
        // Foreign Secretary": "Foreign Secretary (United Kingdom)"). An office of no country
        // ("the spokesman", "President") is kept for its mentions but listed nowhere.
        let office = ActorResolver.capitalizeWords(title)
        let aff = m.affiliation
        let country = aff.flatMap { g.entryIndex($0) }.map { g.entries[Int($0)].name }
        let name = country.map { office + " (" + $0 + ")" } ?? office
        let k = draft(key: slug(office) + (aff.map { "-" + $0 } ?? ""), name: name, kind: .person, affiliation: aff,
                      fromGazetteer: false)
        if aff == nil { drafts[k].isOffice = true }
        drafts[k].titles.insert(key)
        drafts[k].titleHeads.insert(head)
        return k
    }

    /// The last word of a title with the country: "minister|russia".
    private func headKey(_ title: String, _ affiliation: String?) -> String {
        ASCIIText.lowercasedWithoutDots(String(ASCIIText.lastWord(title))) + "|" + (affiliation ?? "")
    }

    private mutating func assignNominal(_ m: RawMention, _ i: Int) -> Int? {
        // An organization named in the article whose name holds every word of the description
        // (the head may be another of its class: "agency" for "Service").
        var best: Int?
        var bestScore = 0
        for k in drafts.indices where merged[k] < 0 && drafts[k].kind == .organization {
            let d = drafts[k]
            let nameWords = d.words
            let descriptive = m.modifiers.dropLast()
            guard descriptive.allSatisfy({ nameWords.contains($0) }) else { continue }
            let head = m.modifiers.last ?? ""
            let headFits = nameWords.contains(head) || d.headClass(in: g) == m.headClass
            guard headFits else { continue }
            if let a = m.affiliation, let b = d.affiliation, a != b { continue }
            // The same head word beats a head of the same class ("ministry" for the Foreign Ministry
            // over "ministry" for an intelligence service).
            let score = descriptive.count * 4 + (nameWords.contains(head) ? 2 : 0)
                + (m.affiliation != nil && m.affiliation == d.affiliation ? 1 : 0) + 1
            if score > bestScore || score == bestScore && best != nil && d.lastMention > drafts[best!].lastMention {
                best = k
                bestScore = score
            }
        }
        return best
    }

    private mutating func assignDirection(_ m: RawMention) -> Int? {
        let direction = m.name.lowercasedFast
        return drafts.indices.first { k in
            merged[k] < 0 && drafts[k].kind == .country && drafts[k].name.lowercasedFast.hasPrefix(direction + " ")
        }
    }

    /// The name without a leading "the " or "The " (told on bytes).
    private func stripArticle(_ s: String) -> String {
        var s = s
        let article = s.withUTF8 { u in
            u.count >= 4 && (u[0] == UInt8(ascii: "t") || u[0] == UInt8(ascii: "T")) && u[1] == UInt8(ascii: "h")
                && u[2] == UInt8(ascii: "e") && u[3] == UInt8(ascii: " ")
        }
        return article ? String(s.dropFirst(4)) : s
    }

    /// A title as an office's name: each word capitalized, the small words in lower case.
    static func capitalizeWords(_ s: String) -> String {
        var s = s
        // ASCII titles (nearly all) on bytes; the Character-based way costs microseconds.
        if let ascii = s.withUTF8({ ActorResolver.capitalizeASCIIWords($0) }) { return ascii }
        return s.split(separator: " ").map { w in
            Vocabulary.standard.has(w.lowercased(), .smallWord) ? w.lowercased() : w.prefix(1).uppercased() + w.dropFirst()
        }.joined(separator: " ")
    }

    /// `capitalizeWords` of ASCII bytes, or nil when they are not all ASCII.
    private static func capitalizeASCIIWords(_ u: UnsafeBufferPointer<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(u.count)
        var i = 0
        while i < u.count {
            if u[i] >= 0x80 { return nil }
            if u[i] == 32 {
                i += 1
                continue
            }
            var end = i
            while end < u.count, u[end] != 32 {
                if u[end] >= 0x80 { return nil }
                end += 1
            }
            if !out.isEmpty { out.append(32) }
            let small = Vocabulary.standard.has(u, i, end, .smallWord)
            for k in i..<end {
                let b = u[k]
                if small { out.append(b >= 65 && b <= 90 ? b | 0x20 : b) }
                else { out.append(k == i && b >= 97 && b <= 122 ? b - 32 : b) }
            }
            i = end
        }
        return String(decoding: out, as: UTF8.self)
    }
}
