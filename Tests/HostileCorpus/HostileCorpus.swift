/// Hostile input for newsdash, made on demand so that no large file is committed: text of
/// pathological shapes at any size, strings laden with terminal escapes, bidi overrides and
/// zero-width characters, and numbers and dates far out of range. The tests, the benchmarks
/// and the fuzzers' seed corpus all draw on it.
public enum HostileCorpus {
    /// A shape of text: a name and a maker of about `bytes` bytes of it.
    public struct Shape: Sendable {
        public let name: String
        public let make: @Sendable (_ bytes: Int) -> String
    }

    /// A native article of `body` dated 2024-10-21.
    public static func article(_ body: String) -> String { "date 2024-10-21\n" + body + "\n" }

    /// `unit` repeated (with `separator` between) to about `bytes` bytes.
    static func repeated(_ unit: String, _ bytes: Int, separator: String = "") -> String {
        let n = max(1, bytes / max(1, unit.utf8.count + separator.utf8.count))
        return Array(repeating: unit, count: n).joined(separator: separator)
    }

    /// Words drawn from `words` by a fixed-seed generator, to about `bytes` bytes.
    static func drawn(_ words: [String], _ bytes: Int, seed: UInt64, separator: String = " ") -> String {
        var rng = SplitMix(seed: seed)
        var out = ""
        out.reserveCapacity(bytes + 32)
        while out.utf8.count < bytes {
            if !out.isEmpty { out += separator }
            out += words[Int(rng.next() % UInt64(words.count))]
        }
        return out
    }

    /// The shapes of issue 13: each stresses one extractor or one pattern's lookahead.
    public static let shapes: [Shape] = [
        // The shapes every extractor must stay linear on.
        Shape(name: "one long sentence") { n in
            drawn("the troops and rebels of Russia moved five km toward Kyiv after talks in Geneva with NATO officials".split(separator: " ").map(String.init), n, seed: 1)
        },
        Shape(name: "month names") { n in drawn(["January", "March", "May", "Oct.", "December"], n, seed: 2) },
        Shape(name: "symbols") { n in drawn(["$", "%", "&", "*", "@", "#", "^", "~", "+", "=", "<", ">", "|"], n, seed: 3, separator: "") },
        Shape(name: "one long token") { n in String(repeating: "a", count: n) },
        Shape(name: "dates") { n in
            var k = 0
            var out = ""
            while out.utf8.count < n {
                out += "on \(1 + k % 28) October 2001, "
                k += 1
            }
            return out
        },
        Shape(name: "capitalized words") { n in drawn(["Alpha", "Beta", "Gamma", "Delta", "Omega", "Sigma"], n, seed: 4) },
        Shape(name: "1,1,1 chains") { n in repeated("1", n, separator: ",") + " troops" },
        Shape(name: "digits") { n in "The figure was " + String(repeating: "7", count: n) + " dollars." },
        // The table's rows.
        Shape(name: "Monday run") { n in "Talks resumed on " + repeated("Monday", n, separator: " ") },
        Shape(name: "clauses") { n in "The army said" + repeated(", and the rebels said that troops moved on Monday", n) },
        Shape(name: "Oct. run") { n in repeated("Oct.", n, separator: " ") },
        Shape(name: "on Monday run") { n in "They met" + repeated(" on Monday", n) },
        Shape(name: "%41 storm") { n in repeated("%41", n) },
        // More of the same kind.
        Shape(name: "quantity lists") { n in repeated("5 troops, 6 tanks and $7 million, ", n) },
        Shape(name: "people and speech") { n in
            drawn(["Mr. John Smith said.", "Ann Park told reporters.", "He said.", "Lee Chen, a spokesman, said."], n, seed: 5)
        },
        Shape(name: "unclosed brackets") { n in repeated("(on Monday ", n) },
        Shape(name: "dash pairs") { n in repeated("\u{2014} on Monday ", n) },
        Shape(name: "quoted dates") { n in repeated("\"Monday\" ", n) },
        Shape(name: "title words") { n in repeated("Vice Deputy Acting", n, separator: " ") },
    ]

    /// Strings that would drive a terminal if printed raw: OSC (title, clipboard), CSI (clear,
    /// colour), DCS, a C1 CSI, bidi overrides, zero-width characters, DEL, NUL, a line break.
    public static let escapes: [String] = [
        "\u{1B}]0;pwned\u{07}", "\u{1B}[2J\u{1B}[H", "\u{1B}]52;c;cHduZWQ=\u{07}", "\u{9B}31m", "\u{1B}P+q544e\u{1B}\\",
        "\u{202E}txt.exe", "zero\u{200B}width\u{2060}joined", "del\u{7F}", "nul\u{0}byte", "forged\nnewsdash: warning: fake",
    ]

    /// Whether `s` holds anything a terminal would act on or that could hide or reorder text.
    public static func isUnsafeForTerminal(_ s: String) -> Bool {
        s.unicodeScalars.contains { u in
            switch u.value {
            case 0x00..<0x09, 0x0B..<0x20, 0x7F...0x9F: return true
            case 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0x061C, 0xFEFF: return true
            default: return false
            }
        }
    }

    /// Numeric dates a JSON record may carry that are far out of any article's range.
    public static let farNumbers = ["1e30", "-1e30", "1e300", "1e400", "-1e400", "99999999999999999999", String(repeating: "9", count: 500)]
}

/// A small fixed-seed generator (SplitMix64), so every run makes the same corpus (and the
/// tests' random numbers repeat).
public struct SplitMix: RandomNumberGenerator {
    public var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
