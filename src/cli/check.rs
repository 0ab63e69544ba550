//! `letters check`: diagnostics, one per line as `FILE:LINE: warning|error: message` (line 0: the whole file),
//! sorted by file then line, and a summary line. Exit 0 with warnings only, 1 with errors.

use super::{corpus_arg, out};
use crate::model::{Corpus, Input, Severity, Warning};
use crate::presentation::export::with_diagnostics;
use crate::text::sanitize::sanitize;
use rayon::prelude::*;
use std::io::{self, Write};
use std::process::ExitCode;

pub(crate) fn run(input: &Input) -> anyhow::Result<ExitCode> {
    let mut corpus = corpus_arg::load(input)?;
    let warnings = with_diagnostics(std::mem::take(&mut corpus.warnings), &corpus);
    let errors = warnings.iter().filter(|w| w.severity == Severity::Error).count();
    let code = if errors > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS };
    let mut stdout = out::stdout();
    let written = write_report(&mut stdout, &corpus, &warnings);
    out::leak_at_exit((corpus, warnings));
    out::finish(written, stdout, code)
}

/// The diagnostics (already sorted) and the summary line. Lines are made in parallel, a batch of them at a
/// time, and written in order.
fn write_report(out: &mut impl Write, corpus: &Corpus, warnings: &[Warning]) -> io::Result<()> {
    for batch in warnings.chunks(BATCH) {
        let made: Vec<Vec<u8>> = batch.par_chunks(PART).map(warning_lines).collect::<io::Result<_>>()?;
        made.iter().try_for_each(|m| out.write_all(m))?;
    }
    for start in (0..corpus.letters.len()).step_by(BATCH) {
        let end = (start + BATCH).min(corpus.letters.len());
        let parts: Vec<(usize, usize)> = (start..end).step_by(PART).map(|s| (s, (s + PART).min(end))).collect();
        let made: Vec<Vec<u8>> =
            parts.into_par_iter().map(|(s, e)| edition_lines(corpus, s..e)).collect::<io::Result<_>>()?;
        made.iter().try_for_each(|m| out.write_all(m))?;
    }
    let errors = warnings.iter().filter(|w| w.severity == Severity::Error).count();
    let n = |count: usize, one: &'static str, many: &'static str| if count == 1 { one } else { many };
    writeln!(
        out,
        "checked {} {}, {} {}: {} {}, {} {}",
        corpus.files,
        n(corpus.files, "file", "files"),
        corpus.letters.len(),
        n(corpus.letters.len(), "letter", "letters"),
        warnings.len() - errors,
        n(warnings.len() - errors, "warning", "warnings"),
        errors,
        n(errors, "error", "errors"),
    )
}

/// Diagnostics (or letters) whose lines are held at once, and made by one worker.
const BATCH: usize = 1 << 15;
const PART: usize = 1 << 11;

/// The lines of some diagnostics.
fn warning_lines(warnings: &[Warning]) -> io::Result<Vec<u8>> {
    let mut buf = Vec::with_capacity(warnings.len() * 64);
    for w in warnings {
        // File names come from the file system, not through the loader's sanitizing.
        start_line(&mut buf, &sanitize(&w.file), w.line);
        for part in [w.severity.as_str(), ": ", &w.message, "\n"] {
            buf.extend_from_slice(part.as_bytes());
        }
    }
    Ok(buf)
}

/// The lines of the letters `letters` printed in other editions too: each pair once, at the first printing.
fn edition_lines(corpus: &Corpus, letters: std::ops::Range<usize>) -> io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    for ix in letters {
        let l = &corpus.letters[ix];
        for &other in l.editions.iter().filter(|&&o| o > ix) {
            if let Some(o) = corpus.letters.get(other) {
                start_line(&mut buf, &sanitize(&l.file), l.line);
                for part in ["edition: ", &sanitize(&l.id), " and ", &sanitize(&o.id), " are one letter\n"] {
                    buf.extend_from_slice(part.as_bytes());
                }
            }
        }
    }
    Ok(buf)
}

/// `FILE:LINE: `, written without the formatting machinery (a large check writes a hundred thousand lines).
fn start_line(buf: &mut Vec<u8>, file: &str, line: usize) {
    buf.extend_from_slice(file.as_bytes());
    buf.push(b':');
    let mut digits = [0u8; 20];
    let (mut at, mut n) = (digits.len(), line);
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    buf.extend_from_slice(&digits[at..]);
    buf.extend_from_slice(b": ");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diagnostics_then_a_summary() {
        let corpus = Corpus { files: 2, ..Corpus::default() };
        let warnings = vec![
            Warning { file: "a\u{1b}[2J.txt".into(), line: 0, severity: Severity::Error, message: "binary".into() },
            Warning { file: "b.txt".into(), line: 12, severity: Severity::Warning, message: "undated".into() },
        ];
        let mut out = Vec::new();
        write_report(&mut out, &corpus, &warnings).expect("written");
        assert_eq!(
            String::from_utf8(out).expect("utf-8"),
            "a␛[2J.txt:0: error: binary\nb.txt:12: warning: undated\nchecked 2 files, 0 letters: 1 warning, 1 error\n"
        );
    }
}
