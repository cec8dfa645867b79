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
        for w in a.warnings { rows.append(("warning", w.message)) }
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { key, value in
            key + String(repeating: " ", count: width - key.count + 2) + TableSummary.oneLine(value)
        }.joined(separator: "\n") + "\n"
    }

    /// Control characters (and line breaks) shown as visible escapes, so one field stays one line.
    static func oneLine(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u.value {
            case 0x0A: out += "⏎"
            case 0x09: out += " "
            case 0..<0x20, 0x7F...0x9F: out += "\\u{" + String(u.value, radix: 16) + "}"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
