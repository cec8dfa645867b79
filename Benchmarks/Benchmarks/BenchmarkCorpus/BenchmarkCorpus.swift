import Foundation

/// Where the benchmarks find their articles: `shared/corpus/te3-silver` beside the checkout,
/// or the folder NEWSDASH_CORPUS names; nil when neither exists.
public func benchmarkCorpusPath() -> String? {
    if let env = ProcessInfo.processInfo.environment["NEWSDASH_CORPUS"], !env.isEmpty {
        return FileManager.default.fileExists(atPath: env) ? env : nil
    }
    // This file is <checkout>/Benchmarks/Benchmarks/BenchmarkCorpus/BenchmarkCorpus.swift.
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }
    let candidate = url.deletingLastPathComponent().appendingPathComponent("shared/corpus/te3-silver").path
    return FileManager.default.fileExists(atPath: candidate) ? candidate : nil
}
