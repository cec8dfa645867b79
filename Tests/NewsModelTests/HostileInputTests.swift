#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Foundation
import HostileCorpus
import Testing
@testable import NewsModel

/// Issue 13's hostile input at the loading layer: far-off numbers, files that are not files,
/// sizes over the limit, names that are not UTF-8, JSON Lines of any length. Every case loads
/// what it can and says what it could not, naming the file.
@Suite("Hostile input: loading", .serialized)
struct HostileInputTests {
    /// Runs `work` on another thread and fails (instead of hanging the suite) when it takes
    /// longer than `seconds`.
    static func withinSeconds<T: Sendable>(_ seconds: Double, _ work: @escaping @Sendable () -> T) -> T? {
        nonisolated(unsafe) var result: T?
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            result = work()
            done.signal()
        }
        return done.wait(timeout: .now() + seconds) == .success ? result : nil
    }

    // MARK: numbers and dates out of range

    @Test func farOffNumericDatesWarnAndTheArticlesLoadUndated() {
        let dir = TempFolder()
        let lines = HostileCorpus.farNumbers.map { #"{"date": \#($0), "text": "Troops moved on Monday."}"# }
            + [#"{"date": "0000-06-01", "text": "Year zero."}"#, #"{"date": 253402300800000, "text": "Year 10000 in Unix milliseconds."}"#,
               #"{"date": "2024-10-21", "text": "An ordinary record."}"#]
        let p = dir.write("far.jsonl", lines.joined(separator: "\n"))
        let c = ArticleLoader.loadCorpus(paths: [p])
        #expect(c.articles.count == lines.count)
        #expect(c.articles.filter { $0.date != nil }.count == 1)
        let outOfRange = c.warnings.filter { $0.message.contains("is out of range (years 1 to 9999); loaded as undated") }
        #expect(outOfRange.count == lines.count - 1, "\(c.warnings.map(\.description))")
        #expect(c.warnings.allSatisfy { $0.message.count < 200 }, "a 500-digit number is quoted whole")
    }

    @Test func calendarArithmeticStopsAtTheEndsOfTheSupportedYears() {
        let d = CivilDate(year: 2024, month: 10, day: 21)!
        let last = CivilDate(year: CivilDate.supportedYears.upperBound, month: 12, day: 31)!
        let first = CivilDate(year: CivilDate.supportedYears.lowerBound, month: 1, day: 1)!
        #expect(d.adding(days: Int.max) == last)
        #expect(d.adding(days: Int.min) == first)
        #expect(d.adding(months: Int.max) == CivilDate(year: CivilDate.supportedYears.upperBound, month: 12, day: 21))
        #expect(d.adding(months: Int.min).year == CivilDate.supportedYears.lowerBound)
        #expect(CivilDate(dayNumber: Int.max) == last)
        #expect(CivilDate(year: Int.max, month: 1, day: 1) == nil)
        #expect(TimexValue.year(Int.max).interval == nil)
        #expect(TimexValue.decade(Int.max).interval == nil)
        #expect(TimexValue.century(Int.min).interval == nil)
        #expect(TimexValue.week(year: 2024, week: 99).interval == nil)
        #expect(PublicationDate.fromEpoch(.infinity) == nil)
        #expect(PublicationDate.fromEpoch(1e30) == nil)
        #expect(PublicationDate.fromEpoch(1_729_468_800) == CivilDate(year: 2024, month: 10, day: 21))
    }

    @Test func datesCountedFarFromTheArticleStayUnresolved() {
        let a = ArticleAnalyzer.article(id: "a", path: "a.txt", date: CivilDate(year: 2024, month: 10, day: 21),
                        text: "It ended 999999999 weeks later. Peace came 999999999 years ago. The 99999th century began.")
        for t in a.times {
            if let v = t.resolved { #expect(v.isWritable, "\(t.value)") }
            #expect(!t.value.contains("999999"), "\(t.value) is not a TIMEX3 date")
        }
        for e in a.events { #expect(e.firstDay.map { (1...9999).contains($0.year) } ?? true) }
    }

    // MARK: files that are not files

    @Test func aNamedFIFOIsSkippedWithoutBeingOpened() throws {
        let dir = TempFolder()
        let fifo = dir.sub("pipe.txt")
        #expect(mkfifo(fifo, 0o600) == 0)
        let good = dir.write("good.txt", "date 2024-10-21\nTroops moved on Monday.\n")
        let c = try #require(Self.withinSeconds(20) { ArticleLoader.loadCorpus(paths: [fifo, good]) }, "loading blocked on the FIFO")
        #expect(c.articles.map(\.id) == ["good"])
        #expect(c.warnings.map(\.description) == [
            "\(fifo): is a named pipe (FIFO), not a file; skipped (to read a pipe, send it to standard input and name '-')",
        ])
    }

    @Test func fifosSocketsAndDevicesInsideAFolderAreSkippedWithAWarning() throws {
        let dir = TempFolder()
        #expect(mkfifo(dir.sub("pipe.txt"), 0o600) == 0)
        // A Unix socket bound to a path in the folder.
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let socketPath = dir.sub("sock.txt")
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, b) in socketPath.utf8.prefix(raw.count - 1).enumerated() { raw[i] = b }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        #expect(bound == 0)
        dir.symlink("null.txt", to: "/dev/null")
        dir.write("good.txt", "date 2024-10-21\nTroops moved on Monday.\n")
        let path = dir.path
        let c = try #require(Self.withinSeconds(20) { ArticleLoader.loadCorpus(paths: [path]) }, "the walk blocked")
        #expect(c.articles.map(\.id) == ["good"])
        let messages = Dictionary(uniqueKeysWithValues: c.warnings.map { ((($0.path as NSString).lastPathComponent), $0.message) })
        #expect(messages["pipe.txt"]?.hasPrefix("is a named pipe (FIFO), not a file; skipped") == true)
        #expect(messages["sock.txt"] == "is a socket, not a file; skipped")
        #expect(messages["null.txt"] == "is a character device, not a file; skipped")
    }

    @Test func devicesNamedOnTheCommandLineAreNeverRead() throws {
        let c = try #require(Self.withinSeconds(20) { ArticleLoader.loadCorpus(paths: ["/dev/zero", "/dev/urandom"]) })
        #expect(c.articles.isEmpty)
        #expect(c.warnings.map(\.message) == Array(repeating: "is a character device, not a file; skipped", count: 2))
    }

    // MARK: sizes

    @Test func aFileOverTheLimitIsRefusedBeforeItIsRead() throws {
        let dir = TempFolder()
        // 3 GB of holes: reading it would take 3 GB of memory.
        let sparse = dir.sub("sparse.txt")
        let fd = open(sparse, O_CREAT | O_WRONLY, 0o600)
        #expect(ftruncate(fd, 3 << 30) == 0)
        close(fd)
        let small = dir.write("small.txt", "date 2024-10-21\n" + String(repeating: "Troops moved on Monday. ", count: 100))
        let c = try #require(Self.withinSeconds(20) {
            ArticleLoader.loadCorpus(paths: [sparse, small], limits: LoadLimits(maxFileSize: 1 << 10))
        })
        #expect(c.articles.isEmpty)
        #expect(c.warnings.map(\.message) == [
            "is 3 GB, larger than the 1 KB limit; not read (raise it with --max-file-size; JSON Lines files (.jsonl) are read a record at a time)",
            "is 2.3 KB, larger than the 1 KB limit; not read (raise it with --max-file-size; JSON Lines files (.jsonl) are read a record at a time)",
        ])
        #expect(ArticleLoader.loadCorpus(paths: [small]).articles.count == 1)
        #expect(LoadLimits.parseSize("64M") == 64 << 20 && LoadLimits.parseSize("512k") == 512 << 10)
        #expect(LoadLimits.parseSize("1.5G") == nil && LoadLimits.parseSize("-3") == nil && LoadLimits.parseSize("99999999999G") == nil)
        // Offsets into an article are 32-bit: at most a gigabyte.
        #expect(LoadLimits.parseSize("1G") == 1 << 30 && LoadLimits.parseSize("2G") == nil && LoadLimits.parseSize("1025M") == nil)
    }

    @Test func jsonLinesAreStreamedRecordByRecordUnderTheLimit() {
        let dir = TempFolder()
        // Lines across the reader's chunk boundaries, CRLF endings, a byte order mark, one line
        // over the limit and a last line without its newline.
        var text = "\u{FEFF}"
        for k in 0..<3_000 {
            let body = "Record \(k) says troops moved on Monday. " + String(repeating: "x", count: 700)
            text += #"{"id": "r\#(k)", "date": "2024-10-21", "text": "\#(body)"}"# + (k % 2 == 0 ? "\r\n" : "\n")
        }
        text += #"{"id": "big", "text": "\#(String(repeating: "y", count: 5_000))"}"# + "\n"
        text += #"{"id": "last", "text": "The last one."}"#
        let p = dir.write("feed.jsonl", text)
        let c = ArticleLoader.loadCorpus(paths: [p], limits: LoadLimits(maxFileSize: 4_096))
        #expect(c.articles.count == 3_001)
        #expect(Set(c.articles.map(\.id)).isSuperset(of: ["r0", "r1", "r2999", "last"]))
        #expect(!c.articles.contains { $0.id == "big" })
        #expect(c.warnings.map(\.description) == ["\(p):3001: record 3001 is 4.9 KB, larger than the 4 KB limit (--max-file-size); skipped"])
        #expect(c.articles.allSatisfy { !$0.text.contains("\r") })
    }

    @Test func jsonLinesWithLoneCRsInUTF16AndWarningsInLineOrder() {
        let dir = TempFolder()
        let mac = dir.write("mac.jsonl", #"{"id": "a", "text": "One."}"# + "\r" + #"{"id": "b", "text": "Two."}"# + "\r")
        #expect(ArticleLoader.loadCorpus(paths: [mac]).articles.map(\.id).sorted() == ["a", "b"])
        let text = #"{"id": "u", "text": "In UTF-16."}"# + "\n" + #"{"id": "v", "text": "Two."}"#
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let wide = dir.write("wide.jsonl", bytes: utf16)
        #expect(ArticleLoader.loadCorpus(paths: [wide]).articles.map(\.id).sorted() == ["u", "v"])
        let lines = [#"{"text": 5}"#, #"{"id": "ok", "text": "Fine."}"#, #"{"id": "big", "text": "\#(String(repeating: "x", count: 300))"}"#, "{bad"]
        let mixed = dir.write("mixed.jsonl", lines.joined(separator: "\n"))
        let c = ArticleLoader.loadCorpus(paths: [mixed], limits: LoadLimits(maxFileSize: 200))
        #expect(c.warnings.map(\.line) == [1, 3, 4])
    }

    @Test func jsonLinesLoadInLinearTime() {
        func file(_ n: Int) -> String {
            (0..<n).map { #"{"date": "2024-10-21", "text": "Record \#($0): troops moved on Monday."}"# }.joined(separator: "\n")
        }
        let dir = TempFolder()
        let small = dir.write("small.jsonl", file(1_000)), large = dir.write("large.jsonl", file(8_000))
        func seconds(_ p: String) -> Double {
            var best = Double.infinity
            for _ in 0..<2 { best = min(best, BoundedWorkTests.cpuTime { _ = ArticleLoader.loadCorpus(paths: [p], concurrent: false) }) }
            return best
        }
        let a = seconds(small), b = seconds(large)
        #expect(b / a < 20, "8,000 lines took \(b) s, 1,000 lines \(a) s")
    }

    // MARK: names

    @Test func namesThatAreNotUTF8AreReadByTheirBytes() throws {
        let dir = TempFolder()
        let folder = PathName(dir.path).appending([0x64, 0x69, 0x72, 0xFF])  // "dir\xFF"
        #expect(folder.withCString { mkdir($0, 0o700) } == 0)
        let file = folder.appending(Array("caf".utf8) + [0xE9] + Array(".txt".utf8))  // "café.txt" in Latin-1
        let text = Array("date 2024-10-21\nTroops moved on Monday.\n".utf8)
        let fd = file.withCString { open($0, O_CREAT | O_WRONLY, 0o600) }
        #expect(text.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == text.count)
        close(fd)
        let c = ArticleLoader.loadCorpus(paths: [dir.path])
        #expect(c.warnings.isEmpty, "\(c.warnings.map(\.description))")
        let a = try #require(c.articles.first)
        #expect(a.path == dir.path + "/dir\u{FFFD}/caf\u{FFFD}.txt")
        #expect(a.id == "caf\u{FFFD}")
        // Named by its bytes, as the shell passes it.
        #expect(ArticleLoader.loadCorpus(pathNames: [file]).articles.count == 1)
        // The name decoded with U+FFFD is another file, and the warning says so plainly.
        #expect(ArticleLoader.loadCorpus(paths: [file.display]).warnings.first?.message == "no such file or directory")
    }

    // MARK: the terminal-safety policy

    @Test func everyEscapeBecomesAPictureAndNothingHidesText() {
        for e in HostileCorpus.escapes {
            let line = TerminalSafety.line(e)
            #expect(!HostileCorpus.isUnsafeForTerminal(line), "\(line.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(!line.contains("\n"))
        }
        #expect(TerminalSafety.line("a\u{1B}]0;x\u{07}b") == "a\u{241B}]0;x\u{2407}b")
        #expect(TerminalSafety.line("\u{202E}abc\u{200B}") == "abc")
        #expect(TerminalSafety.line("x\u{9B}y") == "x\u{FFFD}y")
        #expect(TerminalSafety.lines("one\u{1B}[2J\ntwo") == "one\u{241B}[2J\ntwo")
        #expect(TerminalSafety.line("plain text") == "plain text")
    }

    @Test func theTableShowsHostileTextSafely() {
        let title = HostileCorpus.escapes.joined(separator: " ")
        let a = ArticleAnalyzer.article(id: "id\u{1B}[31m", path: "dir/\u{202E}txt.exe", date: nil, title: title,
                        text: "Troops moved on Monday\u{200B} in \u{202E}Oslo. " + HostileCorpus.escapes.joined(separator: " "),
                        warnings: [LoadWarning(path: "x\u{1B}]0;t\u{07}", message: "bad\u{0}")])
        let table = TableSummary.render(Corpus(articles: [a]))
        for line in table.split(separator: "\n") { #expect(!HostileCorpus.isUnsafeForTerminal(String(line)), "\(line)") }
        #expect(table.contains("\u{241B}"))
    }

    // MARK: huge articles

    @Test func aLongArticleIsAnalysedInPartsWithSpansIntoTheWholeText() throws {
        // Parts of 16 KB here (a megabyte in use), over about four of them.
        let part = 16 << 10
        let sentence = "Norwegian officials met Kaja Kallas in Tallinn on Monday and counted 1,200 soldiers. "
        let count = 4 * part / sentence.utf8.count
        let text = "First line of the article.\n" + String(repeating: sentence, count: count)
        var u = text
        let cuts = u.withUTF8 { ArticleAnalyzer.cuts($0, partBytes: part) }
        #expect(cuts.count >= 4)
        let a = ArticleAnalyzer.analyze(text, date: CivilDate(year: 2024, month: 10, day: 21), document: nil,
                                        gazetteer: .standard, partBytes: part)
        let scalars = Array(text.unicodeScalars)
        func spell(_ s: TextSpan) -> String { String(String.UnicodeScalarView(scalars[s.begin..<s.end])) }
        #expect(a.paragraphs.count == 2, "a part cut inside a line continues its paragraph")
        #expect(a.sentences.count == count + 1)
        #expect(a.times.count == count && a.times.allSatisfy { spell($0.span) == "Monday" })
        let kallas = try #require(a.actors.first { $0.id.contains("kallas") })
        #expect(a.actors.filter { $0.id == kallas.id }.count == 1, "one actor across the parts")
        #expect(kallas.mentions.count == count && kallas.mentions.allSatisfy { spell($0) == "Kaja Kallas" })
        #expect(a.quantities.count == count && a.quantities.allSatisfy { spell($0.amount) == "1,200" })
        for e in a.events {
            #expect(e.times.allSatisfy { a.times.indices.contains($0) && e.sentence.contains(a.times[$0].span) })
            #expect(e.quantities.allSatisfy { a.quantities[$0].event.map { a.events[$0].sentence == e.sentence } ?? false })
        }
        for q in a.quantities { #expect(a.sentences[q.sentence].contains(q.span)) }
        // Whole articles use parts of a quarter megabyte: ordinary ones (te3-silver's longest
        // is 8 KB) are analysed whole.
        #expect(ArticleAnalyzer.partBytes == 1 << 18)
    }
}
