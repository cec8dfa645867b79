import CNCurses
import Dashboard

/// One ncurses colour pair per style role, made from the palette at start.
struct ColorPairs {
    private var table: [Role: (attr_t, Int16)] = [:]

    /// The depth of the terminal ncurses was started on (2^24 colours: direct colour).
    static func depth(colors: Int) -> ColorDepth {
        colors >= 0x1000000 ? .truecolor : colors >= 256 ? .indexed256 : colors >= 16 ? .ansi16 : .ansi8
    }

    init(palette: Palette) {
        var pairs: [String: Int16] = [:]
        var nextPair: Int16 = 1
        let maxPairs = Int16(clamping: nd_color_pairs())
        let depth = ColorPairs.depth(colors: Int(nd_colors()))
        let resolved = palette.resolved(for: depth)
        for role in Role.allCases {
            let style = resolved.style(role)
            let fg = ColorPairs.code(style.foreground, depth: depth)
            let bg = ColorPairs.code(style.background, depth: depth)
            var pair: Int16 = 0
            if fg != -1 || bg != -1 {
                let key = "\(fg),\(bg)"
                if let existing = pairs[key] {
                    pair = existing
                } else if nextPair < maxPairs {
                    _ = nd_init_pair(Int32(nextPair), fg, bg)
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

    /// The colour number ncurses takes. The palette is never rewritten, so below direct
    /// colour `#rrggbb` goes to the nearest of the terminal's 256, 16 or 8; with direct colour
    /// a number is packed RGB, except 0–7, which are the terminal's own first eight.
    static func code(_ c: Style.Color?, depth: ColorDepth) -> Int32 {
        guard let c = c?.at(depth) else { return -1 }
        switch c {
        case .ansi(let n) where depth < .truecolor || n < 8: return Int32(n)
        case .indexed(let n) where depth < .truecolor: return Int32(n)
        default:
            let (r, g, b) = c.rgb
            // 0–7 would be read as the first eight: the nearest packed value that is not.
            return max(8, Int32(r) << 16 | Int32(g) << 8 | Int32(b))
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
