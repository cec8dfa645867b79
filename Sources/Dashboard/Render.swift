/// Draws the whole frame for a state at a size: a pure function, so every screen can be
/// tested as text.
public func render(_ s: State, size: Size) -> Screen {
    var screen = Screen(width: size.width, height: size.height)
    guard Layout.fits(size) else {
        TooSmallView.draw(size, on: &screen)
        return screen
    }
    let layout = Layout(size)
    HeaderView.draw(s, in: layout.header, on: &screen)
    if s.corpus.isEmpty {
        EmptyView.draw(s, in: Rect(x: 0, y: 1, width: size.width, height: size.height - 2), on: &screen)
    } else {
        ArticlesView.draw(s, in: layout.articles, on: &screen)
        ReaderView.draw(s, in: layout.reader, on: &screen)
    }
    StatusBar.draw(s, in: layout.status, on: &screen)
    if s.overlay == .help { HelpOverlay.draw(in: Rect(x: 0, y: 1, width: size.width, height: size.height - 2), on: &screen) }
    return screen
}
