import Foundation

/// How many colours a terminal shows, and how a colour is brought down to them: `#rrggbb`
/// to the nearest of the 256 (the xterm cube, greys and system colours), then to the nearest
/// of 16 or 8. The terminal's own palette is never rewritten, so a colour is always one the
/// terminal already has.
public enum ColorDepth: Int, Sendable, Comparable, CaseIterable {
    case mono = 0, ansi8, ansi16, indexed256, truecolor

    public static func < (a: ColorDepth, b: ColorDepth) -> Bool { a.rawValue < b.rawValue }

    /// Whether the user refuses colour: NO_COLOR set and not empty (no-color.org).
    public static func colorRefused(environment: [String: String]) -> Bool {
        environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    }

    /// From the environment and the terminal's colour count: truecolor where COLORTERM says
    /// so (`truecolor`, `24bit`), none under NO_COLOR (set, not empty).
    public static func detect(environment: [String: String], colors: Int) -> ColorDepth {
        if colorRefused(environment: environment) { return .mono }
        if colors < 8 { return .mono }
        if let c = environment["COLORTERM"]?.lowercased(), c == "truecolor" || c == "24bit", colors >= 256 { return .truecolor }
        return colors >= 256 ? .indexed256 : colors >= 16 ? .ansi16 : .ansi8
    }
}

extension Style.Color {
    /// The colour as red, green and blue, with the xterm default values for palette colours.
    public var rgb: (UInt8, UInt8, UInt8) {
        switch self {
        case .ansi(let n): return Style.Color.paletteRGB(Int(n % 16))
        case .indexed(let n): return Style.Color.paletteRGB(Int(n))
        case .rgb(let r, let g, let b): return (r, g, b)
        }
    }

    /// The colour a terminal of `depth` shows for this one (nil in mono).
    public func at(_ depth: ColorDepth) -> Style.Color? {
        switch (self, depth) {
        case (_, .mono): return nil
        case (.rgb, .truecolor): return self
        // The cube and the greys only: their values are fixed, the 16 system colours are the
        // terminal's own (themes change them).
        case (.rgb, .indexed256): return .indexed(Style.Color.nearest(rgb, among: 16..<256))
        case (.indexed(let n), .indexed256), (.indexed(let n), .truecolor): return .indexed(n)
        case (.ansi(let n), _) where depth >= .ansi16: return .ansi(n % 16)
        case (.ansi(let n), _): return .ansi(n % 8)
        case (_, .ansi16), (_, .truecolor), (_, .indexed256): return .ansi(Style.Color.nearest(rgb, among: 0..<16))
        case (_, .ansi8): return .ansi(Style.Color.nearest(rgb, among: 0..<8))
        }
    }

    /// The palette entry in `range` nearest to a colour (by a weighted RGB distance that
    /// follows the eye's sensitivity to green most, blue least).
    static func nearest(_ c: (UInt8, UInt8, UInt8), among range: Range<Int>) -> UInt8 {
        var best = range.lowerBound, bestDistance = Int.max
        for k in range {
            let p = paletteRGB(k)
            let dr = Int(c.0) - Int(p.0), dg = Int(c.1) - Int(p.1), db = Int(c.2) - Int(p.2)
            let d = 3 * dr * dr + 4 * dg * dg + 2 * db * db
            if d < bestDistance {
                bestDistance = d
                best = k
            }
        }
        return UInt8(best)
    }

    /// xterm's default 256-colour palette: 16 system colours, a 6×6×6 cube, 24 greys.
    static func paletteRGB(_ k: Int) -> (UInt8, UInt8, UInt8) {
        let system: [(UInt8, UInt8, UInt8)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        if k < 16 { return system[max(0, k)] }
        if k < 232 {
            let steps: [UInt8] = [0, 95, 135, 175, 215, 255]
            let i = k - 16
            return (steps[i / 36], steps[(i / 6) % 6], steps[i % 6])
        }
        let v = UInt8(8 + 10 * (min(k, 255) - 232))
        return (v, v, v)
    }
}

extension Palette {
    /// Every colour brought down to `depth`. A foreground takes the nearest colour the depth
    /// has that still reads on its background (4.5:1 for text, 3:1 for borders and markers,
    /// WCAG 2) — the role's own background, else the terminal's — so a dark blue on black does
    /// not become an unreadable blue at 16 colours. Mono drops every colour.
    public func resolved(for depth: ColorDepth) -> Palette {
        var out = self
        let terminalBG: (UInt8, UInt8, UInt8) = lightBackground ? (255, 255, 255) : (0, 0, 0)
        for (role, style) in styles {
            var s = style
            s.background = style.background?.at(depth)
            if let fg = style.foreground {
                let bg = s.background?.rgb ?? terminalBG
                s.foreground = fg.legible(at: depth, on: bg, minimum: role.isText ? 4.5 : 3)
            }
            out.styles[role] = s
        }
        return out
    }
}

extension Style.Color {
    /// This colour at `depth`, or the nearest one there that reaches `minimum` contrast on
    /// `bg` (the plain nearest when none does).
    func legible(at depth: ColorDepth, on bg: (UInt8, UInt8, UInt8), minimum: Double) -> Style.Color? {
        guard let plain = at(depth) else { return nil }
        if Style.Color.contrast(plain.rgb, bg) >= minimum { return plain }
        let range: Range<Int>
        switch depth {
        case .mono: return nil
        case .ansi8: range = 0..<8
        case .ansi16: range = 0..<16
        case .indexed256: range = 16..<256
        case .truecolor: return plain
        }
        let c = rgb
        var best: Int?
        var bestDistance = Int.max
        for k in range where Style.Color.contrast(Style.Color.paletteRGB(k), bg) >= minimum {
            let p = Style.Color.paletteRGB(k)
            let dr = Int(c.0) - Int(p.0), dg = Int(c.1) - Int(p.1), db = Int(c.2) - Int(p.2)
            let d = 3 * dr * dr + 4 * dg * dg + 2 * db * db
            if d < bestDistance {
                bestDistance = d
                best = k
            }
        }
        guard let k = best else { return plain }
        return depth == .indexed256 ? .indexed(UInt8(k)) : .ansi(UInt8(k))
    }

    /// WCAG 2 relative luminance and contrast ratio.
    static func luminance(_ c: (UInt8, UInt8, UInt8)) -> Double {
        func channel(_ v: UInt8) -> Double {
            let s = Double(v) / 255
            return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
    }

    public static func contrast(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Double {
        let x = luminance(a), y = luminance(b)
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }
}
