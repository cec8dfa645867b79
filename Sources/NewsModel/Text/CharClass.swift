/// What a scanner needs to know about one Unicode scalar. ASCII comes from a table built
/// once; other scalars ask the Unicode properties (rare in news text, so it stays cheap).
public enum CharClass: UInt8, Sendable {
    // Letters and digits come first so that the checks below are one comparison.
    case upper, lower, otherLetter, digit, space, apostrophe, hyphen, period, comma, colon, slash,
         ampersand, quote, openBracket, closeBracket, terminal, dash, ellipsis, newline, control, other

    @inline(__always) public var isLetter: Bool { rawValue <= CharClass.otherLetter.rawValue }
    @inline(__always) public var isAlphanumeric: Bool { rawValue <= CharClass.digit.rawValue }

    /// Classes of the 128 ASCII scalars. Hot loops copy this reference into a local once:
    /// reading a static in a loop costs a lazy-initialization check per access.
    static let asciiTable: [CharClass] = (0..<128).map { classifyASCII(UInt8($0)) }

    private static func classifyASCII(_ b: UInt8) -> CharClass {
        switch b {
        case 10: return .newline
        case 9, 11, 12, 13, 32: return .space
        case 0..<32, 127: return .control
        case 65...90: return .upper
        case 97...122: return .lower
        case 48...57: return .digit
        case 39: return .apostrophe
        case 45: return .hyphen
        case 46: return .period
        case 44: return .comma
        case 58: return .colon
        case 47: return .slash
        case 38: return .ampersand
        case 34, 96: return .quote
        case 40, 91, 123: return .openBracket
        case 41, 93, 125: return .closeBracket
        case 33, 63: return .terminal
        default: return .other
        }
    }

    @inline(__always)
    public static func of(_ scalar: Unicode.Scalar) -> CharClass {
        let v = scalar.value
        if v < 128 { return asciiTable[Int(v)] }
        return classifyWide(scalar)
    }

    private static func classifyWide(_ s: Unicode.Scalar) -> CharClass {
        switch s.value {
        case 0x80...0x9F: return .control
        case 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return .space
        case 0x2028, 0x2029, 0x85: return .newline
        case 0x2018, 0x2019, 0x02BC, 0x2032: return .apostrophe
        case 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB, 0x2039, 0x203A, 0x300C, 0x300D: return .quote
        case 0x2010, 0x2011: return .hyphen
        case 0x2012...0x2015, 0x2212: return .dash
        case 0x2026: return .ellipsis
        case 0x3002, 0xFF01, 0xFF1F, 0xFF0E: return .terminal
        case 0x200C, 0x200D: return .otherLetter  // joiners stay inside words
        default: break
        }
        let p = s.properties
        switch p.generalCategory {
        case .uppercaseLetter, .titlecaseLetter: return .upper
        case .lowercaseLetter: return .lower
        case .otherLetter, .modifierLetter, .nonspacingMark, .spacingMark, .enclosingMark: return .otherLetter
        case .decimalNumber: return .digit
        case .spaceSeparator: return .space
        case .lineSeparator, .paragraphSeparator: return .newline
        case .control, .format, .surrogate, .privateUse, .unassigned: return .control
        case .openPunctuation: return .openBracket
        case .closePunctuation: return .closeBracket
        case .initialPunctuation, .finalPunctuation: return .quote
        case .dashPunctuation: return .dash
        default: return .other
        }
    }
}

/// Decodes one scalar from valid UTF-8 at `i` (the text came from a Swift String, so it is valid).
@inline(__always)
func decodeScalar(_ u: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int) {
    let b0 = u[i]
    if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
    if b0 < 0xE0 {
        let v = (UInt32(b0 & 0x1F) << 6) | UInt32(u[i + 1] & 0x3F)
        return (Unicode.Scalar(v) ?? "\u{FFFD}", 2)
    }
    if b0 < 0xF0 {
        let v = (UInt32(b0 & 0x0F) << 12) | (UInt32(u[i + 1] & 0x3F) << 6) | UInt32(u[i + 2] & 0x3F)
        return (Unicode.Scalar(v) ?? "\u{FFFD}", 3)
    }
    let v = (UInt32(b0 & 0x07) << 18) | (UInt32(u[i + 1] & 0x3F) << 12) | (UInt32(u[i + 2] & 0x3F) << 6)
        | UInt32(u[i + 3] & 0x3F)
    return (Unicode.Scalar(v) ?? "\u{FFFD}", 4)
}
