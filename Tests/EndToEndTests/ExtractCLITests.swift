import Foundation
import Testing

@Suite("newsdash extract (the real binary)")
struct ExtractCLITests {
    @Test func examplesLoadWithoutWarnings() throws {
        let r = try Harness.run(["extract", "Examples"])
        #expect(r.status == 0)
        #expect(r.stderr == "")
        let records = try Harness.records(r.stdout)
        #expect(records.count == 13)
        for rec in records {
            for key in ["id", "path", "date", "title", "text", "times", "events", "actors", "quantities", "warnings"] {
                #expect(rec[key] != nil, "record \(rec["id"] ?? "?") lacks \(key)")
            }
        }
        // JSON Lines records keep their own ids; files their names.
        let ids = records.compactMap { $0["id"] as? String }
        #expect(ids.contains("brief-rail-link"))
        #expect(ids.contains("2024-10-14-vaccination-campaign"))
        // In input order: the directory's files by name, a JSON Lines file's records in turn.
        let paths = records.compactMap { $0["path"] as? String }
        #expect(paths == paths.sorted())
        #expect(paths.first == "Examples/2024-03-11-danube-floods.txt")
        #expect(ids.suffix(3) == ["brief-arctic-ice", "brief-olympic-bid", "brief-rail-link"])
    }

    @Test func standardInputIsRead() throws {
        let r = try Harness.run(["extract", "-"], stdin: "date 2024-10-21 From a pipe. Second sentence.\n")
        #expect(r.status == 0)
        let rec = try #require(try Harness.records(r.stdout).first)
        #expect(rec["id"] as? String == "stdin")
        #expect(rec["path"] as? String == "-")
        #expect(rec["date"] as? String == "2024-10-21")
        #expect((rec["sentences"] as? [Any])?.count == 2)
    }

    @Test func exitStatusIsOneWhenNothingLoadedAndWarningsGoToStandardError() throws {
        let r = try Harness.run(["extract", "no/such/dir"])
        #expect(r.status == 1)
        #expect(r.stdout == "")
        #expect(r.stderr.contains("warning: no/such/dir: no such file or directory"))
    }

    @Test func exitStatusIsTwoOnUsageErrors() throws {
        #expect(try Harness.run(["extract"]).status == 2)
        #expect(try Harness.run(["extract", "Examples", "--format", "xml"]).status == 2)
        #expect(try Harness.run(["--no-such-flag"]).status == 2)
        #expect(try Harness.run(["render", "Examples", "--size", "huge"]).status == 2)
    }

    @Test func theTopLevelHelpSaysHowToOpenTheDashboardAndItsOptions() throws {
        let r = try Harness.run(["--help"])
        #expect(r.status == 0)
        for text in ["newsdash [<path> ...]", "--mouse", "--aliases", "--max-file-size", "newsdash extract", "newsdash render"] {
            #expect(r.stdout.contains(text), "--help lacks \(text)")
        }
        // A subcommand's error ends with that command's usage, not the top level's.
        let bad = try Harness.run(["--no-such-flag"])
        #expect(bad.status == 2 && bad.stderr.contains("Usage: newsdash [open]") && !bad.stderr.contains("<subcommand>"))
    }

    @Test func renderExitsOneWhenNothingLoadedAndNamesEveryExtension() throws {
        let r = try Harness.run(["render", "no/such/dir", "--size", "120x30"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("no article loaded from no/such/dir"))
        #expect(r.stdout.contains("No articles loaded."))
        for ext in ["txt", "text", "json", "jsonl", "ndjson"] { #expect(r.stdout.contains(".\(ext) "), "no .\(ext)") }
    }

    @Test func noColorGivesAttributesOnly() throws {
        func colourCodes(_ text: String) -> Int {
            // SGR parameters 30–37, 40–47, 90–97 and 100–107 are colours.
            var n = 0
            for part in text.components(separatedBy: "\u{1B}[").dropFirst() {
                let params = part.prefix { $0 != "m" }.split(separator: ";").compactMap { Int($0) }
                n += params.filter { (30...37).contains($0) || (40...47).contains($0) || (90...97).contains($0) || (100...107).contains($0) }.count
            }
            return n
        }
        // (The test runner's own NO_COLOR, if any, is set aside.)
        let colour = try Harness.run(["render", "Examples", "--ansi"], environment: ["NO_COLOR": ""])
        #expect(colourCodes(colour.stdout) > 0)
        let noColor = try Harness.run(["render", "Examples", "--ansi"], environment: ["NO_COLOR": "1"])
        let flag = try Harness.run(["render", "Examples", "--ansi", "--no-color"], environment: ["NO_COLOR": ""])
        for r in [noColor, flag] {
            #expect(r.status == 0 && colourCodes(r.stdout) == 0)
            // The selection and focus still show, through reverse, bold and underline.
            #expect(r.stdout.contains("\u{1B}[0;1") && r.stdout.contains(";7") || r.stdout.contains("[0;7"))
        }
        // NO_COLOR set but empty means nothing (no-color.org).
        #expect(colourCodes(try Harness.run(["render", "Examples", "--ansi"], environment: ["NO_COLOR": ""]).stdout) > 0)
    }

    @Test func renderAnsiDrawsTheThemeTheKeysChose() throws {
        let plain = try Harness.run(["render", "Examples", "--ansi"], environment: ["NO_COLOR": ""])
        let light = try Harness.run(["render", "Examples", "--ansi", "--keys", ": t h e m e Space l i g h t Enter"],
                                    environment: ["NO_COLOR": ""])
        #expect(light.status == 0)
        // The same screen (but for the status line) in other colours.
        let body = { (s: String) in s.split(separator: "\n").dropLast().joined(separator: "\n") }
        let text = { (s: String) in s.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression) }
        #expect(text(body(plain.stdout)) == text(body(light.stdout)))
        #expect(body(plain.stdout) != body(light.stdout))
    }

    @Test func themesComeFromTheThemesFolderAndYourOwn() throws {
        let env = ["NO_COLOR": "", "COLORTERM": ""]
        let nord = try Harness.run(["render", "Examples", "--ansi", "--theme", "nord"], environment: env)
        #expect(nord.status == 0 && nord.stdout.contains("38;5;"))
        let mono = try Harness.run(["render", "Examples", "--ansi", "--theme", "mono"], environment: env)
        // mono: attributes only.
        #expect(mono.status == 0 && !mono.stdout.contains("38;5;") && !mono.stdout.contains("48;5;") && mono.stdout.contains("[0;1"))
        let truecolor = try Harness.run(["render", "Examples", "--ansi", "--theme", "nord"], environment: ["NO_COLOR": "", "COLORTERM": "truecolor"])
        #expect(truecolor.stdout.contains("38;2;"))
        let unknown = try Harness.run(["render", "Examples", "--theme", "nosuch"])
        #expect(unknown.status == 2 && unknown.stderr.contains("no theme 'nosuch'") && unknown.stderr.contains("solarized-dark"))
        // A theme of your own, with a problem: reported with its line, the rest applied.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsdash-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "name = \"mine\"\n[roles]\n\"timeline.date\" = \"#ff0000\"\n\"actor.persn\" = \"red\"\n"
            .write(to: dir.appendingPathComponent("mine.toml"), atomically: true, encoding: .utf8)
        let mine = try Harness.run(["render", "Examples", "--ansi", "--theme", "mine"],
                                   environment: ["NO_COLOR": "", "COLORTERM": "truecolor", "NEWSDASH_THEMES": dir.path])
        #expect(mine.status == 0)
        #expect(mine.stderr.contains("mine.toml:4: unknown role 'actor.persn'"))
        #expect(mine.stdout.contains("38;2;255;0;0"))
        // By path, and a bad name is render's own usage error.
        let byPath = try Harness.run(["render", "Examples", "--ansi", "--theme", dir.appendingPathComponent("mine.toml").path],
                                     environment: ["NO_COLOR": "", "COLORTERM": "truecolor"])
        #expect(byPath.status == 0 && byPath.stderr.contains("mine.toml:4: unknown role 'actor.persn'"))
        #expect(byPath.stdout.contains("38;2;255;0;0"))
        #expect(unknown.stderr.contains("Usage: newsdash render"))
    }

    /// A malformed line in any resource file is a warning naming the file and the line; the
    /// rest of the file still applies and the articles still load.
    @Test func aBadLineInEachResourceFileIsAWarningWithItsLine() throws {
        let source = Harness.root.appendingPathComponent("Sources/NewsModel/Resources")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsdash-resources-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: source, to: dir)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad: [String: String] = [
            "words.tsv": "frobnicate\tno-such-class", "phrases.tsv": "kwanzaa\tholiday=12-32", "quantities.tsv": "dozen\tnumber\tmany",
            "countries.tsv": "atlantis", "organizations.tsv": "acme", "people.tsv": "nobody", "places.tsv": "nowhere",
            "titles.txt": "grand-poobah", "org-keywords.txt": "guild", "place-keywords.txt": "lagoon",
            "given-names.txt": "\tbob", "common-words.txt": "\tthe",
        ]
        var lineOf: [String: Int] = [:]
        for (name, line) in bad {
            let url = dir.appendingPathComponent(name)
            var text = try String(contentsOf: url, encoding: .utf8)
            if !text.hasSuffix("\n") { text += "\n" }
            lineOf[name] = text.split(separator: "\n", omittingEmptySubsequences: false).count
            try (text + line + "\n").write(to: url, atomically: true, encoding: .utf8)
        }
        let r = try Harness.run(["extract", "Examples/2024-06-21-port-strike.txt"], environment: ["NEWSDASH_RESOURCES": dir.path])
        #expect(r.status == 0 && !r.stdout.isEmpty)
        for name in bad.keys.sorted() {
            #expect(r.stderr.contains("warning: \(dir.path)/\(name):\(lineOf[name]!): "), "no warning for \(name) line \(lineOf[name]!):\n\(r.stderr)")
        }
        // The same warnings with the others in the dashboard's count.
        let screen = try Harness.run(["render", "Examples", "--size", "120x40"], environment: ["NEWSDASH_RESOURCES": dir.path])
        #expect(screen.stdout.split(separator: "\n").first?.contains("⚠ \(bad.count) warnings") == true, "\(screen.stdout.prefix(200))")
        // The shipped files have none.
        let clean = try Harness.run(["extract", "Examples/2024-06-21-port-strike.txt"])
        #expect(clean.stderr.isEmpty, "\(clean.stderr)")
    }

    /// `newsdash themes` lists every theme with a preview, your own too; `themes check`
    /// prints each problem with its line and exits 1, or says ok.
    @Test func themesListsAndChecks() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsdash-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.toml")
        try "name = \"Bad\"\n[roles]\n\"list.selectd\" = \"red\"\n\"actor.place\" = \"#111111\"\n\"header\" = { modifiers = [\"blink\"] }\n"
            .write(to: bad, atomically: true, encoding: .utf8)
        let list = try Harness.run(["themes"], environment: ["NEWSDASH_THEMES": dir.path, "NEWSDASH_THEME": "nord", "XDG_CONFIG_HOME": dir.path])
        #expect(list.status == 0)
        let rows = list.stdout.split(separator: "\n").map(String.init)
        for name in ["default", "light", "solarized-dark", "nord", "high-contrast", "mono", "bad"] {
            #expect(rows.contains { $0.dropFirst(2).hasPrefix(name + " ") && $0.contains("Kofi Annan") }, "no row for \(name)")
        }
        #expect(rows.contains { $0.hasPrefix("* nord ") }, "the starting theme is marked")
        #expect(!list.stdout.contains("\u{1B}"), "no colour when the output is not a terminal")
        #expect(list.stderr.contains("bad.toml:3: unknown role 'list.selectd'"))
        let check = try Harness.run(["themes", "check", bad.path, "themes/nord.toml"])
        #expect(check.status == 1)
        let lines = check.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("\(bad.path):3: unknown role 'list.selectd', did you mean 'list.selected'? (the README's \"Writing a theme\" lists every role)"))
        #expect(lines.contains { $0.hasPrefix("\(bad.path):4: 'actor.place' reads 1.1:1") && $0.contains("needs 4.5:1") })
        #expect(lines.contains { $0.hasPrefix("\(bad.path):5: unknown modifier 'blink'") })
        #expect(lines.contains("themes/nord.toml: ok — theme 'nord', dark background"))
        let good = try Harness.run(["themes", "check", "themes/light.toml"])
        #expect(good.status == 0 && good.stdout == "themes/light.toml: ok — theme 'light', light background\n")
        let missing = try Harness.run(["themes", "check", "nosuch.toml"])
        #expect(missing.status == 1 && missing.stderr.contains("nosuch.toml: no such theme file"))
    }

    @Test func helpExitsZero() throws {
        let r = try Harness.run(["extract", "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("--format"))
    }

    @Test func jsonAndTableFormats() throws {
        let json = try Harness.run(["extract", "Examples/2024-06-21-port-strike.txt", "--format", "json"])
        let array = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(array?.count == 1)
        #expect(array?.first?["id"] as? String == "2024-06-21-port-strike")
        let table = try Harness.run(["extract", "Examples/2024-06-21-port-strike.txt", "--format", "table"])
        let titleLine = table.stdout.split(separator: "\n").first { $0.hasPrefix("title ") }
        #expect(titleLine?.hasSuffix(" Dock strike halts traffic at Rotterdam container terminals") == true)
        #expect(table.stdout.contains("quantity  ≈ 3,000 dock workers  [people]"))
        #expect(table.stdout.hasSuffix("1 article, 2024-06-21 to 2024-06-21\n"))
    }

    @Test(.enabled(if: Harness.hasShared, "needs ../shared/seed beside the checkout"))
    func seedArticle() throws {
        let r = try Harness.run(["extract", Harness.shared!.appendingPathComponent("seed/000_c081621a7dec6798.txt").path])
        #expect(r.status == 0)
        let recs = try Harness.records(r.stdout)
        #expect(recs.count == 1)
        let rec = try #require(recs.first)
        #expect(rec["date"] as? String == "2024-10-21")
        #expect((rec["text"] as? String)?.hasPrefix("South Korea summoned") == true)
        #expect((rec["paragraphs"] as? [Any])?.count == 11)
    }

    @Test(.enabled(if: Harness.hasShared, "needs ../shared/corpus beside the checkout"))
    func silverCorpusLoadsCompletelyWithoutWarnings() throws {
        let r = try Harness.run(["extract", Harness.shared!.appendingPathComponent("corpus/te3-silver").path])
        #expect(r.status == 0)
        #expect(r.stderr == "")
        let recs = try Harness.records(r.stdout)
        #expect(recs.count == 2452)
        #expect(recs.allSatisfy { ($0["date"] as? String)?.count == 10 })
    }
}

@Suite("newsdash render (the real binary)")
struct RenderCLITests {
    @Test func rendersTheDashboardAtTheRequestedSize() throws {
        let r = try Harness.run(["render", "Examples", "--size", "100x30", "--keys", "L 4 g j Enter"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 30)
        #expect(lines[0].contains("13 articles"))
        // From 100×30 up, the panes side by side with the reader below.
        #expect(lines[1].contains("1 Timeline") && lines[1].contains("4 Art"))
        #expect(lines.contains { $0.contains("5 Reader") })
        #expect(r.stdout.contains("▶ 5 Reader"))
        #expect(r.stdout.contains("UN appeals for $250 million"))
    }

    @Test func ansiOutputColoursByRole() throws {
        let r = try Harness.run(["render", "Examples", "--size", "120x40", "--ansi"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("\u{1B}["))
        #expect(r.stdout.contains("Timeline"))
    }

    @Test func badKeysAndSizesAreUsageErrors() throws {
        let keys = try Harness.run(["render", "Examples", "--keys", "Hyper-X"])
        #expect(keys.status == 2 && keys.stderr.contains("Unknown key 'Hyper-X'"))
        let size = try Harness.run(["render", "Examples", "--size", "wide"])
        #expect(size.status == 2 && size.stderr.contains("--size must look like 120x40"))
    }
}
