/// A half-open range of Unicode scalar offsets into an article's text (`end` exclusive),
/// the unit every extractor reports positions in.
public struct TextSpan: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var begin: Int
    public var end: Int

    public init(_ begin: Int, _ end: Int) {
        self.begin = begin
        self.end = end
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
