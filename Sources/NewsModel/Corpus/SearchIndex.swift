import Foundation

/// The words of every sentence of a corpus, for search as the user types.
///
/// A word is a run of letters and digits (any script), folded to lower case. Sentences are
/// numbered across the corpus in article order (`sentenceStart`). For each word of the
/// vocabulary the index lists the sentences it occurs in, once per occurrence, ascending; the
/// vocabulary is also kept in byte order, so the words a typed prefix begins are one binary
/// search away. A search (`SearchIndex.match`) finds text that starts at a word start: `kor`
/// finds "Korea" and "Korean", `north korea` the two words in a row, `$40` the figure — never
/// the inside of a word.
public struct SearchIndex: Sendable {
    /// The first global sentence number of each article, and the total at the end.
    public let sentenceStart: [Int32]
    /// The vocabulary: word k is `wordBytes[wordStart[k]..<wordStart[k + 1]]`.
    private let wordBytes: [UInt8]
    private let wordStart: [Int32]
    /// Word numbers in byte order of their spelling.
    private let sorted: [Int32]
    /// The sentences of word k, once per occurrence, ascending: `postings[postingStart[k]..<postingStart[k + 1]]`
    /// holds the differences from one to the next (the first from 0) as LEB128 varints, most
    /// of them one byte.
    private let postingStart: [Int32]
    private let postings: [UInt8]

    public var sentenceCount: Int { Int(sentenceStart.last ?? 0) }

    /// The article a global sentence number belongs to.
    public func article(ofSentence s: Int) -> Int {
        BinarySearch.first(in: 1..<sentenceStart.count) { Int(sentenceStart[$0]) > s } - 1
    }

    // MARK: building

    public init(_ articles: [Article]) {
        var table = WordTableBuilder()
        var lists: [[UInt8]] = []
        var lastSentence: [Int32] = []
        var starts: [Int32] = [0]
        starts.reserveCapacity(articles.count + 1)
        var sentence: Int32 = 0
        var word: [UInt8] = []
        word.reserveCapacity(64)
        for article in articles {
            var text = article.text
            let map = article.scalarMap
            let sentenceBytes = article.sentences.map { map.byteOffset(ofScalar: $0.begin) }
            let first = sentence
            text.withUTF8 { u in
                var s = 0  // the article's sentence the word is in
                var i = 0
                while i < u.count {
                    guard let w = SearchText.wordEnd(u, from: i, folding: &word) else {
                        i += SearchText.scalarLength(u, i)
                        continue
                    }
                    while s + 1 < sentenceBytes.count, sentenceBytes[s + 1] <= i { s += 1 }
                    let id = table.intern(word)
                    if id == lists.count {
                        lists.append([])
                        lastSentence.append(0)
                    }
                    let sentenceNumber = first + Int32(s)
                    SearchIndex.appendVarint(UInt32(sentenceNumber - lastSentence[id]), to: &lists[id])
                    lastSentence[id] = sentenceNumber
                    i = w
                }
            }
            sentence += Int32(article.sentences.count)
            starts.append(sentence)
        }
        sentenceStart = starts
        wordBytes = table.bytes
        wordStart = table.starts
        var postingStart: [Int32] = [0]
        postingStart.reserveCapacity(lists.count + 1)
        var total = 0
        for l in lists {
            total += l.count
            postingStart.append(Int32(total))
        }
        var flat: [UInt8] = []
        flat.reserveCapacity(total)
        for k in lists.indices {
            flat += lists[k]
            lists[k] = []
        }
        self.postingStart = postingStart
        postings = flat
        let bytes = table.bytes, wstart = table.starts
        sorted = (0..<Int32(lists.count)).sorted { a, b in
            bytes[Int(wstart[Int(a)])..<Int(wstart[Int(a) + 1])].lexicographicallyPrecedes(
                bytes[Int(wstart[Int(b)])..<Int(wstart[Int(b) + 1])])
        }
    }

    // MARK: searching

    /// The sentences where `query` occurs at a word start, with how many times.
    public func match(_ query: String, in articles: [Article]) -> SearchMatches {
        let q = SearchQuery(query)
        guard !q.folded.isEmpty else { return SearchMatches(query: q, sentences: [], cumulative: [0], sentenceCount: sentenceCount) }
        if q.tokens.isEmpty {
            // Nothing to look up (only punctuation, `$` typed before `$40`): the sentences that
            // hold its first byte are read.
            return verify(q, candidates: sentences(holding: q.folded[0], articles), articles)
        }
        // A single word typed so far: the index answers exactly, with the counts.
        if q.isOneWord {
            let range = words(withPrefix: q.tokens[0])
            if range.count == 1 {
                return exact(postingsOf(Int(sorted[range.lowerBound]))[...], q)
            }
            var all: [Int32] = []
            for k in range { all += postingsOf(Int(sorted[k])) }
            if all.count > 4096 {
                // Many words (one letter typed): a count per sentence beats sorting.
                var perSentence = [Int32](repeating: 0, count: sentenceCount)
                for s in all { perSentence[Int(s)] += 1 }
                var sentences: [Int32] = [], cumulative: [Int32] = [0]
                for (s, n) in perSentence.enumerated() where n > 0 {
                    sentences.append(Int32(s))
                    cumulative.append(cumulative.last! + n)
                }
                return SearchMatches(query: q, sentences: sentences, cumulative: cumulative, sentenceCount: sentenceCount)
            }
            all.sort()
            return exact(all[...], q)
        }
        // Several words, or punctuation: the sentences holding every word, then read.
        var candidates: [Int32]?
        for (k, token) in q.tokens.enumerated() {
            let prefix = k == q.tokens.count - 1 && q.endsInWord
            let range = prefix ? words(withPrefix: token) : exactWord(token)
            var set: [Int32] = []
            for w in range { set += postingsOf(Int(sorted[w])) }
            if range.count > 1 { set.sort() }
            set = SearchIndex.unique(set)
            candidates = candidates.map { SearchIndex.intersect($0, set) } ?? set
            if candidates!.isEmpty { break }
        }
        return verify(q, candidates: candidates ?? [], articles)
    }

    /// The global numbers of the sentences whose text holds the byte (one byte scan per article).
    private func sentences(holding byte: UInt8, _ articles: [Article]) -> [Int32] {
        var out: [Int32] = []
        for (k, article) in articles.enumerated() {
            var text = article.text
            text.withUTF8 { u in
                var i = 0
                var starts: [Int]?  // byte offsets of the sentences, made at the first find
                var s = 0
                while let j = u[i...].firstIndex(of: byte) {
                    if starts == nil { starts = article.sentences.map { article.scalarMap.byteOffset(ofScalar: $0.begin) } }
                    while s + 1 < starts!.count, starts![s + 1] <= j { s += 1 }
                    let n = sentenceStart[k] + Int32(s)
                    if out.last != n, s < article.sentences.count { out.append(n) }
                    i = j + 1
                }
            }
        }
        return out
    }

    /// Hits of a single word from its postings (one entry per occurrence).
    private func exact(_ list: ArraySlice<Int32>, _ q: SearchQuery) -> SearchMatches {
        var sentences: [Int32] = [], cumulative: [Int32] = [0]
        for s in list {
            if sentences.last == s { cumulative[cumulative.count - 1] += 1 } else {
                sentences.append(s)
                cumulative.append(cumulative.last! + 1)
            }
        }
        return SearchMatches(query: q, sentences: sentences, cumulative: cumulative, sentenceCount: sentenceCount)
    }

    /// Reads the candidate sentences and keeps those where the query occurs.
    private func verify(_ q: SearchQuery, candidates: [Int32], _ articles: [Article]) -> SearchMatches {
        var sentences: [Int32] = [], cumulative: [Int32] = [0]
        var a = 0
        for s in candidates {
            while Int(sentenceStart[a + 1]) <= Int(s) { a += 1 }
            let n = SearchText.hits(q, in: articles[a], sentence: Int(s) - Int(sentenceStart[a])).count
            if n > 0 {
                sentences.append(s)
                cumulative.append(cumulative.last! + Int32(n))
            }
        }
        return SearchMatches(query: q, sentences: sentences, cumulative: cumulative, sentenceCount: sentenceCount)
    }

    /// The sentences of a word, decoded.
    private func postingsOf(_ word: Int) -> [Int32] {
        var out: [Int32] = []
        var k = Int(postingStart[word])
        let end = Int(postingStart[word + 1])
        out.reserveCapacity(end - k)
        var s: Int32 = 0
        postings.withUnsafeBufferPointer { p in
            while k < end {
                var v: UInt32 = 0, shift: UInt32 = 0
                while true {
                    let b = p[k]
                    k += 1
                    v |= UInt32(b & 0x7F) << shift
                    if b < 0x80 { break }
                    shift += 7
                }
                s += Int32(v)
                out.append(s)
            }
        }
        return out
    }

    static func appendVarint(_ value: UInt32, to out: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            out.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }

    private func spelling(_ word: Int32) -> ArraySlice<UInt8> {
        wordBytes[Int(wordStart[Int(word)])..<Int(wordStart[Int(word) + 1])]
    }

    /// Positions in `sorted` of the words that begin with `prefix`.
    func words(withPrefix prefix: [UInt8]) -> Range<Int> {
        // First word not below the prefix, then first word past every word it begins.
        let start = BinarySearch.first(in: 0..<sorted.count) { !spelling(sorted[$0]).lexicographicallyPrecedes(prefix) }
        return start..<BinarySearch.first(in: start..<sorted.count) { !spelling(sorted[$0]).starts(with: prefix) }
    }

    private func exactWord(_ word: [UInt8]) -> Range<Int> {
        let r = words(withPrefix: word)
        guard let first = r.first, spelling(sorted[first]).elementsEqual(word) else { return r.lowerBound..<r.lowerBound }
        return first..<(first + 1)
    }

    static func unique(_ sortedList: [Int32]) -> [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(sortedList.count)
        for s in sortedList where out.last != s { out.append(s) }
        return out
    }

    static func intersect(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var out: [Int32] = []
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i] < b[j] { i += 1 } else if a[i] > b[j] { j += 1 } else {
                out.append(a[i])
                i += 1
                j += 1
            }
        }
        return out
    }
}

/// The outcome of a search: the sentences (global numbers, ascending) where the query occurs
/// and how many hits come before each, so the k-th hit of the corpus is a binary search away.
public struct SearchMatches: Sendable {
    public let query: SearchQuery
    public let sentences: [Int32]
    /// Hits before `sentences[k]`; the last element is the total.
    let cumulative: [Int32]
    /// One bit per sentence of the corpus.
    private let bits: [UInt64]

    init(query: SearchQuery, sentences: [Int32], cumulative: [Int32], sentenceCount: Int) {
        self.query = query
        self.sentences = sentences
        self.cumulative = cumulative
        var bits = [UInt64](repeating: 0, count: sentences.isEmpty ? 0 : (sentenceCount + 63) / 64)
        for s in sentences { bits[Int(s) >> 6] |= 1 << UInt64(s & 63) }
        self.bits = bits
    }

    public var hitCount: Int { Int(cumulative.last ?? 0) }

    /// The matches in the articles `keep` accepts.
    func keeping(articles keep: (Int) -> Bool, sentenceStart: [Int32]) -> SearchMatches {
        var kept: [Int32] = [], cumulative: [Int32] = [0]
        var a = 0
        for (k, s) in sentences.enumerated() {
            while Int(sentenceStart[a + 1]) <= Int(s) { a += 1 }
            guard keep(a) else { continue }
            kept.append(s)
            cumulative.append(cumulative.last! + self.cumulative[k + 1] - self.cumulative[k])
        }
        return SearchMatches(query: query, sentences: kept, cumulative: cumulative, sentenceCount: bits.count * 64)
    }
    public var isEmpty: Bool { sentences.isEmpty }

    @inline(__always)
    public func contains(sentence s: Int) -> Bool {
        let w = s >> 6
        return w < bits.count && bits[w] & (1 << UInt64(s & 63)) != 0
    }

    /// The position in `sentences` of the sentence holding hit number `hit` (0-based).
    public func sentenceIndex(ofHit hit: Int) -> Int {
        BinarySearch.first(in: 1..<cumulative.count) { Int(cumulative[$0]) > hit } - 1
    }

    /// The number of the first hit in `sentences[k]`.
    public func firstHit(inSentenceAt k: Int) -> Int { Int(cumulative[k]) }

    /// The first position in `sentences` at or after global sentence `s`.
    public func lowerBound(sentence s: Int) -> Int {
        BinarySearch.first(in: 0..<sentences.count) { Int(sentences[$0]) >= s }
    }
}

/// A typed search folded and cut into the words the index looks up.
public struct SearchQuery: Sendable, Equatable {
    public let text: String
    /// The whole query folded (lower case), spaces included.
    let folded: [UInt8]
    /// Its words, folded.
    let tokens: [[UInt8]]
    let startsInWord: Bool
    let endsInWord: Bool

    init(_ text: String) {
        self.text = text
        var u = Array(text.utf8)
        // Runs of whitespace count as one space, as in the text the reader shows.
        var collapsed: [UInt8] = []
        for b in u {
            let space = b == 32 || b == 9 || b == 10 || b == 13
            if space { if collapsed.last != 32 { collapsed.append(32) } } else { collapsed.append(b) }
        }
        while collapsed.first == 32 { collapsed.removeFirst() }
        while collapsed.last == 32 { collapsed.removeLast() }
        u = collapsed
        var folded: [UInt8] = [], tokens: [[UInt8]] = []
        var word: [UInt8] = []
        var i = 0
        var starts = false, ends = false
        u.withUnsafeBufferPointer { p in
            while i < p.count {
                if let w = SearchText.wordEnd(p, from: i, folding: &word) {
                    if i == 0 { starts = true }
                    if w == p.count { ends = true }
                    tokens.append(word)
                    folded += word
                    i = w
                } else {
                    let n = SearchText.scalarLength(p, i)
                    folded += SearchText.fold(p, i, n)
                    i += n
                }
            }
        }
        self.folded = folded
        self.tokens = tokens
        startsInWord = starts
        endsInWord = ends
    }

    /// One word and nothing else: the index alone answers.
    var isOneWord: Bool { tokens.count == 1 && startsInWord && endsInWord }
}

/// The scanning that building the index, reading a query and finding hits share.
enum SearchText {
    static let asciiWord: [Bool] = (0..<128).map { b in
        (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
    }

    @inline(__always)
    static func scalarLength(_ u: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = u[i]
        let n = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        return min(n, u.count - i)
    }

    static func scalar(_ u: UnsafeBufferPointer<UInt8>, _ i: Int, _ n: Int) -> Unicode.Scalar? {
        var v = UInt32(u[i]) & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07)
        for k in 1..<n { v = (v << 6) | (UInt32(u[i + k]) & 0x3F) }
        return Unicode.Scalar(v)
    }

    /// Whether the scalar at `i` (of `n` bytes) is a letter, mark or digit.
    @inline(__always)
    static func isWord(_ u: UnsafeBufferPointer<UInt8>, _ i: Int, _ n: Int) -> Bool {
        let b = u[i]
        if b < 0x80 { return asciiWord[Int(b)] }
        guard n > 1, let s = scalar(u, i, n) else { return false }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// The scalar at `i` folded to lower case, as UTF-8.
    static func fold(_ u: UnsafeBufferPointer<UInt8>, _ i: Int, _ n: Int) -> [UInt8] {
        let b = u[i]
        if b < 0x80 { return [b >= 65 && b <= 90 ? b | 0x20 : b] }
        guard n > 1, let s = scalar(u, i, n) else { return Array(u[i..<(i + n)]) }
        return Array(s.properties.lowercaseMapping.utf8)
    }

    /// When a word starts at `i`: its end, with the word folded into `word`; else nil.
    @inline(__always)
    static func wordEnd(_ u: UnsafeBufferPointer<UInt8>, from i: Int, folding word: inout [UInt8]) -> Int? {
        var j = i
        word.removeAll(keepingCapacity: true)
        while j < u.count {
            let b = u[j]
            if b < 0x80 {
                guard asciiWord[Int(b)] else { break }
                word.append(b >= 65 && b <= 90 ? b | 0x20 : b)
                j += 1
            } else {
                let n = scalarLength(u, j)
                guard isWord(u, j, n) else { break }
                word += fold(u, j, n)
                j += n
            }
        }
        return j > i ? j : nil
    }

    /// Where the query occurs in one sentence of an article, at word starts, as scalar spans.
    static func hits(_ q: SearchQuery, in article: Article, sentence: Int) -> [TextSpan] {
        guard article.sentences.indices.contains(sentence), !q.folded.isEmpty else { return [] }
        let span = article.sentences[sentence]
        let map = article.scalarMap
        let lo = map.byteOffset(ofScalar: span.begin), hi = map.byteOffset(ofScalar: span.end)
        var text = article.text
        if map.isASCII, q.folded.allSatisfy({ $0 < 0x80 }) {
            // ASCII text: bytes are scalars and fold one to one.
            return text.withUTF8 { u in
                var out: [TextSpan] = []
                let m = q.folded.count
                var k = lo
                while k + m <= hi {
                    var j = 0
                    while j < m, (u[k + j] >= 65 && u[k + j] <= 90 ? u[k + j] | 0x20 : u[k + j]) == q.folded[j] { j += 1 }
                    if j == m, !q.startsInWord || k == 0 || !asciiWord[Int(u[k - 1])] {
                        out.append(TextSpan(k, k + m))
                        k += m
                    } else {
                        k += 1
                    }
                }
                return out
            }
        }
        return text.withUTF8 { u in
            // The sentence folded, each folded byte pointing back at its scalar's first byte.
            var folded: [UInt8] = [], origin: [Int32] = [], wordStart: [Bool] = []
            folded.reserveCapacity(hi - lo)
            origin.reserveCapacity(hi - lo)
            var i = lo
            var previousWord = lo > 0 && {
                var k = lo - 1
                while k > 0, u[k] & 0xC0 == 0x80 { k -= 1 }
                return isWord(u, k, scalarLength(u, k))
            }()
            while i < hi {
                let n = scalarLength(u, i)
                let word = isWord(u, i, n)
                let f = fold(u, i, n)
                for (k, b) in f.enumerated() {
                    folded.append(b)
                    origin.append(Int32(i))
                    wordStart.append(k == 0 && word && !previousWord)
                }
                previousWord = word
                i += n
            }
            origin.append(Int32(hi))
            var out: [TextSpan] = []
            let m = q.folded.count
            var k = 0
            while k + m <= folded.count {
                if (!q.startsInWord || wordStart[k]), folded[k] == q.folded[0],
                   folded[k..<(k + m)].elementsEqual(q.folded) {
                    // The hit ends at a scalar boundary of the original text.
                    var end = k + m
                    while end < folded.count, origin[end] == origin[end - 1] { end += 1 }
                    out.append(TextSpan(map.scalarOffset(ofByte: Int(origin[k])), map.scalarOffset(ofByte: Int(origin[end]))))
                    k += m
                } else {
                    k += 1
                }
            }
            return out
        }
    }
}

/// Interns words (byte strings) to numbers: an open-addressing table over one byte arena.
struct WordTableBuilder {
    private(set) var bytes: [UInt8] = []
    private(set) var starts: [Int32] = [0]
    private var slots: [Int32] = [Int32](repeating: -1, count: 1 << 12)
    private var hashes: [UInt64] = []

    var count: Int { starts.count - 1 }

    mutating func intern(_ word: [UInt8]) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in word { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        let mask = slots.count - 1
        var k = Int(truncatingIfNeeded: h) & mask
        while true {
            let id = Int(slots[k])
            if id < 0 { break }
            if hashes[id] == h, equal(id, word) { return id }
            k = (k + 1) & mask
        }
        let id = count
        slots[k] = Int32(id)
        hashes.append(h)
        bytes += word
        starts.append(Int32(bytes.count))
        if count * 2 > slots.count { grow() }
        return id
    }

    private func equal(_ id: Int, _ word: [UInt8]) -> Bool {
        let a = Int(starts[id]), b = Int(starts[id + 1])
        guard b - a == word.count else { return false }
        return bytes.withUnsafeBufferPointer { p in
            word.withUnsafeBufferPointer { w in memcmp(p.baseAddress! + a, w.baseAddress!, word.count) == 0 }
        }
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: -1, count: slots.count * 2)
        let mask = bigger.count - 1
        for id in 0..<count {
            var k = Int(truncatingIfNeeded: hashes[id]) & mask
            while bigger[k] >= 0 { k = (k + 1) & mask }
            bigger[k] = Int32(id)
        }
        slots = bigger
    }
}
