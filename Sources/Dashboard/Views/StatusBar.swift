enum StatusBar {
    static func draw(_ s: State, in rect: Rect, on screen: inout Screen) {
        screen.fill(rect, role: .status)
        if let m = s.message {
            screen.put(" " + m, x: rect.x, y: rect.y, role: .status, limit: rect.width)
            return
        }
        var x = rect.x + 1
        for b in Keymap.hints(for: s.focus) {
            guard let key = b.keys.first, let label = b.hint else { continue }
            let keyText = " \(key) "
            let need = TextWidth.width(keyText) + TextWidth.width(label) + 1
            if x + need > rect.maxX { break }
            x += screen.put(keyText, x: x, y: rect.y, role: .statusKey)
            x += screen.put(" " + label + " ", x: x, y: rect.y, role: .status)
        }
    }
}
