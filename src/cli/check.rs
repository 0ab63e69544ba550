//! `letters check`: diagnostics, one per line as `FILE:LINE: warning|error: message` (line 0: the whole file),
//! sorted by file then line, and a summary line. Exit 0 with warnings only, 1 with errors.

use super::{corpus_arg, out};
use crate::model::{Corpus, Input, Severity, Warning};
use crate::presentation::export::with_diagnostics;
use crate::text::sanitize::sanitize;
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

/// The diagnostics (already sorted) and the summary line.
/// Lines are made in a buffer that goes to `out` whenever it holds [`CHUNK`] bytes.
fn write_report(out: &mut impl Write, corpus: &Corpus, warnings: &[Warning]) -> io::Result<()> {
    let mut buf: Vec<u8> = Vec::with_capacity(CHUNK + 1024);
    for w in warnings {
        // File names come from the file system, not through the loader's sanitizing.
        writeln!(buf, "{}:{}: {}: {}", sanitize(&w.file), w.line, w.severity.as_str(), w.message)?;
        pass_on(out, &mut buf)?;
    }
    // One letter printed in two editions: each pair once, at the first printing.
    for (ix, l) in corpus.letters.iter().enumerate() {
        for &other in l.editions.iter().filter(|&&o| o > ix) {
            if let Some(o) = corpus.letters.get(other) {
                let (id, other_id) = (sanitize(&l.id), sanitize(&o.id));
                writeln!(buf, "{}:{}: edition: {id} and {other_id} are one letter", sanitize(&l.file), l.line)?;
                pass_on(out, &mut buf)?;
            }
        }
    }
    out.write_all(&buf)?;
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

/// Bytes of report lines written to the output at once.
const CHUNK: usize = 1 << 16;

/// Writes the buffer's lines to `out` once they fill a chunk.
fn pass_on(out: &mut impl Write, buf: &mut Vec<u8>) -> io::Result<()> {
    if buf.len() >= CHUNK {
        out.write_all(buf)?;
        buf.clear();
    }
    Ok(())
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
