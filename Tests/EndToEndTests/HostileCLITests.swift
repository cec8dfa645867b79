import Foundation
import HostileCorpus
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 13 through the real binary: whatever the input holds, standard error and the
/// plain-text outputs carry no control character or escape sequence, bad files are named
/// and skipped, and nothing blocks.
@Suite("Hostile input: the command line")
struct HostileCLITests {
    /// A scratch folder removed at the end.
    final class Folder {
        let url: URL
        init() {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("newsdash-cli-\(UUID().uuidString)")
            try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(at: url) }
        @discardableResult
        func write(_ name: String, _ text: String) -> String {
            let path = url.appendingPathComponent(name).path
            precondition(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)), "cannot write \(name)")
            return path
        }
    }

    /// Every line of standard error starts with `newsdash: ` and holds nothing a terminal acts on.
    static func expectSafe(_ stderr: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for line in stderr.split(separator: "\n") {
            #expect(line.hasPrefix("newsdash: ") || line.hasPrefix("Help:") || line.hasPrefix("Usage:") || line.hasPrefix("  See '"),
                    "a forged or foreign line: \(line)", sourceLocation: sourceLocation)
            #expect(!HostileCorpus.isUnsafeForTerminal(String(line)), "\(line.unicodeScalars.map { $0.value })",
                    sourceLocation: sourceLocation)
        }
    }

    /// Escapes that can sit in a file name (no NUL, no slash).
    static let nameEscapes = HostileCorpus.escapes.filter { !$0.contains("\u{0}") && !$0.contains("/") }

    @Test func warningsAboutHostileNamesKeysAndDatesAreSafeToPrint() throws {
        let dir = Folder()
        for (k, e) in Self.nameEscapes.enumerated() {
            dir.write("\(k)\(e).txt", "")  // empty: a warning naming the file
            dir.write("d\(k)\(e).txt", "Date: \(e)\nTitle: \(e)\n\nTroops moved on Monday.\n")  // a bad date header
        }
        let records = HostileCorpus.escapes.map { e in
            #"{"date": "\#(e.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? String(format: "\\u%04x", $0.value) : String($0) }.joined())", "text": "Talks on Monday.", "\#(e.contains("\n") ? "k" : "k\u{1B}[31m")": 1}"#
        } + [#"{"date": 1e400, "text": "Far."}"#, #"{"text": 5}"#, "{not json \u{1B}]0;x\u{07}"]
        dir.write("feed.jsonl", records.joined(separator: "\n"))
        let r = try Harness.run(["extract", dir.url.path])
        #expect(r.status == 0)
        Self.expectSafe(r.stderr)
        #expect(r.stderr.contains("\u{241B}"), "escapes are shown as pictures")
        #expect(r.stderr.contains("feed.jsonl:\(HostileCorpus.escapes.count + 1): record \(HostileCorpus.escapes.count + 1): date '1e400' is out of range"))
        // The forged warning stays inside its line.
        #expect(!r.stderr.split(separator: "\n").contains { $0.hasPrefix("newsdash: warning: fake") })
        // JSON keeps the text exact: escapes are escaped, never raw.
        #expect(!r.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B })
        let recs = try Harness.records(r.stdout)
        #expect(recs.contains { ($0["title"] as? String)?.contains("\u{1B}]0;pwned\u{07}") == true })
    }

    @Test func usageErrorsThatEchoArgumentsAreSafeToPrint() throws {
        for e in HostileCorpus.escapes where !e.contains("\u{0}") {
            for args in [["extract", "--format", e, "Examples"], ["render", "Examples", "--keys", e], ["render", "Examples", "--size", e],
                         ["extract", "--max-file-size", e, "Examples"], ["--no-such-\(e)"], ["extract", "no/such/\(e)"]] {
                let r = try Harness.run(args)
                #expect(r.status == 2 || r.status == 1, "\(args)")
                Self.expectSafe(r.stderr)
            }
        }
        let dir = Folder()
        let aliases = dir.write("aliases.txt", "Storm\u{1B}]0;x\u{07} Corps = \u{202E}Forces\nno equals sign here \u{1B}[2J\n")
        let r = try Harness.run(["extract", "--aliases", aliases, "Examples"])
        #expect(r.status == 2)
        Self.expectSafe(r.stderr)
        #expect(r.stderr.contains("aliases.txt:2: expected 'alias = canonical name'"))
    }

    @Test func standardInputOfZerosIsRefusedAfterItsFirstBytes() throws {
        let start = Date()
        let r = try Harness.run(["extract", "-"], stdinFile: "/dev/zero")
        #expect(r.status == 1)
        #expect(r.stderr.contains("newsdash: warning: -: binary file (not text); skipped"))
        #expect(Date().timeIntervalSince(start) < 30)
        let named = try Harness.run(["extract", "/dev/zero", "Examples/2024-06-21-port-strike.txt"])
        #expect(named.status == 0)
        #expect(named.stderr == "newsdash: warning: /dev/zero: is a character device, not a file; skipped\n")
    }

    @Test func aNamedFIFOIsSkippedAndTheOtherFilesLoad() throws {
        let dir = Folder()
        let fifo = dir.url.appendingPathComponent("pipe.txt").path
        #expect(mkfifo(fifo, 0o600) == 0)
        dir.write("good.txt", "date 2024-10-21\nTroops moved on Monday.\n")
        let r = try Harness.run(["extract", fifo, dir.url.path])
        #expect(r.status == 0)
        #expect(try Harness.records(r.stdout).map { $0["id"] as? String } == ["good"])
        #expect(r.stderr.components(separatedBy: "is a named pipe (FIFO), not a file; skipped").count == 3)
    }

    @Test func theTableAndThePlainRenderCarryNoEscapesOrBidiControls() throws {
        let dir = Folder()
        // (A NUL byte would make the file binary: it is left out here.)
        let e = HostileCorpus.escapes.filter { !$0.contains("\u{0}") }.joined(separator: " ")
        dir.write("a.txt", "Title: Alert \(e)\nDate: 2024-10-21\n\nTroops of \u{202E}Russia\u{202C} moved on Monday\u{200B}. \(e)\nSecond \(e) paragraph.\n")
        let table = try Harness.run(["extract", "--format", "table", dir.url.path])
        #expect(table.status == 0)
        for line in table.stdout.split(separator: "\n") { #expect(!HostileCorpus.isUnsafeForTerminal(String(line)), "\(line)") }
        for keys in ["", "4 Enter", "5 j j", "2 Enter"] {
            let render = try Harness.run(["render", dir.url.path, "--keys", keys])
            #expect(render.status == 0)
            for line in render.stdout.split(separator: "\n") { #expect(!HostileCorpus.isUnsafeForTerminal(String(line)), "\(keys): \(line)") }
        }
    }

    @Test func aFileNameThatIsNotUTF8IsOpenedByItsBytes() throws {
        let dir = Folder()
        let path: [UInt8] = Array((dir.url.path + "/caf").utf8) + [0xE9] + Array(".txt".utf8)
        var cPath = path + [0]
        let fd = cPath.withUnsafeMutableBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { open($0, O_CREAT | O_WRONLY, 0o600) }
        }
        let text = Array("date 2024-10-21\nTroops moved on Monday.\n".utf8)
        #expect(text.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == text.count)
        close(fd)
        let r = try Harness.runRaw([Array("extract".utf8), path], in: dir.url)
        #expect(r.status == 0, "\(String(decoding: r.stderr, as: UTF8.self))")
        let rec = try #require(try Harness.records(String(decoding: r.stdout, as: UTF8.self)).first)
        #expect(rec["path"] as? String == dir.url.path + "/caf\u{FFFD}.txt")
        #expect(rec["id"] as? String == "caf\u{FFFD}")
    }

    /// Issue 13's memory row: one single-line article of many megabytes. Peak memory above
    /// what a tiny article needs grows linearly with the text and stays under ten times it
    /// (it was 30–70 times).
    @Test func memoryForOneLongArticleIsASmallMultipleOfItsSize() throws {
        let dir = Folder()
        let paragraph = "Norwegian officials met Kaja Kallas in Tallinn on Monday. The talks, which began in March, "
            + "covered 1,200 soldiers at the border and $40 million in aid, the ministry said. A second round is set for "
            + "June 14 in Oslo, according to Foreign Minister Espen Barth Eide. "
        func article(_ bytes: Int) -> String {
            "date 2024-10-21\n" + String(repeating: paragraph, count: bytes / paragraph.utf8.count) + "\n"
        }
        // Dense prose (three dates, six names and two quantities every 250 bytes): a harder case
        // than wire news, whose findings take less room beside their text.
        let tiny = dir.write("tiny.txt", article(2_000)), small = dir.write("small.txt", article(1 << 20))
        let large = dir.write("large.txt", article(4 << 20))
        guard let base = try Harness.peakMemory(["extract", tiny]) else {
            print("skipped: no VmHWM in /proc/PID/status to read peak memory from")
            return
        }
        let a = try #require(try Harness.peakMemory(["extract", small]))
        let b = try #require(try Harness.peakMemory(["extract", large]))
        #expect(base.status == 0 && a.status == 0 && b.status == 0)
        let peaks = "peaks: \(base.bytes) bytes for a tiny article, \(a.bytes) for 1 MB, \(b.bytes) for 4 MB"
        #expect(Double(b.bytes - base.bytes) / Double(4 << 20) < 10, "\(peaks)")
        // Four times the text, about four times the memory (not sixteen).
        #expect(Double(b.bytes - base.bytes) / Double(max(1, a.bytes - base.bytes)) < 5, "\(peaks)")
    }
}
