import Foundation

/// What a word can be in a quantity: one word may play several roles ("over" is a bound
/// and ends a counted phrase; "pounds" is a currency).
struct QuantityWord: Sendable {
    var number: Double?
    var scale: Double?
    var vagueMagnitude: Double?
    var vagueLow: Double?
    var bound: Quantity.Bound?
    var after: Quantity.Bound?
    var currency: String?
    var currencyIsPrefix = false
    var unit: String?
    var unitCategory: Quantity.Category?
    var noun: Quantity.Category?
    var identifier = false
    var stop = false
    /// A verb that reports a claim ("said", "estimated").
    var claim = false

    /// A word a quantity can start at (a cardinal, a scale or a vague amount).
    var startsQuantity: Bool { number != nil || scale != nil || vagueMagnitude != nil }
}

/// The words of `Resources/quantities.tsv`: single words in a `WordTable` for the per-token
/// scan, phrases of two or three words in a dictionary asked only around numbers.
/// A class: every article's finders hold it, and sharing one reference costs one retain where
/// copying this many tables cost one per table.
final class QuantityLexicon: Sendable {
    let words: WordTable<QuantityWord>
    let phrases: [String: QuantityWord]
    /// The same phrases looked up by their bytes (words joined by one space), without a String.
    let phraseTable: WordTable<QuantityWord>
    /// The normalized names of measure units (`km`, `t`, `percent`).
    let measureUnits: Set<String>
    /// First words of the phrases: a phrase is looked up only where one starts.
    let phraseStarts: WordTable<Bool>
    /// Shapes of the words a quantity can start at, and of the reporting verbs: a cheaper
    /// first test than the table for the many words that are neither.
    let starterShapes: WordShapeFilter
    let claimShapes: WordShapeFilter
    /// Problems met while reading the resource file.
    let problems: [String]

    static let standard = QuantityLexicon(directory: Gazetteer.resourceDirectory())

    init(directory: URL?) {
        var single: [String: QuantityWord] = [:]
        var multi: [String: QuantityWord] = [:]
        var problems: [String] = []
        let name = "quantities.tsv"
        let data = directory.flatMap { FileManager.default.contents(atPath: $0.appendingPathComponent(name).path) }
        if data == nil { problems.append("\(name): missing; numbers are read from digits only") }
        let text = data.map { String(decoding: $0, as: UTF8.self) } ?? ""
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = String(line).trimmingASCIIWhitespace()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingASCIIWhitespace() }
            guard cols.count >= 2 else {
                problems.append("\(name):\(n + 1): expected word<TAB>role")
                continue
            }
            let key = ASCIIText.lowercased(cols[0])
            var w = (key.contains(" ") ? multi[key] : single[key]) ?? QuantityWord()
            func arg(_ k: Int) -> String? { cols.count > k && !cols[k].isEmpty ? cols[k] : nil }
            func number(_ k: Int) -> Double? { arg(k).flatMap(Double.init) }
            func category(_ k: Int) -> Quantity.Category? { arg(k).flatMap(Quantity.Category.init(rawValue:)) }
            var ok = true
            switch cols[1] {
            case "number": w.number = number(2); ok = w.number != nil
            case "scale": w.scale = number(2); ok = w.scale != nil
            case "vague":
                w.vagueMagnitude = number(2)
                w.vagueLow = number(3)
                ok = w.vagueMagnitude != nil && w.vagueLow != nil
            case "bound": w.bound = arg(2).flatMap(Quantity.Bound.init(rawValue:)); ok = w.bound != nil
            case "after": w.after = arg(2).flatMap(Quantity.Bound.init(rawValue:)); ok = w.after != nil
            case "currency":
                w.currency = arg(2)
                w.currencyIsPrefix = arg(3) == "prefix"
                ok = w.currency != nil && (arg(3) == "prefix" || arg(3) == "suffix")
            case "unit":
                w.unit = arg(2)
                w.unitCategory = category(3)
                ok = w.unit != nil && w.unitCategory != nil
            case "noun": w.noun = category(2); ok = w.noun != nil
            case "identifier": w.identifier = true
            case "stop": w.stop = true
            case "claim": w.claim = true
            default: ok = false
            }
            guard ok else {
                problems.append("\(name):\(n + 1): cannot read \"\(trimmed)\"")
                continue
            }
            if key.contains(" ") { multi[key] = w } else { single[key] = w }
        }
        words = WordTable(single.map { ($0.key, $0.value) })
        phrases = multi
        phraseTable = WordTable(multi.map { ($0.key, $0.value) })
        measureUnits = Set((Array(single.values) + Array(multi.values)).compactMap(\.unit))
        starterShapes = WordShapeFilter(single.filter { $0.value.startsQuantity }.map(\.key))
        claimShapes = WordShapeFilter(single.filter { $0.value.claim }.map(\.key))
        phraseStarts = WordTable(Set(multi.keys.compactMap { $0.split(separator: " ").first.map(String.init) }).map { ($0, true) })
        self.problems = problems
    }
}
