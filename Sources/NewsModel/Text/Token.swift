/// One token of an article: a word, a number, or a punctuation or symbol character, with
/// its Unicode scalar span (for reporting) and its UTF-8 byte span (for fast lookups).
public struct Token: Sendable, Equatable {
    public enum Kind: UInt8, Sendable {
        /// Letters, possibly with digits, inner hyphens, apostrophes or dots (`Hong-kyun`, `U.S.`, `G7`).
        case word
        /// Starts with a digit and holds only digits and separators (`1,500`, `2.5`, `10:30`).
        case number
        /// A punctuation character or an ellipsis (`.`, `,`, `"`, `...`).
        case punctuation
        /// Anything else (`$`, `%`, `€`, emoji, control characters).
        case symbol
    }

    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        /// The first scalar is an upper-case letter.
        public static let capitalized = Flags(rawValue: 1 << 0)
        /// Has letters and all of them are upper case.
        public static let allUpper = Flags(rawValue: 1 << 1)
        public static let hasDigit = Flags(rawValue: 1 << 2)
        public static let hasLetter = Flags(rawValue: 1 << 3)
        public static let hasHyphen = Flags(rawValue: 1 << 4)
        /// Has an inner or final dot (`2.5`, `U.S.`, `www.state.gov`).
        public static let hasPeriod = Flags(rawValue: 1 << 5)
        /// Single letters joined by dots, final dot included (`U.S.`, `a.m.`).
        public static let initialism = Flags(rawValue: 1 << 6)
        /// Whitespace (or the paragraph start) comes right before the token.
        public static let spaceBefore = Flags(rawValue: 1 << 7)
        /// The possessive clitic `'s` split off a word (`Korea` `'s`).
        public static let possessive = Flags(rawValue: 1 << 8)
        /// The first token of its paragraph.
        public static let paragraphStart = Flags(rawValue: 1 << 9)
        /// A word with no upper-case letter: its bytes match lower-cased keys as they are.
        public static let noUpper = Flags(rawValue: 1 << 10)
    }

    public var begin: Int32
    public var end: Int32
    public var byteBegin: Int32
    public var byteEnd: Int32
    public var kind: Kind
    public var flags: Flags
    /// The hash word tables key on (`WordTable.hash`: FNV-1a over the UTF-8 bytes with ASCII
    /// letters lower-cased), made once by the tokenizer so no extractor hashes a token again.
    public var wordHash: UInt32 = 0

    public var span: TextSpan { TextSpan(Int(begin), Int(end)) }
    public var length: Int { Int(end - begin) }
    public func has(_ f: Flags) -> Bool { flags.contains(f) }
}
