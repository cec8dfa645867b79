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
    static func run(_ arguments: [String], stdin: String? = nil, stdinFile: String? = nil, in directory: URL? = nil,
                    environment: [String: String] = [:]) throws -> Result {
        guard let binary else { throw HarnessError.noBinary }
        let p = Process()
        p.executableURL = binary
        p.arguments = arguments
        if !environment.isEmpty { p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
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

    /// Runs newsdash, reading and dropping its standard output, and returns its exit status and
    /// peak resident memory in bytes: the highest `VmHWM` of /proc/PID/status seen while it
    /// writes. (wait4's ru_maxrss cannot serve: a spawned child inherits the runner's own peak
    /// at exec.) The mark only rises, and a child whose output fills the pipe waits for it to be
    /// read, so the last reading is taken after all the work. Nil where /proc has no `VmHWM`.
    static func peakMemory(_ arguments: [String]) throws -> (status: Int32, bytes: Int)? {
        guard let binary else { throw HarnessError.noBinary }
        guard highWaterMark(of: getpid()) != nil else { return nil }
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { throw HarnessError.noBinary }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        let argv = ([binary.path] + arguments).map { strdup($0) } + [nil]
        defer { for a in argv { free(a) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, binary.path, &actions, nil, argv, environ)
        close(pipeEnds[1])
        defer { close(pipeEnds[0]) }
        guard spawned == 0 else { throw HarnessError.noBinary }
        // The high-water mark is read every millisecond while the child lives, not only when it
        // writes: a short run writes once and exits, and an exited process has no VmHWM left.
        let watcher = PeakWatcher(pid: pid)
        let thread = Thread { watcher.run() }
        thread.start()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(pipeEnds[0], $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 { usleep(500) }
        watcher.stop()
        return ((status >> 8) & 0xFF, watcher.peak)
    }

    /// The `VmHWM` line of /proc/PID/status, in bytes.
    static func highWaterMark(of pid: pid_t) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return nil }
        let kilobytes = line.split(separator: " ").compactMap { Int($0) }.first
        return kilobytes.map { $0 * 1024 }
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

/// Polls a child's VmHWM until told to stop.
private final class PeakWatcher: @unchecked Sendable {
    private let pid: pid_t
    private let lock = NSLock()
    private var best = 0
    private var done = false

    init(pid: pid_t) { self.pid = pid }

    var peak: Int { lock.withLock { best } }

    func stop() { lock.withLock { done = true } }

    func run() {
        while !lock.withLock({ done }) {
            if let mark = Harness.highWaterMark(of: pid) { lock.withLock { best = max(best, mark) } }
            usleep(1000)
        }
    }
}
