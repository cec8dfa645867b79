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
        #expect(problems.map(\.description).contains { $0.hasPrefix("my.toml:4: unknown role 'actor.persn', did you mean 'actor.person'?") })
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
            // Every role but the reader's highlights, which follow the panes' roles when left out.
            for role in Role.allCases where role.readerSource == nil {
                #expect(text.contains("\"\(role.themeName)\""), "\(name) leaves out \(role.themeName)")
            }
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
            for role in [Role.selection, .selectionUnfocused, .paneTitleFocused, .borderFocused, .filterTag, .searchHit,
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

    /// The reader's highlights: their own roles, which a theme may set, and which otherwise
    /// look like the theme's own actor, date and quantity colours (not the built-in's).
    @Test func readerHighlightsFollowTheThemesPaneRolesUnlessSet() {
        let text = """
            [roles]
            "actor.person" = "#ff8800"
            "timeline.date" = "color33"
            "reader.date" = { fg = "black", bg = "color33" }
            """
        let (theme, problems) = ThemeFile.parse(text, path: "t.toml")
        #expect(problems.isEmpty)
        #expect(theme.palette.style(.readerPerson) == Style(.rgb(0xFF, 0x88, 0)))
        #expect(theme.palette.style(.readerDate) == Style(.ansi(0), .indexed(33)))
        #expect(theme.palette.style(.readerQuantity) == Palette.standard.style(.quantity))
        // The reader draws actors, dates and figures in them.
        let s = Fixtures.state(Fixtures.keys("j j Enter"), corpus: PlaceKeepingTests.examples)
        let screen = render(s, size: s.size)
        var seen: Set<Role> = []
        for y in 0..<screen.height { for x in 0..<screen.width { seen.insert(screen[x, y].role) } }
        #expect(seen.isSuperset(of: [.readerCountry, .readerDate]))
    }

    /// Down to 16 and 8 colours a colour keeps its hue: a theme's pastel actor kinds stay
    /// told apart instead of all turning grey, and still read on the background.
    @Test func sixteenColoursKeepHues() throws {
        #expect(Style.Color.rgb(0x87, 0xD7, 0x87).at(.ansi16) == .ansi(10))  // pastel green: bright green
        #expect(Style.Color.rgb(0x00, 0x5F, 0x87).at(.ansi16) == .ansi(4))   // steel blue: blue
        #expect(Style.Color.rgb(0xFF, 0xAF, 0x00).at(.ansi8) == .ansi(3))    // orange: yellow
        #expect(Style.Color.rgb(0x80, 0x80, 0x80).at(.ansi16) == .ansi(8))   // grey: bright black
        #expect(Style.Color.rgb(0x30, 0x30, 0x30).at(.ansi8) == .ansi(0))
        // Blue on black does not read: the nearest hue that does (cyan), not grey.
        let onBlack = Palette(styles: [.actorPlace: Style(.rgb(0x00, 0x00, 0xAF))]).resolved(for: .ansi16)
        #expect(onBlack.style(.actorPlace).foreground == .ansi(6) || onBlack.style(.actorPlace).foreground == .ansi(14))
        for (name, text) in try Self.shipped() where name != "mono.toml" {
            let p = ThemeFile.parse(text, path: name).theme.palette.resolved(for: .ansi16)
            let kinds = [Role.actorCountry, .actorPerson, .actorOrganization, .actorPlace].map { p.style($0) }
            #expect(Set(kinds.map { "\($0)" }).count >= 3, "\(name) at 16 colours: \(kinds)")
        }
    }

    /// `themes check` reports contrast through this: what misses WCAG, with its ratio.
    @Test func shortfallsNameTheRoleAndItsRatio() {
        let text = "[roles]\n\"actor.place\" = \"#111111\"\n\"pane.border\" = \"#5a5a5a\"\n"
        let p = ThemeFile.parse(text, path: "t.toml").theme.palette
        let misses = p.shortfalls(at: .truecolor)
        let place = misses.first { $0.role == .actorPlace }
        #expect(place != nil && place!.ratio < 1.2 && place!.minimum == 4.5)
        #expect(!misses.contains { $0.role == .border })  // 3.0:1 is enough for a border: #5a5a5a is 3.0
        #expect(misses.contains { $0.role == .readerPlace })
    }

    @Test func misspeltRolesGetASuggestionOnlyWhenClose() {
        #expect(Role.suggestion(for: "list.selectd") == ", did you mean 'list.selected'?")
        #expect(Role.suggestion(for: "pane.borders") == ", did you mean 'pane.border'?")
        #expect(Role.suggestion(for: "wallpaper") == "")
    }

    /// Every kind of problem, each with its line, and what still applies.
    @Test(arguments: [
        ("background = \"grey\"", 1, "background is 'dark' or 'light', not 'grey'"),
        ("[palette]\nsea = \"#12\"", 2, "palette colour 'sea' is not #rrggbb, colorN or an ANSI name"),
        ("[palette]\nsea = \"color256\"", 2, "palette colour 'sea' is not #rrggbb, colorN or an ANSI name"),
        ("[roles]\n\"marker\" = \"sea\"", 2, "'sea' is not a colour"),
        ("[roles]\n\"marker\" = { bg = \"bright-grey\" }", 2, "bg 'bright-grey' is not a colour"),
        ("[roles]\n\"marker\" = 7", 2, "a role is a colour or { fg, bg, modifiers }"),
        ("[roles]\n\"marker\" = { modifiers = [\"flash\"] }", 2, "unknown modifier 'flash' (bold, dim, italic, underline, reverse)"),
        ("[roles]\n\n\"markers\" = \"red\"", 3, "unknown role 'markers', did you mean 'marker'?"),
        ("name = \"x\"\n[roles]\n\"marker\" = ", 3, "not TOML"),
    ])
    func eachProblemIsReportedWithItsLine(text: String, line: Int, message: String) {
        let (_, problems) = ThemeFile.parse("# a theme\n" + text + "\n\"unrelated\" = 1\n", path: "t.toml")
        let wanted = "t.toml:\(line + 1): \(message)"
        #expect(problems.contains { $0.description.hasPrefix(wanted) }, "\(problems.map(\.description)) lacks \(wanted)")
    }

    /// Every value form a colour may take.
    @Test func everyColourForm() {
        let named = ["sea": Style.Color.rgb(1, 2, 3)]
        #expect(ThemeFile.color("default", named: named) == .terminal)
        #expect(ThemeFile.color("Red", named: named) == .color(.ansi(1)))
        #expect(ThemeFile.color("bright-white", named: named) == .color(.ansi(15)))
        #expect(ThemeFile.color("color0", named: named) == .color(.indexed(0)))
        #expect(ThemeFile.color("color255", named: named) == .color(.indexed(255)))
        #expect(ThemeFile.color("#A0b1C2", named: named) == .color(.rgb(0xA0, 0xB1, 0xC2)))
        #expect(ThemeFile.color("sea", named: named) == .color(.rgb(1, 2, 3)))
        for bad in ["color256", "#abc", "#gggggg", "bright-", "blu", ""] { #expect(ThemeFile.color(bad, named: named) == nil, "\(bad)") }
    }

    /// Each shipped theme brought to each depth: only colours that depth has, none in mono,
    /// and the attributes kept at every depth.
    @Test func everyShippedThemeAtEveryDepth() throws {
        for (name, text) in try Self.shipped() {
            let theme = ThemeFile.parse(text, path: name).theme.palette
            for depth in ColorDepth.allCases {
                let p = theme.resolved(for: depth)
                for role in Role.allCases {
                    let s = p.style(role)
                    #expect(s.attributes == theme.style(role).attributes)
                    for c in [s.foreground, s.background].compactMap({ $0 }) {
                        switch (c, depth) {
                        case (_, .mono): Issue.record("\(name) \(role.themeName): a colour in mono")
                        case (.rgb, .truecolor), (.indexed, .truecolor), (.indexed, .indexed256): break
                        case (.ansi(let n), _): #expect(Int(n) < (depth == .ansi8 ? 8 : 16), "\(name) \(role.themeName) at \(depth)")
                        default: Issue.record("\(name) \(role.themeName) at \(depth): \(c)")
                        }
                    }
                }
            }
        }
    }
}
