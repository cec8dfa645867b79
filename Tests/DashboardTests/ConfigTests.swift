import Testing
@testable import Dashboard
import NewsModel

/// The user's config file: what it may hold, each problem with its line, and keeping the
/// theme there without touching the user's other lines.
@Suite("Config file")
struct ConfigTests {
    @Test func everyKeyIsRead() {
        let text = """
            # mine
            theme = "nord"
            aliases = "~/aliases.txt"
            mouse = true
            [sort]
            actors = "articles"
            articles = "Newest"
            """
        let (config, problems) = ConfigFile.parse(text, path: "config.toml")
        #expect(problems.isEmpty)
        #expect(config == Config(theme: "nord", aliases: "~/aliases.txt", mouse: true, actorOrder: .articles, articleOrder: .newest))
        #expect(ConfigFile.parse("", path: "c").config == Config())
    }

    @Test func problemsNameTheLineAndTheRestApplies() {
        let text = """
            theme = "light"
            mouse = "yes"
            colour = "red"
            [sort]
            actors = "size"
            quantities = "value"
            articles = "title"
            events = "date"
            """
        let (config, problems) = ConfigFile.parse(text, path: "c.toml")
        #expect(problems.map(\.description) == [
            "c.toml:2: mouse is true or false",
            "c.toml:3: unknown key 'colour' (there are: theme, aliases, mouse, sort)",
            "c.toml:5: sort.actors is one of mentions, articles, name, grouped, not 'size'",
            "c.toml:8: unknown key 'sort.events' (there are sort.actors, sort.articles and sort.quantities)",
        ])
        #expect(config.theme == "light" && config.articleOrder == .title && config.mouse == nil && config.actorOrder == nil)
        #expect(config.quantityOrder == .value)
        let (broken, syntax) = ConfigFile.parse("theme = \"a\"\nmouse = \n", path: "b.toml")
        #expect(broken == Config())
        #expect(syntax.count == 1 && syntax[0].description.hasPrefix("b.toml:2: not TOML"))
    }

    @Test func keepingTheThemeLeavesEveryOtherLineAsWritten() {
        // Replaced where it is.
        let text = "# my settings\ntheme = \"light\"  # for the office\nmouse = true\n[sort]\nactors = \"name\"\n"
        #expect(ConfigFile.settingTheme("nord", in: text) == "# my settings\ntheme = \"nord\"\nmouse = true\n[sort]\nactors = \"name\"\n")
        // Added before the first table, so it stays a top-level key.
        let none = "# my settings\nmouse = false\n[sort]\nactors = \"name\"\n"
        let added = ConfigFile.settingTheme("solarized-dark", in: none)
        #expect(added == "# my settings\ntheme = \"solarized-dark\"\nmouse = false\n[sort]\nactors = \"name\"\n")
        #expect(ConfigFile.parse(added, path: "c").config.theme == "solarized-dark")
        #expect(ConfigFile.parse(added, path: "c").config.actorOrder == .name)
        // A theme key inside a table is not the top-level one.
        let inTable = "[sort]\ntheme = \"x\"\n"
        #expect(ConfigFile.settingTheme("nord", in: inTable).hasPrefix("theme = \"nord\"\n[sort]"))
        #expect(ConfigFile.settingTheme("nord", in: "") == "theme = \"nord\"\n")
        // Nothing that would break the TOML gets in.
        #expect(ConfigFile.settingTheme("a\"b\n[x]", in: "") == "theme = \"abx\"\n")
    }
}
