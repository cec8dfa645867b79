import HostileCorpus
import Testing
@testable import NewsModel

/// Property: any whole number written in digits, in words or in scaled form reads back as
/// its value. The numbers come from a fixed-seed generator, so a failure repeats.
@Suite("Quantities: numbers round-trip")
struct NumberRoundTripTests {
    private static let units = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    private static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    /// English words for 1 ..< 10^12 ("three hundred and six thousand twenty-five").
    static func words(_ n: Int) -> String {
        func below1000(_ n: Int) -> [String] {
            var parts: [String] = []
            if n >= 100 { parts += [units[n / 100], "hundred"] }
            let rest = n % 100
            if rest > 0 {
                if n >= 100 { parts.append("and") }
                if rest < 20 { parts.append(units[rest]) } else {
                    parts.append(rest % 10 == 0 ? tens[rest / 10] : tens[rest / 10] + "-" + units[rest % 10])
                }
            }
            return parts
        }
        var parts: [String] = []
        var rest = n
        for (scale, word) in [(1_000_000_000, "billion"), (1_000_000, "million"), (1000, "thousand")] where rest >= scale {
            parts += below1000(rest / scale) + [word]
            rest %= scale
        }
        parts += below1000(rest)
        return parts.joined(separator: " ")
    }

    /// Digits in groups of three: "5,665,615,752".
    static func digits(_ n: Int) -> String {
        var s = String(n)
        var out = ""
        while s.count > 3 {
            out = "," + s.suffix(3) + out
            s.removeLast(3)
        }
        return s + out
    }

    /// The value read from "Officials counted <number> tents in the camp."
    static func read(_ number: String) -> Double? {
        let a = ArticleAnalyzer.article(id: "p", path: "p.txt", date: nil, text: "Officials counted \(number) tents in the camp.")
        return a.quantities.count == 1 ? a.quantities[0].value : nil
    }

    @Test func digitsRoundTrip() {
        var g = SplitMix(seed: 1)
        for _ in 0..<300 {
            let n = Int.random(in: 1..<10_000_000_000, using: &g)
            #expect(Self.read(Self.digits(n)) == Double(n), "\(Self.digits(n))")
        }
    }

    @Test func wordsRoundTrip() {
        var g = SplitMix(seed: 2)
        for _ in 0..<300 {
            // Mostly small numbers, as news writes them in words, and some large ones.
            let n = Bool.random(using: &g) ? Int.random(in: 2..<1000, using: &g) : Int.random(in: 2..<100_000_000_000, using: &g)
            #expect(Self.read(Self.words(n)) == Double(n), "\(Self.words(n))")
        }
    }

    @Test func scaledFormsRoundTrip() {
        var g = SplitMix(seed: 3)
        let scales: [(String, Double)] = [("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12),
                                          ("mln", 1e6), ("bn", 1e9)]
        for _ in 0..<300 {
            let tenths = Int.random(in: 1..<10_000, using: &g)
            let (word, scale) = scales.randomElement(using: &g)!
            let mantissa = tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
            let text = word == "bn" ? "\(mantissa)bn" : "\(mantissa) \(word)"
            let expected = (Double(tenths) * scale / 10).rounded()
            let got = Self.read(text).map { $0.rounded() }
            #expect(got == expected, "\(text)")
        }
    }
}
