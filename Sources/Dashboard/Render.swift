/// Draws the whole frame for a state at a size: a pure function, so every screen can be
/// tested as text.
public func render(_ s: State, size: Size) -> Screen {
    var screen = Screen(width: size.width, height: size.height)
    guard Layout.fits(size) else {
        TooSmallView.draw(size, on: &screen)
        return screen
    }
    var s = s
    s.size = size
    let l = Layout(size, focus: s.focus, zoomed: s.zoomed)
    HeaderView.draw(s, in: l.header, on: &screen)
    let body = Rect(x: 0, y: l.header.maxY, width: size.width, height: l.status.y - l.header.maxY)
    if s.corpus.isEmpty {
        EmptyView.draw(s, in: body, on: &screen)
    } else {
        if let tabs = l.tabs { TabBar.draw(s, in: tabs, on: &screen) }
        for (pane, rect) in l.panes {
            let focused = pane == s.focus
            switch pane {
            case .timeline: TimelineView.draw(s, in: rect, focused: focused, on: &screen)
            case .actors: ActorsView.draw(s, in: rect, focused: focused, on: &screen)
            case .quantities: QuantitiesView.draw(s, in: rect, focused: focused, on: &screen)
            case .articles: ArticlesView.draw(s, in: rect, focused: focused, on: &screen)
            case .reader: ReaderView.draw(s, in: rect, focused: focused, on: &screen)
            }
        }
    }
    StatusBar.draw(s, in: l.status, on: &screen)
    switch s.overlay {
    case .help?, .warnings?: HelpOverlay.draw(s, on: &screen)
    case .picker(let query, let cursor)?: PickerOverlay.draw(s, query: query, cursor: cursor, in: body, on: &screen)
    case nil: break
    }
    return screen
}
