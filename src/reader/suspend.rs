//! Running a shell command with the terminal given back (`|`): the reader's input thread pauses, the alternate
//! screen and raw mode are left, the command runs with the letter on its input and the terminal for its output,
//! Enter returns to the reader.

use super::terminal::{self, TerminalGuard};
use std::io::{self, BufRead, Write};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// Set while a command has the terminal: the input thread reads nothing.
static PAUSED: AtomicBool = AtomicBool::new(false);

/// How long the input thread waits for a key before it looks at [`PAUSED`] again.
pub(crate) const INPUT_POLL: Duration = Duration::from_millis(100);

/// Whether the input thread should leave the terminal alone.
pub(crate) fn paused() -> bool {
    PAUSED.load(Ordering::SeqCst)
}

/// Runs `command` with `sh -c`, `text` on its standard input, the terminal restored around it; waits for Enter,
/// then sets the terminal up for the reader again. Returns what to say in the status line.
pub(crate) fn run_piped(command: &str, text: &str) -> io::Result<String> {
    PAUSED.store(true, Ordering::SeqCst);
    std::thread::sleep(INPUT_POLL + Duration::from_millis(20));
    let was_active = terminal::is_active();
    terminal::restore()?;
    let status = run(command, text);
    let said = match &status {
        Ok(s) if s.success() => "the command ran".to_string(),
        Ok(s) => format!("the command ended with {s}"),
        Err(e) => format!("cannot run the command: {e}"),
    };
    let mut out = io::stdout();
    let _ = write!(out, "\n[{said}; press Enter to return to letters] ");
    let _ = out.flush();
    let mut line = String::new();
    let _ = io::stdin().lock().read_line(&mut line);
    if was_active {
        std::mem::forget(TerminalGuard::enter()?);
    }
    PAUSED.store(false, Ordering::SeqCst);
    Ok(said)
}

fn run(command: &str, text: &str) -> io::Result<std::process::ExitStatus> {
    let mut child = Command::new("sh").arg("-c").arg(command).stdin(Stdio::piped()).spawn()?;
    if let Some(mut stdin) = child.stdin.take() {
        // A command that stops reading early (head) closes the pipe: not an error.
        let _ = stdin.write_all(text.as_bytes());
    }
    child.wait()
}
