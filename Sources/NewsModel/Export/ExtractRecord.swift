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
        for t in article.times { writeTime(t, article, to: &w) }
        w.endArray()
        w.key("events")
        w.beginArray()
        // Each summary is made as its event is written: a long article's never exist all at once.
        let clauses = ClauseFinder.Cache()
        for e in article.events { writeEvent(e, summary: article.summary(of: e, limit: 90, cache: clauses), to: &w) }
        w.endArray()
        w.key("actors")
        w.beginArray()
        for actor in article.actors { writeActor(actor, article, to: &w) }
        w.endArray()
        w.key("quantities")
        w.beginArray()
        for q in article.quantities { writeQuantity(q, article, to: &w) }
        w.endArray()
        w.field("warnings", article.warnings.map(\.description))
        w.endObject()
    }

    /// One line of JSON Lines.
    public static func jsonLine(_ article: Article) -> String {
        var w = JSONWriter()
        write(article, to: &w)
        return w.output
    }

    private static func writeTime(_ t: Timex, _ a: Article, to w: inout JSONWriter) {
        w.beginObject()
        w.field("begin", t.span.begin)
        w.field("end", t.span.end)
        w.field("text", a.slice(t.span))
        w.field("type", t.type.rawValue)
        w.field("value", t.value)
        w.field("mod", t.mod?.rawValue)
        w.field("alternatives", t.alternatives.map(\.description))
        w.field("anchor", t.anchor.rawValue)
        if let role = t.rangeRole { w.field("range", role.rawValue) }
        w.endObject()
    }

    private static func writeActor(_ actor: Actor, _ a: Article, to w: inout JSONWriter) {
        w.beginObject()
        w.field("id", actor.id)
        w.field("name", actor.name)
        w.field("kind", actor.kind.rawValue)
        w.field("affiliation", actor.affiliation)
        w.field("aliases", actor.aliases)
        w.key("mentions")
        w.beginArray()
        for m in actor.mentions { writeSpan(m, text: a.slice(m), to: &w) }
        w.endArray()
        w.endObject()
    }

    private static func writeQuantity(_ q: Quantity, _ a: Article, to w: inout JSONWriter) {
        w.beginObject()
        w.field("begin", q.span.begin)
        w.field("end", q.span.end)
        w.field("text", a.slice(q.span))
        w.field("value", number: q.value)
        w.field("low", number: q.low)
        w.field("high", number: q.high)
        w.field("bound", q.bound.rawValue)
        w.field("unit", q.unit)
        w.field("what", q.what)
        w.field("category", q.category.rawValue)
        w.field("claimed_by", q.claimedBy)
        w.key("event")
        if let e = q.event { w.int(e) } else { w.null() }
        w.key("amount")
        writeSpan(q.amount, text: a.slice(q.amount), to: &w)
        w.field("about", q.about)
        w.key("conversion_of")
        if let c = q.conversionOf { w.int(c) } else { w.null() }
        w.key("mention_of")
        if let m = q.mentionOf { w.int(m) } else { w.null() }
        w.endObject()
    }

    private static func writeEvent(_ e: Event, summary: String, to w: inout JSONWriter) {
        w.beginObject()
        w.field("start", e.start)
        w.field("end", e.end)
        w.field("granularity", e.granularity.rawValue)
        w.key("sentence")
        writeSpan(e.sentence, to: &w)
        w.field("summary", summary)
        w.field("times", e.times)
        w.field("actors", e.actors)
        w.field("quantities", e.quantities)
        if !e.alternatives.isEmpty { w.field("alternatives", e.alternatives.map(\.description)) }
        w.endObject()
    }

    private static func writeSpans(_ spans: [TextSpan], to w: inout JSONWriter) {
        w.beginArray()
        for s in spans { writeSpan(s, to: &w) }
        w.endArray()
    }

    /// `{"begin": …, "end": …}`, with the text when given.
    private static func writeSpan(_ s: TextSpan, text: String? = nil, to w: inout JSONWriter) {
        w.beginObject()
        w.field("begin", s.begin)
        w.field("end", s.end)
        if let text { w.field("text", text) }
        w.endObject()
    }
}
