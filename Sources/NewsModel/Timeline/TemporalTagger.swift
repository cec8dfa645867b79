/// Finds the temporal expressions of an article and normalizes them (TIMEX3), sentence by
/// sentence in reading order so anaphoric expressions see the dates mentioned before them.
public enum TemporalTagger {
    public static func tag(_ doc: Document, articleDate: CivilDate?) -> [Timex] {
        doc.withView { view in
            var scanner = TemporalScanner(view: view, map: doc.scalarMap)
            var resolver = TemporalResolver(articleDate: articleDate)
            var out: [Timex] = []
            // A note to editors dates nothing of the story ("RELEASABLE Tuesday at 0001 ///").
            for r in doc.sentenceTokens where !view.endsInEditorsNote(r) {
                scanner.limit = r.upperBound
                tagSentence(&scanner, &resolver, start: r.lowerBound, end: r.upperBound, into: &out)
            }
            return out
        }
    }

    private static func tagSentence(_ s: inout TemporalScanner, _ resolver: inout TemporalResolver, start: Int, end: Int,
                                    into out: inout [Timex]) {
        var i = start
        var lastRangeStart: (index: Int, tokenEnd: Int)?  // a `from`/`between` expression waiting for its end
        while i < end {
            guard let hit = s.match(at: i) else {
                i += 1
                continue
            }
            // A vague adverb (now, recently, soon, the future) only places something relative to
            // the article's date: an undated article gives it nothing to stand on. Vague periods
            // ("recent days", "the coming weeks") still name a stretch of time and stay.
            if resolver.articleDate == nil, case .vague = hit.spec.what, !(hit.first...hit.last).contains(where: { s.unit($0) != nil }) {
                i = hit.last + 1
                continue
            }
            var tense = Tense.around(s, expressionStart: hit.first, expressionEnd: hit.last, sentenceStart: start)
            // With no verb to go by, a deadline looks ahead and a starting point back.
            if tense == .present, hit.first > start {
                switch s.kw(hit.first - 1) {
                case .until, .till, .by, .before: tense = .future
                case .since: tense = .past
                default: break
                }
            }
            var role: Timex.RangeRole?
            let before = hit.first - 1
            if before >= start {
                switch s.kw(before) {
                case .since, .from, .between: role = .start
                case .until, .till, .through: role = .end
                case .by where hit.spec.type == .date: role = .end
                case .to, .and:
                    if let pending = lastRangeStart, before - pending.tokenEnd <= 1 { role = .end }
                default: break
                }
                if s.isPunct(before, "-") || (s.valid(before) && s.tokens[before].kind == .punctuation
                                               && CharClass.of(Unicode.Scalar(s.view.firstByte(before))) == .dash),
                   let pending = lastRangeStart, before - pending.tokenEnd <= 1 { role = .end }
            }
            let r = resolver.resolve(hit.spec, tense: tense)
            let first = Timex(span: hit.span ?? s.span(hit.first, hit.last), type: effectiveType(hit.spec, r), value: r.value,
                              resolved: r.resolved, mod: hit.spec.mod, alternatives: r.alternatives, anchor: r.anchor,
                              rangeRole: hit.inner != nil ? .start : role)
            out.append(first)
            if role == .start || hit.inner != nil { lastRangeStart = (out.count - 1, hit.last) } else if role == .end { lastRangeStart = nil }
            if let (span, spec) = hit.inner {
                let r2 = resolver.resolve(spec, tense: tense)
                out.append(Timex(span: span, type: effectiveType(spec, r2), value: r2.value, resolved: r2.resolved, mod: spec.mod,
                                 alternatives: r2.alternatives, anchor: r2.anchor, rangeRole: .end))
                lastRangeStart = nil
            }
            i = hit.last + 1
        }
    }

    private static func effectiveType(_ spec: TimexSpec, _ r: TemporalResolver.Result) -> TimexType {
        if spec.type == .time, case .vague? = r.resolved { return .date }
        return spec.type
    }
}
