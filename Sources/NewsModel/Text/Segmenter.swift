/// Paragraphs, sentences and tokens of a text, all as Unicode scalar offsets into it.
public struct Segmentation: Sendable {
    /// One per non-blank line, without the surrounding whitespace.
    public let paragraphs: [TextSpan]
    public let sentences: [TextSpan]
    public let tokens: [Token]
}

public enum Segmenter {
    public static func segment(_ text: String) -> Segmentation {
        let scanned = ScannedText(text)
        let tokens = Tokenizer.tokenize(scanned)
        return Segmentation(paragraphs: paragraphs(scanned), sentences: SentenceSplitter.split(scanned, tokens: tokens),
                            tokens: tokens)
    }

    /// Paragraphs are the lines of the text that hold more than whitespace.
    static func paragraphs(_ t: ScannedText) -> [TextSpan] {
        var result: [TextSpan] = []
        var start = -1, lastNonSpace = -1
        let c = t.classes
        for i in 0..<t.count {
            switch c[i] {
            case .newline:
                if start >= 0 { result.append(TextSpan(start, lastNonSpace + 1)) }
                start = -1
            case .space:
                break
            default:
                if start < 0 { start = i }
                lastNonSpace = i
            }
        }
        if start >= 0 { result.append(TextSpan(start, lastNonSpace + 1)) }
        return result
    }
}
