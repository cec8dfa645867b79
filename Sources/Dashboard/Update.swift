/// The dashboard's one state transition: keys become actions through the keymap table.
public func update(_ state: State, _ input: Input) -> State {
    var s = state
    s.redrawRequested = false
    switch input {
    case .resize(let w, let h):
        s.size = Size(width: w, height: h)
    case .key(let key):
        s.message = nil
        guard let action = Keymap.action(for: key, in: s.focus) else {
            s.message = "\(key) is not bound here — press ? for help"
            return s
        }
        perform(action, on: &s)
    }
    return s
}

private func perform(_ action: Action, on s: inout State) {
    if s.overlay != nil, action != .quit, action != .help, action != .closeOverlay { return }
    let count = s.corpus.articles.count
    let page = max(1, Layout.bodyHeight(s.size) - 2)
    switch action {
    case .quit: s.quit = true
    case .help: s.overlay = s.overlay == .help ? nil : .help
    case .closeOverlay: s.overlay = nil
    case .focusNext: s.focus = next(s.focus, by: 1)
    case .focusPrevious: s.focus = next(s.focus, by: -1)
    case .focusArticles: s.focus = .articles
    case .focusReader: s.focus = .reader
    case .moveDown, .moveUp, .pageDown, .pageUp, .top, .bottom:
        let delta: Int
        switch action {
        case .moveDown: delta = 1
        case .moveUp: delta = -1
        case .pageDown: delta = page
        case .pageUp: delta = -page
        case .top: delta = Int.min / 2
        default: delta = Int.max / 2
        }
        switch s.focus {
        case .articles:
            guard count > 0 else { return }
            s.articleCursor = min(max(0, s.articleCursor + delta), count - 1)
            s.openArticle = s.articleCursor
            s.readerScroll = 0
        case .reader:
            s.readerScroll = max(0, s.readerScroll + delta)
        }
    case .open:
        guard count > 0 else { return }
        s.openArticle = s.articleCursor
        s.readerScroll = 0
        s.focus = .reader
    case .redraw: s.redrawRequested = true
    }
}

private func next(_ pane: Pane, by step: Int) -> Pane {
    let all = Pane.allCases
    let i = all.firstIndex(of: pane)!
    return all[(i + step + all.count) % all.count]
}
