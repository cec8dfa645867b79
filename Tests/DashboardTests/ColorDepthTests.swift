import Testing
@testable import Dashboard

/// Colours come down to what a terminal has: #rrggbb to the nearest of 256, then of 16 or 8.
@Suite("Colour depth")
struct ColorDepthTests {
    @Test func theDepthFollowsTheEnvironmentAndTheTerminal() {
        #expect(ColorDepth.detect(environment: ["COLORTERM": "truecolor"], colors: 256) == .truecolor)
        #expect(ColorDepth.detect(environment: ["COLORTERM": "24bit"], colors: 256) == .truecolor)
        #expect(ColorDepth.detect(environment: [:], colors: 256) == .indexed256)
        #expect(ColorDepth.detect(environment: [:], colors: 16) == .ansi16)
        #expect(ColorDepth.detect(environment: [:], colors: 8) == .ansi8)
        #expect(ColorDepth.detect(environment: ["NO_COLOR": "1", "COLORTERM": "truecolor"], colors: 256) == .mono)
        #expect(ColorDepth.detect(environment: ["NO_COLOR": ""], colors: 256) == .indexed256)
        #expect(ColorDepth.detect(environment: [:], colors: 2) == .mono)
    }

    @Test func rgbGoesToTheNearestColourAtEachDepth() {
        let red = Style.Color.rgb(255, 0, 0)
        #expect(red.at(.truecolor) == red)
        #expect(red.at(.indexed256) == .indexed(196))
        #expect(red.at(.ansi16) == .ansi(9))
        #expect(red.at(.ansi8) == .ansi(1))
        #expect(red.at(.mono) == nil)
        // Nord's frost blue: a cube colour near it, then cyan.
        let frost = Style.Color.rgb(0x88, 0xC0, 0xD0)
        if case .indexed(let n)? = frost.at(.indexed256) { #expect((16...231).contains(n)) } else { Issue.record("not indexed") }
        #expect([6, 7, 8, 14].map { Style.Color.ansi($0) }.contains(frost.at(.ansi16)!))
        // A mid grey lands on the grey ramp.
        if case .indexed(let n)? = Style.Color.rgb(128, 128, 128).at(.indexed256) { #expect((240...246).contains(n) || n == 244) }
        // Palette colours keep their number where the terminal has it.
        #expect(Style.Color.ansi(12).at(.ansi16) == .ansi(12) && Style.Color.ansi(12).at(.ansi8) == .ansi(4))
        #expect(Style.Color.indexed(202).at(.indexed256) == .indexed(202))
    }

    @Test func ansiTextWritesEachDepthsCodes() {
        var screen = Screen(width: 2, height: 1)
        _ = screen.put("x", x: 0, y: 0, role: .text)
        var palette = Palette.standard
        palette.styles[.text] = Style(.rgb(255, 0, 0), .indexed(17))
        #expect(AnsiText.render(screen, palette: palette, depth: .truecolor).contains("\u{1B}[0;38;2;255;0;0;48;5;17m"))
        #expect(AnsiText.render(screen, palette: palette, depth: .indexed256).contains("\u{1B}[0;38;5;196;48;5;17m"))
        // Red on dark blue does not read at 16 colours: the legible colour of the nearest hue.
        #expect(AnsiText.render(screen, palette: palette, depth: .ansi16).contains("\u{1B}[0;33;44m"))
        palette.styles[.text] = Style(.rgb(255, 0, 0), .indexed(16))
        #expect(AnsiText.render(screen, palette: palette, depth: .ansi16).contains("\u{1B}[0;91;40m"))
        #expect(!AnsiText.render(screen, palette: palette, color: false).contains("38;"))
    }
}
