/// A number an article claims: how much, of what, bounded how, and who says so.
public struct Quantity: Sendable, Hashable {
    /// How the number is bounded in the text.
    public enum Bound: String, Sendable, Hashable, CaseIterable {
        /// No qualifier: "1,500 soldiers".
        case exact
        /// "around", "about", "nearly", "an estimated", "or so".
        case approx
        /// A lower bound: "more than", "at least", "over", "or more".
        case min
        /// An upper bound: "fewer than", "up to", "under".
        case max
        /// Two numbers: "10,000 to 12,000", "between 1,000 and 2,000", "10-12".
        case range
        /// An amount without a number: "thousands of", "dozens", "several"; `value` is its
        /// order of magnitude.
        case vague
    }

    /// What kind of thing is counted.
    public enum Category: String, Sendable, Hashable, CaseIterable {
        case people
        case militaryPersonnel = "military personnel"
        case money
        case percent
        case weapons = "weapons and materiel"
        case distance
        case weight
        /// Exchange rates, share and commodity prices, index points, trading volumes: the
        /// market's own figures ("the Nikkei rose 120.5 points", "126.45 yen to the dollar").
        case market
        case other
    }

    /// The quantity as written: bound words, number, scale, unit and the phrase it counts.
    public var span: TextSpan
    /// The number itself with its bound words, scale and unit (no counted phrase).
    public var amount: TextSpan
    /// The value: the number, the lower end of a range, or a vague amount's order of
    /// magnitude; nil when it is too large or too long to hold.
    public var value: Double?
    public var low: Double?
    public var high: Double?
    public var bound: Bound
    /// The normalized unit: a currency code (`USD`), a measure (`km`, `percent`) or the head
    /// noun of what is counted (`soldiers`); nil when the text does not say.
    public var unit: String?
    /// The readable phrase that is counted ("North Korean special forces soldiers").
    public var what: String?
    /// The span of `what` in the text.
    public var whatSpan: TextSpan?
    public var category: Category
    /// The actor id of whoever makes the claim ("according to X", "X said").
    public var claimedBy: String?
    /// The index of the sentence it is in.
    public var sentence: Int
    /// The index of the event of that sentence in the article's events.
    public var event: Int?
    /// Country ids the quantity is about: those its counted phrase names ("North Korean
    /// soldiers"), else the first one named before it in its clause (groups tracks).
    public var about: [String] = []
    /// Actor ids of its sentence (for filters).
    public var actors: [String] = []
    /// The index (in its article's quantities) of the figure this one converts, when it is a
    /// conversion in brackets right after it: "13.1 metres (43 feet)", "6.4 billion pesos (247
    /// million dollars)".
    public var conversionOf: Int?
    /// The index of the figure this one is another mention of: a headline's figure that the
    /// lead tells again ("Wild fruit poisons 43 children" and "Forty-three children were…").
    public var mentionOf: Int?
    /// Whether the headline states this figure (in its own words or the lead's).
    public var headline = false

    public init(span: TextSpan, amount: TextSpan, value: Double?, low: Double?, high: Double?, bound: Bound,
                unit: String?, what: String?, whatSpan: TextSpan?, category: Category, claimedBy: String? = nil,
                sentence: Int, event: Int? = nil) {
        self.span = span
        self.amount = amount
        self.value = value
        self.low = low
        self.high = high
        self.bound = bound
        self.unit = unit
        self.what = what
        self.whatSpan = whatSpan
        self.category = category
        self.claimedBy = claimedBy
        self.sentence = sentence
        self.event = event
    }
}

extension Quantity {
    /// Whether the text says what the figure counts or measures beyond its unit or currency:
    /// "1,500 soldiers", "80 kg of heroin", "$10 million in emergency aid" do; "30 miles",
    /// "11.21 billion Thai baht", "12 percent" do not.
    public var saysWhat: Bool {
        guard whatSpan != nil, let what, let head = what.split(separator: " ").last else { return false }
        guard let w = QuantityLexicon.standard.words.lookup(ASCIIText.lowercased(String(head))) else { return true }
        return w.currency == nil && w.unit == nil && w.scale == nil
    }

    /// The value for people: "≈ 1,500", "> 13,000", "10,000–12,000", "thousands", "$4.5B",
    /// "12%", "≈ 8.9 m". `compact` writes millions and up as "2.1M".
    public func display(amountText: String, compact: Bool = false) -> String {
        if bound == .vague {
            let words = ASCIIText.lowercased(Tidy.collapseWhitespace(amountText))
            // "tens of thousands" → "10,000s" when space is short.
            if compact, words.contains(" of "), let value { return Quantity.format(value) + "s" }
            return words
        }
        guard let value else { return Tidy.collapseWhitespace(amountText) }
        let money = category == .money ? (unit.map(Quantity.currencySymbol) ?? "") : ""
        var suffix = ""
        if unit == "percent" {
            suffix = "%"
        } else if category != .money, whatSpan == nil || category == .distance || category == .weight, let unit,
                  Quantity.isMeasure(unit) {
            suffix = " " + unit
        }
        func number(_ v: Double) -> String { money + (compact ? Quantity.compact(v) : Quantity.format(v)) + suffix }
        switch bound {
        case .exact: return number(value)
        case .approx: return "≈ " + number(value)
        case .min: return "> " + number(value)
        case .max: return "< " + number(value)
        case .range: return number(low ?? value) + "–" + number(high ?? value)
        case .vague: return number(value)
        }
    }

    /// Whether a unit is a measure (km, t, percentage points) rather than a counted noun.
    public static func isMeasure(_ unit: String) -> Bool {
        QuantityLexicon.standard.measureUnits.contains(unit)
    }

    /// "950", "13,000", "2.1M", "4.5B", "1.2T".
    public static func compact(_ v: Double) -> String {
        guard v.isFinite else { return "∞" }
        if abs(v) >= 1e15 { return scientific(v) }
        for (scale, letter) in [(1e12, "T"), (1e9, "B"), (1e6, "M")] where abs(v) >= scale {
            return trimmed(v / scale, digits: abs(v) / scale >= 100 ? 0 : 1) + letter
        }
        return format(v)
    }

    static func currencySymbol(_ code: String) -> String {
        switch code {
        case "USD": return "$"
        case "EUR": return "€"
        case "GBP": return "£"
        case "JPY": return "¥"
        case "cents": return "¢"
        default: return code.count == 3 && code == code.uppercased() ? code + " " : ""
        }
    }

    /// A number with thousands separators, millions and billions spelled out from 10 million
    /// up ("13,000", "2.5", "1.2 billion").
    public static func format(_ v: Double) -> String {
        guard v.isFinite else { return "∞" }
        let magnitude = abs(v)
        // Beyond a million trillion, words stop helping: "1.2e+21".
        if magnitude >= 1e18 { return scientific(v) }
        if magnitude >= 1e7 {
            for (scale, word) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] where magnitude >= scale {
                return trimmed(v / scale, digits: 2) + " " + word
            }
        }
        if v == v.rounded(), magnitude < 1e15 {
            let n = Int64(v)
            var digits = String(abs(n))
            var out = ""
            while digits.count > 3 {
                out = "," + digits.suffix(3) + out
                digits = String(digits.dropLast(3))
            }
            return (n < 0 ? "-" : "") + digits + out
        }
        return trimmed(v, digits: 3)
    }

    /// "1.2e+21" (Swift's shortest round-trip form).
    static func scientific(_ v: Double) -> String { "\(v)" }

    private static func trimmed(_ v: Double, digits: Int) -> String {
        let scaled = (v * pow10(digits)).rounded()
        guard abs(scaled) < 9e18 else { return scientific(v) }
        var s = String(Int64(scaled))
        let negative = s.hasPrefix("-")
        if negative { s.removeFirst() }
        while s.count <= digits { s = "0" + s }
        var whole = String(s.dropLast(digits))
        var fraction = String(s.suffix(digits))
        while fraction.hasSuffix("0") { fraction.removeLast() }
        if whole.isEmpty { whole = "0" }
        return (negative ? "-" : "") + whole + (fraction.isEmpty ? "" : "." + fraction)
    }

    private static func pow10(_ n: Int) -> Double {
        var r = 1.0
        for _ in 0..<n { r *= 10 }
        return r
    }
}
