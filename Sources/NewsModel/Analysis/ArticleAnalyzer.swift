/// What the extractors find in one text: its segmentation and its times, events, actors and
/// quantities, every span a scalar offset into that text.
struct Analysis {
    var scalarMap: ScalarMap
    var paragraphs: [TextSpan]
    var sentences: [TextSpan]
    var times: [Timex]
    var events: [Event]
    var actors: [Actor]
    var quantities: [Quantity]
}

/// Runs the extractors over an article: segment → timeline → actors → events → quantities,
/// and ties each event and quantity to the actors of its sentence.
///
/// A text over one and a half `partBytes` (a dump flattened into one line, a book) is analysed in
/// parts of about `partBytes`, cut at a line end, else a sentence end, else a space, and the
/// parts' findings are joined: memory for the analysis then stays a small multiple of the
/// text, not of the text times the extractors' per-token tables. Names and anaphoric dates
/// are resolved within a part.
public enum ArticleAnalyzer {
    static let partBytes = 1 << 18

    /// Longest title made from the text, in characters.
    public static let titleLength = 80

    /// An article with everything extracted from its text: its document (or the one given),
    /// times, actors, events and quantities. The title is the field's, else the first sentence
    /// shortened.
    public static func article(id: String, path: String, record: Int? = nil, date: CivilDate?, title: String? = nil,
                               source: String? = nil, url: String? = nil, text: String, warnings: [LoadWarning] = [],
                               document: Document? = nil, gazetteer: Gazetteer = .standard) -> Article {
        var analysis = analyze(text, date: date, document: document, gazetteer: gazetteer)
        // Kept for the corpus's life: without the room appending left (up to half of each).
        // Each is taken out of the analysis first, so only one is ever held twice.
        func kept<T>(_ items: inout [T]) -> [T] {
            let taken = items
            items = []
            return taken.withoutSpareCapacity()
        }
        let paragraphs = kept(&analysis.paragraphs), times = kept(&analysis.times), actors = kept(&analysis.actors)
        let events = kept(&analysis.events), quantities = kept(&analysis.quantities), sentences = kept(&analysis.sentences)
        let shown: String, fromField: Bool
        if let t = title.map(Tidy.collapseWhitespace), !t.isEmpty {
            (shown, fromField) = (t, true)
        } else {
            (shown, fromField) = (Tidy.shorten(titleFromText(text, map: analysis.scalarMap, sentences: sentences), to: titleLength), false)
        }
        return Article(id: id, path: path, record: record, date: date, title: shown, titleFromField: fromField, source: source,
                       url: url, text: text, warnings: warnings, scalarMap: analysis.scalarMap, paragraphs: paragraphs,
                       sentences: sentences, times: times, events: events, actors: actors, quantities: quantities)
    }

    /// The first sentence, without wire flags and notes to editors ("URGENT", "ATTENTION -
    /// ADDS quotes ///"): the next sentence when the first is nothing else.
    static func titleFromText(_ text: String, map: ScalarMap, sentences: [TextSpan]) -> String {
        let first = Tidy.collapseWhitespace(sentences.first.map { text.slice($0, map: map) } ?? text)
        guard WireSlug.mayHaveFlags(first) else { return first }
        for s in sentences.prefix(4) {
            let line = Tidy.collapseWhitespace(text.slice(s, map: map))
            let title = WireSlug.mayHaveFlags(line) ? WireSlug.stripped(line) : line
            if !title.isEmpty { return title }
        }
        return first
    }

    /// `partBytes` is a parameter for tests; articles use the constant.
    static func analyze(_ text: String, date: CivilDate?, document: Document?, gazetteer: Gazetteer,
                        partBytes: Int = partBytes) -> Analysis {
        var analysis = document == nil && text.utf8.count > 3 * partBytes / 2
            ? analyzeInParts(text, date: date, gazetteer: gazetteer, partBytes: partBytes)
            : analyzeWhole(document ?? Segmenter.segment(text, lexicon: gazetteer.lexicon), date: date, gazetteer: gazetteer)
        // What is kept for the article's life is stored compactly.
        Actor.packMentions(&analysis.actors)
        return analysis
    }

    private static func analyzeWhole(_ seg: Document, date: CivilDate?, gazetteer: Gazetteer) -> Analysis {
        let text = seg.text
        let times = TemporalTagger.tag(seg, articleDate: date)
        var extraction = ActorExtractor.extract(seg, gazetteer: gazetteer)
        // Sorted in place: the extraction lets go of its array first, so sorting copies nothing.
        var actors = extraction.actors
        extraction.actors = []
        actors.sort { ($0.mentions.first ?? TextSpan(0, 0)) < ($1.mentions.first ?? TextSpan(0, 0)) }
        var events = EventBuilder.events(times, article: text, map: seg.scalarMap, sentences: seg.sentences, articleDate: date)
        // Each event carries the actors its sentence names.
        var sentenceIndex = 0
        for k in events.indices {
            while sentenceIndex + 1 < seg.sentences.count, seg.sentences[sentenceIndex] != events[k].sentence,
                  seg.sentences[sentenceIndex].end <= events[k].sentence.begin { sentenceIndex += 1 }
            if sentenceIndex < extraction.sentenceActors.count { events[k].actors = extraction.sentenceActors[sentenceIndex] }
        }
        var quantities = QuantityExtractor.extract(seg, times: times, actors: actors, events: events)
        for k in quantities.indices where quantities[k].sentence < extraction.sentenceActors.count {
            quantities[k].actors = extraction.sentenceActors[quantities[k].sentence]
        }
        for (k, q) in quantities.enumerated() {
            if let e = q.event { events[e].quantities.append(k) }
        }
        return Analysis(scalarMap: seg.scalarMap, paragraphs: seg.paragraphs, sentences: seg.sentences, times: times,
                        events: events, actors: actors, quantities: quantities)
    }

    /// Byte offsets where a long text is cut into parts (the first 0, the last its length).
    static func cuts(_ u: UnsafeBufferPointer<UInt8>, partBytes: Int = partBytes) -> [Int] {
        var cuts = [0]
        var pos = 0
        while u.count - pos > 3 * partBytes / 2 {
            let target = pos + partBytes, floor = target - partBytes / 4
            var cut = -1
            // A line end, else a sentence end before a capital, else a space, in the last quarter.
            var k = target
            while k > floor, cut < 0 {
                if u[k - 1] == 10 { cut = k }
                k -= 1
            }
            k = target
            while cut < 0, k > floor + 2 {
                if u[k - 1] == 32, u[k - 2] == UInt8(ascii: ".") || u[k - 2] == UInt8(ascii: "?") || u[k - 2] == UInt8(ascii: "!"),
                   u[k] >= 65, u[k] <= 90 { cut = k }
                k -= 1
            }
            k = target
            while cut < 0, k > floor {
                if u[k - 1] == 32 { cut = k }
                k -= 1
            }
            if cut < 0 {
                cut = target
                while u[cut] & 0xC0 == 0x80 { cut -= 1 }  // on a character's first byte
            }
            cuts.append(cut)
            pos = cut
        }
        cuts.append(u.count)
        return cuts
    }

    private static func analyzeInParts(_ text: String, date: CivilDate?, gazetteer: Gazetteer, partBytes: Int) -> Analysis {
        var text = text
        // The cuts and whether a line ends at each; a part's own string is made only when it is
        // analysed, so the parts never exist all at once beside the text.
        let (cut, lineEnds): ([Int], [Bool]) = text.withUTF8 { u in
            let c = cuts(u, partBytes: partBytes)
            return (c, (0..<(c.count - 1)).map { lineEndsAt(u, (c[$0], c[$0 + 1])) })
        }
        let totalBytes = text.utf8.count
        var joined = Joined(all: Analysis(scalarMap: ScalarMap(text), paragraphs: [], sentences: [], times: [], events: [],
                                          actors: [], quantities: []))
        for i in 0..<(cut.count - 1) {
            let part = text.withUTF8 { u in
                String(decoding: UnsafeBufferPointer(rebasing: u[cut[i]..<cut[i + 1]]), as: UTF8.self)
            }
            let a = analyzeWhole(Segmenter.segment(part, lexicon: gazetteer.lexicon), date: date, gazetteer: gazetteer)
            if i == 0 { joined.all.reserve(like: a, scale: Double(totalBytes) / Double(max(1, cut[1]))) }
            joined.append(a, continuesLine: i > 0 && !lineEnds[i - 1])
        }
        return joined.finished()
    }

    /// Whether a line ends at the cut between `c.0` and `c.1`: a line break before or after
    /// it, past spaces.
    private static func lineEndsAt(_ u: UnsafeBufferPointer<UInt8>, _ c: (start: Int, end: Int)) -> Bool {
        var k = c.end, lineEnd = false
        while k > c.start, u[k - 1] == 32 || u[k - 1] == 9 || u[k - 1] == 10 {
            if u[k - 1] == 10 { lineEnd = true }
            k -= 1
        }
        k = c.end
        while !lineEnd, k < u.count, u[k] == 32 || u[k] == 9 || u[k] == 10 {
            if u[k] == 10 { lineEnd = true }
            k += 1
        }
        return lineEnd
    }

    /// The parts' findings joined into one analysis of the whole text: spans shifted by the
    /// scalars before each part, indexes by the items before it, one actor per id across the
    /// parts in order of first mention.
    private struct Joined {
        var all: Analysis
        var actorIndex: [String: Int] = [:]
        /// Each actor's mentions gather here, in order, and become its list at the end.
        var mentionsOf: [[TextSpan]] = []
        /// Scalars before the next part.
        var base = 0

        init(all: Analysis) { self.all = all }

        mutating func append(_ a: Analysis, continuesLine: Bool) {
            let base = self.base
            func shift(_ s: TextSpan) -> TextSpan { TextSpan(s.begin + base, s.end + base) }
            let timeBase = all.times.count, eventBase = all.events.count, quantityBase = all.quantities.count
            let sentenceBase = all.sentences.count
            var paragraphs = a.paragraphs.map(shift)
            // A part cut inside a line continues its last paragraph.
            if continuesLine, let last = all.paragraphs.last, let first = paragraphs.first {
                all.paragraphs[all.paragraphs.count - 1] = TextSpan(last.begin, first.end)
                paragraphs.removeFirst()
            }
            all.paragraphs += paragraphs
            all.sentences += a.sentences.map(shift)
            all.times += a.times.map { t in
                var t = t
                t.span = shift(t.span)
                return t
            }
            all.events += a.events.map { e in
                var e = e
                e.sentence = shift(e.sentence)
                e.focus = shift(e.focus)
                e.times = e.times.map { $0 + timeBase }
                e.quantities = e.quantities.map { $0 + quantityBase }
                return e
            }
            all.quantities += a.quantities.map { q in
                var q = q
                q.span = shift(q.span)
                q.amount = shift(q.amount)
                q.whatSpan = q.whatSpan.map(shift)
                q.sentence += sentenceBase
                q.event = q.event.map { $0 + eventBase }
                return q
            }
            for actor in a.actors {
                if let k = actorIndex[actor.id] {
                    mentionsOf[k].append(contentsOf: actor.mentions.lazy.map(shift))
                    for alias in actor.aliases where !all.actors[k].aliases.contains(alias) { all.actors[k].aliases.append(alias) }
                    if all.actors[k].affiliation == nil { all.actors[k].affiliation = actor.affiliation }
                } else {
                    actorIndex[actor.id] = all.actors.count
                    all.actors.append(actor)
                    mentionsOf.append(actor.mentions.map(shift))
                }
            }
            self.base += a.scalarMap.scalarCount
        }

        mutating func finished() -> Analysis {
            for k in all.actors.indices { all.actors[k].mentions = SpanList(mentionsOf[k]) }
            return all
        }
    }
}

extension Analysis {
    /// Reserves room for a whole text's findings from those of its first part, scaled by the
    /// ratio of their lengths: the joined arrays then grow once instead of doubling (each
    /// doubling copies the array and leaves room unused), which halves their peak memory.
    fileprivate mutating func reserve(like first: Analysis, scale: Double) {
        func room(_ n: Int) -> Int { Int(min(Double(Int32.max), (Double(n) * scale * 1.05).rounded(.up))) + 16 }
        paragraphs.reserveCapacity(room(first.paragraphs.count))
        sentences.reserveCapacity(room(first.sentences.count))
        times.reserveCapacity(room(first.times.count))
        events.reserveCapacity(room(first.events.count))
        quantities.reserveCapacity(room(first.quantities.count))
    }
}
