import Foundation
import Testing

/// `extract` is a per-article map: an archive split into shards and extracted by an existing
/// engine (GNU parallel here, as the README shows) gives what one run over the whole gives.
@Suite("extract over shards with GNU parallel")
struct ExtractShardTests {
    static let parallel: String? = ["/usr/bin/parallel", "/usr/local/bin/parallel"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// Four shard folders of articles written from the examples under new names, and the same
    /// texts as JSON Lines records with ids.
    static func archive() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsdash-shards-" + UUID().uuidString)
        let examples = Harness.root.appendingPathComponent("Examples")
        let texts = try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".txt") }.sorted()
        var jsonl = ""
        for shard in 1...4 {
            let folder = dir.appendingPathComponent("s\(shard)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (k, name) in texts.enumerated() where k % 4 == shard - 1 || k % 3 == shard - 1 {
                let text = try String(contentsOf: examples.appendingPathComponent(name), encoding: .utf8)
                try text.write(to: folder.appendingPathComponent("\(shard)-\(name)"), atomically: true, encoding: .utf8)
                let body = text.split(separator: "\n", omittingEmptySubsequences: true).dropFirst().joined(separator: "\n")
                let record = try JSONSerialization.data(withJSONObject: ["id": "\(shard)-\(k)", "date": "2024-0\(shard)-1\(k % 10)", "text": body],
                                                        options: [.sortedKeys])
                jsonl += String(decoding: record, as: UTF8.self) + "\n"
            }
        }
        try jsonl.write(to: dir.appendingPathComponent("archive.jsonl"), atomically: true, encoding: .utf8)
        return dir
    }

    /// Runs a shell command line in `dir`; standard output and the exit status.
    static func shell(_ line: String, in dir: URL) throws -> (status: Int32, stdout: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", line]
        p.currentDirectoryURL = dir
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(.enabled(if: parallel != nil, "GNU parallel is not installed (Debian package `parallel`; .ci/run installs it)"))
    func fourShardsThroughGNUParallelEqualOneRun() throws {
        let binary = try #require(Harness.binary).path
        let dir = try Self.archive()
        defer { try? FileManager.default.removeItem(at: dir) }
        let whole = try Self.shell("'\(binary)' extract s1 s2 s3 s4", in: dir)
        #expect(whole.status == 0)
        #expect(whole.stdout.split(separator: "\n").count > 10)
        // -k keeps the shards' order; four jobs at once.
        let sharded = try Self.shell("'\(Self.parallel!)' --will-cite -k -j4 '\(binary)' extract ::: s1 s2 s3 s4", in: dir)
        #expect(sharded.status == 0)
        #expect(sharded.stdout == whole.stdout)
    }

    @Test(.enabled(if: parallel != nil, "GNU parallel is not installed (Debian package `parallel`; .ci/run installs it)"))
    func jsonLinesPipedInBlocksEqualOneRunButForRecordNumbers() throws {
        let binary = try #require(Harness.binary).path
        let dir = try Self.archive()
        defer { try? FileManager.default.removeItem(at: dir) }
        let whole = try Self.shell("'\(binary)' extract - < archive.jsonl", in: dir)
        let piped = try Self.shell("'\(Self.parallel!)' --will-cite --pipe -k -N 3 -j4 '\(binary)' extract - < archive.jsonl", in: dir)
        #expect(whole.status == 0)
        #expect(piped.status == 0)
        // A record's number counts within what one job read; everything else is the same.
        func records(_ text: String) throws -> [NSDictionary] {
            try text.split(separator: "\n").map { line in
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                return object.filter { $0.key != "record" } as NSDictionary
            }
        }
        let a = try records(whole.stdout), b = try records(piped.stdout)
        #expect(a.count > 10)
        #expect(a == b)
    }
}
