import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Drives a program in a detached tmux session on a private socket (fzf's test helper):
/// send keys, poll the pane until text appears, always kill the session.
final class Tmux {
    static var available: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
    }

    let socket = "newsdash-test-\(getpid())-\(UUID().uuidString.prefix(8))"
    private let session = "t"

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Starts `command` (run by sh) in a session of the given size.
    init(_ command: String, width: Int = 120, height: Int = 40, directory: URL) throws {
        let r = tmux(["new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)", "-c", directory.path,
                      command])
        guard r.status == 0 else { throw Failure(description: "tmux new-session failed: \(r.output)") }
    }

    deinit { _ = tmux(["kill-server"]) }

    @discardableResult
    private func tmux(_ arguments: [String]) -> (status: Int32, output: String) {
        Tmux.spawn(["tmux", "-L", socket, "-f", "/dev/null"] + arguments)
    }

    /// Runs a program and waits for it alone. Foundation's `Process` also waits for every
    /// process that inherited its status pipe — the tmux server that `new-session` leaves
    /// behind — so this uses posix_spawn and waitpid.
    @discardableResult
    static func spawn(_ arguments: [String]) -> (status: Int32, output: String) {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("newsdash-tmux-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: out) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, out.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm-256color"
        env.removeValue(forKey: "TMUX")
        let argv = (["/usr/bin/env"] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for a in argv { free(a) }
            for e in envp { free(e) }
        }
        // Start with no signal blocked and default handlers (the test runner's threads block
        // some, and children would inherit that).
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/usr/bin/env", &actions, &attributes, argv, envp) == 0 else { return (-1, "cannot run tmux") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let output = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
        let exited = status & 0x7F == 0 ? (status >> 8) & 0xFF : -1
        return (exited, output)
    }

    /// Keys as tmux names them ("Tab", "Enter", "C-c", "Escape") or literal text with `literal`.
    func send(_ keys: String..., literal: Bool = false) {
        tmux(["send-keys", "-t", session] + (literal ? ["-l"] : []) + keys)
    }

    func capture() -> String { tmux(["capture-pane", "-p", "-t", session]).output }

    /// The pane with its colours and attributes as escape sequences.
    func captureWithStyles() -> String { tmux(["capture-pane", "-e", "-p", "-t", session]).output }

    /// The pane's setting (`alternate_on`, `pane_dead`, ...).
    func display(_ format: String) -> String {
        tmux(["display-message", "-p", "-t", session, format]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Sets a server option (`set-clipboard on` lets OSC 52 reach tmux's buffers).
    func setOption(_ name: String, _ value: String) { tmux(["set-option", "-s", name, value]) }

    /// tmux's paste buffers (OSC 52 from the program would fill one).
    func buffers() -> String { tmux(["list-buffers"]).output.trimmingCharacters(in: .whitespacesAndNewlines) }

    func resize(width: Int, height: Int) {
        tmux(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls until the pane shows `text` (or `predicate` holds), up to `timeout` seconds.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 15) throws -> String {
        try waitUntil(timeout: timeout, "\"\(text)\"") { $0.contains(text) }
    }

    @discardableResult
    func waitUntil(timeout: Double = 15, _ what: String, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = capture()
            if predicate(last) { return last }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw Failure(description: "timed out after \(timeout) s waiting for \(what); the pane shows:\n\(last)")
    }
}
