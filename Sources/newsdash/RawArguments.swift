#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NewsModel

/// The command line as the bytes the shell passed. `CommandLine.arguments` replaces bytes that
/// are not UTF-8 with U+FFFD, which would make a file named `caf\xE9.txt` unopenable; paths
/// are found again here by their bytes.
enum RawArguments {
    static let all: [[UInt8]] = (0..<Int(CommandLine.argc)).map { i in
        guard let p = CommandLine.unsafeArgv[i] else { return [] }
        return Array(UnsafeBufferPointer(start: UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self), count: strlen(p)))
    }

    /// The paths with the bytes they were given as, matched in command-line order (two names
    /// that decode alike keep their own bytes).
    static func pathNames(_ paths: [String]) -> [PathName] {
        var next = 1
        return paths.map { path in
            var k = next
            while k < all.count {
                if String(decoding: all[k], as: UTF8.self) == path {
                    next = k + 1
                    return PathName(bytes: all[k])
                }
                k += 1
            }
            return PathName(path)
        }
    }
}
