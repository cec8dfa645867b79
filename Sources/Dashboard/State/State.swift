import NewsModel

/// The panes of the dashboard, in focus order.
public enum Pane: String, CaseIterable, Sendable {
    case articles
    case reader

    public var title: String {
        switch self {
        case .articles: return "Articles"
        case .reader: return "Reader"
        }
    }
}

public enum Overlay: Sendable, Equatable {
    case help
}

/// The whole UI as a value: `update` changes it, `render` draws it.
public struct State: Sendable {
    public var corpus: Corpus
    /// A name for the header (the paths loaded).
    public var title: String
    public var focus: Pane = .articles
    public var articleCursor = 0
    public var articleScroll = 0
    /// The article shown in the reader, by index into `corpus.articles`.
    public var openArticle: Int?
    public var readerScroll = 0
    public var overlay: Overlay?
    public var message: String?
    public var quit = false
    /// Set by Ctrl-L: the backend repaints every cell.
    public var redrawRequested = false
    /// The size of the last frame, which paging uses.
    public var size = Size(width: 120, height: 40)

    public init(corpus: Corpus, title: String) {
        self.corpus = corpus
        self.title = title
        openArticle = corpus.articles.isEmpty ? nil : 0
    }
}

public struct Size: Equatable, Sendable {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}
