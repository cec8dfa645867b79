import Testing
@testable import NewsModel

@Suite("Extract records")
struct ExtractRecordTests {
    @Test func recordHasTheSchemaFieldsAndValidJSON() throws {
        let a = ArticleAnalyzer.article(id: "x", path: "dir/x.txt", date: CivilDate(year: 2024, month: 10, day: 21),
                        text: "Seoul said \"no\".\nSecond\u{1B} line.",
                        warnings: [LoadWarning(path: "dir/x.txt", line: 1, message: "a problem")])
        let line = ExtractRecord.jsonLine(a)
        #expect(!line.contains("\n"))
        let v = try JSONParser.parse(line).get()
        #expect(v["id"]?.stringValue == "x")
        #expect(v["path"]?.stringValue == "dir/x.txt")
        #expect(v["date"]?.stringValue == "2024-10-21")
        #expect(v["title"]?.stringValue == "Seoul said \"no\".")
        #expect(v["text"]?.stringValue == a.text)
        for key in ["times", "events", "quantities"] { #expect(v[key] == .array([])) }
        // "Seoul said": the capital speaks for its government.
        guard case .array(let actors)? = v["actors"], case .object(let seoul)? = actors.first else {
            Issue.record("no actors")
            return
        }
        #expect(seoul["id"] == .string("south-korea"))
        #expect(seoul["kind"] == .string("country"))
        #expect(v["warnings"] == .array([.string("dir/x.txt:1: a problem")]))
        #expect(v["paragraphs"] == .array([
            .object(["begin": .number("0"), "end": .number("16")]),
            .object(["begin": .number("17"), "end": .number("30")]),
        ]))
    }

    @Test func undatedArticleHasNullDate() throws {
        let v = try JSONParser.parse(ExtractRecord.jsonLine(ArticleAnalyzer.article(id: "u", path: "u.txt", date: nil, text: "T."))).get()
        #expect(v["date"] == .null)
    }

    @Test func longFirstSentenceIsShortenedAtAWordForTheTitle() {
        let text = "South Korea summoned the Russian ambassador in Seoul on Monday in protest over claims that Pyongyang sent troops."
        let a = ArticleAnalyzer.article(id: "t", path: "t.txt", date: nil, text: text)
        #expect(a.title == "South Korea summoned the Russian ambassador in Seoul on Monday in protest over…")
        #expect(a.title.count <= ArticleAnalyzer.titleLength)
    }

    @Test func tableSummaryShowsEachArticleOnOneLinePerField() {
        let c = Corpus(articles: [ArticleAnalyzer.article(id: "a", path: "a.txt", date: CivilDate(year: 2024, month: 1, day: 2),
                                          text: "Hello\u{7} there.\nSecond.")])
        let table = TableSummary.render(c)
        #expect(table.contains("id     a\n"))
        #expect(table.contains("title  Hello\u{2407} there.\n"))
        #expect(table.contains("text   2 paragraphs, 2 sentences, 21 characters\n"))
        #expect(table.hasSuffix("1 article, 2024-01-02 to 2024-01-02\n"))
    }
}
