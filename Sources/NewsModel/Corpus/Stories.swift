/// Events of different articles that report the same happening, found once per corpus: the
/// same day (events of a day or a time of day), half of the fewer actors in common, and most
/// of the words of the shorter sentence in common (numbers included) ("Israeli troops killed two Palestinians in Gaza on
/// Friday" and "Two Palestinians were shot dead by Israeli troops in Gaza Friday").
///
/// Work is bounded by the day: only events of one day are compared, events with the same
/// words and actors (a story filed twice, a corpus copied) are grouped by hashing before
/// any pair is compared, and a pair costs a merge of two short sorted lists.
enum Stories {
    /// Words two sentences must share at least, and the share of the shorter one's words.
    static let minimumShared = 4
    static let minimumShare = 0.6

    /// For each timeline position, the position of the first event of its story (itself when
    /// it stands alone), and the members of each story of two or more, in timeline order.
    static func find(_ articles: [Article], _ timeline: [Corpus.EventRef], first: [Int32], last: [Int32], day: [Int32],
                     datedCount: Int, actorNumber: [String: Int32]) -> (leader: [Int32], members: [Int32: [Int32]]) {
        var parent = (0..<Int32(timeline.count)).map { $0 }
        func root(_ x: Int32) -> Int32 {
            var x = x
            while parent[Int(x)] != x {
                parent[Int(x)] = parent[Int(parent[Int(x)])]
                x = parent[Int(x)]
            }
            return x
        }
        func union(_ a: Int32, _ b: Int32) {
            let ra = root(a), rb = root(b)
            if ra != rb { parent[Int(max(ra, rb))] = min(ra, rb) }
        }
        var p = 0
        while p < datedCount {
            // One day's single-day events: a run of the timeline (it is in day order).
            var q = p
            while q < datedCount, day[q] == day[p] { q += 1 }
            if q - p >= 2 { mergeDay(articles, timeline, Array(p..<q), first: first, last: last, actorNumber: actorNumber, union: union) }
            p = q
        }
        var leader = [Int32](repeating: 0, count: timeline.count)
        var members: [Int32: [Int32]] = [:]
        for k in 0..<Int32(timeline.count) {
            let r = root(k)
            leader[Int(k)] = r
            if r != k {
                if members[r] == nil { members[r] = [r] }
                members[r]!.append(k)
            }
        }
        return (leader, members)
    }

    /// What an event is compared by: its article, its actors and its sentence's words.
    private struct Signature {
        let article: Int
        let actors: [Int32]
        let words: [UInt32]
    }

    private static func mergeDay(_ articles: [Article], _ timeline: [Corpus.EventRef], _ positions: [Int], first: [Int32],
                                 last: [Int32], actorNumber: [String: Int32], union: (Int32, Int32) -> Void) {
        // The day's events and their actors; only those with an actor that another article
        // names that day can be reports of one happening, and only their words are read.
        var candidates: [(position: Int, actors: [Int32])] = []
        var articleOfActor: [Int32: Int] = [:]
        var shared = Set<Int32>()
        for p in positions where first[p] == last[p] {
            let ref = timeline[p]
            let e = articles[ref.article].events[ref.event]
            guard e.granularity == .day || e.granularity == .time, !e.actors.isEmpty else { continue }
            let actors = e.actors.compactMap { actorNumber[$0] }.sorted()
            for x in actors {
                if let other = articleOfActor[x] { if other != ref.article { shared.insert(x) } } else { articleOfActor[x] = ref.article }
            }
            candidates.append((p, actors))
        }
        guard !shared.isEmpty else { return }
        var signatures: [(position: Int32, signature: Signature)] = []
        // A sentence's words are read once for all its events.
        var wordsOf: [Int: [UInt32]] = [:]
        for (p, actors) in candidates where actors.contains(where: shared.contains) {
            let ref = timeline[p]
            let a = articles[ref.article], e = a.events[ref.event]
            let key = ref.article << 32 | e.sentence.begin
            let words = wordsOf[key] ?? sentenceWords(a, e.sentence)
            wordsOf[key] = words
            guard words.count >= minimumShared else { continue }
            signatures.append((Int32(p), Signature(article: ref.article, actors: actors, words: words)))
        }
        guard signatures.count >= 2 else { return }
        // The same words and actors: one story without comparing (a story filed twice).
        var same: [UInt64: Int] = [:]
        var distinct: [Int] = []
        for (k, s) in signatures.enumerated() {
            var key: UInt64 = 14_695_981_039_346_656_037
            for w in s.signature.words { key = (key ^ UInt64(w)) &* 1_099_511_628_211 }
            for x in s.signature.actors { key = (key ^ UInt64(UInt32(bitPattern: x)) ^ 0xA5A5_0000_0000) &* 1_099_511_628_211 }
            if let j = same[key], signatures[j].signature.words == s.signature.words, signatures[j].signature.actors == s.signature.actors,
               signatures[j].signature.article != s.signature.article {
                union(signatures[j].position, s.position)
            } else {
                // (Another article's different words, or the same article again: compared below.)
                if same[key] == nil { same[key] = k }
                distinct.append(k)
            }
        }
        // Each report joins the first story whose first report it is like: a story is told by
        // its first report, so no chain of likenesses folds a summit's every happening into one.
        var leaders: [Int] = []
        for x in distinct {
            let a = signatures[x]
            let joined = leaders.first { l in
                let b = signatures[l]
                guard a.signature.article != b.signature.article else { return false }
                let actors = sharedCount(a.signature.actors, b.signature.actors)
                guard 2 * actors >= min(a.signature.actors.count, b.signature.actors.count) else { return false }
                let shared = sharedCount(a.signature.words, b.signature.words)
                let shorter = min(a.signature.words.count, b.signature.words.count)
                return shared >= minimumShared && Double(shared) >= minimumShare * Double(shorter)
            }
            if let l = joined { union(signatures[l].position, a.position) } else { leaders.append(x) }
        }
    }

    /// The distinct words of a sentence that say something: four letters or more, no function
    /// word, verb of saying or date word; as hashes, sorted.
    static func sentenceWords(_ a: Article, _ sentence: TextSpan) -> [UInt32] {
        var text = a.text
        let map = a.scalarMap
        let b = map.byteOffset(ofScalar: sentence.begin), e = map.byteOffset(ofScalar: sentence.end)
        var out: [UInt32] = []
        let vocabulary = Vocabulary.standard
        let skipped: WordClass = [.descriptionStop, .clauseOpener, .speechVerb, .month, .weekday, .temporal]
        text.withUTF8 { u in
            var k = b
            while k < e {
                while k < e, !isWordByte(u[k]) { k += 1 }
                let s = k
                var h: UInt32 = 2_166_136_261
                while k < e, isWordByte(u[k]) {
                    let c = u[k] >= 65 && u[k] <= 90 ? u[k] | 0x20 : u[k]
                    h = (h ^ UInt32(c)) &* 16_777_619
                    k += 1
                }
                // Numbers tell reports apart ("rose 12.3 points"): every one is a word.
                guard k > s else { break }
                let number = u[s] >= 48 && u[s] <= 57
                guard k - s >= 4 || number else { continue }
                if vocabulary.has(u, s, k, skipped) { continue }
                out.append(h)
            }
        }
        out.sortAndRemoveDuplicates()
        return out
    }

    private static func isWordByte(_ b: UInt8) -> Bool { (b | 0x20) >= 97 && (b | 0x20) <= 122 || (b >= 48 && b <= 57) || b >= 0x80 }

    private static func sharedCount<T: Comparable>(_ a: [T], _ b: [T]) -> Int {
        var i = 0, j = 0, n = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                n += 1
                i += 1
                j += 1
            } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return n
    }
}
