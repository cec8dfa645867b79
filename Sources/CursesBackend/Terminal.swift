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

    public init(mouse: Bool = false) {
        self.mouse = mouse
    }

    public var size: Size { Size(width: Int(nd_cols()), height: Int(nd_lines())) }

    public func start() {
        _ = nd_setlocale_all()
        nd_save_terminal_modes()
        initscr()
        raw()
        noecho()
        nonl()
        keypad(nd_stdscr(), true)
        intrflush(nd_stdscr(), false)
        set_escdelay(25)
        curs_set(0)
        if has_colors() {
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
        guard active, has_colors() else { return }
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
