import CNCurses
import Dashboard

/// The real terminal through ncurses: the only code in newsdash that draws or reads keys.
///
/// `start` enters full-screen mode (locale first, so wide characters work), `stop` leaves it;
/// signal handlers installed at start put the terminal back on SIGTERM, SIGHUP, SIGINT and
/// crashes, so the user's shell is never left in raw mode.
public final class Terminal {
    private var presenter = Presenter()
    private var colors: ColorPairs?
    private var active = false
    private let mouse: Bool
    private let color: Bool
    private let truecolor: Bool

    /// `color: false` draws with attributes only (NO_COLOR, `--no-color`); `truecolor: true`
    /// (COLORTERM=truecolor) draws `#rrggbb` as it is where this system has a direct-colour
    /// description of the terminal (xterm-direct, tmux-direct: Debian's ncurses-term), and as
    /// the nearest of the 256 otherwise.
    public init(mouse: Bool = false, color: Bool = true, truecolor: Bool = false) {
        self.mouse = mouse
        self.color = color
        self.truecolor = truecolor
    }

    /// What the terminal can do, asked before full-screen mode starts.
    public enum Fitness: Equatable {
        case usable
        /// TERM is unset or names a terminal this system has no description of.
        case unknown
        /// The terminal cannot place the cursor (TERM=dumb).
        case cannotAddress
    }

    public static func fitness() -> Fitness {
        switch nd_check_terminal() {
        case 0: return .usable
        case 2: return .cannotAddress
        default: return .unknown
        }
    }


    public var size: Size { Size(width: Int(nd_cols()), height: Int(nd_lines())) }

    public func start() {
        _ = nd_setlocale_all()
        presenter.ascii = nd_locale_is_utf8() == 0
        nd_save_terminal_modes()
        // Direct colour needs a description that has it; $TERM's own is used otherwise.
        let direct = color && truecolor ? nd_direct_variant() : nil
        _ = nd_start_screen(direct)
        raw()
        noecho()
        nonl()
        keypad(nd_stdscr(), true)
        intrflush(nd_stdscr(), false)
        set_escdelay(25)
        curs_set(0)
        if color, has_colors() {
            start_color()
            use_default_colors()
            colors = ColorPairs(palette: .standard)
        }
        if mouse { mousemask(nd_all_mouse_events(), nil) }
        nd_install_signal_handlers()
        active = true
    }

    public func stop() {
        guard active else { return }
        active = false
        endwin()
    }

    deinit { stop() }

    /// Switches the colours to another palette and repaints everything.
    public func setPalette(_ palette: Palette) {
        guard active, color, has_colors() else { return }
        colors = ColorPairs(palette: palette)
        presenter.invalidate()
    }

    /// Draws a frame, sending only the cells that changed since the last one.
    public func draw(_ screen: Screen, forceFull: Bool = false) {
        presenter.present(screen, colors: colors, force: forceFull)
    }

    /// Waits up to `timeoutMilliseconds` (negative: forever) for input.
    public func nextInput(timeoutMilliseconds: Int32) -> Input? {
        timeout(timeoutMilliseconds)
        return KeyDecoder.read()
    }

    /// Ctrl-Z: give the terminal back, stop, and repaint everything when resumed.
    public func suspend() {
        endwin()
        nd_suspend_self()
        refresh()
        presenter.invalidate()
    }
}
