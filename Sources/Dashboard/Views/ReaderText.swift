import NewsModel

/// The reader's text: the article wrapped to a width, each character with its role (actors
/// by kind, dates, search hits, the marked sentence), and where each line starts in the
/// text so the reader can scroll to a sentence.
public enum ReaderText {
    public struct Line: Sendable, Equatable {
        /// Graphemes with their roles.
        public var runs: [(text: String, role: Role)]
        /// Scalar offset in the article text where the line starts (nil for the title block).
        public var offset: Int?
        /// Whether the line holds part of the marked sentence (a bar in the margin).
        public var marked: Bool

        public static func == (a: Line, b: Line) -> Bool {
            a.offset == b.offset && a.marked == b.marked && a.runs.map(\.text) == b.runs.map(\.text)
                && a.runs.map(\.role) == b.runs.map(\.role)
        }
    }

    /// The most characters the reader lays out at once. A longer article (a dump flattened
    /// into one line, say) is shown a window of this size around the sentence it was opened
    /// at, so a frame's work does not grow with the article.
    public static let windowSize = 100_000

    /// The part of the article the reader lays out: all of it, or for a very long one a
    /// stretch of `windowSize` characters around `center` (a little more, to start on a sentence).
    public static func window(_ a: Article, around center: Int?) -> TextSpan {
        let n = a.scalarCount
        guard n > windowSize else { return TextSpan(0, n) }
        var lo = max(0, min((center ?? 0) - windowSize / 4, n - windowSize))
        let hi = lo + windowSize
        // Back to the start of its sentence, when that is near.
        if let k = a.sentenceIndex(containing: lo), a.sentences[k].begin >= lo - windowSize / 4 { lo = a.sentences[k].begin }
        return TextSpan(lo, hi)
    }

    /// The roles of the characters of `window`, by scalar offset from its start.
    static func roles(_ a: Article, window w: TextSpan, marked: TextSpan?, hits: [TextSpan]) -> [Role] {
        var roles = [Role](repeating: .text, count: w.length)
        func paint(_ span: TextSpan, _ role: Role) {
            let lo = max(w.begin, span.begin), hi = min(w.end, span.end)
            if lo < hi { for i in lo..<hi { roles[i - w.begin] = role } }
        }
        /// The items of a list in text order that may touch the window, found by halving.
        func inWindow<C: RandomAccessCollection>(_ items: C, _ span: (C.Element) -> TextSpan) -> C.SubSequence where C.Index == Int {
            var lo = items.startIndex, hi = items.endIndex
            while lo < hi {
                let mid = (lo + hi) / 2
                if span(items[mid]).begin < w.begin - 1024 { lo = mid + 1 } else { hi = mid }
            }
            var end = lo
            while end < items.endIndex, span(items[end]).begin < w.end { end += 1 }
            return items[lo..<end]
        }
        if let marked { paint(marked, .markedText) }
        for t in inWindow(a.times, \.span) where t.type == .date || t.type == .time { paint(t.span, .readerDate) }
        for q in inWindow(a.quantities, \.amount) { paint(q.amount, .readerQuantity) }
        // Longer mentions first, so a name inside another ("Estonian" in "Estonian Prime Minister
        // Kaja Kallas") keeps its own colour.
        var mentions: [(TextSpan, Role)] = []
        for actor in a.actors {
            for m in inWindow(actor.mentions, { $0 }) { mentions.append((m, Role.readerActor(actor.kind))) }
        }
        for (span, role) in mentions.sorted(by: { $0.0.end - $0.0.begin > $1.0.end - $1.0.begin }) { paint(span, role) }
        for h in hits { paint(h, .searchHit) }
        return roles
    }

    /// The article as wrapped lines: title, a line of date, id and source, then each paragraph
    /// after a blank line. Only the window around `around` (the marked sentence by default)
    /// when the article is very long.
    public static func lines(_ a: Article, width: Int, marked: TextSpan? = nil, hits: [TextSpan] = [],
                             around: Int? = nil) -> [Line] {
        guard width > 0 else { return [] }
        var out: [Line] = []
        // A title made from the text is the text's first line: shown once, in the text.
        if a.titleFromField {
            for l in Wrap.lines(a.title, width: width) { out.append(Line(runs: [(l, .paneTitle)], offset: nil, marked: false)) }
        }
        var meta = [a.date?.description ?? "undated", a.id]
        if let src = a.source { meta.append(src) }
        out.append(Line(runs: [(meta.joined(separator: " · "), .dim)], offset: nil, marked: false))
        let w = window(a, around: around ?? marked?.begin)
        if w.length < a.scalarCount {
            let note = "characters \(w.begin + 1)–\(w.end) of \(a.scalarCount) (a long article is shown in part)"
            for l in Wrap.lines(note, width: width) { out.append(Line(runs: [(l, .dim)], offset: nil, marked: false)) }
        }
        let roles = roles(a, window: w, marked: marked, hits: hits)
        // The paragraphs that reach into the window, by halving.
        var lo = 0, hi = a.paragraphs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if a.paragraphs[mid].end <= w.begin { lo = mid + 1 } else { hi = mid }
        }
        var k = lo
        while k < a.paragraphs.count, a.paragraphs[k].begin < w.end {
            let p = a.paragraphs[k]
            let clipped = TextSpan(max(p.begin, w.begin), min(p.end, w.end))
            out.append(Line(runs: [], offset: clipped.begin, marked: false))
            out += wrap(a, paragraph: clipped, roles: roles, window: w, width: width, marked: marked)
            k += 1
        }
        return out
    }

    /// Wraps one paragraph at spaces by display width, keeping each character's role.
    private static func wrap(_ a: Article, paragraph p: TextSpan, roles: [Role], window w: TextSpan, width: Int,
                             marked: TextSpan?) -> [Line] {
        // Graphemes of the paragraph with their scalar offsets.
        var units: [(text: String, width: Int, offset: Int, role: Role)] = []
        var offset = p.begin
        for ch in a.slice(p) {
            let n = ch.unicodeScalars.count
            let role = offset - w.begin < roles.count ? roles[offset - w.begin] : .text
            for u in Sanitizer.units(String(ch)) {
                units.append((u.text, u.width, offset, u.placeholder ? .placeholder : role))
            }
            if ch.isNewline || ch == "\t" {
                // Already a placeholder or a space from the sanitizer.
            }
            offset += n
        }
        var lines: [Line] = []
        var start = 0
        while start < units.count {
            // Skip spaces at the start of a line.
            while start < units.count, units[start].text == " " { start += 1 }
            guard start < units.count else { break }
            var end = start, used = 0, lastBreak = -1
            while end < units.count, used + units[end].width <= width {
                if units[end].text == " " { lastBreak = end }
                used += units[end].width
                end += 1
            }
            if end < units.count, lastBreak > start { end = lastBreak }
            if end == start { end = start + 1 }  // a character wider than the line
            var runs: [(String, Role)] = []
            var isMarked = false
            for u in units[start..<end] {
                if let m = marked, m.contains(u.offset) { isMarked = true }
                if let last = runs.last, last.1 == u.role {
                    runs[runs.count - 1].0 += u.text
                } else {
                    runs.append((u.text, u.role))
                }
            }
            while let last = runs.last, last.0.hasSuffix(" ") {
                let trimmed = String(last.0.dropLast())
                if trimmed.isEmpty { runs.removeLast() } else { runs[runs.count - 1].0 = trimmed }
            }
            lines.append(Line(runs: runs.map { (text: $0.0, role: $0.1) }, offset: units[start].offset, marked: isMarked))
            start = end
        }
        return lines
    }

    /// The first line showing the scalar `offset` (for scrolling to a sentence).
    public static func line(containing offset: Int, in lines: [Line]) -> Int {
        var best = 0
        for (i, l) in lines.enumerated() {
            guard let o = l.offset else { continue }
            if o <= offset { best = i } else { break }
        }
        return best
    }
}

extension Role {
    /// The reader's highlight for an actor's kind.
    static func readerActor(_ kind: ActorKind) -> Role {
        switch kind {
        case .country: return .readerCountry
        case .person: return .readerPerson
        case .organization: return .readerOrganization
        case .place: return .readerPlace
        }
    }

    /// The role of an actor's kind.
    public static func actor(_ kind: ActorKind) -> Role {
        switch kind {
        case .country: return .actorCountry
        case .person: return .actorPerson
        case .organization: return .actorOrganization
        case .place: return .actorPlace
        }
    }
}
