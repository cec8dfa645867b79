import CNCurses
import Dashboard

/// Turns what `get_wch` returns into `Input` values.
enum KeyDecoder {
    static func read() -> Input? {
        var ch: wint_t = 0
        let r = get_wch(&ch)
        if r == nd_err() { return nil }
        if r == nd_key_code_yes() { return decodeFunctionKey(Int32(ch)) }
        return decode(character: UInt32(ch))
    }

    static func decodeFunctionKey(_ code: Int32) -> Input? {
        if code == nd_key_resize() {
            return .resize(width: Int(nd_cols()), height: Int(nd_lines()))
        }
        if code == nd_key_mouse() {
            var x: Int32 = 0, y: Int32 = 0
            switch nd_read_mouse(&x, &y) {
            case 1: return .mouse(.click(x: Int(x), y: Int(y)))
            case 4: return .mouse(.wheelUp(x: Int(x), y: Int(y)))
            case 5: return .mouse(.wheelDown(x: Int(x), y: Int(y)))
            default: return nil
            }
        }
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_BTAB: return .key(.backTab)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_ENTER: return .key(.enter)
        default: return nil
        }
    }

    /// Pure mapping of a character code (testable without a terminal).
    static func decode(character v: UInt32) -> Input? {
        switch v {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 127, 8: return .key(.backspace)
        case 1...26: return .key(.ctrl(Character(Unicode.Scalar(v + 96)!)))
        case 0, 28...31: return nil
        default:
            guard let s = Unicode.Scalar(v) else { return nil }
            return .key(.char(Character(s)))
        }
    }
}
