import Testing
@testable import CursesBackend
import Dashboard

/// The colour numbers ncurses is given: the terminal's own up to 256, packed RGB with direct
/// colour (where 0–7 still mean the terminal's first eight).
@Suite("Colour pairs")
struct ColorPairsTests {
    @Test func depthFollowsTheColourCount() {
        #expect(ColorPairs.depth(colors: 0x1000000) == .truecolor)
        #expect(ColorPairs.depth(colors: 256) == .indexed256)
        #expect(ColorPairs.depth(colors: 16) == .ansi16)
        #expect(ColorPairs.depth(colors: 8) == .ansi8)
    }

    @Test func codesAtEachDepth() {
        #expect(ColorPairs.code(nil, depth: .truecolor) == -1)
        #expect(ColorPairs.code(.ansi(3), depth: .truecolor) == 3)
        #expect(ColorPairs.code(.ansi(9), depth: .truecolor) == 0xFF0000)
        #expect(ColorPairs.code(.rgb(0x88, 0xC0, 0xD0), depth: .truecolor) == 0x88C0D0)
        #expect(ColorPairs.code(.indexed(196), depth: .truecolor) == 0xFF0000)
        // Packed values below 8 would be read as the first eight.
        #expect(ColorPairs.code(.rgb(0, 0, 5), depth: .truecolor) == 8)
        #expect(ColorPairs.code(.rgb(0x88, 0xC0, 0xD0), depth: .indexed256) == 110)
        #expect(ColorPairs.code(.indexed(196), depth: .indexed256) == 196)
        #expect(ColorPairs.code(.rgb(255, 0, 0), depth: .ansi16) == 9)
        #expect(ColorPairs.code(.rgb(255, 0, 0), depth: .mono) == -1)
    }
}
