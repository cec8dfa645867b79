import Testing
@testable import NewsModel

@Suite("Loading articles")
struct LoaderTests {
    // MARK: native format

    @Test func fileNamesAndIDsComeFromTheLastPathComponent() {
        func source(_ path: String) -> InputSource { InputSource(kind: .file, path: path, named: true) }
        #expect(source("a/b/ABC19980108.1830.0711.txt").baseID == "ABC19980108.1830.0711")
        #expect(source("a/b/").fileName == "b")
        #expect(source("plain.TXT").fileExtension == "txt")
        #expect(source("/").fileName == "/")
        #expect(source("dir/.txt").baseID == ".txt")
        #expect(InputSource.standardInput.fileName == "stdin")
    }

    @Test func nativeHeaderWithBodyOnTheSameLine() {
        let dir = TempFolder()
        let p = dir.write("seoul.txt", " date 2024-10-21 Seoul summoned the envoy on Monday.\nA second paragraph follows.\n")
        let c = ArticleLoader.loadCorpus(paths: [p])
        #expect(c.warnings.isEmpty)
        let a = try! #require(c.articles.first)
        #expect(a.id == "seoul")
        #expect(a.path == p)
        #expect(a.date == CivilDate(year: 2024, month: 10, day: 21))
        #expect(a.text == "Seoul summoned the envoy on Monday.\nA second paragraph follows.")
        #expect(a.paragraphs.count == 2)
        #expect(a.title == "Seoul summoned the envoy on Monday.")
        #expect(a.titleFromField == false)
    }

    @Test func nativeHeaderWithBodyOnTheNextLine() {
        let dir = TempFolder()
        let p = dir.write("a.txt", "date 2023-03-05\nFirst paragraph.\nSecond one.")
        let a = try! #require(ArticleLoader.loadCorpus(paths: [p]).articles.first)
        #expect(a.date?.description == "2023-03-05")
        #expect(a.text == "First paragraph.\nSecond one.")
    }

    @Test func headerBlockWithDateTitleAndSource() {
        let dir = TempFolder()
        let p = dir.write("b.txt", """
            Date: 2024-10-21T23:30:00-05:00
            Title: Envoy summoned
            Source: Example Wire
            Author: Someone

            Body text here.
            """)
        let c = ArticleLoader.loadCorpus(paths: [p])
        #expect(c.warnings.isEmpty)
        let a = try! #require(c.articles.first)
        // The day as written, not converted to UTC.
        #expect(a.date?.description == "2024-10-21")
        #expect(a.title == "Envoy summoned")
        #expect(a.titleFromField)
        #expect(a.source == "Example Wire")
        #expect(a.text == "Body text here.")
    }

    @Test func lowerCaseDateColonHeader() {
        let dir = TempFolder()
        let p = dir.write("c.txt", "date: 2024-01-02\nBody.")
        let a = try! #require(ArticleLoader.loadCorpus(paths: [p]).articles.first)
        #expect(a.date?.description == "2024-01-02")
        #expect(a.text == "Body.")
    }

    @Test func undatedFileKeepsItsFirstLineAsTitleAndText() {
        let dir = TempFolder()
        let p = dir.write("report.txt", "Coalition strikes continue near Mosul\nForces conducted five strikes.\n")
        let c = ArticleLoader.loadCorpus(paths: [p])
        #expect(c.warnings.isEmpty)
        let a = try! #require(c.articles.first)
        #expect(a.date == nil)
        #expect(a.title == "Coalition strikes continue near Mosul")
        #expect(a.text.hasPrefix("Coalition strikes continue near Mosul\n"))
    }

    @Test func textStartingWithTheWordDateIsBody() {
        let dir = TempFolder()
        let p = dir.write("palms.txt", "Date palms grow in the oasis.")
        let c = ArticleLoader.loadCorpus(paths: [p])
        #expect(c.warnings.isEmpty)
        #expect(c.articles.first?.date == nil)
        #expect(c.articles.first?.text == "Date palms grow in the oasis.")
    }

    @Test func malformedDateWarnsAndLoadsUndated() {
        let dir = TempFolder()
        let p = dir.write("bad-date.txt", "date 2024-13-45 Text still loads.")
        let c = ArticleLoader.loadCorpus(paths: [p])
        #expect(c.warnings.map(\.description) == ["\(p):1: impossible date '2024-13-45'; loaded as undated"])
        let a = try! #require(c.articles.first)
        #expect(a.date == nil)
        #expect(a.text == "Text still loads.")
        #expect(a.warnings.count == 1)
    }

    @Test func garbledDateIsMalformed() {
        let dir = TempFolder()
        let p = dir.write("x.txt", "Date: yesterday-ish\n\nBody.")
        let c = ArticleLoader.loadCorpus(paths: [p])
        #expect(c.warnings.map(\.message) == ["malformed date 'yesterday-ish'; loaded as undated"])
        #expect(c.articles.count == 1)
    }

    @Test func crlfLineEndingsBecomeParagraphs() {
        let dir = TempFolder()
        let p = dir.write("crlf.txt", "date 2024-01-01 One.\r\nTwo.\r\n")
        let a = try! #require(ArticleLoader.loadCorpus(paths: [p]).articles.first)
        #expect(a.text == "One.\nTwo.")
        #expect(a.paragraphs.count == 2)
    }

    // MARK: bad files

    @Test func emptyFileWarnsAndOthersLoad() {
        let dir = TempFolder()
        dir.write("a-empty.txt", "")
        dir.write("b-good.txt", "date 2024-01-01 Fine.")
        let c = ArticleLoader.loadCorpus(paths: [dir.path])
        #expect(c.warnings.map(\.description) == ["\(dir.sub("a-empty.txt")): empty file; skipped"])
        #expect(c.articles.map(\.id) == ["b-good"])
    }

    @Test func whitespaceOnlyFileAndHeaderOnlyFile() {
        let dir = TempFolder()
        dir.write("blank.txt", "  \n\n \t\n")
        dir.write("header.txt", "date 2024-01-01\n")
        dir.write("ok.txt", "Undated but fine.")
        let c = ArticleLoader.loadCorpus(paths: [dir.path])
        #expect(c.warnings.map(\.description) == [
            "\(dir.sub("blank.txt")): file holds only whitespace; skipped",
            "\(dir.sub("header.txt")): no article text after the header; skipped",
        ])
        #expect(c.articles.map(\.id) == ["ok"])
    }

    @Test func binaryFileIsRefused() {
        let dir = TempFolder()
        dir.write("image.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A, 0xFF, 0x00])
        dir.write("text.txt", "date 2024-05-06 Text.")
        let c = ArticleLoader.loadCorpus(paths: [dir.path])
        #expect(c.warnings.map(\.description) == ["\(dir.sub("image.txt")): binary file (not text); skipped"])
        #expect(c.articles.map(\.id) == ["text"])
    }

    @Test func invalidUTF8IsReplacedAndReported() {
        let dir = TempFolder()
        var bytes = Array("date 2024-02-03 Caf".utf8)
        bytes += [0xE9]  // Latin-1 é, invalid as UTF-8
        bytes += Array(" opens.\nSecond line \u{00FC}ber.\n".utf8)
        let p = dir.write("latin.txt", bytes: bytes)
        let c = ArticleLoader.loadCorpus(paths: [p])
        #expect(c.warnings.map(\.description) == ["\(p):1: invalid UTF-8: 1 byte replaced with U+FFFD"])
        let a = try! #require(c.articles.first)
        #expect(a.text == "Caf\u{FFFD} opens.\nSecond line über.")
        #expect(a.date?.description == "2024-02-03")
        #expect(a.warnings.map(\.message) == ["invalid UTF-8: 1 byte replaced with U+FFFD"])
    }

    /// The reader scans eight bytes at a time: a bad byte, a control byte or a carriage return
    /// is found at every offset in the word and after any number of words.
    @Test func byteScansFindWhatTheyLookForAtEveryAlignment() {
        for prefix in 0..<20 {
            let text = Array(String(repeating: "ab cd\n", count: 3).utf8) + Array(repeating: UInt8(ascii: "x"), count: prefix)
            // An invalid byte: its line is counted from the newlines before it.
            let bad = FileReader.firstInvalidUTF8(text + [0xE9] + Array(" tail \u{00FC}ber".utf8) + [0xFF])
            #expect(bad?.line == 4 && bad?.count == 2, "prefix \(prefix)")
            #expect(FileReader.firstInvalidUTF8(text + Array("caf\u{00E9} \u{6771}\u{1F600}".utf8)) == nil)
            // A NUL in the first 8 KiB is binary; a tab or an escape byte is not.
            #expect(FileReader.looksBinary(text + [0] + text), "prefix \(prefix)")
            #expect(!FileReader.looksBinary(text + [9, 27] + text))
            // Carriage returns become newlines wherever they are.
            let crlf = FileReader.normalizeNewlines(text + [13, 10, 65, 13, 66])
            #expect(crlf == text + [10, 65, 10, 66], "prefix \(prefix)")
            #expect(FileReader.normalizeNewlines(text) == text)
        }
        // Many control bytes make a file binary even without a NUL.
        #expect(FileReader.looksBinary([UInt8](repeating: 1, count: 64) + Array("text".utf8)))
    }

    @Test func utf16WithByteOrderMarkIsDecoded() {
        let dir = TempFolder()
        var bytes: [UInt8] = [0xFF, 0xFE]
        for u in "date 2024-02-03 Seoul 서울.".utf16 { bytes += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        let p = dir.write("utf16.txt", bytes: bytes)
        let c = ArticleLoader.loadCorpus(paths: [p])
        #expect(c.warnings.isEmpty)
        #expect(c.articles.first?.text == "Seoul 서울.")
    }

    @Test func utf8ByteOrderMarkIsSkipped() {
        let dir = TempFolder()
        let p = dir.write("bom.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("date 2024-02-03 Body.".utf8))
        let a = try! #require(ArticleLoader.loadCorpus(paths: [p]).articles.first)
        #expect(a.date?.description == "2024-02-03")
        #expect(a.text == "Body.")
    }

    @Test func missingAndUnreadablePathsWarnAndTheRestLoads() {
        let dir = TempFolder()
        let good = dir.write("good.txt", "date 2024-01-01 Good.")
        let file = dir.write("plain.txt", "Plain.")
        let missing = dir.sub("nope.txt")
        let throughFile = file + "/inside.txt"
        let c = ArticleLoader.loadCorpus(paths: [missing, throughFile, good])
        #expect(c.warnings.map(\.description) == [
            "\(missing): no such file or directory",
            "\(throughFile): a component of the path is not a directory",
        ])
        #expect(c.articles.map(\.id) == ["good"])
    }

    @Test func directorySymlinkCycleIsNotFollowed() {
        let dir = TempFolder()
        dir.write("news/a.txt", "date 2024-01-01 A.")
        dir.write("news/deeper/b.txt", "date 2024-01-02 B.")
        dir.symlink("news/deeper/loop", to: dir.sub("news"))
        let c = ArticleLoader.loadCorpus(paths: [dir.sub("news")])
        #expect(c.articles.map(\.id) == ["a", "b"])
        #expect(c.warnings.map(\.description) == [
            "\(dir.sub("news/deeper/loop")): directory cycle: a symbolic link leads back to '\(dir.sub("news"))'; not followed",
        ])
    }

    @Test func brokenSymlinkWarns() {
        let dir = TempFolder()
        dir.write("a.txt", "A.")
        dir.symlink("gone.txt", to: dir.sub("does-not-exist.txt"))
        let c = ArticleLoader.loadCorpus(paths: [dir.path])
        #expect(c.warnings.map(\.description) == ["\(dir.sub("gone.txt")): broken symbolic link; skipped"])
        #expect(c.articles.count == 1)
    }

    @Test func directoriesAreWalkedInStableOrderSkippingHiddenAndNonArticles() {
        let dir = TempFolder()
        dir.write("b.txt", "B.")
        dir.write("a.txt", "A.")
        dir.write("sub/c.jsonl", #"{"text": "C."}"#)
        dir.write(".hidden.txt", "Hidden.")
        dir.write(".git/d.txt", "In a hidden folder.")
        dir.write("notes.md", "# not an article")
        dir.write("photo.jpg", "x")
        let listing = SourceEnumerator.sources(for: [dir.path])
        #expect(listing.sources.map(\.path) == [dir.sub("a.txt"), dir.sub("b.txt"), dir.sub("sub/c.jsonl")])
        #expect(listing.warnings.map(\.message) == [
            "skipped 2 files that are not articles (.jpg, .md); directories are searched for .json .jsonl .ndjson .text .txt; name a file to read it anyway",
        ])
    }

    @Test func aFileNamedDirectlyIsReadWhateverItsExtension() {
        let dir = TempFolder()
        let p = dir.write("notes.md", "date 2024-01-01 Named files are read.")
        let c = ArticleLoader.loadCorpus(paths: [p])
        #expect(c.warnings.isEmpty)
        #expect(c.articles.first?.id == "notes")
    }

    @Test func theSameFileTwiceIsReadOnce() {
        let dir = TempFolder()
        let p = dir.write("a.txt", "A.")
        let c = ArticleLoader.loadCorpus(paths: [p, dir.path])
        #expect(c.articles.count == 1)
        #expect(c.warnings.map(\.description) == ["\(dir.sub("a.txt")): same file as '\(p)'; read once"])
    }

    @Test func idsStripOnlyTheFinalExtension() {
        let dir = TempFolder()
        let p = dir.write("ABC19980108.1830.0711.txt", "date 1998-01-08 Text.")
        #expect(ArticleLoader.loadCorpus(paths: [p]).articles.first?.id == "ABC19980108.1830.0711")
    }

    // MARK: JSON and JSON Lines

    @Test func jsonObjectWithNewsFieldNames() {
        let dir = TempFolder()
        let p = dir.write("one.json", """
            {"headline": "Talks resume", "publishedAt": "2024-10-21T08:30:00Z", "maintext": "Talks resumed.\\nMore.",
             "link": "https://example.org/a", "source": {"id": null, "name": "Example Wire"}}
            """)
        let c = ArticleLoader.loadCorpus(paths: [p])
        #expect(c.warnings.isEmpty)
        let a = try! #require(c.articles.first)
        #expect(a.id == "one")
        #expect(a.record == nil)
        #expect(a.title == "Talks resume")
        #expect(a.date?.description == "2024-10-21")
        #expect(a.text == "Talks resumed.\nMore.")
        #expect(a.url == "https://example.org/a")
        #expect(a.source == "Example Wire")
    }

    @Test func jsonArrayGivesNumberedIdsOrOwnIds() {
        let dir = TempFolder()
        let p = dir.write("dump.json", """
            [{"title": "A", "text": "First.", "date": "2024-01-02"},
             {"id": "custom-7", "body": "Second.", "pubDate": "Tue, 02 Jan 2024 10:00:00 GMT"},
             {"content": "Third.", "date_publish": "2024-01-03 09:00:00", "source_domain": "example.com"}]
            """)
        let c = ArticleLoader.loadCorpus(paths: [p])
        #expect(c.warnings.isEmpty)
        #expect(c.articles.map(\.id) == ["custom-7", "dump#1", "dump#3"])
        #expect(c.article(id: "dump#3")?.source == "example.com")
        #expect(c.article(id: "dump#3")?.record == 3)
        #expect(c.article(id: "custom-7")?.date?.description == "2024-01-02")
    }

    @Test func jsonWrapperObjectOfArticles() {
        let dir = TempFolder()
        let p = dir.write("api.json", #"{"status": "ok", "articles": [{"title": "T", "content": "Body."}]}"#)
        let c = ArticleLoader.loadCorpus(paths: [p])
        #expect(c.articles.map(\.id) == ["api#1"])
    }

    @Test func malformedJSONNamesTheLine() {
        let dir = TempFolder()
        let p = dir.write("broken.json", "[\n  {\"text\": \"ok\"},\n  {\"text\" \"missing colon\"}\n]\n")
        dir.write("fine.txt", "Still loads.")
        let c = ArticleLoader.loadCorpus(paths: [dir.path])
        #expect(c.warnings.map(\.description) == [
            "\(p):3: malformed JSON: expected ':' after key \"text\" at column 11",
        ])
        #expect(c.articles.map(\.id) == ["fine"])
    }

    @Test func jsonLinesSkipsBadLinesAndKeepsTheRest() {
        let dir = TempFolder()
        let p = dir.write("feed.jsonl", """
            {"title": "One", "text": "First.", "date": "2024-03-01"}
            {"title": "Two", "text": "Second.", "date": "2024-03-02"

            {"title": "Four", "text": "Fourth.", "date": "2024-03-04"}
            [1, 2]
            {"title": "No text"}
            {"text": "Bad date.", "date": "2024-02-30"}
            """)
        let c = ArticleLoader.loadCorpus(paths: [p])
        #expect(c.warnings.map(\.description) == [
            "\(p):2: malformed JSON: unexpected end of input inside an object at column 57; line skipped",
            "\(p):5: record 4 is an array, not an object; skipped",
            "\(p):6: record 5 has no text (expected one of text, body, content, maintext, article); skipped",
            "\(p):7: record 6: impossible date '2024-02-30'; loaded as undated",
        ])
        #expect(c.articles.map(\.id) == ["feed#1", "feed#3", "feed#6"])
    }

    @Test func jsonFileHoldingOneObjectPerLineIsReadAsLines() {
        let dir = TempFolder()
        let p = dir.write("lines.json", "{\"text\": \"A.\"}\n{\"text\": \"B.\"}\n")
        let c = ArticleLoader.loadCorpus(paths: [p])
        #expect(c.warnings.isEmpty)
        #expect(c.articles.map(\.id) == ["lines#1", "lines#2"])
    }

    @Test func jsonTextAsParagraphArrayAndEpochDate() {
        let dir = TempFolder()
        let p = dir.write("x.json", #"{"text": ["Para one.", "Para two."], "date": 1729468800}"#)
        let a = try! #require(ArticleLoader.loadCorpus(paths: [p]).articles.first)
        #expect(a.text == "Para one.\nPara two.")
        #expect(a.paragraphs.count == 2)
        #expect(a.date?.description == "2024-10-21")
    }

    // MARK: standard input

    @Test func standardInputNativeAndJSONLines() {
        let native = ArticleLoader.load(bytes: Array("date 2024-04-05 From a pipe.".utf8), from: .standardInput)
        #expect(native.warnings.isEmpty)
        #expect(native.articles.map(\.id) == ["stdin"])
        #expect(native.articles.first?.path == "-")
        let lines = ArticleLoader.load(bytes: Array("{\"text\": \"A.\"}\n{\"text\": \"B.\"}\n".utf8), from: .standardInput)
        #expect(lines.articles.map(\.id) == ["stdin#1", "stdin#2"])
    }

    @Test func standardInputThatOnlyLooksLikeJSONIsReadAsText() {
        let out = ArticleLoader.load(bytes: Array("[Update] Markets rallied.".utf8), from: .standardInput)
        #expect(out.articles.first?.text == "[Update] Markets rallied.")
        #expect(out.warnings.count == 1)
        #expect(out.warnings.first?.message.hasPrefix("starts like JSON but is not (line 1: malformed JSON:") == true)
    }

    @Test func standardInputNamedTwiceIsReadOnce() {
        let listing = SourceEnumerator.sources(for: ["-", "-"])
        #expect(listing.sources == [.standardInput])
        #expect(listing.warnings.map(\.description) == ["-: standard input named twice; read once"])
    }

    // MARK: corpus

    @Test func corpusSortsByDateThenIdWithUndatedLast() {
        let dir = TempFolder()
        dir.write("z.txt", "date 2024-01-01 Z.")
        dir.write("a.txt", "date 2024-01-02 A.")
        dir.write("m.txt", "Undated.")
        dir.write("b.txt", "date 2024-01-01 B.")
        let c = ArticleLoader.loadCorpus(paths: [dir.path])
        #expect(c.articles.map(\.id) == ["b", "z", "a", "m"])
        #expect(c.dateSpan == CivilDate(year: 2024, month: 1, day: 1)!...CivilDate(year: 2024, month: 1, day: 2)!)
        #expect(c.undatedCount == 1)
    }

    @Test func sequentialAndConcurrentLoadingAgree() {
        let dir = TempFolder()
        for k in 0..<60 { dir.write("f\(k).txt", "date 2024-01-\(k % 28 + 1 < 10 ? "0" : "")\(k % 28 + 1) Article \(k).") }
        let a = ArticleLoader.loadCorpus(paths: [dir.path], concurrent: false)
        let b = ArticleLoader.loadCorpus(paths: [dir.path], concurrent: true)
        #expect(a.articles.map(\.id) == b.articles.map(\.id))
        #expect(a.articles.count == 60)
    }
}
