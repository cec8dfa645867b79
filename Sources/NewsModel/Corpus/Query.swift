/// What narrows a corpus view: actors (all or any of them, members included), a date range
/// and a search.
public struct Filters: Sendable, Equatable {
    public var actors: [String] = []
    public var mode: Corpus.FilterMode = .all
    public var dates: ClosedRange<CivilDate>?
    /// The text searched for at word starts, case-insensitively; empty when no search is active.
    public var search = ""
    /// Whether background is shown: events dated more than a year before their article, and
    /// figures that tell little (`QuantitySalience.isBackground`).
    public var background = false

    public init() {}

    public var isEmpty: Bool { actors.isEmpty && dates == nil && search.isEmpty }

    /// No actor, date or search left; whether background is shown is a way of looking, kept.
    public var cleared: Filters {
        var f = Filters()
        f.background = background
        return f
    }
}

/// How a view orders its actors.
public enum ActorOrder: String, CaseIterable, Sendable {
    case mentions, articles, name, grouped
}

/// How a view orders its quantities: most telling first (`QuantitySalience`), by date, by
/// value (largest first) or by category (then most telling first).
public enum QuantityOrder: String, CaseIterable, Sendable {
    case salience, date, value, category
}

/// How a view orders its articles.
public enum ArticleOrder: String, CaseIterable, Sendable {
    case oldest, newest, title
}
