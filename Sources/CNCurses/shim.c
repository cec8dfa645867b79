#define _XOPEN_SOURCE 700
#include "CNCurses.h"
#include <stdlib.h>
#include <string.h>
#include <langinfo.h>
#include <termios.h>
#include <unistd.h>
#include <pthread.h>
#include <term.h>

// Terminal state saved before ncurses changed it, and the sequences that leave the
// alternate screen, show the cursor and reset attributes. All fixed buffers: the signal
// handler may only read them and call write(2) and tcsetattr(3).
static struct termios nd_saved_modes;
static int nd_have_modes = 0;
static char nd_reset_sequence[256];
static size_t nd_reset_length = 0;

static void nd_append_capability(const char *name) {
    char *cap = tigetstr((char *)name);
    if (cap == NULL || cap == (char *)-1) return;
    size_t n = strlen(cap);
    if (nd_reset_length + n >= sizeof(nd_reset_sequence)) return;
    memcpy(nd_reset_sequence + nd_reset_length, cap, n);
    nd_reset_length += n;
}

void nd_restore_terminal_now(void) {
    if (nd_reset_length > 0) {
        ssize_t ignored = write(STDOUT_FILENO, nd_reset_sequence, nd_reset_length);
        (void)ignored;
    }
    if (nd_have_modes) tcsetattr(STDIN_FILENO, TCSANOW, &nd_saved_modes);
}

void nd_save_terminal_modes(void) {
    if (tcgetattr(STDIN_FILENO, &nd_saved_modes) == 0) nd_have_modes = 1;
}

static void nd_on_signal(int sig) {
    nd_restore_terminal_now();
    signal(sig, SIG_DFL);
    raise(sig);
}

void nd_install_signal_handlers(void) {
    nd_reset_length = 0;
    nd_append_capability("sgr0");
    nd_append_capability("cnorm");
    nd_append_capability("rmcup");
    nd_append_capability("rmkx");
    int signals[] = {SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
    sigset_t unblock;
    sigemptyset(&unblock);
    for (size_t i = 0; i < sizeof(signals) / sizeof(signals[0]); i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = nd_on_signal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESETHAND;
        sigaction(signals[i], &sa, NULL);
        sigaddset(&unblock, signals[i]);
    }
    // A parent may have started us with these blocked (a thread pool's mask is inherited):
    // the handlers only help if the signals can arrive.
    pthread_sigmask(SIG_UNBLOCK, &unblock, NULL);
}

void nd_suspend_self(void) {
    kill(getpid(), SIGTSTP);
}

int nd_wcwidth(wchar_t c) { return wcwidth(c); }

int nd_check_terminal(void) {
    const char *term = getenv("TERM");
    if (term == NULL || term[0] == 0) return 1;
    int err = 0;
    if (setupterm((char *)term, STDOUT_FILENO, &err) != OK) return 1;
    char *cup = tigetstr("cup");
    int addressable = cup != NULL && cup != (char *)-1;
    del_curterm(cur_term);
    return addressable ? 0 : 2;
}

/// Whether terminal description `name` exists here and has direct colour (2^24 colours).
static int nd_is_direct(const char *name) {
    int err = 0;
    TERMINAL *saved = cur_term;
    if (setupterm((char *)name, STDOUT_FILENO, &err) != OK) { cur_term = saved; return 0; }
    int colors = tigetnum("colors");
    del_curterm(cur_term);
    cur_term = saved;
    return colors >= 0x1000000;
}

static char nd_direct_name[128];

const char *nd_direct_variant(void) {
    const char *term = getenv("TERM");
    if (term == NULL || term[0] == 0 || strlen(term) >= sizeof(nd_direct_name) - 8) return NULL;
    if (nd_is_direct(term)) return NULL;  // ncurses uses it as it is
    // The base name: "xterm-256color" -> "xterm", "tmux-256color" -> "tmux".
    size_t n = strcspn(term, "-");
    memcpy(nd_direct_name, term, n);
    strcpy(nd_direct_name + n, "-direct");
    return nd_is_direct(nd_direct_name) ? nd_direct_name : NULL;
}

int nd_start_screen(const char *term) {
    if (term != NULL) {
        SCREEN *screen = newterm((char *)term, stdout, stdin);
        if (screen != NULL) { set_term(screen); return 1; }
    }
    initscr();
    return term == NULL;
}

int nd_locale_is_utf8(void) {
    const char *set = nl_langinfo(CODESET);
    return set != NULL && (strcmp(set, "UTF-8") == 0 || strcmp(set, "utf8") == 0);
}
