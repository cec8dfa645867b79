import CNCurses
import Dashboard

/// One ncurses colour pair per style role, made from the palette at start.
struct ColorPairs {
    private var table: [Role: (attr_t, Int16)] = [:]

    init(palette: Palette) {
        var pairs: [String: Int16] = [:]
        var nextPair: Int16 = 1
        let maxPairs = Int16(clamping: nd_color_pairs())
        let colors = Int(nd_colors())
        let depth: ColorDepth = colors >= 256 ? .indexed256 : colors >= 16 ? .ansi16 : .ansi8
        let resolved = palette.resolved(for: depth)
        for role in Role.allCases {
            let style = resolved.style(role)
            let fg = ColorPairs.code(style.foreground, colors: nd_colors())
            let bg = ColorPairs.code(style.background, colors: nd_colors())
            var pair: Int16 = 0
            if fg != -1 || bg != -1 {
                let key = "\(fg),\(bg)"
                if let existing = pairs[key] {
                    pair = existing
                } else if nextPair < maxPairs {
                    init_pair(nextPair, fg, bg)
                    pairs[key] = nextPair
                    pair = nextPair
                    nextPair += 1
                }
            }
            table[role] = (ColorPairs.attributes(style.attributes), pair)
        }
    }

    func attributes(for role: Role) -> (attr_t, Int16) { table[role] ?? (nd_a_normal(), 0) }

    /// Without colours, roles still show through attributes.
    static func monochrome(_ role: Role) -> (attr_t, Int16) {
        (attributes(Palette.standard.style(role).attributes), 0)
    }

    private static func code(_ c: Style.Color?, colors: Int32) -> Int16 {
        // ncurses gets a colour the terminal has: the palette is never rewritten, so #rrggbb
        // goes to the nearest of its 256, 16 or 8.
        let depth: ColorDepth = colors >= 256 ? .indexed256 : colors >= 16 ? .ansi16 : .ansi8
        guard let c = c?.at(depth) else { return -1 }
        switch c {
        case .ansi(let n): return Int16(n)
        case .indexed(let n): return Int16(n)
        case .rgb: return -1
        }
    }

    static func attributes(_ a: Style.Attributes) -> attr_t {
        var out = nd_a_normal()
        if a.contains(.bold) { out |= nd_a_bold() }
        if a.contains(.reverse) { out |= nd_a_reverse() }
        if a.contains(.underline) { out |= nd_a_underline() }
        if a.contains(.dim) { out |= nd_a_dim() }
        if a.contains(.italic) { out |= nd_a_italic() }
        return out
    }
}
