/// A screen as text with ANSI SGR colour codes, for `newsdash render --ansi` and for
/// pasting a coloured screenshot. The text itself is already sanitized by `Screen.put`.
public enum AnsiText {
    /// `color: false` (NO_COLOR, `--no-color`): bold, dim, underline and reverse only. Colours
    /// are written for `depth` (truecolor `38;2;r;g;b`, 256 `38;5;n`, else the 16).
    public static func render(_ screen: Screen, palette: Palette = .standard, color: Bool = true,
                              depth: ColorDepth = .ansi16) -> String {
        var out = ""
        let palette = color ? palette.resolved(for: depth) : palette
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
        if style.attributes.contains(.italic) { codes.append("3") }
        if style.attributes.contains(.underline) { codes.append("4") }
        if style.attributes.contains(.reverse) { codes.append("7") }
        func code(_ c: Style.Color, base: Int) -> String {
            switch c {
            case .ansi(let n): return String(n < 8 ? base + Int(n) : base + 52 + Int(n))
            case .indexed(let n): return "\(base + 8);5;\(n)"
            case .rgb(let r, let g, let b): return "\(base + 8);2;\(r);\(g);\(b)"
            }
        }
        if let f = style.foreground { codes.append(code(f, base: 30)) }
        if let b = style.background { codes.append(code(b, base: 40)) }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}
