import Testing
@testable import NewsModel

/// The word tables every extractor looks tokens up in: by bytes and by a token's stored hash.
@Suite("Word tables")
struct WordTableTests {
    @Test func tokensAreFoundByTheirHashWhateverTheirLengthCaseOrPlace() {
        let keys = ["a", "of", "the", "iraq", "kremlin", "pyongyang", "ministry", "intelligence",
                    "counterterrorism", "al-qaeda", "côte", "secretary-general"]
        let table = WordTable(keys.enumerated().map { ($0.element, $0.offset) })
        // Each key in three spellings, the last word flush with the end of the text (no eight
        // bytes left to read at once), plus near misses that share a prefix or a length.
        let words = keys.flatMap { [$0, $0.uppercased(), $0.prefix(1).uppercased() + $0.dropFirst()] }
            + ["ab", "oft", "them", "iraqi", "ministers", "intelligencE-", "Côté", "zzzzzzzzzzzzzzzz", "PYONGYANG"]
        let text = words.joined(separator: " ")
        let seg = Segmenter.segment(text)
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { u in
            for t in seg.tokens where t.kind == .word {
                let byHash = table.lookup(u, t)
                let byBytes = table.lookup(u, Int(t.byteBegin), Int(t.byteEnd))
                let word = String(decoding: u[Int(t.byteBegin)..<Int(t.byteEnd)], as: UTF8.self)
                #expect(byHash == byBytes, "\(word)")
                let expected = keys.firstIndex { $0.utf8.elementsEqual(word.utf8.map(WordTable<Bool>.fold)) }
                #expect(byHash == expected, "\(word)")
            }
        }
        #expect(seg.tokens.last.map { Int($0.byteEnd) } == bytes.count)
    }
}
