/// One cell of the terminal: the grapheme shown there, how many columns it takes (a wide
/// character's second column is a continuation cell of width 0) and its style role.
public struct Cell: Equatable, Sendable {
    public var text: String
    public var width: UInt8
    public var role: Role

    public init(_ text: String = " ", width: UInt8 = 1, role: Role = .text) {
        self.text = text
        self.width = width
        self.role = role
    }

    public static let blank = Cell()
    static let continuation = Cell("", width: 0)
}

/// A full frame: a grid of cells that views draw into and the backend shows (ratatui's
/// buffer). Everything written goes through the `Sanitizer`.
public struct Screen: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
    }

    /// Writes `text` at (x, y) clipped to `limit` columns (default: to the right edge) and
    /// returns the columns used. A wide character that does not fit is replaced by spaces.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: Role, limit: Int? = nil, ellipsis: Bool = false) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let end = min(width, x + (limit ?? width))
        var col = x
        var units = Sanitizer.units(text)
        if ellipsis, end - x >= 2, units.reduce(0, { $0 + $1.width }) > end - x {
            // Cut to leave one column for the ellipsis.
            var used = 0, keep = 0
            while keep < units.count, used + units[keep].width <= end - x - 1 {
                used += units[keep].width
                keep += 1
            }
            units = Array(units[..<keep]) + [Sanitizer.Unit(text: "…", width: 1, placeholder: false)]
        }
        for u in units {
            if col >= end { break }
            if col + u.width > end {
                while col < end { set(col, y, Cell(" ", role: role)); col += 1 }
                break
            }
            if col >= 0 {
                set(col, y, Cell(u.text, width: UInt8(u.width), role: u.placeholder ? .placeholder : role))
                if u.width == 2, col + 1 < width { set(col + 1, y, Cell("", width: 0, role: role)) }
            }
            col += u.width
        }
        return max(0, col - x)
    }

    /// Sets a cell, clearing any wide character it cuts in half.
    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        let i = y * width + x
        if cells[i].width == 0, x > 0, cells[i - 1].width == 2 { cells[i - 1] = Cell(" ", role: cells[i - 1].role) }
        if cells[i].width == 2, x + 1 < width { cells[i + 1] = Cell(" ", role: cells[i + 1].role) }
        cells[i] = cell
    }

    /// Fills a rectangle with spaces in `role`.
    public mutating func fill(_ rect: Rect, role: Role, character: String = " ") {
        let r = rect.clipped(to: Rect(x: 0, y: 0, width: width, height: height))
        guard !r.isEmpty else { return }
        for y in r.y..<(r.y + r.height) {
            for x in r.x..<(r.x + r.width) { set(x, y, Cell(character, role: role)) }
        }
    }

    /// Sets the role of existing cells in a row range (for selection bars).
    public mutating func restyle(x: Int, y: Int, width w: Int, role: Role) {
        guard y >= 0, y < height else { return }
        for col in max(0, x)..<min(width, x + w) where cells[y * width + col].role != .placeholder {
            cells[y * width + col].role = role
        }
    }

    /// The frame as plain text, one line per row, trailing spaces removed.
    public func plainText() -> String {
        var lines: [String] = []
        for y in 0..<height {
            var line = ""
            for x in 0..<width { line += cells[y * width + x].text }
            while line.hasSuffix(" ") { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// The role of every cell as one letter per cell, for tests that check styling.
    public func roleRow(_ y: Int) -> [Role] { (0..<width).map { cells[y * width + $0].role } }
}
