#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the paths a user gives into the files to read: files as named, directories walked
/// recursively in byte order of names (hidden entries skipped), `-` for standard input.
/// Missing paths, unreadable directories, symlink cycles and files reached twice become
/// warnings; the walk always goes on.
public enum SourceEnumerator {
    /// Extensions read when found inside a directory. A file named on the command line is
    /// read whatever its extension.
    public static let articleExtensions: Set<String> = ["txt", "text", "json", "jsonl", "ndjson"]

    public struct Listing: Sendable {
        public var sources: [InputSource] = []
        public var warnings: [LoadWarning] = []
    }

    private struct FileID: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    private struct Walk {
        var listing = Listing()
        var seenFiles: [FileID: String] = [:]
        var seenDirectories: [FileID: String] = [:]
        var stdinTaken = false
        /// Extensions of files skipped under the current top-level directory.
        var skipped: [String: Int] = [:]
    }

    public static func sources(for paths: [String]) -> Listing {
        var walk = Walk()
        for path in paths {
            if path == "-" {
                if walk.stdinTaken {
                    walk.listing.warnings.append(LoadWarning(path: "-", message: "standard input named twice; read once"))
                } else {
                    walk.stdinTaken = true
                    walk.listing.sources.append(.standardInput)
                }
                continue
            }
            if path.isEmpty {
                walk.listing.warnings.append(LoadWarning(path: "''", message: "empty path"))
                continue
            }
            var st = stat()
            guard stat(path, &st) == 0 else {
                walk.listing.warnings.append(LoadWarning(path: path, message: describeErrno(errno, path: path)))
                continue
            }
            if isDirectory(st) {
                walk.skipped = [:]
                var ancestors: [FileID: String] = [:]
                visitDirectory(path, st, ancestors: &ancestors, walk: &walk)
                reportSkipped(path, &walk)
            } else {
                addFile(path, st, named: true, walk: &walk)
            }
        }
        return walk.listing
    }

    private static func isDirectory(_ st: stat) -> Bool { (st.st_mode & S_IFMT) == S_IFDIR }
    private static func isRegular(_ st: stat) -> Bool { (st.st_mode & S_IFMT) == S_IFREG }
    private static func id(_ st: stat) -> FileID { FileID(device: UInt64(st.st_dev), inode: UInt64(st.st_ino)) }

    private static func addFile(_ path: String, _ st: stat, named: Bool, walk: inout Walk) {
        let fid = id(st)
        if let first = walk.seenFiles[fid] {
            walk.listing.warnings.append(LoadWarning(path: path, message: "same file as '\(first)'; read once"))
            return
        }
        walk.seenFiles[fid] = path
        walk.listing.sources.append(InputSource(kind: .file, path: path, named: named))
    }

    private static func visitDirectory(_ path: String, _ st: stat, ancestors: inout [FileID: String], walk: inout Walk) {
        let did = id(st)
        if let ancestor = ancestors[did] {
            walk.listing.warnings.append(LoadWarning(
                path: path, message: "directory cycle: a symbolic link leads back to '\(ancestor)'; not followed"))
            return
        }
        if let earlier = walk.seenDirectories[did] {
            walk.listing.warnings.append(LoadWarning(path: path, message: "same directory as '\(earlier)'; read once"))
            return
        }
        walk.seenDirectories[did] = path
        guard let names = listDirectory(path, walk: &walk) else { return }
        ancestors[did] = path
        defer { ancestors[did] = nil }
        let prefix = path.hasSuffix("/") ? path : path + "/"
        for name in names {
            let child = prefix + name
            var cst = stat()
            guard stat(child, &cst) == 0 else {
                let e = errno
                var lst = stat()
                let dangling = lstat(child, &lst) == 0 && (lst.st_mode & S_IFMT) == S_IFLNK && e == ENOENT
                walk.listing.warnings.append(LoadWarning(
                    path: child, message: dangling ? "broken symbolic link; skipped" : describeErrno(e, path: child)))
                continue
            }
            if isDirectory(cst) {
                visitDirectory(child, cst, ancestors: &ancestors, walk: &walk)
            } else if isRegular(cst) {
                let ext = InputSource(kind: .file, path: child, named: false).fileExtension
                if articleExtensions.contains(ext) {
                    addFile(child, cst, named: false, walk: &walk)
                } else {
                    walk.skipped[ext.isEmpty ? "(none)" : "." + ext, default: 0] += 1
                }
            }
        }
    }

    /// Entry names of a directory without `.`/`..` and hidden names, in byte order.
    private static func listDirectory(_ path: String, walk: inout Walk) -> [String]? {
        guard let dir = opendir(path) else {
            walk.listing.warnings.append(LoadWarning(path: path, message: "cannot read directory: " + describeErrno(errno, path: path)))
            return nil
        }
        defer { closedir(dir) }
        var names: [[UInt8]] = []
        while let entry = readdir(dir) {
            let name: [UInt8] = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let bytes = raw.bindMemory(to: UInt8.self)
                let len = bytes.firstIndex(of: 0) ?? bytes.count
                return Array(bytes[0..<len])
            }
            guard let first = name.first, first != UInt8(ascii: ".") else { continue }
            names.append(name)
        }
        names.sort { $0.lexicographicallyPrecedes($1) }
        return names.map { String(decoding: $0, as: UTF8.self) }
    }

    private static func reportSkipped(_ root: String, _ walk: inout Walk) {
        guard !walk.skipped.isEmpty else { return }
        let total = walk.skipped.values.reduce(0, +)
        let kinds = walk.skipped.keys.sorted().joined(separator: ", ")
        let known = articleExtensions.sorted().map { "." + $0 }.joined(separator: " ")
        walk.listing.warnings.append(LoadWarning(
            path: root,
            message: "skipped \(total == 1 ? "1 file that is not an article" : "\(total) files that are not articles") (\(kinds)); "
                + "directories are searched for \(known); name a file to read it anyway"))
    }

    static func describeErrno(_ code: Int32, path: String) -> String {
        switch code {
        case ENOENT: return "no such file or directory"
        case EACCES: return "permission denied"
        case ELOOP: return "too many levels of symbolic links (a symlink loop)"
        case ENOTDIR: return "a component of the path is not a directory"
        case ENAMETOOLONG: return "path too long"
        default: return String(cString: strerror(code)).lowercased()
        }
    }
}
