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

    public static func sources(for paths: [String]) -> Listing { sources(for: paths.map(PathName.init)) }

    /// The files to read for paths given by their bytes (names that are not UTF-8 are found).
    public static func sources(for paths: [PathName]) -> Listing {
        var walk = Walk()
        for path in paths {
            if path.bytes == [UInt8(ascii: "-")] {
                if walk.stdinTaken {
                    walk.listing.warnings.append(LoadWarning(path: "-", message: "standard input named twice; read once"))
                } else {
                    walk.stdinTaken = true
                    walk.listing.sources.append(.standardInput)
                }
                continue
            }
            if path.bytes.isEmpty {
                walk.listing.warnings.append(LoadWarning(path: "''", message: "empty path"))
                continue
            }
            let st: stat
            switch path.status() {
            case .success(let s): st = s
            case .failure(let e):
                walk.listing.warnings.append(LoadWarning(path: path.display, message: describeErrno(e.code, path: path.display)))
                continue
            }
            switch FileKind(st) {
            case .directory:
                walk.skipped = [:]
                var ancestors: [FileID: String] = [:]
                visitDirectory(path, st, ancestors: &ancestors, walk: &walk)
                reportSkipped(path.display, &walk)
            case .regular:
                addFile(path, st, named: true, walk: &walk)
            case let kind:
                // Never opened: reading a FIFO or a device blocks, or never ends.
                walk.listing.warnings.append(LoadWarning(path: path.display, message: kind.notAFile))
            }
        }
        return walk.listing
    }

    private static func id(_ st: stat) -> FileID { FileID(device: UInt64(st.st_dev), inode: UInt64(st.st_ino)) }

    private static func addFile(_ path: PathName, _ st: stat, named: Bool, walk: inout Walk) {
        let fid = id(st)
        if let first = walk.seenFiles[fid] {
            walk.listing.warnings.append(LoadWarning(path: path.display, message: "same file as '\(first)'; read once"))
            return
        }
        walk.seenFiles[fid] = path.display
        walk.listing.sources.append(InputSource(kind: .file, native: path, named: named, size: Int(st.st_size)))
    }

    private static func visitDirectory(_ path: PathName, _ st: stat, ancestors: inout [FileID: String], walk: inout Walk) {
        let did = id(st)
        if let ancestor = ancestors[did] {
            walk.listing.warnings.append(LoadWarning(
                path: path.display, message: "directory cycle: a symbolic link leads back to '\(ancestor)'; not followed"))
            return
        }
        if let earlier = walk.seenDirectories[did] {
            walk.listing.warnings.append(LoadWarning(path: path.display, message: "same directory as '\(earlier)'; read once"))
            return
        }
        walk.seenDirectories[did] = path.display
        guard let names = listDirectory(path, walk: &walk) else { return }
        ancestors[did] = path.display
        defer { ancestors[did] = nil }
        for name in names {
            let child = path.appending(name)
            let cst: stat
            switch child.status() {
            case .success(let s): cst = s
            case .failure(let e):
                let dangling: Bool
                if case .success(let lst) = child.linkStatus() { dangling = FileKind(lst) == .symbolicLink && e.code == ENOENT } else { dangling = false }
                walk.listing.warnings.append(LoadWarning(
                    path: child.display, message: dangling ? "broken symbolic link; skipped" : describeErrno(e.code, path: child.display)))
                continue
            }
            switch FileKind(cst) {
            case .directory:
                visitDirectory(child, cst, ancestors: &ancestors, walk: &walk)
            case .regular:
                let ext = InputSource(kind: .file, native: child, named: false).fileExtension
                if articleExtensions.contains(ext) {
                    addFile(child, cst, named: false, walk: &walk)
                } else {
                    walk.skipped[ext.isEmpty ? "(none)" : "." + ext, default: 0] += 1
                }
            case let kind:
                walk.listing.warnings.append(LoadWarning(path: child.display, message: kind.notAFile))
            }
        }
    }

    /// Entry names of a directory, as bytes, without `.`/`..` and hidden names, in byte order.
    private static func listDirectory(_ path: PathName, walk: inout Walk) -> [[UInt8]]? {
        var openError: Int32 = 0
        guard let dir = path.withCString({ p -> OpaquePointer? in
            let d = opendir(p)
            openError = errno
            return d
        }) else {
            walk.listing.warnings.append(LoadWarning(path: path.display, message: "cannot read directory: " + describeErrno(openError, path: path.display)))
            return nil
        }
        defer { closedir(dir) }
        var names: [[UInt8]] = []
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        while let entry = readdir(dir) {
            // The name read in place up to its NUL: a directory entry is only as long as its name
            // (`d_reclen`), so copying the whole `d_name` array would read past the last one.
            let cName = UnsafeRawPointer(entry).advanced(by: nameOffset).assumingMemoryBound(to: CChar.self)
            let name = Array(UnsafeRawBufferPointer(start: cName, count: strlen(cName)))
            guard let first = name.first, first != UInt8(ascii: ".") else { continue }
            names.append(name)
        }
        names.sort { $0.lexicographicallyPrecedes($1) }
        return names
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
