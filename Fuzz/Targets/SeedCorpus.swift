// Writes the fuzzers' seed corpus: the example articles and issue 13's hostile cases (small
// versions of every shape, escapes, far-off numbers), one file per seed. Run by Fuzz/run.sh,
// which compiles it together with Tests/HostileCorpus/HostileCorpus.swift.
import Foundation

@main
struct SeedCorpus {
    static func main() throws {
        let args = CommandLine.arguments
        guard args.count == 4 else { fatalError("usage: seeds TARGET EXAMPLES OUTDIR") }
        let (target, examples, out) = (args[1], args[2], URL(fileURLWithPath: args[3]))
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        var seeds: [[UInt8]] = []
        let files = (try? FileManager.default.contentsOfDirectory(atPath: examples))?.sorted() ?? []
        let texts = files.compactMap { FileManager.default.contents(atPath: examples + "/" + $0).map { Array($0) } }
        let hostile = HostileCorpus.shapes.map { Array(HostileCorpus.article($0.make(600)).utf8) }
            + HostileCorpus.escapes.map { Array(HostileCorpus.article("Troops \($0) moved on Monday \($0).").utf8) }
        let numbers = HostileCorpus.farNumbers.map { Array(#"{"date": \#($0), "text": "Far off on Monday."}"#.utf8) }
        switch target {
        case "load":
            // The first byte picks the kind: 0 native, 1 JSON, 2 JSON Lines, 3 sniffed.
            for (k, t) in texts.enumerated() { seeds.append([UInt8(files[k].hasSuffix(".jsonl") ? 2 : files[k].hasSuffix(".json") ? 1 : 0)] + t) }
            seeds += hostile.map { [0] + $0 } + numbers.map { [2] + $0 }
        case "json":
            seeds = texts.filter { $0.first == UInt8(ascii: "{") || $0.first == UInt8(ascii: "[") } + numbers
                + [Array(#"{"a": [1, 2.5e-3, true, null, "\u00e9\ud83d\ude00"], "b": {"c": ""}}"#.utf8)]
        case "dashboard":
            seeds = ["jjjj", "2f1", "4\r5jj", "t2024\r", "/monday\rnN", "a\u{1B}", "zGg<>", "?q"].map { Array($0.utf8) }
                + [[0xFF, 80, 24, 106, 106], [0xFF, 10, 5, 9, 9, 0xFF, 200, 60]]
        default: fatalError("unknown target \(target)")
        }
        for (k, s) in seeds.enumerated() { try Data(s).write(to: out.appendingPathComponent("seed-\(k)")) }
        print("\(seeds.count) seeds in \(out.path)")
    }
}
