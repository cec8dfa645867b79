import Foundation
import Testing
@testable import Dashboard
import NewsModel

/// Whole screens compared with plain-text golden files in `Snapshots/` (tig's screen dumps).
/// After an intended change, rerun with NEWSDASH_RECORD_SNAPSHOTS=1 and review the diff.
@Suite("Snapshots")
struct SnapshotTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    private func check(_ name: String, _ script: String, size: Size) throws {
        let s = Fixtures.state(Fixtures.keys(script), size: size)
        try compare(name, render(s, size: size).plainText() + "\n")
    }

    private func compare(_ name: String, _ text: String) throws {
        let file = SnapshotTests.directory.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["NEWSDASH_RECORD_SNAPSHOTS"] == "1" {
            try text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let golden = try #require(try? String(contentsOf: file, encoding: .utf8),
                                  "missing \(file.lastPathComponent): run the tests with NEWSDASH_RECORD_SNAPSHOTS=1")
        if golden != text {
            let a = golden.split(separator: "\n", omittingEmptySubsequences: false)
            let b = text.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            Issue.record("""
                \(name) differs from its snapshot at line \(first + 1):
                expected: \(first < a.count ? String(a[first]) : "<end>")
                actual:   \(first < b.count ? String(b[first]) : "<end>")
                """)
        }
    }

    @Test func dashboardWide() throws { try check("dashboard-120x40", "", size: Size(width: 120, height: 40)) }
    @Test func dashboardLarge() throws { try check("dashboard-200x60", "j j", size: Size(width: 200, height: 60)) }
    @Test func dashboardSmall() throws { try check("dashboard-80x24", "", size: Size(width: 80, height: 24)) }
    @Test func actorsFiltered() throws { try check("actors-filtered-120x40", "2 f", size: Size(width: 120, height: 40)) }
    @Test func actorsGrouped() throws { try check("actors-grouped-80x24", "2 s s s", size: Size(width: 80, height: 24)) }
    @Test func readerAtAnEvent() throws { try check("reader-80x24", "j j Enter", size: Size(width: 80, height: 24)) }
    @Test func help() throws { try check("help-120x40", "?", size: Size(width: 120, height: 40)) }
    @Test func picker() throws { try check("picker-80x24", "a o", size: Size(width: 80, height: 24)) }
    @Test func tooSmall() throws { try check("too-small-50x15", "", size: Size(width: 50, height: 15)) }

    // MARK: with the style layer

    /// A screen with its roles: each text row, then a row of one letter per cell naming its
    /// role (`.` plain text), then a legend of every role used with the theme's style as the
    /// file writes it and as 256, 16 and 8 colours get it.
    static func styled(_ screen: Screen, theme: Palette) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        let code = Dictionary(uniqueKeysWithValues: Role.allCases.filter { $0 != .text }.enumerated().map { ($0.element, letters[$0.offset]) })
        var out = ""
        var used: [Role] = []
        let text = screen.plainText().split(separator: "\n", omittingEmptySubsequences: false)
        for y in 0..<screen.height {
            out += (y < text.count ? String(text[y]) : "") + "\n"
            var row = ""
            for x in 0..<screen.width {
                let role = screen[x, y].role
                if role != .text, !used.contains(role) { used.append(role) }
                row.append(role == .text ? "." : code[role]!)
            }
            while row.hasSuffix(".") { row.removeLast() }
            out += row + "\n"
        }
        out += "\nroles (as written → at 256 → 16 → 8 colours):\n"
        for role in Role.allCases where used.contains(role) {
            let looks = [ColorDepth.truecolor, .indexed256, .ansi16, .ansi8].map { describe(theme.resolved(for: $0).style(role)) }
            out += "\(code[role]!) \(role.themeName): \(looks.joined(separator: " → "))\n"
        }
        return out
    }

    static func describe(_ s: Style) -> String {
        func color(_ c: Style.Color?) -> String {
            switch c {
            case nil: return "default"
            case .ansi(let n)?:
                let base = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"][Int(n % 8)]
                return n >= 8 ? "bright-" + base : base
            case .indexed(let n)?: return "color\(n)"
            case .rgb(let r, let g, let b)?: return String(format: "#%02x%02x%02x", r, g, b)
            }
        }
        var parts = ["\(color(s.foreground))/\(color(s.background))"]
        let names: [(Style.Attributes, String)] = [(.bold, "bold"), (.dim, "dim"), (.italic, "italic"), (.underline, "underline"), (.reverse, "reverse")]
        parts += names.filter { s.attributes.contains($0.0) }.map(\.1)
        return parts.joined(separator: " ")
    }

    /// The dashboard at 120×40 with a filter, a find and an unfocused selection, in three
    /// shipped themes: text, the role of every cell and what each role looks like.
    @Test(arguments: ["default", "light", "mono"])
    func styledDashboard(theme: String) throws {
        let file = ThemeTests.folder.appendingPathComponent(theme + ".toml")
        let palette = ThemeFile.parse(try String(contentsOf: file, encoding: .utf8), path: file.path).theme.palette
        let size = Size(width: 120, height: 40)
        let s = Fixtures.state(Fixtures.keys("2 f 1 j / k e n"), size: size)
        try compare("styled-\(theme)-120x40", Self.styled(render(s, size: size), theme: palette))
    }
}
