/// A half-open range of Unicode scalar offsets into an article's text (`end` exclusive),
/// the unit every extractor reports positions in. Stored in eight bytes (a corpus holds
/// millions: sentences, mentions, events): an article is at most `LoadLimits.maximumFileSize`
/// (1 GB) long, so its offsets fit 32 bits.
public struct TextSpan: Hashable, Comparable, Sendable, CustomStringConvertible {
    private var storedBegin: Int32
    private var storedEnd: Int32

    public var begin: Int {
        get { Int(storedBegin) }
        set { storedBegin = Int32(newValue) }
    }

    public var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = Int32(newValue) }
    }

    public init(_ begin: Int, _ end: Int) {
        storedBegin = Int32(begin)
        storedEnd = Int32(end)
    }

    public var length: Int { end - begin }
    public var isEmpty: Bool { end <= begin }

    public func contains(_ offset: Int) -> Bool { offset >= begin && offset < end }
    public func contains(_ other: TextSpan) -> Bool { other.begin >= begin && other.end <= end }
    public func overlaps(_ other: TextSpan) -> Bool { begin < other.end && other.begin < end }

    public static func < (a: TextSpan, b: TextSpan) -> Bool {
        a.begin != b.begin ? a.begin < b.begin : a.end < b.end
    }

    public var description: String { "\(begin)..<\(end)" }
}
