import Foundation

/// Runs the real `newsdash` binary that `swift test` built next to the test bundle.
enum Harness {
    /// The checkout's root (this file is <root>/Tests/EndToEndTests/Harness.swift).
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `../shared` beside the checkout, when present (CI has it; the unit tests never need it).
    static let shared: URL? = {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("seed").path) ? url : nil
    }()

    static var hasShared: Bool { shared != nil }

    static let binary: URL? = {
        // The test runner lives in the build folder, beside the executable.
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = runner.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("newsdash")
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDir), !isDir.boolValue { return candidate }
            dir.deleteLastPathComponent()
        }
        let debug = root.appendingPathComponent(".build/debug/newsdash")
        return FileManager.default.fileExists(atPath: debug.path) ? debug : nil
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs newsdash with arguments (and optional standard input) in the checkout's root.
    static func run(_ arguments: [String], stdin: String? = nil) throws -> Result {
        guard let binary else { throw HarnessError.noBinary }
        let p = Process()
        p.executableURL = binary
        p.arguments = arguments
        p.currentDirectoryURL = root
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = stdin == nil ? FileHandle.nullDevice : input
        try p.run()
        if let stdin {
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try input.fileHandleForWriting.close()
        }
        // Read both pipes before waiting so a full pipe cannot block the child.
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                      stderr: String(decoding: e, as: UTF8.self))
    }

    enum HarnessError: Error, CustomStringConvertible {
        case noBinary
        var description: String { "the newsdash binary was not found beside the test runner; run `swift build` first" }
    }

    /// Parses JSON Lines output into dictionaries.
    static func records(_ jsonl: String) throws -> [[String: Any]] {
        try jsonl.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }
}
