//! `letters bookmarks`: the bookmarks kept for a corpus, as a text table or JSON. Reads the state, never writes it.
use super::{ReaderOpts, corpus_arg};
use crate::model::{Corpus, Input};
use crate::state::{Bookmark, StateStore};
use crate::text::sanitize::sanitize;
use serde::Serialize;
use std::io::Write;
use std::process::ExitCode;
use unicode_width::UnicodeWidthStr;

/// One bookmark as `--json` prints it.
#[derive(Debug, Serialize)]
struct BookmarkOut<'a> {
    /// The letter's id.
    letter: &'a str,
    note: &'a str,
    /// ISO 8601 UTC date-time.
    added: &'a str,
    /// The letter's heading, `null` when the corpus no longer has the letter.
    heading: Option<&'a str>,
    /// The letter's date (ISO 8601), `null` when undated or not in the corpus.
    date: Option<String>,
}

/// `--json`'s document.
#[derive(Debug, Serialize)]
struct Document<'a> {
    version: u32,
    bookmarks: Vec<BookmarkOut<'a>>,
}

/// Prints the bookmarks of the corpus at `input`.
pub(crate) fn run(input: &Input, json: bool, reader: &ReaderOpts) -> anyhow::Result<ExitCode> {
    let corpus = corpus_arg::load(input)?;
    let mut store = StateStore::open_read_only(input, reader.no_state);
    let loaded = store.load();
    if let Some(message) = &loaded.message {
        crate::text::say!("{message}");
    }
    let bookmarks = &loaded.state.bookmarks;
    let mut out = super::out::stdout();
    if json {
        let doc = Document { version: 1, bookmarks: bookmarks.iter().map(|b| describe(b, &corpus)).collect() };
        let written = serde_json::to_writer_pretty(&mut out, &doc).map_err(std::io::Error::from);
        let written = written.and_then(|()| writeln!(out));
        return super::out::finish(written, out, ExitCode::SUCCESS);
    } else if bookmarks.is_empty() {
        match store.path() {
            Some(path) => crate::text::say!("no bookmarks (state file: {})", path.display()),
            None => crate::text::say!("no bookmarks (no state read)"),
        }
    } else {
        let written = out.write_all(table(bookmarks, &corpus).as_bytes());
        return super::out::finish(written, out, ExitCode::SUCCESS);
    }
    Ok(ExitCode::SUCCESS)
}

fn describe<'a>(b: &'a Bookmark, corpus: &'a Corpus) -> BookmarkOut<'a> {
    let letter = corpus.find(&b.letter).map(|ix| &corpus.letters[ix]);
    BookmarkOut {
        letter: &b.letter,
        note: &b.note,
        added: &b.added,
        heading: letter.map(|l| l.heading.as_str()),
        date: letter.and_then(|l| l.date).map(|d| d.to_string()),
    }
}

/// `2025-05-08T12:00:09Z` → `2025-05-08 12:00`; anything else as it is.
fn short_time(iso: &str) -> String {
    match (iso.get(..10), iso.get(11..16)) {
        (Some(day), Some(time)) if iso.as_bytes().get(10) == Some(&b'T') => format!("{day} {time}"),
        _ => iso.to_string(),
    }
}

/// The text table: id, date added, note, heading; columns aligned, one bookmark per line. The note and the id come
/// from the state file, which anyone could have edited: they are sanitized like letter text.
fn table(bookmarks: &[Bookmark], corpus: &Corpus) -> String {
    let rows: Vec<[String; 4]> = bookmarks
        .iter()
        .map(|b| {
            let d = describe(b, corpus);
            let note = if b.note.is_empty() { "-".to_string() } else { sanitize(&b.note).into_owned() };
            let heading = d.heading.map(str::to_string).unwrap_or_else(|| "(not in this corpus)".to_string());
            [sanitize(&b.letter).into_owned(), sanitize(&short_time(&b.added)).into_owned(), note, heading]
        })
        .collect();
    let widths: Vec<usize> = (0..3).map(|c| rows.iter().map(|r| r[c].width()).max().unwrap_or(0)).collect();
    let mut text = String::new();
    for row in &rows {
        for (cell, width) in row.iter().zip(&widths) {
            text.push_str(cell);
            text.push_str(&" ".repeat(width - cell.width() + 2));
        }
        text.push_str(&row[3]);
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_times() {
        assert_eq!(short_time("2025-05-08T12:00:09Z"), "2025-05-08 12:00");
        assert_eq!(short_time("yesterday"), "yesterday");
        assert_eq!(short_time(""), "");
    }

    #[test]
    fn table_aligns_columns_and_sanitizes_notes() {
        let mut corpus = Corpus::default();
        let mut l =
            crate::model::Letter::new("a.txt", 1, "Stalin to Churchill".into(), "Stalin".into(), "Churchill".into());
        l.id = "a/1".into();
        corpus.letters.push(l);
        let bookmarks = vec![
            Bookmark { letter: "a/1".into(), note: "see \u{1b}[31mthis".into(), added: "2025-05-08T12:00:09Z".into() },
            Bookmark { letter: "gone/12".into(), note: String::new(), added: "2025-05-09T08:30:00Z".into() },
        ];
        let text = table(&bookmarks, &corpus);
        assert_eq!(
            text,
            "a/1      2025-05-08 12:00  see ␛[31mthis  Stalin to Churchill\n\
             gone/12  2025-05-09 08:30  -              (not in this corpus)\n"
        );
    }
}
