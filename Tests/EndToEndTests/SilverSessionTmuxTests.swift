import Foundation
import Testing

/// An analyst's session on the real wire corpus (../shared/corpus/te3-silver), in tmux: the
/// reader follows the cursor, a filter keeps the place, help scrolls and q closes it, / finds,
/// Enter and Esc go to the reader and back, W lists the warnings, and articles can come from a
/// pipe. Skipped, saying so, where ../shared is not beside the checkout.
@Suite("An analyst's session on te3-silver in tmux", .serialized,
       .enabled(if: Tmux.available && Harness.shared != nil, "needs tmux and ../shared/corpus/te3-silver beside the checkout"))
struct SilverSessionTmuxTests {
    static var silver: String { Harness.shared!.appendingPathComponent("corpus/te3-silver").path }

    private func start(width: Int, height: Int) throws -> Tmux {
        guard let binary = Harness.binary else { throw Harness.HarnessError.noBinary }
        let command = "'\(binary.path)' '\(Self.silver)'; echo \"EXITED $?\"; echo END; sleep 60"
        let t = try Tmux(command, width: width, height: height, directory: Harness.root)
        try t.waitUntil(timeout: 60, "the corpus to load") { $0.contains("2,452 articles") && !$0.contains("loading") }
        return t
    }

    @Test(arguments: [(120, 40), (80, 24)])
    func filterFindReaderHelpAndWarnings(width: Int, height: Int) throws {
        let t = try start(width: width, height: height)
        let wide = width >= 100
        // 1: at start the reader (wide) marks the cursor's sentence.
        if wide { #expect(t.capture().contains("▌")) }
        // 2: a filter picked by name: the header shows it at every width, the reader follows.
        t.send("a")
        try t.waitFor("Filter by actor")
        t.send("Iraq", literal: true)
        t.send("Enter")
        let filtered = try t.waitFor("filter: Iraq")
        #expect(filtered.components(separatedBy: "\n")[0].contains("Iraq"))
        if wide { #expect(filtered.contains("▌")) }
        // t goes to a date: the first event starting on or after it.
        t.send("t")
        t.send("2003-03", literal: true)
        t.send("Enter")
        // (Events of 2003 are background to the 2005-06 stories, hidden until b: the status says so.)
        try t.waitUntil("the jump") { $0.contains("2003-03") || $0.contains("no event on or after") || $0.contains("background hidden: b") }
        // 8: / finds without hiding; n says which hit of how many.
        t.send("/")
        t.send("baghdad", literal: true)
        t.send("Enter")
        try t.waitFor("/baghdad: ")
        t.send("n")
        try t.waitFor("hit ")
        // 9: Enter opens the reader with the keys; Esc clears the find, then comes back.
        t.send("Enter")
        try t.waitFor("▶ 5 Reader")
        t.send("Escape")
        try t.waitFor("/baghdad cleared")
        t.send("Escape")
        try t.waitFor("▶ 1 Timeline")
        // 7: help scrolls, and q closes it — the program goes on.
        t.send("?")
        try t.waitFor("Keys — ? q Esc close")
        t.send("j")
        try t.waitFor("· 2–")
        t.send("q")
        try t.waitUntil("the help to close") { !$0.contains("Keys — ") && $0.contains("Timeline") }
        // 12: the warnings can be read.
        t.send("W")
        try t.waitFor("Warnings (")
        t.send("q")
        try t.waitUntil("the warnings to close") { !$0.contains("Warnings (") }
        // No TIMEX code on the screen: weeks, parts of day and decades are written out.
        let screen = t.capture()
        for code in ["TNI", "TMO", "TAF", "TEV", "-WE ", "-W1", "-W2", "-W3", "-W4", "-W5"] {
            #expect(!screen.contains(code), "\(code) on screen")
        }
        t.send("q")
        try t.waitFor("EXITED 0")
    }

    /// 14: an article piped in, the keys from the terminal.
    @Test func anArticleFromAPipe() throws {
        guard let binary = Harness.binary else { throw Harness.HarnessError.noBinary }
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: Self.silver).sorted().first)
        let command = "cat '\(Self.silver)/\(file)' | '\(binary.path)' -; echo \"EXITED $?\"; echo END; sleep 60"
        let t = try Tmux(command, width: 120, height: 40, directory: Harness.root)
        try t.waitUntil("the piped article") { $0.contains("1 article") && !$0.contains("loading") }
        t.send("4")
        try t.waitFor("▶ 4 Articles 1")
        t.send("q")
        try t.waitFor("EXITED 0")
    }
}
