// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "newsdash",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "newsdash", targets: ["newsdash"]),
        .library(name: "NewsModel", targets: ["NewsModel"]),
        .library(name: "Dashboard", targets: ["Dashboard"]),
        .library(name: "HostileCorpus", targets: ["HostileCorpus"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Theme files (themes/*.toml): a well-kept TOML parser (toml++ underneath).
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        // Property tests (spans on scalar boundaries, TIMEX values well formed); tests only.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // The model layer: loading, segmentation, extraction, the corpus. Foundation only.
        .target(name: "NewsModel", resources: [.copy("Resources")]),
        // The UI as a value: state, update, layout, render to a Screen of styled cells.
        .target(name: "Dashboard", dependencies: ["NewsModel", .product(name: "TOMLKit", package: "TOMLKit")]),
        // ncurses through a small C shim: static inline accessors for its globals and macros,
        // and the signal handlers that restore the terminal.
        .target(name: "CNCurses", linkerSettings: [.linkedLibrary("ncursesw")]),
        // The only code that talks to the terminal.
        .target(name: "CursesBackend", dependencies: ["Dashboard", "CNCurses"]),
        .executableTarget(
            name: "newsdash",
            dependencies: [
                "NewsModel", "Dashboard", "CursesBackend",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Hostile input made on demand (pathological shapes, escapes, far-off numbers) for the
        // tests, the benchmarks and the fuzzers' seeds.
        .target(name: "HostileCorpus", path: "Tests/HostileCorpus"),
        .testTarget(name: "NewsModelTests", dependencies: [
            "NewsModel", "HostileCorpus", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "DashboardTests", dependencies: ["Dashboard", "NewsModel", "HostileCorpus"], exclude: ["Snapshots"]),
        .testTarget(name: "CursesBackendTests", dependencies: ["CursesBackend", "Dashboard"]),
        // Runs the built binary: extract and render through the command line, the dashboard in tmux.
        .testTarget(name: "EndToEndTests", dependencies: ["newsdash", "HostileCorpus"]),
    ]
)
