/// The quantities pane. Articles carry no quantities until the quantity extractor lands,
/// so for now it says so instead of showing an empty box.
enum QuantitiesView {
    static func draw(_ s: State, in rect: Rect, focused: Bool, on screen: inout Screen) {
        Frame.draw("\(Pane.quantities.title) 0", number: Pane.quantities.rawValue, in: rect, focused: focused, on: &screen)
        let inner = rect.inner
        guard inner.height >= 2, inner.width >= 8 else { return }
        let lines = Wrap.lines("No quantities yet: this build does not extract numbers from the articles.", width: inner.width - 1)
        for (i, l) in lines.prefix(inner.height).enumerated() {
            screen.put(l, x: inner.x + 1, y: inner.y + i, role: .dim, limit: inner.width - 1)
        }
    }
}
