import Testing
@testable import CursesBackend

/// A locale without UTF-8 (LC_ALL=C) still gets a readable screen.
@Suite("ASCII fallback")
struct AsciiFallbackTests {
    @Test func bordersMarkersAndBarsBecomeASCIIThatReadsTheSame() {
        let drawn = "┏▶ 1 Timeline ━━┓│✓◆ Kenya│▁▄█│São Paulo · 2024 → 2025 … €5M".map { String(AsciiFallback.ascii(String($0))) }.joined()
        #expect(drawn == "+> 1 Timeline --+|** Kenya|_-#|Sao Paulo . 2024 > 2025 ~ E5M")
        #expect(drawn.unicodeScalars.allSatisfy { $0.isASCII })
        // What has no stand-in shows as a question mark, one column as before.
        #expect(AsciiFallback.ascii("北") == "?")
    }
}
