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

    /// The roles of the article's characters, by scalar offset.
    static func roles(_ a: Article, marked: TextSpan?, hits: [TextSpan]) -> [Role] {
        var roles = [Role](repeating: .text, count: a.scalarCount)
        func paint(_ span: TextSpan, _ role: Role) {
            let lo = max(0, span.begin), hi = min(roles.count, span.end)
            if lo < hi { for i in lo..<hi { roles[i] = role } }
        }
        if let marked { paint(marked, .markedText) }
        for t in a.times where t.type == .date || t.type == .time { paint(t.span, .date) }
        for q in a.quantities { paint(q.amount, .quantity) }
        // Longer mentions first, so a name inside another ("Estonian" in "Estonian Prime Minister
        // Kaja Kallas") keeps its own colour.
        let mentions = a.actors.flatMap { actor in actor.mentions.map { ($0, Role.actor(actor.kind)) } }
        for (span, role) in mentions.sorted(by: { $0.0.end - $0.0.begin > $1.0.end - $1.0.begin }) { paint(span, role) }
        for h in hits { paint(h, .searchHit) }
        return roles
    }

    /// The article as wrapped lines: title, a line of date, id and source, then each paragraph
    /// after a blank line.
    public static func lines(_ a: Article, width: Int, marked: TextSpan? = nil, hits: [TextSpan] = []) -> [Line] {
        guard width > 0 else { return [] }
        var out: [Line] = []
        // A title made from the text is the text's first line: shown once, in the text.
        if a.titleFromField {
            for l in Wrap.lines(a.title, width: width) { out.append(Line(runs: [(l, .paneTitle)], offset: nil, marked: false)) }
        }
        var meta = [a.date?.description ?? "undated", a.id]
        if let src = a.source { meta.append(src) }
        out.append(Line(runs: [(meta.joined(separator: " · "), .dim)], offset: nil, marked: false))
        let roles = roles(a, marked: marked, hits: hits)
        for p in a.paragraphs {
            out.append(Line(runs: [], offset: p.begin, marked: false))
            out += wrap(a, paragraph: p, roles: roles, width: width, marked: marked)
        }
        return out
    }

    /// Wraps one paragraph at spaces by display width, keeping each character's role.
    private static func wrap(_ a: Article, paragraph p: TextSpan, roles: [Role], width: Int, marked: TextSpan?) -> [Line] {
        // Graphemes of the paragraph with their scalar offsets.
        var units: [(text: String, width: Int, offset: Int, role: Role)] = []
        var offset = p.begin
        for ch in a.slice(p) {
            let n = ch.unicodeScalars.count
            let role = offset < roles.count ? roles[offset] : .text
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
