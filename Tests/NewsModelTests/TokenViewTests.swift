import HostileCorpus
import Testing
@testable import NewsModel

/// The document every extractor reads, and the one set of token questions they ask of it.
@Suite("Document and token view")
struct TokenViewTests {
    /// The splitter's token range of each sentence is the tokens its span covers, on our own
    /// articles and on hostile shapes (no tokens, one huge line, control characters).
    @Test func sentenceTokensAreTheTokensOfEachSentence() {
        var texts = [
            "Gen. Kim met Mr. Park on Oct. 8 in the U.S. capital... \"They talked.\" (Then left.)\nNew line here",
            "", "   \n\n  ", "one", "A. B. C. D.", String(repeating: "word ", count: 3_000),
        ]
        texts += HostileCorpus.shapes.map { $0.make(20_000) }
        for text in texts {
            let doc = Segmenter.segment(text)
            #expect(doc.sentenceTokens == Document.tokenRanges(of: doc.sentences, doc.tokens), "\(text.prefix(40))")
            #expect(doc.sentenceTokens.count == doc.sentences.count)
            for (s, r) in zip(doc.sentences, doc.sentenceTokens) where !r.isEmpty {
                #expect(Int(doc.tokens[r.lowerBound].begin) == s.begin && Int(doc.tokens[r.upperBound - 1].end) == s.end)
            }
        }
    }

    @Test func tokenQuestions() {
        let doc = Segmenter.segment("“Police said,” al-Abadi told ISIL-held U.S. towns: Hello (Gov. Lee) quickly")
        doc.withView { v in
            func at(_ word: String) -> Int { v.tokens.indices.first { v.text($0) == word }! }
            #expect(v.isQuote(0) && v.isQuote(at("”")) && !v.isQuote(at(",")))
            #expect(v.spells(at("Police"), "police") && !v.spells(at("Police"), "polic") && !v.spells(-1, "x") && !v.spells(v.count, "x"))
            #expect(v.isPunct(at(","), ",") && v.isPunct(at(":"), UInt8(ascii: ":")) && !v.isPunct(at("said"), ","))
            #expect(v.isNameLike(at("al-Abadi")) && v.isNameLike(at("U.S.")))
            #expect(!v.isNameLike(at("ISIL-held")) && v.lowerTail(at("ISIL-held")) && !v.isNameLike(at("quickly")))
            #expect(v.endsInLy(at("quickly")) && !v.endsInLy(at("towns")))
            #expect(v.lower(at("ISIL-held")) == "isil-held" && v.text(at("Gov")..<(at("Lee") + 1)) == "Gov. Lee")
            // After a colon and after an opening quote a capital says nothing; mid-sentence it does.
            #expect(v.opensSentence(at("Hello"), sentenceStart: 0) && v.opensSentence(at("Police"), sentenceStart: 0))
            #expect(!v.opensSentence(at("Lee"), sentenceStart: 0))
            #expect(v.followsSentenceBreak(0) && v.followsSentenceBreak(at("Hello")) && !v.followsSentenceBreak(at("towns")))
            #expect(v.token(at: -1) == nil && v.token(at: 0) != nil)
        }
    }
}
