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

    /// The segmenter's one pass (`forEachEntry`, which compares words of up to eight bytes as
    /// one machine word) finds what the per-token lookup finds, token for token.
    @Test func theOnePassLookupAgreesWithTheTokenLookup() {
        let keys = ["a", "of", "the", "iraq", "kremlin", "pyongyang", "ministry", "eightchr", "al-qaeda", "côte", "u.s."]
        let table = WordTable(words: keys)
        let text = "The IRAQ of Kremlin, a PyongYang EIGHTCHR eightchrs U.S. côte CÔTE al-Qaeda [the] ministry"
        let seg = Segmenter.segment(text)
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { u in
            var found = [Int?](repeating: nil, count: seg.tokens.count)
            table.forEachEntry(of: seg.tokens, u) { k, e in found[k] = e }
            for (k, t) in seg.tokens.enumerated() {
                let word = String(decoding: u[Int(t.byteBegin)..<Int(t.byteEnd)], as: UTF8.self)
                let expected = keys.firstIndex { $0.utf8.elementsEqual(word.utf8.map(WordTable<Bool>.fold)) }
                #expect(found[k] == expected, "\(word)")
            }
            // All but "eightchrs", "CÔTE" (only ASCII letters fold) and the punctuation.
            #expect(found.compactMap { $0 }.count == 12)
        }
    }

    @Test func eightBytesAreFoldedAtOnceAsByteByByte() {
        let samples: [[UInt8]] = [Array("AZaz@[`{".utf8), Array("Côte-D'I".utf8), [0xC3, 0x80, 0x41, 0x5A, 0x5B, 0x40, 0x61, 0xFF]]
        for bytes in samples {
            var word: UInt64 = 0, folded: UInt64 = 0
            for (i, b) in bytes.enumerated() {
                word |= UInt64(b) << UInt64(8 * i)
                folded |= UInt64(WordTable<Bool>.fold(b)) << UInt64(8 * i)
            }
            #expect(SWAR.foldASCII(word) == folded)
        }
    }
}
