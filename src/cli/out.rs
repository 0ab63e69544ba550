//! Output of the non-interactive commands: a locked, buffered stdout, and a closed pipe (`letters export | head`)
//! taken as the reader having seen enough rather than as an error.

use crate::text::sanitize::SafeWriter;
use std::io::{self, BufWriter, StdoutLock, Write};
use std::process::ExitCode;

/// A command's stdout: locked, buffered, and sanitized (no control character or bidi control gets out raw).
pub(crate) type Out = SafeWriter<BufWriter<StdoutLock<'static>>>;

/// A locked, buffered, sanitized stdout.
pub(crate) fn stdout() -> Out {
    SafeWriter::new(BufWriter::with_capacity(1 << 16, io::stdout().lock()))
}

/// Writes `text` to stdout (sanitized) and turns the result into the exit code, as [`finish`] does.
pub(crate) fn print_all(text: &[u8], code: ExitCode) -> anyhow::Result<ExitCode> {
    let mut out = stdout();
    let written = out.write_all(text);
    finish(written, out, code)
}

/// Flushes `out` and turns the result of writing into the command's exit code: a broken pipe ends the command
/// quietly with `code`; another write error is an error.
pub(crate) fn finish<W: Write>(written: io::Result<()>, mut out: W, code: ExitCode) -> anyhow::Result<ExitCode> {
    match written.and_then(|()| out.flush()) {
        Ok(()) => Ok(code),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(code),
        Err(e) => Err(anyhow::Error::new(e).context("cannot write to stdout")),
    }
}

/// Leaves `value` (a loaded corpus) to the operating system: the command is about to exit, and freeing millions
/// of small strings one by one would take longer than the whole output did.
pub(crate) fn leak_at_exit<T>(value: T) {
    std::mem::forget(value);
}
