import Testing
@testable import NewsModel

@Suite("Scalar offsets")
struct ScalarMapTests {
    @Test(arguments: ["plain ascii", "£100 — “quoted” Chargé d’Affaires 서울 😀 end", "", "é", "😀😀a"])
    func byteAndScalarOffsetsAgree(text: String) {
        let map = ScalarMap(text)
        let scalars = Array(text.unicodeScalars)
        #expect(map.scalarCount == scalars.count)
        #expect(map.byteCount == text.utf8.count)
        var byte = 0
        for (i, s) in scalars.enumerated() {
            #expect(map.byteOffset(ofScalar: i) == byte)
            #expect(map.scalarOffset(ofByte: byte) == i)
            // A byte inside a multi-byte scalar maps to that scalar.
            if s.utf8.count > 1 { #expect(map.scalarOffset(ofByte: byte + 1) == i) }
            byte += s.utf8.count
        }
        #expect(map.byteOffset(ofScalar: scalars.count) == byte)
        #expect(map.isASCII == text.utf8.allSatisfy { $0 < 128 })
    }

    @Test func slicingBySpans() {
        let text = "“Seoul” said 서울."
        let map = ScalarMap(text)
        #expect(text.slice(TextSpan(1, 6), map: map) == "Seoul")
        #expect(text.slice(TextSpan(13, 15), map: map) == "서울")
    }
}
