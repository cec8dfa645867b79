/// Where each part of the dashboard goes for a terminal size: from 100×30 up every pane side
/// by side with the reader below, the timeline's text given the most room; smaller, the
/// focused pane large with the others as tabs; `z` zooms the focused pane in either.
public struct Layout: Equatable, Sendable {
    public static let minimumWidth = 60
    public static let minimumHeight = 16
    public static let wideWidth = 100
    public static let wideHeight = 30

    public enum Mode: Equatable, Sendable { case wide, tabbed, zoomed }

    public let mode: Mode
    public let header: Rect
    public let status: Rect
    /// The tab row (tabbed and zoomed modes).
    public let tabs: Rect?
    /// The panes on screen and their rectangles.
    public let panes: [Pane: Rect]

    public init(_ size: Size, focus: Pane, zoomed: Bool) {
        let full = Rect(x: 0, y: 0, width: size.width, height: size.height)
        let (header, rest) = full.splitTop(1)
        let (body, status) = rest.splitBottom(1)
        self.header = header
        self.status = status
        let wide = size.width >= Layout.wideWidth && size.height >= Layout.wideHeight
        if wide && !zoomed {
            mode = .wide
            tabs = nil
            let (top, reader) = body.splitTop(body.height * 11 / 20)
            // The timeline's summaries get the most; quantities grow on wide screens, where their
            // claimant and date columns fit; articles take the rest.
            let shares = top.width >= 140 ? (40, 18, 24) : (42, 20, 20)
            let (timeline, others) = top.splitLeft(top.width * shares.0 / 100)
            let (actors, rest2) = others.splitLeft(top.width * shares.1 / 100)
            let (quantities, articles) = rest2.splitLeft(top.width * shares.2 / 100)
            panes = [.timeline: timeline, .actors: actors, .quantities: quantities, .articles: articles, .reader: reader]
        } else {
            mode = zoomed ? .zoomed : .tabbed
            let (tabRow, main) = body.splitTop(1)
            tabs = tabRow
            panes = [focus: main]
        }
    }

    public static func fits(_ size: Size) -> Bool { size.width >= minimumWidth && size.height >= minimumHeight }

    /// The inner height of a pane (without its border), for paging.
    public func pageHeight(_ pane: Pane) -> Int { max(1, (panes[pane]?.height ?? 3) - 2) }
}
