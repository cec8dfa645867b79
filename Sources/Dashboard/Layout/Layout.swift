/// Where each part of the dashboard goes for a terminal size.
public struct Layout: Equatable, Sendable {
    public static let minimumWidth = 60
    public static let minimumHeight = 16

    public var header: Rect
    public var articles: Rect
    public var reader: Rect
    public var status: Rect

    public init(_ size: Size) {
        let full = Rect(x: 0, y: 0, width: size.width, height: size.height)
        let (header, rest) = full.splitTop(1)
        let (body, status) = rest.splitBottom(1)
        let (left, right) = body.splitLeft(max(30, body.width * 2 / 5))
        self.header = header
        self.status = status
        articles = left
        reader = right
    }

    public static func fits(_ size: Size) -> Bool { size.width >= minimumWidth && size.height >= minimumHeight }

    /// Rows between the header and the status bar.
    public static func bodyHeight(_ size: Size) -> Int { max(0, size.height - 2) }
}
