/// Paragraphs, sentences and tokens of a text, all as Unicode scalar offsets into it.
public struct Segmentation: Sendable {
    /// One per non-blank line, without the surrounding whitespace.
    public let paragraphs: [TextSpan]
    public let sentences: [TextSpan]
    public let tokens: [Token]
    /// Scalar ↔ byte offsets of the text that was segmented.
    public let scalarMap: ScalarMap
}

public enum Segmenter {
    public static func segment(_ text: String) -> Segmentation {
        var text = text
        return text.withUTF8 { u in
            let scanned = ScannedText(u)
            return scanned.withSource(u, ascii: { segment($0, bytes: u, map: scanned.scalarMap) },
                                      decoded: { segment($0, bytes: u, map: scanned.scalarMap) })
        }
    }

    private static func segment<S: CharSource>(_ src: S, bytes u: UnsafeBufferPointer<UInt8>, map: ScalarMap) -> Segmentation {
        let tokens = Tokenizer.tokenize(src)
        let sentences = SentenceSplitter.split(src, tokens: tokens, bytes: u)
        return Segmentation(paragraphs: paragraphs(tokens), sentences: sentences, tokens: tokens, scalarMap: map)
    }

    /// Paragraphs are the lines that hold tokens: from the first token of a line to the
    /// end of its last one (so surrounding whitespace is left out).
    static func paragraphs(_ tokens: [Token]) -> [TextSpan] {
        var result: [TextSpan] = []
        // Counted first, so the array is made once at its size.
        var count = 0
        for t in tokens where t.has(.paragraphStart) { count += 1 }
        result.reserveCapacity(count)
        var start = -1, end = -1
        for t in tokens {
            if t.has(.paragraphStart) {
                if start >= 0 { result.append(TextSpan(start, end)) }
                start = Int(t.begin)
            }
            end = Int(t.end)
        }
        if start >= 0 { result.append(TextSpan(start, end)) }
        return result
    }
}
