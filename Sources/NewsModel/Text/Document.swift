/// One article's text as the extractors read it, built once by the segmenter: the text, its
/// paragraphs and sentences, its tokens, and the tokens of each sentence. Every extractor
/// reads it through a `TokenView`.
public struct Document: Sendable {
    public let text: String
    /// One per non-blank line, without the surrounding whitespace.
    public let paragraphs: [TextSpan]
    public let sentences: [TextSpan]
    public let tokens: [Token]
    /// The tokens of each sentence (by sentence index): the ones that begin before its end and
    /// end after its beginning.
    public let sentenceTokens: [Range<Int>]
    /// Scalar ↔ byte offsets of the text.
    public let scalarMap: ScalarMap

    /// `sentenceTokens` comes from the sentence splitter, which makes each sentence of a run
    /// of tokens.
    init(text: String, paragraphs: [TextSpan], sentences: [TextSpan], sentenceTokens: [Range<Int>], tokens: [Token],
         scalarMap: ScalarMap) {
        self.text = text
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.sentenceTokens = sentenceTokens
        self.tokens = tokens
        self.scalarMap = scalarMap
    }

    /// For each sentence in text order, the range of tokens it holds, found from the spans
    /// (what `sentenceTokens` holds, for a test to check it against).
    static func tokenRanges(of sentences: [TextSpan], _ tokens: [Token]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        out.reserveCapacity(sentences.count)
        var k = 0
        for s in sentences {
            while k < tokens.count, Int(tokens[k].end) <= s.begin { k += 1 }
            var end = k
            while end < tokens.count, Int(tokens[end].begin) < s.end { end += 1 }
            out.append(k..<end)
            k = end
        }
        return out
    }

    /// Runs `body` with a view of the tokens over the text's bytes; the view is valid only
    /// inside `body`. (Inlined, so each use is specialized and no view is copied through
    /// generic code.)
    @inline(__always)
    func withView<R>(_ body: (TokenView) -> R) -> R {
        var text = text
        let tokens = tokens
        return text.withUTF8 { body(TokenView(tokens: tokens, bytes: $0)) }
    }
}
