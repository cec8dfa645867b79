/// One loaded news article: its identity, publication date and text, segmented into
/// paragraphs and sentences. Every position is a Unicode scalar offset into `text`.
public struct Article: Sendable, Identifiable {
    /// The file name without extension, `name#N` for the N-th record of a JSON file, or
    /// the record's own `id`.
    public let id: String
    /// The file it came from, as given or found (`-` for standard input).
    public let path: String
    /// 1-based record number inside a JSON or JSON Lines file.
    public let record: Int?
    /// The publication date (the document creation time), or nil for an undated article.
    public let date: CivilDate?
    /// The title field, else the first sentence shortened.
    public let title: String
    /// Whether `title` came from a title field rather than from the text.
    public let titleFromField: Bool
    public let source: String?
    public let url: String?
    /// The body exactly as read after the header (line endings normalized, outer whitespace trimmed).
    public let text: String
    public let scalarMap: ScalarMap
    public let paragraphs: [TextSpan]
    public let sentences: [TextSpan]
    /// Problems met while loading this article (it loaded anyway).
    public let warnings: [LoadWarning]
    /// Temporal expressions, in text order.
    public let times: [Timex]
    /// Timeline entries made from the times, in text order.
    public let events: [Event]
    /// The actors the article names, in order of first mention.
    public let actors: [Actor]
    /// The numbers the article claims, in text order.
    public let quantities: [Quantity]

    /// An article as given: nothing is extracted here (`ArticleAnalyzer.article` runs the
    /// extractors and builds one), so tests and tools can make articles by hand.
    public init(id: String, path: String, record: Int? = nil, date: CivilDate?, title: String, titleFromField: Bool = true,
                source: String? = nil, url: String? = nil, text: String, warnings: [LoadWarning] = [],
                scalarMap: ScalarMap? = nil, paragraphs: [TextSpan]? = nil, sentences: [TextSpan]? = nil,
                times: [Timex] = [], events: [Event] = [], actors: [Actor] = [], quantities: [Quantity] = []) {
        self.id = id
        self.path = path
        self.record = record
        self.date = date
        self.title = title
        self.titleFromField = titleFromField
        self.source = source
        self.url = url
        self.text = text
        self.warnings = warnings
        let map = scalarMap ?? ScalarMap(text)
        self.scalarMap = map
        // One paragraph and one sentence of the whole text when not given.
        let whole = [TextSpan(0, map.scalarCount)]
        self.paragraphs = paragraphs ?? whole
        self.sentences = sentences ?? whole
        self.times = times
        self.events = events
        self.actors = actors
        self.quantities = quantities
    }


    /// The text of a span.
    public func slice(_ span: TextSpan) -> String { text.slice(span, map: scalarMap) }

    /// Number of Unicode scalars in the text.
    public var scalarCount: Int { scalarMap.scalarCount }

    /// The index of the sentence containing `offset`, or of the nearest one before it.
    public func sentenceIndex(containing offset: Int) -> Int? {
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].begin <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo == 0 ? nil : lo - 1
    }
}
