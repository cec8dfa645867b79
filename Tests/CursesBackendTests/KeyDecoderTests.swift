import Testing
@testable import CursesBackend
import Dashboard

@Suite("Key decoding")
struct KeyDecoderTests {
    private func key(_ v: UInt32) -> Key? {
        if case .key(let k)? = KeyDecoder.decode(character: v) { return k }
        return nil
    }

    @Test func controlCharactersBecomeNamedKeys() {
        #expect(key(9) == .tab)
        #expect(key(13) == .enter)
        #expect(key(10) == .enter)
        #expect(key(27) == .escape)
        #expect(key(127) == .backspace)
        #expect(key(3) == .ctrl("c"))
        #expect(key(12) == .ctrl("l"))
        #expect(key(26) == .ctrl("z"))
        #expect(key(0) == nil)
    }

    @Test func printableAndWideCharactersPassThrough() {
        #expect(key(UInt32(UInt8(ascii: "j"))) == .char("j"))
        #expect(key(0xD55C) == .char("한"))
        #expect(key(0xD800) == nil)  // a lone surrogate is not a character
    }
}
