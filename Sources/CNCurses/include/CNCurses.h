// newsdash's window onto ncurses. Only the CursesBackend target imports it.
//
// ncurses keeps its state in globals (stdscr, COLS, LINES, COLORS) and many of its calls
// are macros; Swift 6's strict concurrency rejects the former and cannot call the latter,
// so both are reached through the static inline functions below.
#ifndef NEWSDASH_CNCURSES_SHIM_H
#define NEWSDASH_CNCURSES_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1

#endif
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <signal.h>
#include <wchar.h>
#include <ncurses.h>

/// The C library's idea of a character's width, which ncurses uses to move its cursor.
int nd_wcwidth(wchar_t c);

static inline WINDOW *nd_stdscr(void) { return stdscr; }
static inline int nd_cols(void) { return COLS; }
static inline int nd_lines(void) { return LINES; }
static inline int nd_colors(void) { return COLORS; }
/// A colour pair of any two colours the terminal has (packed RGB on a direct-colour terminal).
static inline int nd_init_pair(int pair, int fg, int bg) { return init_extended_pair(pair, fg, bg); }
/// The direct-colour description that goes with $TERM ("xterm-256color" -> "xterm-direct",
/// "tmux-256color" -> "tmux-direct"), when this system has it and $TERM is not one already;
/// NULL otherwise. The string lives until the next call.
const char *nd_direct_variant(void);
/// Starts full-screen mode with the description `term` (NULL: $TERM, as initscr does).
/// Returns 0 when `term` could not be used and $TERM was used instead.
int nd_start_screen(const char *term);
static inline int nd_color_pairs(void) { return COLOR_PAIRS; }

static inline int nd_setlocale_all(void) { return setlocale(LC_ALL, "") != NULL; }
/// Whether the locale's character set is UTF-8 (after nd_setlocale_all).
int nd_locale_is_utf8(void);

static inline int nd_key_resize(void) { return KEY_RESIZE; }
static inline int nd_key_mouse(void) { return KEY_MOUSE; }
static inline int nd_key_code_yes(void) { return KEY_CODE_YES; }
static inline int nd_err(void) { return ERR; }
static inline int nd_ok(void) { return OK; }

static inline attr_t nd_a_normal(void) { return A_NORMAL; }
static inline attr_t nd_a_bold(void) { return A_BOLD; }
static inline attr_t nd_a_reverse(void) { return A_REVERSE; }
static inline attr_t nd_a_underline(void) { return A_UNDERLINE; }
static inline attr_t nd_a_dim(void) { return A_DIM; }
static inline attr_t nd_a_italic(void) { return A_ITALIC; }

/// Draws `text` (a wide string of one character cell: base character plus combining marks)
/// at row y, column x with the given attributes and colour pair.
static inline int nd_put_cell(int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cc;
    if (setcchar(&cc, text, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cc);
}

static inline int nd_getmouse(MEVENT *event) { return getmouse(event); }
static inline mmask_t nd_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
/// The mouse event just read: 1 click, 4 wheel up, 5 wheel down, 0 anything else; position in x, y.
static inline int nd_read_mouse(int *x, int *y) {
    MEVENT ev;
    if (getmouse(&ev) != OK) return 0;
    *x = ev.x;
    *y = ev.y;
    if (ev.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED)) return 1;
    if (ev.bstate & BUTTON4_PRESSED) return 4;
#ifdef BUTTON5_PRESSED
    if (ev.bstate & BUTTON5_PRESSED) return 5;
#endif
    return 0;
}
static inline mmask_t nd_button1_pressed(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED; }
static inline mmask_t nd_button4_pressed(void) { return BUTTON4_PRESSED; }
#ifdef BUTTON5_PRESSED
static inline mmask_t nd_button5_pressed(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t nd_button5_pressed(void) { return 0; }

#endif

/// Saves the terminal's modes; call before initscr() so the handlers can restore them.
void nd_save_terminal_modes(void);
/// Caches the terminfo strings that undo full-screen mode, then
/// installs handlers for SIGTERM, SIGHUP, SIGINT, SIGQUIT and the fatal signals (SEGV, BUS,
/// ILL, FPE, ABRT, TRAP) that restore the terminal with async-signal-safe calls only and
/// re-raise the signal. Call after initscr().
void nd_install_signal_handlers(void);
/// Puts the terminal back to normal (the same steps the handlers take) without ncurses.
void nd_restore_terminal_now(void);
/// Suspends the process as Ctrl-Z would (the terminal is restored first by the caller).
void nd_suspend_self(void);
/// Whether the terminal can run the dashboard, asked of terminfo before initscr() (which would
/// print its own error and exit): 0 yes; 1 TERM unset, or unknown here; 2 a terminal that
/// cannot place the cursor (TERM=dumb).
int nd_check_terminal(void);

#endif
