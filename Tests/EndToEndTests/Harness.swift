import Foundation
#if canImport(Glibc)
import Glibc
#endif

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
    static func run(_ arguments: [String], stdin: String? = nil, stdinFile: String? = nil, in directory: URL? = nil) throws -> Result {
        guard let binary else { throw HarnessError.noBinary }
        let p = Process()
        p.executableURL = binary
        p.arguments = arguments
        p.currentDirectoryURL = directory ?? root
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        if let stdinFile {
            p.standardInput = FileHandle(forReadingAtPath: stdinFile)
        } else {
            p.standardInput = stdin == nil ? FileHandle.nullDevice : input
        }
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

    /// Runs newsdash with arguments given as bytes (a file name that is not UTF-8 cannot pass
    /// through a String); its output is kept in `directory`. Standard output and error as bytes.
    static func runRaw(_ arguments: [[UInt8]], in directory: URL) throws -> (status: Int32, stdout: [UInt8], stderr: [UInt8]) {
        guard let binary else { throw HarnessError.noBinary }
        let out = directory.appendingPathComponent(".out-\(UUID().uuidString)"), err = directory.appendingPathComponent(".err-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, out.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, err.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv: [UnsafeMutablePointer<CChar>?] = ([Array(binary.path.utf8)] + arguments).map { bytes in
            let p = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
            for (i, b) in bytes.enumerated() { p[i] = CChar(bitPattern: b) }
            p[bytes.count] = 0
            return p
        } + [nil]
        defer { for a in argv { a?.deallocate() } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, binary.path, &actions, nil, argv, environ) == 0 else { throw HarnessError.noBinary }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let o = (try? Data(contentsOf: out)).map { Array($0) } ?? []
        let e = (try? Data(contentsOf: err)).map { Array($0) } ?? []
        return ((status >> 8) & 0xFF, o, e)
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
