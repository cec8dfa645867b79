import CNCurses
import Dashboard

/// Keeps the last frame drawn and sends only the cells that differ (ratatui's double
/// buffer); a size change or a forced redraw repaints everything.
struct Presenter {
    private var previous: Screen?
    /// The locale is not UTF-8: draw `AsciiFallback` characters.
    var ascii = false

    mutating func invalidate() { previous = nil }

    mutating func present(_ screen: Screen, colors: ColorPairs?, force: Bool) {
        if force || previous?.width != screen.width || previous?.height != screen.height {
            previous = nil
            clearok(nd_stdscr(), true)
            erase()
        }
        for y in 0..<screen.height {
            for x in 0..<screen.width {
                let cell = screen[x, y]
                if let p = previous, p[x, y] == cell { continue }
                if cell.width == 0 { continue }  // the right half of a wide character
                draw(cell, x: x, y: y, colors: colors)
            }
        }
        refresh()
        previous = screen
    }

    private func draw(_ cell: Cell, x: Int, y: Int, colors: ColorPairs?) {
        let (attrs, pair) = colors?.attributes(for: cell.role) ?? ColorPairs.monochrome(cell.role)
        if ascii {
            // A wide character's two columns: its ASCII stand-in and a space.
            let c = AsciiFallback.ascii(cell.text).unicodeScalars.first!
            _ = nd_put_cell(Int32(y), Int32(x), [wchar_t(bitPattern: c.value), 0], attrs, pair)
            if cell.width == 2 { _ = nd_put_cell(Int32(y), Int32(x + 1), [32, 0], attrs, pair) }
            return
        }
        var wide = Array(cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) })
        // ncurses measures with the C library's wcwidth: when it disagrees with ours, draw a
        // placeholder of our width so the columns after it stay where the layout put them.
        if let first = wide.first, Int(nd_wcwidth(first)) != Int(cell.width) {
            wide = [wchar_t(cell.width == 2 ? 0xFF1F : 0x3F)]  // fullwidth or plain '?'
            if cell.width == 2, nd_wcwidth(wide[0]) != 2 { wide = [0x3F] }
        }
        wide.append(0)
        _ = nd_put_cell(Int32(y), Int32(x), wide, attrs, pair)
    }
}
