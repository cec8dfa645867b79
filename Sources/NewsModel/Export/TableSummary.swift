/// A plain-text summary of loaded articles for people: one block per article.
public enum TableSummary {
    public static func render(_ corpus: Corpus) -> String {
        var out = ""
        for a in corpus.articles {
            out += render(a)
            out += "\n"
        }
        let n = corpus.articles.count
        var footer = "\(n) article\(n == 1 ? "" : "s")"
        if let span = corpus.dateSpan { footer += ", \(span.lowerBound) to \(span.upperBound)" }
        if corpus.undatedCount > 0 { footer += ", \(corpus.undatedCount) undated" }
        if !corpus.warnings.isEmpty { footer += ", \(corpus.warnings.count) warning\(corpus.warnings.count == 1 ? "" : "s")" }
        out += footer + "\n"
        return out
    }

    public static func render(_ a: Article) -> String {
        var rows: [(String, String)] = [
            ("id", a.id),
            ("date", a.date?.description ?? "undated"),
            ("title", a.title),
            ("path", a.path + (a.record.map { " (record \($0))" } ?? "")),
        ]
        if let s = a.source { rows.append(("source", s)) }
        if let u = a.url { rows.append(("url", u)) }
        rows.append(("text", "\(a.paragraphs.count) paragraphs, \(a.sentences.count) sentences, \(a.scalarCount) characters"))
        for (e, summary) in zip(a.events, a.summaries(limit: 70)) {
            rows.append(("event", TableSummary.dateLabel(e) + "  " + summary))
        }
        for q in a.quantities {
            var line = q.display(amountText: a.slice(q.amount))
            if q.bound == .vague {
                line = Tidy.collapseWhitespace(a.slice(q.span))
            } else if let what = q.what, q.whatSpan != nil {
                line += " " + Tidy.collapseWhitespace(what)
            }
            line += "  [\(q.category.rawValue)]"
            if let by = q.claimedBy { line += "  says " + by }
            rows.append(("quantity", line))
        }
        for w in a.warnings { rows.append(("warning", w.message)) }
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { key, value in
            key + String(repeating: " ", count: width - key.count + 2) + TableSummary.oneLine(value)
        }.joined(separator: "\n") + "\n"
    }

    /// An event's date as people read it: `2024-10-21`, `2024-10-08..2024-10-13`, `since 2024-08`,
    /// `until 2024-10-25`, `soon` / `now`, with another reading in brackets.
    public static func dateLabel(_ e: Event) -> String {
        var label: String
        switch (e.startValue, e.endValue) {
        case let (s?, t?) where s == t:
            switch s {
            case .vague(.future): label = "future"
            case .vague(.present): label = "now"
            case .vague(.past): label = "past"
            default: label = s.description
            }
        case let (s?, t?): label = "\(s)..\(t)"
        case let (s?, nil): label = "since \(s)"
        case let (nil, t?): label = "until \(t)"
        default: label = "?"
        }
        if !e.alternatives.isEmpty { label += " (or " + e.alternatives.map(\.description).joined(separator: ", ") + ")" }
        return label
    }

    /// Control characters (and line breaks) shown as visible pictures and bidi controls
    /// dropped (`TerminalSafety.line`), so one field stays one line and cannot drive the terminal.
    static func oneLine(_ s: String) -> String { TerminalSafety.line(s) }
}
