import Foundation
import Testing
@testable import Dashboard

@Suite("Screen and sanitizer")
struct ScreenTests {
    @Test func escapeSequencesAndControlsBecomeVisiblePlaceholders() {
        var s = Screen(width: 20, height: 1)
        s.put("a\u{1B}[2Jb\u{7}c\u{9B}d", x: 0, y: 0, role: .text)
        #expect(s.plainText() == "a␛[2Jb␇c\u{FFFD}d")
        #expect(s[1, 0].role == .placeholder)
        #expect(s[0, 0].role == .text)
        // Nothing that reaches a cell is a control character.
        for x in 0..<20 {
            for u in s[x, 0].text.unicodeScalars { #expect(u.value >= 0x20 && !(0x7F...0x9F).contains(u.value)) }
        }
    }

    @Test func bidiOverridesAndZeroWidthCharactersAreDropped() {
        var s = Screen(width: 20, height: 1)
        s.put("ab\u{202E}cd\u{200B}e\u{2066}f", x: 0, y: 0, role: .text)
        #expect(s.plainText() == "abcdef")
    }

    @Test func wideCharactersTakeTwoColumnsAndAreNeverCutInHalf() {
        var s = Screen(width: 7, height: 2)
        let used = s.put("서울 ok", x: 0, y: 0, role: .text)
        #expect(used == 7)
        #expect(s[0, 0].width == 2 && s[1, 0].width == 0)
        #expect(s.plainText().split(separator: "\n").first == "서울 ok")
        // Only one column left for a wide character: a space instead.
        s.put("ab서", x: 4, y: 1, role: .text)
        #expect(s.plainText().split(separator: "\n").last == "    ab")
        #expect(TextWidth.width("Kim Hong-kyun 김홍균 😀") == 23)
    }

    @Test func overwritingHalfAWideCharacterClearsTheOtherHalf() {
        var s = Screen(width: 4, height: 1)
        s.put("서울", x: 0, y: 0, role: .text)
        s.put("x", x: 1, y: 0, role: .text)
        #expect(s.plainText() == " x울")
    }

    @Test func combiningMarksStayWithTheirLetter() {
        #expect(Sanitizer.units("e\u{301}x").map(\.width) == [1, 1])
    }

    @Test func wrapKeepsWordsAndCutsOverlongOnes() {
        #expect(Wrap.lines("the quick brown fox", width: 9) == ["the quick", "brown fox"])
        #expect(Wrap.lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(Wrap.lines("서울에서 회담", width: 8) == ["서울에서", "회담"])
    }

    @Test func ansiOutputCarriesColoursButNoRawControlsFromText() {
        var s = Screen(width: 6, height: 1)
        s.put("x\u{1B}y", x: 0, y: 0, role: .date)
        let ansi = AnsiText.render(s)
        #expect(ansi.contains("x"))
        #expect(ansi.contains("␛"))
        // The only escape characters are the SGR codes newsdash writes itself.
        let escapes = ansi.components(separatedBy: "\u{1B}[").count - 1
        #expect(escapes == ansi.filter { $0 == "\u{1B}" }.count)
    }
}
