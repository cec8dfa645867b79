/// The JSON record `newsdash extract` prints for one article: the project's contract with
/// scripts and the scorers (field order follows the schema in the evaluation README).
public enum ExtractRecord {
    public static func write(_ article: Article, to w: inout JSONWriter) {
        w.beginObject()
        w.field("id", article.id)
        w.field("path", article.path)
        if let r = article.record { w.field("record", r) }
        w.field("date", article.date?.description)
        w.field("title", article.title)
        if let s = article.source { w.field("source", s) }
        if let u = article.url { w.field("url", u) }
        w.field("text", article.text)
        w.key("paragraphs")
        writeSpans(article.paragraphs, to: &w)
        w.key("sentences")
        writeSpans(article.sentences, to: &w)
        w.key("times")
        w.beginArray()
        w.endArray()
        w.key("events")
        w.beginArray()
        w.endArray()
        w.key("actors")
        w.beginArray()
        w.endArray()
        w.key("quantities")
        w.beginArray()
        w.endArray()
        w.key("warnings")
        w.beginArray()
        for warning in article.warnings { w.string(warning.description) }
        w.endArray()
        w.endObject()
    }

    /// One line of JSON Lines.
    public static func jsonLine(_ article: Article) -> String {
        var w = JSONWriter()
        write(article, to: &w)
        return w.output
    }

    private static func writeSpans(_ spans: [TextSpan], to w: inout JSONWriter) {
        w.beginArray()
        for s in spans {
            w.beginObject()
            w.field("begin", s.begin)
            w.field("end", s.end)
            w.endObject()
        }
        w.endArray()
    }
}
