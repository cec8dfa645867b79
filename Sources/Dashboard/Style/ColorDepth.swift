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
        case (_, .ansi16), (_, .truecolor), (_, .indexed256): return .ansi(Style.Color.basic(rgb, bright: true))
        case (_, .ansi8): return .ansi(Style.Color.basic(rgb, bright: false))
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

    /// A colour's hue in degrees, nil for the unsaturated (greys).
    static func hue(_ c: (UInt8, UInt8, UInt8)) -> Double? {
        let r = Double(c.0) / 255, g = Double(c.1) / 255, b = Double(c.2) / 255
        let hi = max(r, g, b), lo = min(r, g, b)
        guard hi > 0, (hi - lo) / hi >= 0.25, hi - lo >= 0.12 else { return nil }
        var h: Double
        if hi == r { h = (g - b) / (hi - lo) } else if hi == g { h = 2 + (b - r) / (hi - lo) } else { h = 4 + (r - g) / (hi - lo) }
        return (h * 60 + 360).truncatingRemainder(dividingBy: 360)
    }

    /// The system colour (0–15, or 0–7 without `bright`) a colour is read as: its hue's colour
    /// (red, yellow, green, cyan, blue, magenta) — the bright one when it is light — and black,
    /// grey or white for the unsaturated. By distance alone every pastel would come out grey,
    /// so a theme's green persons and blue places would look alike on 16 colours.
    static func basic(_ c: (UInt8, UInt8, UInt8), bright: Bool) -> UInt8 {
        let hi = Double(max(c.0, c.1, c.2)) / 255, lo = Double(min(c.0, c.1, c.2)) / 255
        let lightness = (hi + lo) / 2
        guard let hue = hue(c) else {
            if !bright { return lightness < 0.35 ? 0 : 7 }
            return lightness < 0.2 ? 0 : lightness < 0.55 ? 8 : lightness < 0.85 ? 7 : 15
        }
        // Hue sectors as people name them: orange and gold are yellow, azure and steel blue
        // are blue, only the greenish blues are cyan.
        let base: UInt8
        switch hue {
        case 20..<75: base = 3
        case 75..<165: base = 2
        case 165..<195: base = 6
        case 195..<270: base = 4
        case 270..<345: base = 5
        default: base = 1
        }
        return bright && (hi >= 0.9 || lightness > 0.6) ? base + 8 : base
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
        // On 16 colours the same hue, bright or not, before any other colour.
        if depth == .ansi16, case .ansi(let n) = plain {
            let other = n < 8 ? n + 8 : n - 8
            if Style.Color.contrast(Style.Color.paletteRGB(Int(other)), bg) >= minimum { return .ansi(other) }
        }
        // A colour keeps a colour: the legible system colour of the nearest hue (dark blue on
        // black becomes cyan, not grey).
        if depth <= .ansi16, let hue = Style.Color.hue(rgb) {
            var best: (UInt8, Double)?
            for k in 0..<(depth == .ansi16 ? 16 : 8) where Style.Color.contrast(Style.Color.paletteRGB(k), bg) >= minimum {
                guard let h = Style.Color.hue(Style.Color.paletteRGB(k)) else { continue }
                let d = min(abs(h - hue), 360 - abs(h - hue))
                if d < (best?.1 ?? 91) { best = (UInt8(k), d) }
            }
            if let (k, _) = best { return .ansi(k) }
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

extension Palette {
    /// A role whose colours read too poorly: its contrast and the WCAG 2 minimum it misses.
    public struct Shortfall: Sendable, Equatable {
        public let role: Role
        public let ratio: Double
        public let minimum: Double
    }

    /// The roles that do not reach 4.5:1 (text) or 3:1 (borders, markers) at `depth`, the
    /// terminal's own colours taken as black on white or light grey on black, as the theme's
    /// background says.
    public func shortfalls(at depth: ColorDepth) -> [Shortfall] {
        let palette = resolved(for: depth)
        let terminalBG: (UInt8, UInt8, UInt8) = lightBackground ? (255, 255, 255) : (0, 0, 0)
        let terminalFG: (UInt8, UInt8, UInt8) = lightBackground ? (0, 0, 0) : (229, 229, 229)
        var out: [Shortfall] = []
        for role in Role.allCases {
            let s = palette.style(role)
            guard s.foreground != nil || s.background != nil else { continue }
            let ratio = Style.Color.contrast(s.foreground?.rgb ?? terminalFG, s.background?.rgb ?? terminalBG)
            let minimum = role.isText ? 4.5 : 3.0
            if ratio < minimum { out.append(Shortfall(role: role, ratio: ratio, minimum: minimum)) }
        }
        return out
    }
}
