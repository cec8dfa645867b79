/// The one binary search the columns and lists use.
public enum BinarySearch {
    /// The first index of `range` where `isPast` holds, given that it fails for a prefix of the
    /// range and holds for the rest (`range.upperBound` when it never holds).
    @inline(__always)
    public static func first(in range: Range<Int>, where isPast: (Int) -> Bool) -> Int {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            if isPast(mid) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
