enum TooSmallView {
    static func draw(_ size: Size, on screen: inout Screen) {
        let lines = [
            "Terminal too small",
            "\(size.width)×\(size.height), need \(Layout.minimumWidth)×\(Layout.minimumHeight)",
            "enlarge the window or press \(Keymap.key(.quit))",
        ]
        let top = max(0, (size.height - lines.count) / 2)
        for (i, l) in lines.enumerated() {
            let w = TextWidth.width(l)
            screen.put(l, x: max(0, (size.width - w) / 2), y: top + i, role: i == 0 ? .warning : .text)
        }
    }
}
