//! `letters check`: diagnostics, one per line as `FILE:LINE: warning|error: message` (line 0: the whole file),
//! sorted by file then line, and a summary line. Exit 0 with warnings only, 1 with errors.

use super::{corpus_arg, out};
use crate::loader::diagnose;
use crate::model::{Corpus, Input, Severity, Warning};
use crate::text::sanitize::sanitize;
use rayon::prelude::*;
use std::io::{self, Write};
use std::process::ExitCode;

pub(crate) fn run(input: &Input) -> anyhow::Result<ExitCode> {
    let mut corpus = corpus_arg::load_for_check(input)?;
    // The loader's diagnostics, sorted as the report prints them; the model's are made file by file as the
    // report is written, so that a large check never holds all of them.
    let mut own = std::mem::take(&mut corpus.warnings);
    // A stable sort, as the report needs (the loader's diagnostics of one line keep their order), made in parallel.
    own.par_sort_by(|a, b| a.file.cmp(&b.file).then(a.line.cmp(&b.line)));
    let errors = own.iter().filter(|w| w.severity == Severity::Error).count();
    let code = if errors > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS };
    let mut stdout = out::stdout();
    let written = write_report(&mut stdout, &corpus, &own);
    out::leak_at_exit((corpus, own));
    out::finish(written, stdout, code)
}

/// The diagnostics, the loader's `own` (sorted by file and line) with the model's, sorted by file then line (the
/// loader's first on one line), then the editions and the summary line. Files' lines are made in parallel, a
/// batch of files at a time, and written in order.
fn write_report(out: &mut impl Write, corpus: &Corpus, own: &[Warning]) -> io::Result<()> {
    let files = files(corpus, own);
    let mut warnings = 0;
    let mut rest = files.as_slice();
    while !rest.is_empty() {
        let mut size = 0;
        let n = rest.iter().take_while(|f| {
            size += f.own.len() + f.letters.iter().map(|r| r.len()).sum::<usize>();
            size <= FILES_BATCH
        });
        let (batch, tail) = rest.split_at(n.count().max(1));
        rest = tail;
        let made: Vec<(Vec<u8>, usize)> =
            batch.par_iter().map(|f| file_lines(corpus, &own[f.own.clone()], &f.letters)).collect::<io::Result<_>>()?;
        for (lines, count) in &made {
            out.write_all(lines)?;
            warnings += count;
        }
    }
    for start in (0..corpus.letters.len()).step_by(BATCH) {
        let end = (start + BATCH).min(corpus.letters.len());
        let parts: Vec<(usize, usize)> = (start..end).step_by(PART).map(|s| (s, (s + PART).min(end))).collect();
        let made: Vec<Vec<u8>> =
            parts.into_par_iter().map(|(s, e)| edition_lines(corpus, s..e)).collect::<io::Result<_>>()?;
        made.iter().try_for_each(|m| out.write_all(m))?;
    }
    summary(out, corpus, warnings, own.iter().filter(|w| w.severity == Severity::Error).count())
}

/// One file's diagnostics: the loader's (a range of the sorted list) and its letters (runs of the corpus).
struct FileDiagnostics {
    own: std::ops::Range<usize>,
    letters: Vec<std::ops::Range<usize>>,
}

/// Every file with diagnostics or letters, by name.
fn files(corpus: &Corpus, own: &[Warning]) -> Vec<FileDiagnostics> {
    // Runs of letters of one file, by name (a file given twice keeps its letters' order).
    let mut runs: Vec<(&str, std::ops::Range<usize>)> = Vec::new();
    for (ix, l) in corpus.letters.iter().enumerate() {
        match runs.last_mut() {
            Some((file, r)) if *file == l.file.as_str() => r.end = ix + 1,
            _ => runs.push((l.file.as_str(), ix..ix + 1)),
        }
    }
    runs.sort_by(|a, b| a.0.cmp(b.0));
    let (mut files, mut w, mut r) = (Vec::new(), 0, 0);
    while w < own.len() || r < runs.len() {
        let name = match (own.get(w), runs.get(r)) {
            (Some(x), Some((f, _))) => x.file.as_str().min(f),
            (Some(x), None) => x.file.as_str(),
            (None, Some((f, _))) => f,
            (None, None) => break,
        };
        let start = w;
        while own.get(w).is_some_and(|x| x.file.as_str() == name) {
            w += 1;
        }
        let mut letters = Vec::new();
        while let Some((_, range)) = runs.get(r).filter(|(f, _)| *f == name) {
            letters.push(range.clone());
            r += 1;
        }
        files.push(FileDiagnostics { own: start..w, letters });
    }
    files
}

/// Diagnostics written into one text: the text, and each one's line and bytes in it.
type Written = (String, Vec<(usize, std::ops::Range<usize>)>);

/// The lines of one file's diagnostics, sorted by line (the loader's first), and how many there are. The model's
/// are written into one text per part of the letters, never made into [`Warning`]s.
fn file_lines(corpus: &Corpus, own: &[Warning], letters: &[std::ops::Range<usize>]) -> io::Result<(Vec<u8>, usize)> {
    let chunks: Vec<&[crate::model::Letter]> =
        letters.iter().flat_map(|r| corpus.letters[r.clone()].chunks(PART)).collect();
    let parts: Vec<Written> = chunks
        .into_par_iter()
        .map(|chunk| {
            let (mut text, mut lines) = (String::new(), Vec::new());
            for l in chunk {
                diagnose::each_diagnostic(l, |line, said| {
                    let start = text.len();
                    said.write_to(&mut text);
                    lines.push((line, start..text.len()));
                });
            }
            (text, lines)
        })
        .collect();
    // The loader's first on one line: a stable sort of theirs, then the model's.
    let model = parts
        .iter()
        .flat_map(|(text, lines)| lines.iter().map(|(line, r)| (*line, Severity::Warning, &text[r.clone()])));
    let mut all: Vec<(usize, Severity, &str)> =
        own.iter().map(|w| (w.line, w.severity, w.message.as_str())).chain(model).collect();
    all.sort_by_key(|&(line, _, _)| line);
    // Every diagnostic of the file names it alike (the files are made by name): sanitized once. File names
    // come from the file system, not through the loader's sanitizing.
    let name =
        own.first().map(|w| w.file.as_str()).or_else(|| letters.first().map(|r| corpus.letters[r.start].file.as_str()));
    let name = sanitize(name.unwrap_or_default());
    let mut buf = Vec::with_capacity(all.len() * 64);
    for &(line, severity, message) in &all {
        start_line(&mut buf, &name, line);
        for part in [severity.as_str(), ": ", message, "\n"] {
            buf.extend_from_slice(part.as_bytes());
        }
    }
    Ok((buf, all.len()))
}

/// `checked 2 files, 10 letters: 3 warnings, 1 error`.
fn summary(out: &mut impl Write, corpus: &Corpus, warnings: usize, errors: usize) -> io::Result<()> {
    let n = |count: usize, one: &'static str, many: &'static str| if count == 1 { one } else { many };
    writeln!(
        out,
        "checked {} {}, {} {}: {} {}, {} {}",
        corpus.files,
        n(corpus.files, "file", "files"),
        corpus.letters.len(),
        n(corpus.letters.len(), "letter", "letters"),
        warnings - errors,
        n(warnings - errors, "warning", "warnings"),
        errors,
        n(errors, "error", "errors"),
    )
}

/// Diagnostics (or letters) whose lines are held at once, and made by one worker.
const BATCH: usize = 1 << 15;
const PART: usize = 1 << 11;
/// Letters and diagnostics of the files whose diagnostics are held at once.
const FILES_BATCH: usize = 1 << 13;

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
    buf.extend_from_slice(crate::text::decimal::digits(line, &mut [0; 20]));
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

    #[test]
    fn the_models_diagnostics_join_the_loaders_file_by_file_and_line_by_line() {
        use crate::model::Letter;
        let b = Letter::new("b.txt", 2, "STALIN TO CHURCHILL".into(), "Stalin".into(), "Churchill".into());
        let a = Letter::new("a.txt", 3, "CHURCHILL TO STALIN".into(), "Churchill".into(), "Stalin".into());
        let corpus = Corpus { letters: vec![b, a], files: 2, ..Corpus::default() };
        let own = vec![
            Warning { file: "a.txt".into(), line: 3, severity: Severity::Warning, message: "text after".into() },
            Warning { file: "b.txt".into(), line: 0, severity: Severity::Error, message: "binary".into() },
        ];
        let mut out = Vec::new();
        write_report(&mut out, &corpus, &own).expect("written");
        assert_eq!(
            String::from_utf8(out).expect("utf-8"),
            "a.txt:3: warning: text after\n\
             a.txt:3: warning: undated letter (Churchill → Stalin)\n\
             b.txt:0: error: binary\n\
             b.txt:2: warning: undated letter (Stalin → Churchill)\n\
             checked 2 files, 2 letters: 3 warnings, 1 error\n"
        );
    }
}
