import Foundation
import Testing

/// The first screen an analyst meets on the real wire corpus, at 120×40, kept as a
/// fingerprint: the corpus is not ours to copy, so the golden file holds the screen's hash
/// and line count, not its text. When it differs the test prints the screen for review;
/// after an intended change, rerun with NEWSDASH_RECORD_SNAPSHOTS=1.
@Suite("te3-silver first screen", .enabled(if: Harness.shared != nil, "needs ../shared/corpus/te3-silver beside the checkout"))
struct SilverFirstScreenTests {
    static let golden = Harness.root.appendingPathComponent("Tests/EndToEndTests/Snapshots/te3-silver-120x40.fingerprint")

    /// FNV-1a, 64 bits, of the screen's UTF-8.
    static func fingerprint(_ text: String) -> String {
        var h: UInt64 = 14_695_981_039_346_656_037
        for b in text.utf8 { h = (h ^ UInt64(b)) &* 1_099_511_628_211 }
        return String(h, radix: 16) + " " + String(text.split(separator: "\n", omittingEmptySubsequences: false).count) + " lines"
    }

    @Test func theFirstScreenIsTheRecordedOne() throws {
        // As a user names it from the checkout (the header shows the path): the same on every machine.
        let r = try Harness.run(["render", "../shared/corpus/te3-silver", "--size", "120x40"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        // The panes the analyst reads first, whatever the fingerprint says.
        #expect(lines.first?.contains("2,452 articles") == true)
        #expect(lines.contains { $0.contains("1 Timeline") && $0.contains("2 Actors") && $0.contains("3 Quantities") })
        #expect(lines.contains { $0.contains("◆ China") })
        let print = Self.fingerprint(r.stdout)
        if ProcessInfo.processInfo.environment["NEWSDASH_RECORD_SNAPSHOTS"] == "1" {
            try (print + "\n").write(to: Self.golden, atomically: true, encoding: .utf8)
            return
        }
        let recorded = try #require(try? String(contentsOf: Self.golden, encoding: .utf8),
                                    "missing \(Self.golden.lastPathComponent): run the tests with NEWSDASH_RECORD_SNAPSHOTS=1")
        #expect(recorded.trimmingCharacters(in: .whitespacesAndNewlines) == print, "the first screen changed; it is now:\n\(r.stdout)")
    }
}
