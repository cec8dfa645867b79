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
        let text = render(s, size: size).plainText() + "\n"
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
}
