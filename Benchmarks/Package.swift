// swift-tools-version:6.1
// newsdash's benchmarks, kept out of the main package because ordo-one/benchmark takes
// about 100 s to build. Run from this folder: `swift package benchmark`.
import PackageDescription

let package = Package(
    name: "newsdash-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .target(name: "BenchmarkCorpus", path: "Benchmarks/BenchmarkCorpus"),
        .executableTarget(
            name: "PipelineBenchmarks",
            dependencies: [
                .product(name: "NewsModel", package: "main"),
                .product(name: "HostileCorpus", package: "main"),
                .product(name: "Benchmark", package: "benchmark"),
                "BenchmarkCorpus",
            ],
            path: "Benchmarks/PipelineBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "KeyBenchmarks",
            dependencies: [
                .product(name: "NewsModel", package: "main"),
                .product(name: "Dashboard", package: "main"),
                .product(name: "Benchmark", package: "benchmark"),
                "BenchmarkCorpus",
            ],
            path: "Benchmarks/KeyBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
