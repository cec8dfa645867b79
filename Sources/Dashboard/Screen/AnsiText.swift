/// A screen as text with ANSI SGR colour codes, for `newsdash render --ansi` and for
/// pasting a coloured screenshot. The text itself is already sanitized by `Screen.put`.
public enum AnsiText {
    /// `color: false` (NO_COLOR, `--no-color`): bold, dim, underline and reverse only.
    public static func render(_ screen: Screen, palette: Palette = .standard, color: Bool = true) -> String {
        var out = ""
        for y in 0..<screen.height {
            var current: Role?
            for x in 0..<screen.width {
                let cell = screen[x, y]
                if cell.width == 0 { continue }
                if cell.role != current {
                    var style = palette.style(cell.role)
                    if !color {
                        style.foreground = nil
                        style.background = nil
                    }
                    out += sgr(style)
                    current = cell.role
                }
                out += cell.text
            }
            out += "\u{1B}[0m"
            if y < screen.height - 1 { out += "\n" }
        }
        return out
    }

    static func sgr(_ style: Style) -> String {
        var codes = ["0"]
        if style.attributes.contains(.bold) { codes.append("1") }
        if style.attributes.contains(.dim) { codes.append("2") }
        if style.attributes.contains(.underline) { codes.append("4") }
        if style.attributes.contains(.reverse) { codes.append("7") }
        if case .ansi(let n)? = style.foreground { codes.append(String(n < 8 ? 30 + Int(n) : 82 + Int(n))) }
        if case .ansi(let n)? = style.background { codes.append(String(n < 8 ? 40 + Int(n) : 92 + Int(n))) }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}
