import HostileCorpus
import Testing
@testable import NewsModel

/// The String → Int map the actor resolver keeps its keys in: it must agree with `Dictionary`.
@Suite("String-to-Int map")
struct StringIntMapTests {
    @Test func claimKeepsTheFirstValueAndUpdateReturnsTheOldOne() {
        var map = StringIntMap()
        #expect(map["kim"] == nil)
        #expect(map.claim("kim", with: 3) == nil)
        #expect(map.claim("kim", with: 7) == 3)
        #expect(map["kim"] == 3)
        #expect(map.updateValue(9, forKey: "kim") == 3)
        #expect(map.updateValue(1, forKey: "putin") == nil)
        #expect(map["kim"] == 9)
        #expect(map["putin"] == 1)
        // Keys are compared exactly: case and accents matter, prefixes are other keys.
        #expect(map["Kim"] == nil)
        #expect(map["ki"] == nil)
        #expect(map.count == 2)
    }

    @Test func agreesWithADictionaryThroughGrowthAndCollisions() {
        var map = StringIntMap()
        map.reserveCapacity(5)
        var reference: [String: Int] = [:]
        // Short, long, non-ASCII and empty keys, many more than reserved, so the table regrows;
        // the generator has a fixed seed, so a failure repeats.
        var rng = SplitMix(seed: 42)
        let stems = ["", "a", "korea", "north-korea", "côte d'ivoire", "ministry of defence of ukraine", "東京"]
        for step in 0..<3_000 {
            let key = stems[Int(rng.next() % UInt64(stems.count))] + String(rng.next() % 700)
            switch rng.next() % 3 {
            case 0:
                #expect(map.claim(key, with: step) == reference[key])
                if reference[key] == nil { reference[key] = step }
            case 1:
                #expect(map.updateValue(step, forKey: key) == reference.updateValue(step, forKey: key))
            default:
                #expect(map[key] == reference[key])
            }
        }
        #expect(map.count == reference.count)
        for (key, value) in reference { #expect(map[key] == value, "\(key)") }
    }
}
