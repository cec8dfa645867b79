/// A stretch of text that names an actor, before coreference decides which actor. A class:
/// mentions are passed along several steps, and copying one of this width costs more than
/// sharing it. One step at a time reads or changes a mention, so its fields skip the
/// runtime's exclusivity checks: with them, `extract` of te3-silver runs 29.7 million more
/// instructions (3,095M against 3,065M, callgrind, 2026-12-07), so they stay off.
final class RawMention {
    enum Form {
        /// A full name ("Vladimir Putin", "Foreign Ministry", "Syria").
        case full
        /// One word that may be a surname or a short form ("Putin", "Kim").
        case short
        /// Capitals only ("NIS"), which may be defined by a name before it.
        case acronym
        /// A title with no name ("the Russian ambassador", "The Foreign Secretary").
        case titleOnly
        /// A description ("the intelligence agency", "a ministry statement").
        case nominal
        /// "the North", "the South": a country named by its direction.
        case direction
        /// A group of a country, organization or person ("Iraqi security forces", "ISIL fighters").
        case group
    }

    @exclusivity(unchecked) var span: TextSpan
    /// Token range of the name itself (without determiner, title or possessive prefix).
    @exclusivity(unchecked) var nameTokens: Range<Int>
    @exclusivity(unchecked) var kind: ActorKind
    @exclusivity(unchecked) var form: Form
    /// The gazetteer entry, when the name is a known one.
    @exclusivity(unchecked) var entry: Int32?
    @exclusivity(unchecked) var role: Gazetteer.Role?
    /// The name as written (no title, no determiner); for nominals the description.
    @exclusivity(unchecked) var name: String
    /// Country id from a demonym, a country name or a possessive before the name.
    @exclusivity(unchecked) var affiliation: String?
    /// The title before a person's name, lower-cased ("vice foreign minister").
    @exclusivity(unchecked) var title: String?
    /// For nominals: the head class and the words before the head.
    @exclusivity(unchecked) var headClass: String?
    @exclusivity(unchecked) var modifiers: [String] = []
    @exclusivity(unchecked) var sentence: Int
    /// A description by a capitalized head ("the Coalition"): an actor of its own when nothing
    /// named before fits.
    @exclusivity(unchecked) var capitalizedHead = false
    /// For descriptions after a demonym ("the Dutch union"): the country mention it holds.
    @exclusivity(unchecked) var demonym: RawMention?
    /// A one-word name at the start of its sentence (may be an ordinary capitalized word).
    @exclusivity(unchecked) var sentenceInitial = false
    /// For a one-word unknown name: whether anything says it is a person's (a given name or
    /// known surname, a verb of saying right before or after it, an age after it).
    @exclusivity(unchecked) var personEvidence = false
    /// For groups: the owner's id, how to write it, and the kind of group.
    @exclusivity(unchecked) var groupOwner: (id: String, label: String, category: String)?

    init(span: TextSpan, nameTokens: Range<Int>, kind: ActorKind, form: Form, entry: Int32?, role: Gazetteer.Role?,
         name: String, affiliation: String?, title: String?, sentence: Int) {
        self.span = span
        self.nameTokens = nameTokens
        self.kind = kind
        self.form = form
        self.entry = entry
        self.role = role
        self.name = name
        self.affiliation = affiliation
        self.title = title
        self.sentence = sentence
    }
}

/// Finds the names of actors in an article: gazetteer names, runs of capitalized words
/// split into titles, names and modifiers, acronyms, and descriptions that may refer back to
/// a named actor. All lookups are on token bytes.
struct MentionFinder {
    /// The most words an unknown name may have: the longest real ones ("Organisation for
    /// Economic Co-operation and Development") have six or seven.
    static let maximumNameTokens = 12

    let g: Gazetteer
    let tokens: [Token]
    let view: TokenView
    let map: ScalarMap
    /// The word-list flags of each token (0 when none).
    private(set) var flags: [UInt16]
    /// The gazetteer lexeme of each token (-1 when none).
    private var lexemes: [Int32]
    /// Per token: the length of the shortest gazetteer phrase starting there (0 none, -1 not
    /// yet looked up), and where its readings are in `readings`.
    private var phraseLength: [Int16]
    private var phraseReadings: [Int32]
    private var readings: [Int32] = []
    /// Organization names ending "of <country>" in the run being decomposed, by first token.
    private typealias OfCountry = [Int: (String, Range<Int>)]

    /// `lexemes`: each token's number in the gazetteer's lexicon (`Document.listLexemes(in:)`),
    /// looked up here when the document was segmented with another lexicon.
    init(gazetteer: Gazetteer, view: TokenView, map: ScalarMap, lexemes given: [Int32]? = nil) {
        g = gazetteer
        let tokens = view.tokens
        self.tokens = tokens
        self.view = view
        self.map = map
        let lexemes = given ?? view.withBytes { gazetteer.lexicon.lookUp(tokens, bytes: $0).list }
        var flags = [UInt16](repeating: 0, count: tokens.count)
        var starts = [Int16](repeating: 0, count: tokens.count)
        phraseReadings = [Int32](repeating: 0, count: tokens.count)
        let lexemeFlags = g.lexemeFlags, firstCount = g.lexemeFirstCount
        var startCount = 0
        flags.withUnsafeMutableBufferPointer { flags in
            starts.withUnsafeMutableBufferPointer { starts in
                for k in tokens.indices {
                    let id = Int(lexemes[k])
                    guard id >= 0 else { continue }
                    let t = tokens[k]
                    if t.kind == .word || t.kind == .symbol { flags[k] = lexemeFlags[id] }
                    // Gazetteer names start with a capital, a capital letter run, or a particle
                    // with a hyphen ("al-Qaeda"): other tokens never start one.
                    if firstCount[id] > 0, t.has(.capitalized) || t.has(.allUpper) || t.has(.hasHyphen) {
                        starts[k] = -1
                        startCount += 1
                    }
                }
            }
        }
        phraseLength = starts
        self.flags = flags
        self.lexemes = lexemes
        // Look every possible name start up once, so the finding itself only reads.
        // (The gazetteer's phrase lists are taken out once, not once per lookup.)
        let firstPhrases = g.firstPhrases, firstPhraseNext = g.firstPhraseNext
        // A start that reads as one phrase takes four entries (see `phrase(at:limit:)`).
        readings.reserveCapacity(startCount * 4)
        for k in tokens.indices where phraseLength[k] == -1 {
            lookUpPhrase(at: k, firstPhrases: firstPhrases, firstPhraseNext: firstPhraseNext)
        }
    }

    // MARK: token helpers

    @inline(__always)
    func has(_ k: Int, _ f: Gazetteer.WordInfo.Flags) -> Bool { k >= 0 && k < tokens.count && flags[k] & f.rawValue != 0 }

    /// The class of an organization head word ("agency" → office).
    func orgClass(_ k: Int) -> String? { view.lookup(g.words, k)?.orgClass }

    /// The longest gazetteer phrase starting at `k` inside `limit`: its length and all the
    /// entries of that exact phrase. (A name may be cut short by the end of its run: "South
    /// Korea" in "South Korea's spy agency" though the gazetteer also knows the longer name.)
    @inline(__always)
    func phrase(at k: Int, limit: Int) -> (length: Int, phrases: ArraySlice<Int32>)? {
        guard phraseLength[k] > 0 else { return nil }
        // readings: the number of lengths, then per length (longest first) the length, the
        // number of phrases and the phrases.
        var r = Int(phraseReadings[k])
        let groups = Int(readings[r])
        r += 1
        for _ in 0..<groups {
            let length = Int(readings[r]), n = Int(readings[r + 1])
            if k + length <= limit { return (length, readings[(r + 2)..<(r + 2 + n)]) }
            r += 2 + n
        }
        return nil
    }

    /// Every gazetteer phrase that matches at `k`, grouped by length, longest first (the
    /// candidates come sorted that way).
    private mutating func lookUpPhrase(at k: Int, firstPhrases: [Int32], firstPhraseNext: [Int32]) {
        let id = Int(lexemes[k])
        let from = Int(g.lexemeFirstStart[id])
        var start = -1, countSlot = -1
        var groups: Int32 = 0
        var currentLength = 0
        let next: Int32 = k + 1 < tokens.count ? lexemes[k + 1] : -1
        for c in from..<(from + Int(g.lexemeFirstCount[id])) {
            // A longer phrase whose second word is not the next token's cannot match.
            if firstPhraseNext[c] >= 0, firstPhraseNext[c] != next { continue }
            let p = firstPhrases[c]
            let n = Int(g.phrase(p).tokenCount)
            guard matches(g.phrase(p), at: k, limit: tokens.count) else { continue }
            if start < 0 {
                start = readings.count
                readings.append(0)
            }
            if n != currentLength {
                groups += 1
                currentLength = n
                readings.append(Int32(n))
                countSlot = readings.count
                readings.append(0)
            }
            readings.append(p)
            readings[countSlot] += 1
        }
        phraseLength[k] = groups > 0 ? Int16(currentLength) : 0
        if groups > 0 {
            phraseReadings[k] = Int32(start)
            readings[start] = groups
        }
    }

    @inline(__always)
    private func matches(_ ph: Gazetteer.Phrase, at k: Int, limit: Int) -> Bool {
        g.matches(ph, tokens: tokens, lexemes: lexemes, at: k, limit: limit)
    }

    // MARK: finding

    /// All mentions of one sentence (tokens `start..<end`), added to `result`.
    func mentions(sentence: Int, start: Int, end: Int, into result: inout [RawMention], scratch: inout Scratch) {
        if isCapitalsHeadline(start: start, end: end) { return }
        var out = scratch.mentions
        scratch.mentions = []
        if !out.isEmpty { out.removeAll(keepingCapacity: true) }
        defer { scratch.mentions = out }
        var k = start
        // Where the last mention found ends when it is a demonym ("the Russian"), else -1; looked
        // at again only when a mention is added, not at every word.
        var seen = 0, demonymEnd = -1
        while k < end {
            // Most tokens start nothing: only words do, and of the lower-case ones only a
            // determiner or a word after a possessive (descriptions), or one with a hyphen
            // ("al-Qaeda").
            let t = tokens[k]
            guard t.kind == .word else {
                k += 1
                continue
            }
            if out.count != seen {
                seen = out.count
                let last = out[seen - 1]
                demonymEnd = last.kind == .country && last.role == .demonym ? last.nameTokens.upperBound : -1
            }
            // A description after a determiner ("the intelligence agency") or a possessive
            // ("South Korea's intelligence agency").
            let afterPossessive = k > start && (tokens[k - 1].has(.possessive) || demonymEnd == k)
            if !(t.has(.capitalized) || t.has(.allUpper) || t.has(.hasHyphen)), !has(k, .determiner), !afterPossessive {
                k += 1
                continue
            }
            // (A description opens with a determiner or right after a possessive.)
            if has(k, .determiner) || afterPossessive,
               let nominal = description(at: k, start: start, end: end, sentence: sentence, bare: afterPossessive) {
                if let d = nominal.demonym { out.append(d) }
                out.append(nominal)
                k = nominal.nameTokens.upperBound
                continue
            }
            if view.isWord(k), tokens[k].has(.capitalized), view.lowerTail(k) {
                if let m = hyphenHead(k, sentence: sentence) { out.append(m) }
                k += 1
                continue
            }
            if let run = nameRun(from: k, start: start, end: end) {
                decompose(run, sentence: sentence, sentenceStart: start, end: end, into: &out, segments: &scratch.segments)
                k = run.upperBound
                continue
            }
            k += 1
        }
        joinPossessives(out)
        for m in out {
            withArticle(m, start: start)
            if let g = group(after: m, start: start, end: end) {
                // An organization inside its own group ("ISIL" in "ISIL fighters") is the group's
                // owner, not a mention of its own; a country's adjective stays a mention of it.
                if m.kind == .country { result.append(m) }
                result.append(g)
            } else {
                result.append(m)
            }
        }
    }

    /// A headline set in capitals ("DEMOCRATS WIN CONTROL OF SENATE"): capitals say nothing
    /// about names there, so it names no actors. Three or more words, all in capitals.
    func isCapitalsHeadline(start: Int, end: Int) -> Bool {
        var words = 0
        for k in start..<end where tokens[k].kind == .word && tokens[k].has(.hasLetter) {
            guard tokens[k].has(.allUpper) || tokens[k].byteEnd - tokens[k].byteBegin == 1 else { return false }
            words += 1
        }
        return words >= 3
    }

    /// "Iraqi security forces", "ISIL fighters", "an ISIL tactical unit", "U.S. service members",
    /// "the Asad regime", "ISIL fighting positions": a group (or, for installations, a place)
    /// of the country, organization or person just named. Groups fold into a few kinds per
    /// owner (forces, fighters, government, people, media), so "North Korean troops" and
    /// "North Korean soldiers" are one actor.
    private func group(after m: RawMention, start: Int, end: Int) -> RawMention? {
        let personal = m.kind == .person
        guard m.form == .full || m.form == .acronym || (personal && m.form == .short), m.kind != .place else { return nil }
        var k = m.nameTokens.upperBound
        guard k < end, m.span.end <= Int(tokens[k].begin) else { return nil }
        let headStart = k
        var last = -1
        var place = false
        while k < end, k - headStart < 4, view.isWord(k), !tokens[k].has(.capitalized) {
            if personal {
                if view.has(k, .regimeWord) { last = k }
                break
            }
            if has(k, .group) { last = k; place = false } else if has(k, .installation) { last = k; place = true }
            else if has(k, .stop) || has(k, .connector) { break }
            else if last >= 0 { break }
            k += 1
        }
        guard last >= 0 else { return nil }
        var first = m.nameTokens.lowerBound
        // The determiner or number before the name belongs to the group ("an ISIL tactical unit").
        if first > start, view.isWord(first - 1), view.has(first - 1, [.definiteArticle, .indefiniteArticle])
            || tokens[first - 1].kind == .number || TemporalScanner.numberWord(view.lower(first - 1)) != nil {
            first -= 1
        }
        let category = MentionFinder.groupCategory(view.lower(last), place: place)
        let owner = countryID(of: m) ?? (m.entry.map { g.entries[Int($0)].id }) ?? ActorID.slug(m.name)
        let result = RawMention(span: span(first, last), nameTokens: m.nameTokens.lowerBound..<(last + 1),
                                kind: place ? .place : .organization, form: .group, entry: nil, role: nil,
                                name: view.text(m.nameTokens.lowerBound..<(last + 1)), affiliation: owner, title: nil,
                                sentence: m.sentence)
        result.groupOwner = (owner, ownerLabel(m), category)
        return result
    }

    /// How a group's owner is written in its display name: the country's adjective
    /// ("North Korean"), else the name as written ("ISIL", "Asad").
    private func ownerLabel(_ m: RawMention) -> String {
        if let id = countryID(of: m), let adjective = g.adjective(of: id) { return adjective }
        return m.name
    }

    /// The kind of group a noun names.
    static func groupCategory(_ noun: String, place: Bool) -> String {
        if place { return Vocabulary.standard.groupCategories[noun] ?? "positions" }
        return Vocabulary.standard.groupCategories[noun] ?? "forces"
    }

    /// Organizations, countries and places take the "the" before them into their span
    /// ("the United States", "the SDF"): it is part of how the text names them.
    private func withArticle(_ m: RawMention, start: Int) {
        guard m.kind != .person, m.form == .full || m.form == .acronym, m.role != .demonym else { return }
        // "the Interfax agency", "the ISIL terrorist group": the head noun after an organization's
        // name is part of how the text names it.
        if m.kind == .organization {
            var k = m.nameTokens.upperBound
            if k < tokens.count, view.isWord(k), !tokens[k].has(.capitalized), !has(k, .orgHead), !has(k, .group),
               !has(k, .stop) { k += 1 }
            if k < tokens.count, view.isWord(k), !tokens[k].has(.capitalized), has(k, .orgHead), !has(k, .group),
               Int(tokens[k].begin) >= m.span.end {
                m.span = TextSpan(m.span.begin, Int(tokens[k].end))
            }
        }
        // A country before the name it modifies leaves "the" to that name ("the China
        // Meteorological Administration").
        if m.kind == .country, view.isNameLike(m.nameTokens.upperBound) { return }
        guard let first = firstToken(of: m.span), first > start, view.has(first - 1, .definiteArticle) else { return }
        m.span = TextSpan(Int(tokens[first - 1].begin), m.span.end)
    }

    /// The index of the token that starts at a scalar offset.
    private func firstToken(of span: TextSpan) -> Int? {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(tokens[mid].begin) < span.begin { lo = mid + 1 } else { hi = mid }
        }
        return lo < tokens.count && Int(tokens[lo].begin) == span.begin ? lo : nil
    }

    /// The known name before the hyphen of "ISIL-held" or "U.S.-led", as its own mention.
    private func hyphenHead(_ k: Int, sentence: Int) -> RawMention? {
        let t = tokens[k]
        let b = Int(t.byteBegin), e = Int(t.byteEnd)
        var h = b
        while h < e, view.byte(h) != UInt8(ascii: "-") { h += 1 }
        guard h > b, let candidates = view.lookup(g.byFirst, bytes: b..<h) else { return nil }
        for p in candidates {
            let ph = g.phrase(p)
            guard ph.tokenCount == 1 else { continue }
            let entry = g.entries[Int(ph.entry)]
            let kind: ActorKind = ph.role == .capital || ph.role == .seat || ph.role == .demonym ? .country : entry.kind
            return RawMention(span: TextSpan(Int(t.begin), map.scalarOffset(ofByte: h)), nameTokens: k..<(k + 1), kind: kind,
                              form: .full, entry: ph.entry, role: ph.role, name: view.string(bytes: b..<h),
                              affiliation: entry.affiliation, title: nil, sentence: sentence)
        }
        return nil
    }

    /// The run of name-like tokens starting at `k`: capitalized words, capitals, initials with
    /// their dots, abbreviated titles, gazetteer phrases (even lower-case ones like
    /// "al-Qaeda"), and connectors between capitalized words ("Bank of England").
    /// A date word that a name does not run into: a weekday ("Rafael Nadal Monday", not "the
    /// Sunday Times": a publication word follows), or a compound of months ("July-September",
    /// "mid-January").
    @inline(__always)
    private func isDateWord(_ k: Int, end: Int) -> Bool {
        if view.has(k, .weekday) { return !(k + 1 < end && view.has(k + 1, .publicationWord)) }
        return tokens[k].has(.hasHyphen) && isMonthCompound(k)
    }

    private func isMonthCompound(_ k: Int) -> Bool {
        guard let (a, b) = TemporalScanner.hyphenHalves(tokens[k], view) else { return false }
        func isMonth(_ r: Range<Int>) -> Bool {
            if case .month? = view.lookup(TemporalLexicon.table, bytes: r) { return true }
            return false
        }
        return isMonth(b) || isMonth(a)
    }

    private func nameRun(from k0: Int, start: Int, end: Int) -> Range<Int>? {
        var k = k0
        guard k < end, view.isWord(k), !isDateWord(k, end: end) else { return nil }
        if !view.isNameLike(k) {
            // A lower-case gazetteer phrase ("al-Qaeda", "iPhone") may start a run.
            guard let p = phrase(at: k, limit: end), g.firstCaps(g.phrase(p.phrases.first!)) == 0 else { return nil }
            k += p.length
        } else {
            k += 1
        }
        var sawOf = false
        while k < end {
            if view.isNameLike(k) {
                if isDateWord(k, end: end) { break }
                k += 1
                continue
            }
            // "People's Liberation Army", "Workers' Party": a plural's possessive inside a name.
            if k > k0, k + 1 < end, view.isNameLike(k + 1), !tokens[k].has(.spaceBefore), view.has(k - 1, .possessiveNameWord),
               tokens[k].has(.possessive) || view.isPunct(k, UInt8(ascii: "'")) {
                k += 1
                continue
            }
            // The dot of an initial ("J.") or an abbreviated title ("Gen.", "Lt.").
            if view.isPunct(k, UInt8(ascii: ".")), !tokens[k].has(.spaceBefore), k > k0,
               tokens[k - 1].length == 1 || has(k - 1, .titleHead) || has(k - 1, .titleModifier),
               k + 1 < end, view.isNameLike(k + 1) {
                k += 1
                continue
            }
            if view.isWord(k), let p = phrase(at: k, limit: end), g.firstCaps(g.phrase(p.phrases.first!)) == 0 {
                k += p.length
                continue
            }
            if view.isWord(k), has(k, .connector), k + 1 < end {
                // "of the", "for the": a second connector before the capital.
                var next = k + 1
                if has(next, .connector), view.has(next, .definiteArticle) { next += 1 }
                // "the Human Rights Commission on Thursday", "Front on March 3": no date joins a name.
                guard next < end, view.isNameLike(next), !isDateWord(next, end: end), !view.has(next, .month) else { break }
                if view.has(k, .namePreposition) { sawOf = true }
                // "and" joins names only inside an "X of Y and Z" name, never "Kim and Putin".
                if view.has(k, .nameAnd) {
                    guard sawOf || view.has(k, .nameAmpersand) else { break }
                }
                if view.has(k, .definiteArticle), !(k > k0 && view.has(k - 1, .namePreposition)) { break }
                if view.has(k, .topicPreposition) {
                    // "Commission on Human Rights": only after an organization head.
                    guard has(k - 1, .orgHead) else { break }
                }
                k = next
                continue
            }
            break
        }
        return k0..<k
    }

    // MARK: decomposing a run

    /// Room the finder works in, kept from one sentence to the next so that it allocates once.
    struct Scratch {
        var mentions: [RawMention] = []
        var segments: [Segment] = []
    }

    enum Segment {
        case gazetteer(Range<Int>, ArraySlice<Int32>)
        case title(Range<Int>)
        case name(Range<Int>)

        var range: Range<Int> {
            switch self {
            case .gazetteer(let r, _), .title(let r), .name(let r): return r
            }
        }
    }

    private func decompose(_ run: Range<Int>, sentence: Int, sentenceStart: Int, end: Int, into out: inout [RawMention],
                           segments segs: inout [Segment]) {
        // Fast path: one known word ("Iraq", "Russian", "NATO").
        if run.count == 1, let p = phrase(at: run.lowerBound, limit: run.upperBound), p.length == 1 {
            if let m = gazetteerMention(run, p.phrases, modifierStart: nil, affiliation: nil, sentence: sentence,
                                        sentenceStart: sentenceStart, run: run) { out.append(m) }
            return
        }
        if !segs.isEmpty { segs.removeAll(keepingCapacity: true) }
        var k = run.lowerBound
        // "URGENT Kim Jong-Il promotes…", "ATTENTION - UPDATES, ADDS quotes": a wire flag in
        // capitals is no name, nor the start of one (the headline starts after it).
        while k < run.upperBound, tokens[k].has(.allUpper), view.has(k, .wireFlag) { k += 1 }
        let opening = view.opensSentence(run.lowerBound, sentenceStart: sentenceStart)
        // A capital at the start of a sentence says nothing: a common word there is no name.
        if k < run.upperBound, opening, has(k, .common), !has(k, .titleHead), !has(k, .titleModifier),
           phrase(at: k, limit: run.upperBound) == nil {
            k += 1
            if k < run.upperBound, has(k, .connector) { k += 1 }
        }
        // "Additionally", "Accordingly": an adverb opening the sentence.
        if k < run.upperBound, view.opensSentence(k, sentenceStart: sentenceStart), k + 1 == run.upperBound || !view.isNameLike(k + 1), view.endsInLy(k) {
            let w = view.lower(k)
            if w.count > 4, w.hasSuffix("ly") { k += 1 }
        }
        // "Operation Inherent Resolve", "VBIED": names of things, not actors.
        if k < run.upperBound, has(k, .notActor) { return }
        var nameStart: Int?
        func closeName(_ at: Int) {
            var e = at
            if let s = nameStart {
                while e > s, has(e - 1, .connector) || tokens[e - 1].kind == .punctuation { e -= 1 }
                // A longer run of capitals is a headline or a list, not one name.
                if s < e, e - s <= MentionFinder.maximumNameTokens { segs.append(.name(s..<e)) }
            }
            nameStart = nil
        }
        while k < run.upperBound {
            if let p = phrase(at: k, limit: run.upperBound) {
                // A known name inside a longer unknown one ending in an organization head
                // ("Russian Navy" when unknown, "Syrian Democratic Forces") stays part of it.
                closeName(k)
                segs.append(.gazetteer(k..<(k + p.length), p.phrases))
                k += p.length
                continue
            }
            if let t = titleSpan(k, limit: run.upperBound) {
                closeName(k)
                segs.append(.title(t))
                k = t.upperBound
                continue
            }
            if nameStart == nil {
                // Skip lower-case connectors and dots between segments ("Al Huwayjah" keeps its "Al").
                if has(k, .connector) && !view.isNameLike(k) || tokens[k].kind == .punctuation { k += 1; continue }
                nameStart = k
            }
            k += 1
        }
        closeName(run.upperBound)
        // "Government of Iraq", "Ministry of Defence of Ukraine": an organization head, "of" and a
        // country make one organization of that country.
        // (Merged in place: `kept` segments stay, the rest are dropped at the end.)
        var ofCountry = OfCountry()
        var kept = 0
        for j in segs.indices {
            if kept > 0, case .gazetteer(let r, let ps) = segs[j], case .name(let n) = segs[kept - 1],
               has(n.upperBound - 1, .orgHead), r.lowerBound == n.upperBound + 1, view.has(n.upperBound, .ofLink),
               let country = countryModifier(ps) {
                segs[kept - 1] = .name(n.lowerBound..<r.upperBound)
                ofCountry[n.lowerBound] = (country, r)
                continue
            }
            if kept != j { segs[kept] = segs[j] }
            kept += 1
        }
        if segs.count > kept { segs.removeLast(segs.count - kept) }
        mentions(from: segs, run: run, sentence: sentence, sentenceStart: sentenceStart, ofCountry: ofCountry, into: &out)
    }

    /// Title words at `k`: modifiers and heads ending with a head ("Vice Foreign Minister",
    /// "Lt. Gen.", "President"), with a portfolio ("for the Middle East", "of State") when the
    /// run goes on with capitals.
    private func titleSpan(_ k0: Int, limit: Int) -> Range<Int>? {
        var k = k0
        var lastHead = -1
        // Titles are short ("Deputy Chief of Staff"): the scan stops after a few words, so a
        // long run of title words costs no rescans.
        while k < limit, k - k0 < 8, has(k, .titleHead) || has(k, .titleModifier) || (view.isPunct(k, UInt8(ascii: ".")) && k > k0) {
            if has(k, .titleHead) { lastHead = k }
            k += 1
        }
        guard lastHead >= 0 else { return nil }
        var end = lastHead + 1
        if end < limit, view.isPunct(end, UInt8(ascii: ".")) { end += 1 }
        // A title word standing alone at the end of a longer name is part of the name
        // ("General Motors" is not a title, "Lieutenant Governor" is).
        if end < limit, view.has(end, .namePreposition), end + 1 < limit {
            // Portfolio: "Secretary of State", "Minister for the Middle East", up to a given name.
            var p = end + 1
            if view.has(p, .definiteArticle) { p += 1 }
            var q = p
            while q < limit, view.isNameLike(q), !has(q, .givenName) { q += 1 }
            if q > p { end = q }
        }
        return k0..<end
    }

    private func mentions(from segs: [Segment], run: Range<Int>, sentence: Int, sentenceStart: Int,
                          ofCountry: OfCountry, into out: inout [RawMention]) {
        let first = out.count
        var i = 0
        while i < segs.count {
            // Country modifiers before a title, a name or an organization: "Russian President",
            // "South Korean Foreign Ministry", "U.S. Central Command".
            var modifierStart: Int?
            var affiliation: String?
            // A country's name (not its demonym) before an organization is part of its name
            // ("China Meteorological Administration"; "Chinese Foreign Ministry" is the ministry).
            var modifierIsName = false
            var j = i
            // (Only right before what it modifies: in "Norway and Estonia" Norway is no modifier.)
            while j < segs.count - 1, case .gazetteer(let r, let ps) = segs[j], let country = countryModifier(ps),
                  (r.upperBound..<segs[j + 1].range.lowerBound).allSatisfy({ tokens[$0].kind == .punctuation }) {
                out.append(countryMention(r, ps, country, sentence: sentence))
                modifierIsName = modifierStart == nil && g.phrase(ps.first!).role != .demonym
                modifierStart = modifierStart ?? r.lowerBound
                affiliation = country
                j += 1
            }
            i = j
            if let used = organizationTitleName(segs, i, modifierStart: modifierStart, sentence: sentence, into: &out) {
                i += used
                continue
            }
            switch segs[i] {
            case .title(let t):
                i += titled(t, segs, i, modifierStart: modifierStart, affiliation: affiliation, sentence: sentence,
                            sentenceStart: sentenceStart, into: &out)
            case .name(let n):
                if let (country, r) = ofCountry[n.lowerBound] {
                    let entry = g.entryIndex(country)
                    out.append(RawMention(span: span(r.lowerBound, r.upperBound - 1), nameTokens: r, kind: .country, form: .full,
                                          entry: entry, role: .name, name: view.text(r), affiliation: nil, title: nil, sentence: sentence))
                    out.append(RawMention(span: span(n.lowerBound, n.upperBound - 1), nameTokens: n, kind: .organization,
                                          form: .full, entry: nil, role: nil, name: view.text(n), affiliation: country, title: nil,
                                          sentence: sentence))
                } else if let m = classify(n, modifierStart: modifierStart, affiliation: affiliation, sentence: sentence,
                                           sentenceStart: sentenceStart) {
                    if modifierIsName, let s = modifierStart, m.kind == .organization, m.form == .full {
                        m.name = view.text(s..<n.upperBound)
                    }
                    out.append(m)
                }
                i += 1
            case .gazetteer(let r, let ps) where i + 1 < segs.count && placeNamesOrganization(ps, r, segs[i + 1]):
                // "Tokyo District Court", "Abu Dhabi Islamic Bank": a place before an
                // organization's words is part of its name.
                let n = segs[i + 1].range
                out.append(RawMention(span: span(modifierStart ?? r.lowerBound, n.upperBound - 1), nameTokens: r.lowerBound..<n.upperBound,
                                      kind: .organization, form: .full, entry: nil, role: nil,
                                      name: view.text(r.lowerBound..<n.upperBound), affiliation: affiliation, title: nil,
                                      sentence: sentence))
                i += 2
            case .gazetteer(let r, let ps) where i + 1 < segs.count && personNameAfter(ps, segs[i + 1]):
                // "Sony Dwi Kuncoro": a one-word company name followed by a name is a person's first name.
                let n = segs[i + 1].range
                out.append(RawMention(span: span(r.lowerBound, n.upperBound - 1), nameTokens: r.lowerBound..<n.upperBound,
                                      kind: .person, form: .full, entry: nil, role: nil, name: view.text(r.lowerBound..<n.upperBound),
                                      affiliation: affiliation, title: nil, sentence: sentence))
                i += 2
            case .gazetteer(let r, let ps):
                if let m = gazetteerMention(r, ps, modifierStart: modifierStart, affiliation: affiliation,
                                            sentence: sentence, sentenceStart: sentenceStart, run: run) {
                    out.append(m)
                }
                i += 1
            }
        }
        // A name run that is a document or an event ("UN Charter", "Geneva Conventions") names no actor.
        if let last = run.last, has(last, .document), run.count >= 2 {
            out.removeSubrange(first...)
        }
    }

    /// "Foreign Office Minister Tobias Ellwood": an organization before a title and a name is
    /// the person's affiliation and part of the name's span; the segments used, or nil.
    private func organizationTitleName(_ segs: [Segment], _ i: Int, modifierStart: Int?, sentence: Int,
                                       into out: inout [RawMention]) -> Int? {
        guard i + 2 < segs.count, case .gazetteer(let r, let ps) = segs[i], g.entryKinds[Int(g.phrase(ps.first!).entry)] == .organization,
              case .title(let t) = segs[i + 1], case .name(let n) = segs[i + 2] else { return nil }
        let org = g.entries[Int(g.phrase(ps.first!).entry)]
        out.append(RawMention(span: span(modifierStart ?? r.lowerBound, n.upperBound - 1), nameTokens: n, kind: .person,
                              form: .full, entry: nil, role: nil, name: personName(n), affiliation: org.id,
                              title: view.text(t).lowercasedFast, sentence: sentence))
        return 3
    }

    /// A title segment: with a name after it a person ("President Putin"), with a known
    /// person's name the same ("Chancellor Angela Merkel"); alone ("The Foreign Secretary",
    /// "President") a title-only mention, but only with a determiner or a country before it or
    /// several words — not a lone common word ("Director"). Returns the segments used.
    private func titled(_ t: Range<Int>, _ segs: [Segment], _ i: Int, modifierStart: Int?, affiliation: String?, sentence: Int,
                        sentenceStart: Int, into out: inout [RawMention]) -> Int {
        if i + 1 < segs.count, case .name(let n) = segs[i + 1] {
            out.append(RawMention(span: span(modifierStart ?? t.lowerBound, n.upperBound - 1), nameTokens: n,
                                  kind: .person, form: .full, entry: nil, role: nil, name: personName(n),
                                  affiliation: affiliation, title: view.text(t).lowercasedFast, sentence: sentence))
            return 2
        }
        if i + 1 < segs.count, case .gazetteer(let r, let ps) = segs[i + 1], let person = knownPerson(ps) {
            out.append(RawMention(span: span(modifierStart ?? t.lowerBound, r.upperBound - 1), nameTokens: r,
                                  kind: .person, form: .full, entry: person.entry, role: person.role, name: view.text(r),
                                  affiliation: affiliation, title: view.text(t).lowercasedFast, sentence: sentence))
            return 2
        }
        let first = modifierStart ?? t.lowerBound
        let withArticle = first > sentenceStart && view.has(first - 1, .definiteArticle)
        if withArticle || affiliation != nil || t.count >= 2, !(t.count == 1 && has(t.lowerBound, .common) && affiliation == nil && !withArticle) {
            let s = withArticle ? first - 1 : first
            out.append(RawMention(span: span(s, t.upperBound - 1), nameTokens: t, kind: .person, form: .titleOnly,
                                  entry: nil, role: nil, name: view.text(t), affiliation: affiliation,
                                  title: view.text(t).lowercasedFast, sentence: sentence))
        }
        return 1
    }

    /// A known place right before a name that is an organization's (its last word an
    /// organization head, or a head joined to what it is of: "Journal of Medicine").
    private func placeNamesOrganization(_ ps: ArraySlice<Int32>, _ r: Range<Int>, _ next: Segment) -> Bool {
        guard case .name(let n) = next, n.lowerBound == r.upperBound, !tokens[r.upperBound - 1].has(.possessive),
              g.entryKinds[Int(g.phrase(ps.first!).entry)] == .place || ps.contains(where: { g.entryKinds[Int(g.phrase($0).entry)] == .place })
        else { return false }
        if has(n.upperBound - 1, .orgHead) { return true }
        return n.count >= 3 && n.dropLast().contains { has($0, .orgHead) && view.has($0 + 1, .namePreposition) }
    }

    private func personNameAfter(_ ps: ArraySlice<Int32>, _ next: Segment) -> Bool {
        guard case .name(let n) = next, ps.count == 1 else { return false }
        let ph = g.phrase(ps.first!)
        let e = g.entries[Int(ph.entry)]
        guard ph.tokenCount == 1, e.kind == .organization, e.type == "company" || e.type == "media" else { return false }
        return !has(n.upperBound - 1, .orgHead) && !has(n.upperBound - 1, .placeAfter) && n.count <= 3
    }

    /// The known person a gazetteer phrase names ("President Vladimir Putin"): a place or an
    /// organization after a title is no title holder.
    private func knownPerson(_ ps: ArraySlice<Int32>) -> Gazetteer.Phrase? {
        ps.lazy.map { self.g.phrase($0) }.first { self.g.entryKinds[Int($0.entry)] == .person }
    }

    /// The country a gazetteer phrase names as a modifier (a demonym or a country name/alias).
    private func countryModifier(_ ps: ArraySlice<Int32>) -> String? {
        for p in ps {
            let ph = g.phrase(p)
            if g.entryKinds[Int(ph.entry)] == .country, ph.role == .demonym || ph.role == .name || ph.role == .alias {
                return g.entries[Int(ph.entry)].id
            }
        }
        return nil
    }

    private func countryMention(_ r: Range<Int>, _ ps: ArraySlice<Int32>, _ country: String, sentence: Int) -> RawMention {
        let ph = g.phrase(ps.first!)
        return RawMention(span: span(r.lowerBound, r.upperBound - 1), nameTokens: r, kind: .country, form: .full,
                          entry: g.entryIndex(country), role: ph.role, name: view.text(r), affiliation: nil, title: nil,
                          sentence: sentence)
    }

    /// A known name on its own: a country, organization or place; a capital or seat of power
    /// stands for its country when it acts ("Moscow's war", "Pyongyang sent", "the Kremlin").
    private func gazetteerMention(_ r: Range<Int>, _ ps: ArraySlice<Int32>, modifierStart: Int?, affiliation: String?, sentence: Int,
                                  sentenceStart: Int, run: Range<Int>) -> RawMention? {
        // The readings of the name, by role: a capital, a seat of power, a country or
        // organization by name, a place.
        var capital: Gazetteer.Phrase?, seat: Gazetteer.Phrase?, named: Gazetteer.Phrase?, place: Gazetteer.Phrase?
        for p in ps {
            let ph = g.phrase(p)
            switch ph.role {
            case .capital: capital = capital ?? ph
            case .seat: seat = seat ?? ph
            default:
                switch g.entryKinds[Int(ph.entry)] {
                case .place: place = place ?? ph
                case .organization: if named == nil || g.entryKinds[Int(named!.entry)] == .country { named = ph }
                default: named = named ?? ph
                }
            }
        }
        let whole = span(r.lowerBound, r.upperBound - 1)
        // A capital: the government when it acts, the city otherwise.
        if let capital {
            if actsAsGovernment(r, sentenceStart: sentenceStart) {
                return RawMention(span: whole, nameTokens: r, kind: .country, form: .full, entry: capital.entry, role: .capital,
                                  name: view.text(r), affiliation: nil, title: nil, sentence: sentence)
            }
            let country = g.entries[Int(capital.entry)].id
            if let place {
                return RawMention(span: whole, nameTokens: r, kind: .place, form: .full, entry: place.entry, role: .name,
                                  name: view.text(r), affiliation: g.entries[Int(place.entry)].affiliation ?? country, title: nil,
                                  sentence: sentence)
            }
            return RawMention(span: whole, nameTokens: r, kind: .place, form: .full, entry: nil, role: .name, name: view.text(r),
                              affiliation: country, title: nil, sentence: sentence)
        }
        // A name beats a seat of power (the Knesset is the parliament), which beats a place.
        guard let best = named ?? seat ?? place else { return nil }
        let kind: ActorKind = best.role == .seat ? .country : g.entryKinds[Int(best.entry)]
        return RawMention(span: span(modifierStart ?? r.lowerBound, r.upperBound - 1), nameTokens: r, kind: kind, form: .full,
                          entry: best.entry, role: best.role, name: view.text(r),
                          affiliation: affiliation ?? g.entries[Int(best.entry)].affiliation, title: nil, sentence: sentence)
    }

    /// Whether a capital's name stands for its government: possessive ("Seoul's concerns"), a
    /// verb after it ("Pyongyang sent"), or "authorities in Seoul".
    private func actsAsGovernment(_ r: Range<Int>, sentenceStart: Int) -> Bool {
        let next = r.upperBound
        if next < tokens.count, tokens[next].has(.possessive) { return true }
        if r.lowerBound >= sentenceStart + 2, view.has(r.lowerBound - 1, .prepositionIn),
           view.has(r.lowerBound - 2, .officialsNoun),
           // "Norwegian officials in Tallinn" are not Tallinn's: the city is where they are.
           !(r.lowerBound - 3 >= sentenceStart && view.isNameLike(r.lowerBound - 3)) { return true }
        guard next < tokens.count, view.isWord(next), !tokens[next].has(.capitalized) else { return false }
        // A preposition or conjunction after the name keeps it a place ("in Seoul on Monday").
        if has(next, .connector) || has(next, .common) && !view.has(next, .governmentVerb) { return false }
        // The name must be the subject: nothing but a sentence start, a comma or "and" before it.
        let before = r.lowerBound - 1
        if before >= sentenceStart, !(view.isPunct(before, UInt8(ascii: ",")) || view.has(before, .subjectLead) || view.isQuote(before)
                                      || view.has(before, .speechVerb)) { return false }
        return true
    }

    /// An unknown name: a person, an organization or a place, from its words and its neighbours.
    private func classify(_ n: Range<Int>, modifierStart: Int?, affiliation: String?, sentence: Int,
                          sentenceStart: Int) -> RawMention? {
        let first = n.lowerBound, last = n.upperBound - 1
        let start = modifierStart ?? first
        let whole = span(start, last)
        func make(_ kind: ActorKind, _ form: RawMention.Form, name: String? = nil) -> RawMention {
            RawMention(span: whole, nameTokens: n, kind: kind, form: form, entry: nil, role: nil, name: name ?? view.text(n),
                       affiliation: affiliation, title: nil, sentence: sentence)
        }
        // Names of weekdays and months are dates, not actors; so is a run of them ("Monday
        // Tuesday", "January March").
        if n.count == 1, view.has(first, WordClass.temporalReadings), !tokens[first].has(.allUpper) {
            return nil
        }
        if n.count > 1, n.allSatisfy({ k in view.has(k, [.month, .weekday]) || tokens[k].kind == .punctuation }) {
            return nil
        }
        if has(last, .document) { return nil }
        // "Year of the Pig", "Summit of the Americas", "World War II": an event's word inside
        // (not "Bill Richardson", a given name; not "Natural Law Party", an organization).
        if n.count >= 2, !has(first, .givenName), !has(last, .orgHead),
           n.dropLast().contains(where: { has($0, .document) && (view.has($0 + 1, .ofLink) || $0 + 1 == last && isNumeral(last)) }) {
            return nil
        }
        // "the Twin Otter plane", "the film The Promise": a thing's noun next to the name.
        if isThingNoun(last + 1) || isThingNoun(start - 1) { return nil }
        if has(last, .orgHead) {
            // "Navy" after "Russian" is "Russian Navy"; "Foreign Ministry" keeps its own name.
            if n.count == 1, let m = modifierStart {
                return make(.organization, .full, name: view.text(m..<(last + 1)))
            }
            // "the Coalition", "the Commission": a body named by its head; alone ("Ministry") nothing.
            if n.count == 1, !tokens[first].has(.allUpper), modifierStart == nil {
                guard first > sentenceStart, view.has(first - 1, .definiteArticle) else { return nil }
                let m = make(.organization, .nominal)
                m.headClass = orgClass(first)
                m.modifiers = [view.lower(first)]
                m.span = span(first - 1, first)
                m.capitalizedHead = true
                return m
            }
            return make(.organization, .full)
        }
        // "Commission on Human Rights", "Council for Foreign Relations": an organization head
        // joined to what it is about names the organization.
        if n.count >= 3, n.dropLast().contains(where: { has($0, .orgHead) && view.has($0 + 1, [.namePreposition, .topicPreposition]) }) {
            return make(.organization, .full)
        }
        if has(last, .placeAfter) || has(first, .placeBefore), n.count >= 2 { return make(.place, .full) }
        if n.count == 1 {
            let t = tokens[first]
            if t.length == 1 { return nil }  // a lone letter ("'Z' time")
            if view.has(first, .identity) || view.has(first, .thingWord) { return nil }
            if t.has(.allUpper), t.length >= 2 { return make(.organization, .acronym) }
            // A common word capitalized mid-sentence is mostly a name part ("Storm"), but a lone
            // common word is not an actor.
            if has(first, .common) { return nil }
            // After "in", "to", "near": a place.
            if first > sentenceStart, view.has(first - 1, .locative) { return make(.place, .full) }
            let m = make(.person, .short)
            // A lone unknown capital opening a sentence ("Port workers ...") is only a name when
            // it refers to one; the resolver drops it otherwise.
            m.sentenceInitial = modifierStart == nil && view.opensSentence(first, sentenceStart: sentenceStart)
                && !has(first, .givenName) && !has(first, .knownSurname)
            m.personEvidence = has(first, .givenName) || has(first, .knownSurname) || saysPerson(first)
            return m
        }
        // After "near", "outside", "northwest of": a place, unless it starts with a given name.
        if start > sentenceStart, !has(first, .givenName), view.has(start - 1, .placePreposition) {
            return make(.place, .full)
        }
        // Several capitalized words with no organization or place word: a person.
        if has(first, .givenName) || n.count <= 4 { return make(.person, .full, name: personName(n)) }
        return make(.organization, .full)
    }

    /// A Roman numeral or a number ("II", "2").
    private func isNumeral(_ k: Int) -> Bool {
        if tokens[k].kind == .number { return true }
        guard tokens[k].has(.allUpper), tokens[k].length <= 4 else { return false }
        return view.text(k).allSatisfy { "IVX".contains($0) }
    }

    /// A lower-case noun of a thing (plane, rocket, film, program) at `k`.
    private func isThingNoun(_ k: Int) -> Bool {
        k >= 0 && k < tokens.count && view.isWord(k) && !tokens[k].has(.capitalized) && view.has(k, .thingNoun)
    }

    /// "said Flintoff", "Flintoff told reporters", "Flintoff, 28,": a verb of saying right
    /// before or after a one-word name, or an age after it.
    private func saysPerson(_ k: Int) -> Bool {
        if k > 0, view.isWord(k - 1), view.has(k - 1, .speechVerb) { return true }
        var j = k + 1
        if j < tokens.count, view.isWord(j), view.has(j, .speechVerb) { return true }
        guard j + 2 < tokens.count, view.isPunct(j, UInt8(ascii: ",")) else { return false }
        j += 1
        return tokens[j].kind == .number && tokens[j].length <= 2 && view.isPunct(j + 1, UInt8(ascii: ","))
    }

    /// A person's name without dots after initials kept as written ("Stephen J. Townsend").
    private func personName(_ n: Range<Int>) -> String { view.text(n) }

    // MARK: descriptions

    /// "the intelligence agency", "a ministry statement", "the Russian ambassador", "the North".
    private func description(at k: Int, start: Int, end: Int, sentence: Int, bare: Bool = false) -> RawMention? {
        guard view.isWord(k) else { return nil }
        let determiner = has(k, .determiner)
        guard determiner || bare else { return nil }
        var j = determiner ? k + 1 : k
        // Every description has its head, its direction ("North") or its demonym's first word
        // among the next four tokens; most determiners have none of them.
        var q = j
        while q < min(end, j + 4),
              flags[q] & (Gazetteer.WordInfo.Flags.orgHead.rawValue | Gazetteer.WordInfo.Flags.titleHead.rawValue) == 0,
              !(tokens[q].has(.capitalized) || tokens[q].has(.allUpper) || tokens[q].has(.hasHyphen)) { q += 1 }
        guard q < min(end, j + 4) else { return nil }
        // "the North", "the nuclear-armed South"
        var d = j
        while d < min(end, j + 2), view.isWord(d), !tokens[d].has(.capitalized) { d += 1 }
        if determiner, d < end, view.has(d, .directionCountry), tokens[d].has(.capitalized), !(d + 1 < end && view.isNameLike(d + 1)) {
            if !(d + 1 < end && view.isNameLike(d + 1)) {
                return RawMention(span: span(d, d), nameTokens: d..<(d + 1), kind: .country, form: .direction, entry: nil,
                                  role: nil, name: view.text(d), affiliation: nil, title: nil, sentence: sentence)
            }
        }
        var affiliation: String?
        var demonym: RawMention?
        // A demonym: "the Russian ambassador"
        if j < end, let p = phrase(at: j, limit: end), let c = countryModifier(p.phrases) {
            affiliation = c
            demonym = countryMention(j..<(j + p.length), p.phrases, c, sentence: sentence)
            j += p.length
        }
        let descStart = j
        // Adjectives and noun modifiers in lower case, then a head.
        while j < end, view.isWord(j), !tokens[j].has(.capitalized), !has(j, .orgHead), !has(j, .titleHead), j - descStart < 3 {
            if has(j, .stop) { return nil }
            j += 1
        }
        guard j < end, has(j, .orgHead) || has(j, .titleHead) else { return nil }
        let modifiers = (descStart..<j).map { view.lower($0) }
        guard j < end, view.isWord(j), !tokens[j].has(.capitalized) || affiliation != nil else { return nil }
        if has(j, .titleHead), affiliation != nil || !modifiers.isEmpty || view.has(k, .definiteArticle) {
            // A person by title: "the Russian ambassador", "the prime minister".
            guard affiliation != nil || view.has(k, .definiteArticle) else { return nil }
            let title = (modifiers + [view.lower(j)]).joined(separator: " ")
            guard determiner else { return nil }
            let m = RawMention(span: span(k, j), nameTokens: descStart..<(j + 1), kind: .person, form: .titleOnly, entry: nil,
                               role: nil, name: view.text(descStart..<(j + 1)), affiliation: affiliation, title: title,
                               sentence: sentence)
            m.demonym = demonym
            return m
        }
        // After a demonym with no determiner, a head alone ("Iraqi forces") is a group, not a description;
        // so is a group noun right after a demonym ("the Russian government", "the Syrian army").
        if !determiner, modifiers.isEmpty, !(k > 0 && tokens[k - 1].has(.possessive)) { return nil }
        if affiliation != nil, modifiers.isEmpty, has(j, .group), !tokens[j].has(.capitalized) { return nil }
        if has(j, .orgHead), let cls = orgClass(j) {
            // "a ministry statement": the head may modify another noun.
            let m = RawMention(span: span(k, j), nameTokens: descStart..<(j + 1), kind: .organization, form: .nominal,
                               entry: nil, role: nil, name: view.text(descStart..<(j + 1)), affiliation: affiliation, title: nil,
                               sentence: sentence)
            m.headClass = cls
            m.modifiers = modifiers + [view.lower(j)]
            // "The Dutch union": the country is named too, whatever the union turns out to be.
            m.demonym = demonym
            return m
        }
        return nil
    }

    /// "South Korea's intelligence agency", "Russia's Far East", "North Korea's Special Operations
    /// Forces": a country and a possessive before a name make one mention, affiliated to it.
    private func joinPossessives(_ ms: [RawMention]) {
        // Read in place by index (binding every mention to a name retains it); most have no
        // country before them.
        for i in ms.indices where i > 0 && ms[i - 1].kind == .country {
            let prev = ms[i - 1], m = ms[i]
            if prev.form == .full, m.kind != .country || m.form == .direction, possessiveBetween(prev, m) != nil {
                m.span = TextSpan(prev.span.begin, m.span.end)
                m.affiliation = m.affiliation ?? countryID(of: prev)
            }
        }
    }

    private func possessiveBetween(_ a: RawMention, _ b: RawMention) -> Int? {
        let k = a.nameTokens.upperBound
        guard k < tokens.count, tokens[k].has(.possessive) else { return nil }
        // The possessive must directly precede b.
        let next = k + 1
        guard next < tokens.count, Int(tokens[next].begin) == b.span.begin else { return nil }
        return k
    }

    func countryID(of m: RawMention) -> String? {
        guard let e = m.entry else { return nil }
        let entry = g.entries[Int(e)]
        return entry.kind == .country ? entry.id : nil
    }

    func span(_ first: Int, _ last: Int) -> TextSpan { TextSpan(Int(tokens[first].begin), Int(tokens[last].end)) }
}

