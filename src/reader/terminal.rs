//! The real terminal: raw mode, the alternate screen and mouse capture, and the promise to give them back.
//!
//! The terminal is restored by whichever comes first: [`TerminalGuard`]'s `Drop` (a normal quit or an error),
//! the panic hook of [`install_panic_hook`] (before the message is printed, so it lands on the normal screen),
//! or the signal watcher of [`watch_signals`] (SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, ...). [`suspend`] gives
//! the terminal back for Ctrl-Z and takes it again on `fg`. [`restore`] runs at most once per
//! [`TerminalGuard::enter`], so the three never fight.

use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::style::{Attribute, ResetColor, SetAttribute};
use crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode};
use crossterm::{cursor, execute};
use signal_hook::consts::{SIGALRM, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGUSR1, SIGUSR2};
use signal_hook::iterator::Signals;
use std::io::{self, Write};
use std::sync::Once;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// Whether the terminal is in raw mode on the alternate screen, as far as this process set it.
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// The signals that end the reader after the terminal is restored: every catchable signal whose default action
/// ends the process and that a user or a system sends to a program in a terminal.
pub const SIGNALS: [i32; 7] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM];

/// The signal that suspends the reader (sent by `kill -TSTP`; Ctrl-Z reaches the reader as a key in raw mode).
pub const SUSPEND: i32 = SIGTSTP;

/// How long the event loop gets to quit on its own after a signal before the signal watcher restores the
/// terminal and ends the process itself.
const SIGNAL_GRACE: Duration = Duration::from_secs(1);

/// Raw mode, the alternate screen and mouse capture, for as long as the guard lives.
#[must_use = "the terminal is restored when the guard is dropped"]
pub struct TerminalGuard {
    _private: (),
}

impl TerminalGuard {
    /// Enters raw mode and the alternate screen and captures the mouse. On failure whatever was already
    /// switched on is switched off again.
    pub fn enter() -> io::Result<TerminalGuard> {
        ACTIVE.store(true, Ordering::SeqCst);
        // Built first so that an error below still restores what was set.
        let guard = TerminalGuard { _private: () };
        enable_raw_mode()?;
        execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture, cursor::Hide)?;
        Ok(guard)
    }
}

/// Ctrl-Z: gives the terminal back (cooked mode, normal screen, cursor), stops the process as the default action
/// of SIGTSTP does, and when the shell continues it (`fg`) sets the terminal up again. The caller redraws the
/// whole screen after.
pub fn suspend() -> io::Result<()> {
    restore()?;
    signal_hook::low_level::emulate_default_handler(SIGTSTP)?;
    ACTIVE.store(true, Ordering::SeqCst);
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture, cursor::Hide)
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        let _ = restore();
    }
}

/// Leaves the alternate screen, releases the mouse, shows the cursor and turns raw mode off. Does nothing when
/// the terminal is not (or no longer) set up by this process, so it is safe to call from anywhere, any number of
/// times. Raw mode is turned off even when writing to the terminal fails (a hung-up terminal).
pub fn restore() -> io::Result<()> {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return Ok(());
    }
    let mut out = io::stdout();
    let written = execute!(
        out,
        SetAttribute(Attribute::Reset),
        ResetColor,
        DisableMouseCapture,
        LeaveAlternateScreen,
        cursor::Show
    )
    .and_then(|()| out.flush());
    let cooked = disable_raw_mode();
    written.and(cooked)
}

/// Whether the terminal is currently set up by this process (raw mode, alternate screen).
pub fn is_active() -> bool {
    ACTIVE.load(Ordering::SeqCst)
}

/// Installs (once per process) a panic hook that restores the terminal first, then prints the panic's message
/// and where it happened on the normal screen: one line, no backtrace unless `RUST_BACKTRACE` asks for one.
pub fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            let _ = restore();
            let message = panic_message(info.payload());
            let place = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
            eprintln!("letters: internal error: {message}{place}");
            eprintln!("letters: this is a bug; the terminal has been restored");
            let trace = std::backtrace::Backtrace::capture();
            if trace.status() == std::backtrace::BacktraceStatus::Captured {
                eprintln!("{trace}");
            }
        }));
    });
}

/// The text a panic carries: its message when it is a string, else a placeholder.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> &str {
    if let Some(s) = payload.downcast_ref::<&str>() {
        s
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s
    } else {
        "a panic without a message"
    }
}

/// Watches SIGTERM, SIGHUP and SIGINT from a background thread. On the first one, `notify(signal)` tells the
/// event loop, which should quit and restore the terminal; if the terminal is still set up after a short grace
/// period (the loop is stuck), or on a second signal, the watcher restores the terminal itself and ends the
/// process with the signal's default action (so the parent sees "killed by SIGTERM").
pub fn watch_signals(notify: impl Fn(i32) + Send + 'static) -> io::Result<()> {
    let mut signals = Signals::new(SIGNALS.iter().chain([&SUSPEND]))?;
    std::thread::Builder::new().name("signals".into()).spawn(move || {
        let mut first = true;
        for signal in signals.forever() {
            if signal == SUSPEND {
                // Not an end: the event loop suspends and resumes.
                notify(signal);
            } else if first {
                first = false;
                notify(signal);
                std::thread::Builder::new()
                    .name("signal-grace".into())
                    .spawn(move || {
                        std::thread::sleep(SIGNAL_GRACE);
                        // Once the terminal is restored the event loop has ended: let the process finish
                        // its own way (saving the reading state).
                        if is_active() {
                            end_by_signal(signal);
                        }
                    })
                    .map(drop)
                    .unwrap_or_else(|_| end_by_signal(signal));
            } else {
                end_by_signal(signal);
            }
        }
    })?;
    Ok(())
}

/// Restores the terminal and ends the process as the signal's default action would; exits with 128 + signal
/// should that fail.
pub fn end_by_signal(signal: i32) -> ! {
    let _ = restore();
    let _ = signal_hook::low_level::emulate_default_handler(signal);
    std::process::exit(128 + signal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn restore_does_nothing_when_the_terminal_was_never_set_up() {
        assert!(!is_active());
        assert!(restore().is_ok());
        assert!(!is_active());
    }

    #[test]
    fn a_panic_message_is_read_from_str_and_string_payloads() {
        let s: Box<dyn std::any::Any + Send> = Box::new("boom");
        assert_eq!(panic_message(s.as_ref()), "boom");
        let s: Box<dyn std::any::Any + Send> = Box::new(String::from("bang 3"));
        assert_eq!(panic_message(s.as_ref()), "bang 3");
        let s: Box<dyn std::any::Any + Send> = Box::new(42_u8);
        assert_eq!(panic_message(s.as_ref()), "a panic without a message");
    }
}
