import Foundation
import Testing
@testable import Dashboard

/// Theme files: what they may say, how problems are reported, and that every shipped theme
/// reads well at every colour depth (WCAG contrast).
@Suite("Themes")
struct ThemeTests {
    static let folder: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("themes")
    }()

    static func shipped() throws -> [(String, String)] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".toml") }.sorted().map {
            ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8))
        }
    }

    @Test func theIssuesExampleReadsAsWritten() {
        let text = """
            name = "nord"
            background = "dark"
            [palette]
            frost = "#88c0d0"
            [roles]
            "list.selected" = { fg = "black", bg = "frost", modifiers = ["bold"] }
            "actor.person" = "green"
            "timeline.date" = "color208"
            "header" = { fg = "bright-white", bg = "default", modifiers = ["reverse", "italic"] }
            """
        let (theme, problems) = ThemeFile.parse(text, path: "themes/nord.toml")
        #expect(problems.isEmpty)
        #expect(theme.name == "nord" && theme.background == .dark)
        #expect(theme.palette.style(.selection) == Style(.ansi(0), .rgb(0x88, 0xC0, 0xD0), .bold))
        #expect(theme.palette.style(.actorPerson) == Style(.ansi(2)))
        #expect(theme.palette.style(.date) == Style(.indexed(208)))
        #expect(theme.palette.style(.header) == Style(.ansi(15), nil, [.reverse, .italic]))
        // What the file leaves out keeps the built-in style.
        #expect(theme.palette.style(.warning) == Palette.standard.style(.warning))
    }

    @Test func problemsNameTheFileAndLineAndTheRestStillApplies() {
        let text = """
            name = "broken"
            [roles]
            "actor.person" = "green"
            "actor.persn" = "red"
            "timeline.date" = "#12345"
            "warning" = { fg = "yellow", modifiers = ["blink"] }
            """
        let (theme, problems) = ThemeFile.parse(text, path: "my.toml")
        #expect(problems.map(\.description).contains { $0.hasPrefix("my.toml:4: unknown role 'actor.persn'") })
        #expect(problems.map(\.description).contains { $0.hasPrefix("my.toml:5: ") && $0.contains("'#12345' is not a colour") })
        #expect(problems.map(\.description).contains { $0.hasPrefix("my.toml:6: unknown modifier 'blink'") })
        #expect(theme.palette.style(.actorPerson) == Style(.ansi(2)))
        #expect(theme.palette.style(.warning).foreground == .ansi(3))
        // TOML that does not parse: its line, and the built-in palette.
        let (bad, syntax) = ThemeFile.parse("name = \"x\"\n[roles\n", path: "bad.toml")
        #expect(syntax.count == 1 && syntax[0].description.hasPrefix("bad.toml:2: not TOML"))
        #expect(bad.palette.style(.date) == Palette.standard.style(.date))
    }

    @Test func everyShippedThemeParsesCleanlyAndNamesEveryRole() throws {
        let files = try Self.shipped()
        #expect(Set(files.map(\.0)) == ["default.toml", "light.toml", "solarized-dark.toml", "nord.toml", "high-contrast.toml", "mono.toml"])
        for (name, text) in files {
            let (theme, problems) = ThemeFile.parse(text, path: name)
            #expect(problems.isEmpty, "\(name): \(problems)")
            #expect(theme.name + ".toml" == name)
            for role in Role.allCases { #expect(text.contains("\"\(role.themeName)\""), "\(name) leaves out \(role.themeName)") }
        }
        // mono is attributes only.
        let mono = ThemeFile.parse(try Self.shipped().first { $0.0 == "mono.toml" }!.1, path: "mono.toml").theme
        #expect(Role.allCases.allSatisfy { mono.palette.style($0).foreground == nil && mono.palette.style($0).background == nil })
    }

    /// WCAG 2 relative luminance and contrast ratio.
    static func luminance(_ c: (UInt8, UInt8, UInt8)) -> Double {
        func channel(_ v: UInt8) -> Double {
            let s = Double(v) / 255
            return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
    }

    static func contrast(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Double {
        let x = luminance(a), y = luminance(b)
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    @Test func everyRoleReadsAgainstItsBackgroundAtEveryDepth() throws {
        for (name, text) in try Self.shipped() {
            let theme = ThemeFile.parse(text, path: name).theme
            // The terminal's own colours, as the theme says its background is.
            let terminalBG: (UInt8, UInt8, UInt8) = theme.background == .dark ? (0, 0, 0) : (255, 255, 255)
            let terminalFG: (UInt8, UInt8, UInt8) = theme.background == .dark ? (229, 229, 229) : (0, 0, 0)
            for depth in [ColorDepth.truecolor, .indexed256, .ansi16, .ansi8] {
                // As the terminal gets it: brought down to the depth, legibly.
                let palette = theme.palette.resolved(for: depth)
                for role in Role.allCases {
                    let s = palette.style(role)
                    guard s.foreground != nil || s.background != nil else { continue }
                    let fg = s.foreground?.rgb ?? terminalFG
                    let bg = s.background?.rgb ?? terminalBG
                    let need = role.isText ? 4.5 : 3.0
                    let ratio = Self.contrast(fg, bg)
                    #expect(ratio >= need, "\(name) \(role.themeName) at \(depth): \(String(format: "%.2f", ratio)) < \(need)")
                }
            }
        }
    }

    /// Without colour (NO_COLOR, mono, 8-colour fallbacks) what must stay visible still shows,
    /// through attributes.
    @Test func selectionFocusFiltersAndHitsCarryAnAttributeInEveryTheme() throws {
        let palettes = try Self.shipped().map { ThemeFile.parse($0.1, path: $0.0).theme.palette } + [Palette.standard, Palette.light]
        for p in palettes {
            for role in [Role.selection, .selectionUnfocused, .paneTitleFocused, .borderFocused, .filterTag, .searchHit, .highlight,
                         .tabFocused, .statusKey] {
                #expect(!p.style(role).attributes.isEmpty, "\(role.themeName) has no attribute")
            }
        }
    }

    /// The help's keys and a figure's bound have roles of their own.
    @Test func helpKeysAndBoundsAreDrawnInTheirRoles() {
        let help = render(Fixtures.state(Fixtures.keys("?")), size: Size(width: 120, height: 40))
        var keyCells = 0
        for y in 0..<help.height { for x in 0..<help.width where help[x, y].role == .helpKey { keyCells += 1 } }
        #expect(keyCells > 20)
        let s = Fixtures.state(Fixtures.keys("3"), corpus: PlaceKeepingTests.examples)
        let screen = render(s, size: s.size)
        var bounds: [String] = []
        for y in 0..<screen.height { for x in 0..<screen.width where screen[x, y].role == .quantityBound { bounds.append(screen[x, y].text) } }
        #expect(!bounds.isEmpty && bounds.allSatisfy { "≈<>≤≥~".contains($0) })
    }
}
