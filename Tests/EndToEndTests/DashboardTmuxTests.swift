import Foundation
import HostileCorpus
import Testing

/// The real dashboard in a real terminal: tmux runs the binary on Examples/, the test types
/// keys and reads the screen back.
@Suite("The dashboard in tmux", .serialized, .enabled(if: Tmux.available, "tmux is not installed (apt-get install tmux)"))
struct DashboardTmuxTests {
    /// Starts the dashboard on Examples/ inside a shell that reports how it ended and whether
    /// the terminal got its echo back.
    private func start(width: Int = 120, height: Int = 40, extra: String = "", environment: String = "") throws -> Tmux {
        guard let binary = Harness.binary else { throw Harness.HarnessError.noBinary }
        let command = "\(environment.isEmpty ? "" : "env " + environment + " ")'\(binary.path)' \(extra) Examples; echo \"EXITED $?\"; stty -a | tr ' ' '\\n' | grep -x -e echo -e -echo; echo END; sleep 60"
        let t = try Tmux(command, width: width, height: height, directory: Harness.root)
        try t.waitFor("1 Timeline")
        try t.waitUntil("the articles to load") { !$0.contains("loading ▕") && $0.contains("13 articles") }
        return t
    }

    @Test func aSessionWalksThroughEveryPaneAndRestoresTheTerminal() throws {
        let t = try start()
        #expect(t.display("#{alternate_on}") == "1")
        // All panes side by side at 120×40.
        let first = t.capture()
        for title in ["1 Timeline", "2 Actors", "3 Quantities 27", "4 Articles 13", "5 Reader"] { #expect(first.contains(title)) }

        // Focus the actors and filter by the first one.
        t.send("2")
        try t.waitFor("▶ 2 Actors")
        t.send("f")
        let filtered = try t.waitFor("filter: ")
        #expect(filtered.contains("✓"))
        t.send("F")
        try t.waitFor("filters cleared")

        // Jump along the timeline: the last event, then a typed date.
        t.send(">")
        try t.waitUntil("a jump message") { $0.contains(" event") && $0.contains("— ") }
        t.send("t")
        t.send("2024-09", literal: true)
        t.send("Enter")
        let jumped = try t.waitFor("2024-09")
        #expect(jumped.contains("▲"))

        // Open the reader from the articles pane.
        // The quantities pane: focus it, and Enter opens a figure's sentence in the reader.
        t.send("3")
        let quantities = try t.waitFor("▶ 3 Quantities")
        #expect(quantities.contains("≈") || quantities.contains("%"))
        t.send("Enter")
        try t.waitFor("▌")  // the figure's sentence, marked in the reader's margin

        t.send("4")
        try t.waitFor("▶ 4 Articles")
        t.send("Enter")
        try t.waitFor("5 Reader · ")

        // Help: it scrolls with j, and q closes it (the program goes on), as in less.
        t.send("?")
        try t.waitFor("Keys — ? q Esc close")
        t.send("j")
        try t.waitFor("· 2–")
        t.send("q")
        try t.waitUntil("the help to close") { !$0.contains("Keys — ") && $0.contains("1 Timeline") }
        t.send("?")
        try t.waitFor("Keys — ")
        t.send("Escape")
        try t.waitUntil("the help to close") { !$0.contains("Keys — ") }

        // Smaller terminal: the focused pane and tabs.
        t.resize(width: 80, height: 24)
        let small = try t.waitFor(" 1 Timeline ")
        #expect(small.contains("│ 2 Actors"))
        // Too small, then back.
        t.resize(width: 50, height: 15)
        try t.waitFor("Terminal too small")
        t.resize(width: 120, height: 40)
        try t.waitFor("3 Quantities 27")

        // Quit: the shell gets a normal terminal back.
        t.send("q")
        let after = try t.waitFor("END")
        #expect(after.contains("EXITED 0"))
        #expect(after.components(separatedBy: "\n").contains("echo"))
        #expect(t.display("#{alternate_on}") == "0")
    }

    @Test func ctrlCQuitsAndRestoresTheTerminal() throws {
        let t = try start()
        t.send("C-c")
        let after = try t.waitFor("END")
        #expect(after.contains("EXITED 0"))
        #expect(after.components(separatedBy: "\n").contains("echo"))
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let t = try start()
        let pid = t.display("#{pane_pid}")
        // The dashboard is the shell's child: signal it, not the shell.
        Tmux.spawn(["sh", "-c", "pkill -TERM -P \(pid) -x newsdash"])
        let after = try t.waitFor("END")
        #expect(after.contains("EXITED 143"))
        #expect(after.components(separatedBy: "\n").contains("echo"))
        #expect(t.display("#{alternate_on}") == "0")
    }

    /// Files whose names, titles and text hold terminal escapes (set the title, clear the
    /// screen, write the clipboard), bidi overrides and a forged warning line: the pane shows
    /// them as pictures, the window title and tmux's buffers stay untouched, and the warnings
    /// printed on quit reach the terminal safe.
    @Test func escapeLadenFilesNeitherDriveTheTerminalNorForgeWarnings() throws {
        guard let binary = Harness.binary else { throw Harness.HarnessError.noBinary }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsdash-tmux-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let escapes = HostileCorpus.escapes.filter { !$0.contains("\u{0}") && !$0.contains("/") }
        for (k, e) in escapes.enumerated() {
            let text = "Title: \(e) alert \(k)\nDate: 2024-10-\(10 + k)\n\nTroops of \(e)Russia moved on Monday. \(e)\n"
            #expect(FileManager.default.createFile(atPath: dir.appendingPathComponent("\(k)\(e).txt").path, contents: Data(text.utf8)))
            #expect(FileManager.default.createFile(atPath: dir.appendingPathComponent("empty\(k)\(e).txt").path, contents: Data()))
        }
        let command = "'\(binary.path)' '\(dir.path)'; echo \"EXITED $?\"; echo END; sleep 60"
        let t = try Tmux(command, width: 120, height: 40, directory: Harness.root)
        t.setOption("set-clipboard", "on")
        let before = t.display("#{pane_title}")
        try t.waitUntil("the articles to load") { $0.contains("\(escapes.count) articles") }
        let screen = t.capture()
        #expect(screen.contains("\u{241B}"), "escapes are shown as pictures")
        #expect(!screen.contains("pwned") || screen.contains("\u{241B}]0;pwned"))
        t.send("4")
        t.send("Enter")
        try t.waitFor("5 Reader")
        #expect(t.display("#{pane_title}") == before)
        t.send("q")
        let after = try t.waitFor("END")
        #expect(after.contains("EXITED 0"))
        #expect(t.display("#{pane_title}") == before, "a warning printed on quit set the title")
        #expect(t.buffers().isEmpty, "OSC 52 wrote tmux's clipboard")
        // The warnings about the empty files, each on its own line, escapes as pictures.
        let warnings = after.split(separator: "\n").filter { $0.hasPrefix("newsdash: warning: ") }
        #expect(warnings.count == escapes.count, "\(warnings)")
        #expect(after.contains("\u{241B}]0;pwned\u{2407}"))
        #expect(!after.split(separator: "\n").contains { $0.hasPrefix("newsdash: warning: fake") })
    }

    @Test func theActorPickerFiltersByName() throws {
        let t = try start()
        t.send("a")
        try t.waitFor("Filter by actor")
        t.send("Kenya", literal: true)
        try t.waitFor("› Kenya")
        t.send("Enter")
        let screen = try t.waitFor("filter: Kenya")
        #expect(screen.contains(" Kenya "))
        t.send("q")
        try t.waitFor("EXITED 0")
    }

    /// `cat file | newsdash -`: the articles come through the pipe, the keys from the terminal.
    @Test func articlesFromStandardInputAndKeysFromTheTerminal() throws {
        guard let binary = Harness.binary else { throw Harness.HarnessError.noBinary }
        let command = "cat Examples/wire-briefs.jsonl | '\(binary.path)' -; echo \"EXITED $?\"; echo END; sleep 60"
        let t = try Tmux(command, width: 120, height: 40, directory: Harness.root)
        let screen = try t.waitUntil("the piped articles") { $0.contains("3 articles") && !$0.contains("loading") }
        #expect(screen.contains("4 Articles 3"))
        // Keys work: focus the articles, then quit.
        t.send("4")
        try t.waitFor("▶ 4 Articles")
        t.send("r")
        try t.waitFor("cannot be read again")
        t.send("q")
        let after = try t.waitFor("END")
        #expect(after.contains("EXITED 0"))
    }

    /// A terminal without cursor addressing, an unknown TERM and none at all: one clear line
    /// naming it and pointing to render and extract, status 1, never a garbled screen.
    @Test(arguments: ["TERM=dumb", "TERM=nosuchterminal42", "-u TERM"])
    func terminalsWithoutWhatTheDashboardNeedsGetOneClearLine(term: String) throws {
        guard let binary = Harness.binary else { throw Harness.HarnessError.noBinary }
        let command = "env \(term) '\(binary.path)' Examples; echo \"EXITED $?\"; echo END; sleep 60"
        let t = try Tmux(command, width: 120, height: 40, directory: Harness.root)
        let screen = try t.waitFor("END")
        #expect(screen.contains("EXITED 1"))
        #expect(screen.contains("newsdash render PATH") && screen.contains("newsdash extract PATH"))
        if term == "TERM=dumb" { #expect(screen.contains("'dumb' cannot place the cursor")) }
        if term.contains("nosuch") { #expect(screen.contains("'nosuchterminal42' (TERM) is unknown")) }
        if term.hasPrefix("-u") { #expect(screen.contains("TERM is not set")) }
        #expect(!screen.contains("Error opening terminal"))
    }

    /// A locale without UTF-8: ASCII borders and glyphs, not question marks.
    @Test func aLocaleWithoutUTF8GetsASCIIBorders() throws {
        guard let binary = Harness.binary else { throw Harness.HarnessError.noBinary }
        let command = "env LC_ALL=C '\(binary.path)' Examples; echo \"EXITED $?\"; echo END; sleep 60"
        let t = try Tmux(command, width: 120, height: 40, directory: Harness.root)
        let screen = try t.waitFor("+> 1 Timeline")
        #expect(screen.contains("| * Kenya") || screen.contains("* Kenya"))
        #expect(!screen.contains("??"))
        t.send("q")
        try t.waitFor("EXITED 0")
    }

    /// A fresh home for settings, removed afterwards.
    private func freshHome() throws -> URL {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("newsdash-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home.appendingPathComponent(".config/newsdash"), withIntermediateDirectories: true)
        return home
    }

    /// The header's first cells with their colours (the brand, before "Examples").
    private func brand(_ t: Tmux) -> String { String(t.captureWithStyles().components(separatedBy: "\n")[0].prefix { $0 != "E" }) }

    /// The theme chosen with :theme is kept for the next run in the config file, whose other
    /// lines stay as written and apply (here the actors' order).
    @Test func theChosenThemeIsKeptForTheNextRun() throws {
        guard let binary = Harness.binary else { throw Harness.HarnessError.noBinary }
        let home = try freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let config = home.appendingPathComponent(".config/newsdash/config.toml")
        try "# mine\n[sort]\nactors = \"name\"\n".write(to: config, atomically: true, encoding: .utf8)
        let command = "env HOME='\(home.path)' XDG_CONFIG_HOME= NEWSDASH_THEME= NO_COLOR= TERM=xterm-256color '\(binary.path)' Examples; echo \"EXITED $?\"; echo END; sleep 60"
        var t = try Tmux(command, width: 120, height: 40, directory: Harness.root)
        try t.waitFor("1 Timeline")
        let before = brand(t)
        t.send("2")
        try t.waitFor("┃ ◆ Afghanistan ")  // by name, as the config file says
        t.send(":")
        t.send("theme nord", literal: true)
        t.send("Enter")
        try t.waitFor("theme nord")
        let nord = brand(t)
        #expect(nord != before)
        t.send("q")
        try t.waitFor("EXITED 0")
        let saved = try String(contentsOf: config, encoding: .utf8)
        #expect(saved == "# mine\ntheme = \"nord\"\n[sort]\nactors = \"name\"\n")
        // The next run opens in nord; NEWSDASH_THEME wins over the file, --theme over both.
        t = try Tmux(command, width: 120, height: 40, directory: Harness.root)
        try t.waitFor("1 Timeline")
        try t.waitUntil("the header in nord") { _ in brand(t) == nord }
        t.send("q")
        try t.waitFor("EXITED 0")
        let light = command.replacingOccurrences(of: "NEWSDASH_THEME=", with: "NEWSDASH_THEME=light")
        t = try Tmux(light, width: 120, height: 40, directory: Harness.root)
        try t.waitFor("1 Timeline")
        try t.waitUntil("the header not in nord") { _ in brand(t) != nord && brand(t).contains("newsdash") }
        let lightBrand = brand(t)
        t.send("q")
        try t.waitFor("EXITED 0")
        t = try Tmux(light.replacingOccurrences(of: "Examples;", with: "--theme nord Examples;"), width: 120, height: 40, directory: Harness.root)
        try t.waitFor("1 Timeline")
        try t.waitUntil("the header in nord again") { _ in brand(t) == nord }
        #expect(lightBrand != nord)
        t.send("q")
        try t.waitFor("EXITED 0")
    }

    /// A problem in the config file is counted on the first screen and said, with its file
    /// and line, when the dashboard quits; the rest of the file applies.
    @Test func configProblemsAreSaidWithTheirLine() throws {
        let home = try freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let config = home.appendingPathComponent(".config/newsdash/config.toml")
        try "[sort]\nactors = \"name\"\ncolour = \"red\"\n".write(to: config, atomically: true, encoding: .utf8)
        let t = try start(environment: "HOME='\(home.path)' XDG_CONFIG_HOME= NEWSDASH_THEME= NO_COLOR= TERM=xterm-256color")
        try t.waitFor("1 problem in theme or config files: listed when you quit")
        t.send("2")
        try t.waitFor("┃ ◆ Afghanistan ")  // [sort] still applied
        t.send("q")
        let after = try t.waitFor("EXITED 0")
        // (Joined: the terminal wraps the long line.)
        #expect(after.replacingOccurrences(of: "\n", with: "").contains("config.toml:3: unknown key 'sort.colour'"), "\(after)")
    }

    /// The colour parameters of every SGR sequence on a screen captured with its styles.
    private func colourParameters(_ screen: String) -> (colours: [String], attributes: Set<String>) {
        var colours: [String] = [], attributes: Set<String> = []
        var rest = Substring(screen)
        while let start = rest.range(of: "\u{1B}[") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "m") else { break }
            let params = rest[..<end].split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            rest = rest[rest.index(after: end)...]
            var i = 0
            while i < params.count {
                let p = Int(params[i]) ?? 0
                if p == 38 || p == 48 {
                    colours.append(params[i...].prefix(params.count > i + 1 && params[i + 1] == "2" ? 5 : 3).joined(separator: ";"))
                    i += params.count > i + 1 && params[i + 1] == "2" ? 5 : 3
                    continue
                }
                if (30...37).contains(p) || (40...47).contains(p) || (90...97).contains(p) || (100...107).contains(p) {
                    colours.append(params[i])
                } else {
                    attributes.insert(params[i])
                }
                i += 1
            }
        }
        return (colours, attributes)
    }

    /// NO_COLOR (set, not empty): not one colour escape reaches the terminal, and the selection,
    /// the focus and a filter still show through reverse, bold and underline.
    @Test func noColorDrawsWithAttributesOnly() throws {
        let t = try start(extra: "--theme nord", environment: "NO_COLOR=1 TERM=xterm-256color")
        t.send("2")
        t.send("f")
        try t.waitFor("filter: ")
        let (colours, attributes) = colourParameters(t.captureWithStyles())
        #expect(colours.isEmpty, "colour escapes under NO_COLOR: \(colours.prefix(5))")
        #expect(attributes.isSuperset(of: ["1", "4", "7"]), "\(attributes)")
        // The same run without NO_COLOR has colours (the test can see them).
        let coloured = try start(extra: "--theme nord", environment: "NO_COLOR= TERM=xterm-256color")
        #expect(!colourParameters(coloured.captureWithStyles()).colours.isEmpty)
    }

    /// T steps through every theme and back, repainting the whole screen each time: the text is
    /// the same throughout and the colours change.
    @Test func tCyclesThemesWithoutBreakingTheScreen() throws {
        let home = try freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let t = try start(environment: "HOME='\(home.path)' XDG_CONFIG_HOME= NEWSDASH_THEME= NO_COLOR= TERM=xterm-256color")
        let body = { (s: String) in s.split(separator: "\n").dropLast().joined(separator: "\n") }
        let first = body(t.capture())
        var brands: Set<String> = [brand(t)]
        var names: [String] = []
        for k in 1...6 {
            t.send("T")
            let screen = try t.waitFor("(\(k % 6 + 1) of 6)")
            #expect(body(screen) == first, "the screen changed with the theme at press \(k)")
            let status = screen.split(separator: "\n").last ?? ""
            if let r = status.range(of: "theme "), let end = status[r.upperBound...].firstIndex(of: " ") {
                names.append(String(status[r.upperBound..<end]))
            }
            brands.insert(brand(t))
        }
        #expect(names == ["high-contrast", "light", "mono", "nord", "solarized-dark", "default"])
        #expect(brands.count >= 5, "the header's colours changed with the theme: \(brands.count) looks")
        // Back where it started nothing is kept; one more, and that one is.
        t.send("T")
        try t.waitFor("(2 of 6)")
        t.send("q")
        try t.waitFor("EXITED 0")
        let saved = try String(contentsOf: home.appendingPathComponent(".config/newsdash/config.toml"), encoding: .utf8)
        #expect(saved.contains("theme = \"high-contrast\""))
    }

    /// COLORTERM=truecolor: #rrggbb as written where this system describes the terminal with
    /// direct colour (tmux-direct, from ncurses-term), else the nearest of the 256.
    @Test func truecolorWhereTheTerminalHasDirectColour() throws {
        let direct = Tmux.spawn(["infocmp", "tmux-direct"]).status == 0
        let t = try start(extra: "--theme nord", environment: "COLORTERM=truecolor NO_COLOR= TERM=tmux-256color")
        let colours = colourParameters(t.captureWithStyles()).colours
        if direct {
            #expect(colours.contains { $0.hasPrefix("38;2;") })
        } else {
            // Without it (apt-get install ncurses-term; .ci/run installs it) the fallback.
            #expect(!colours.contains { $0.hasPrefix("38;2;") } && colours.contains { $0.hasPrefix("38;5;") })
        }
        let indexed = try start(extra: "--theme nord", environment: "COLORTERM= NO_COLOR= TERM=tmux-256color")
        let plain = colourParameters(indexed.captureWithStyles()).colours
        #expect(plain.contains { $0.hasPrefix("38;5;") } && !plain.contains { $0.hasPrefix("38;2;") })
    }
}
