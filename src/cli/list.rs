//! `letters list`: one line per letter in reading order: id, date (or `undated`), sender → recipient, heading;
//! in aligned columns. `--between A,B` and `--year Y` narrow the list; `--unread` keeps the letters
//! not yet opened in the reader (from the remembered reading state).

use super::args::{EXIT_USAGE, FilterOpts};
use super::{ReaderOpts, corpus_arg, out};
use crate::model::filter::{Filter, Pair};
use crate::model::{Corpus, Input, LetterIx};
use crate::text::sanitize::sanitize;
use std::borrow::Cow;
use std::io::{self, Write};
use std::process::ExitCode;
use unicode_width::UnicodeWidthStr;

pub(crate) fn run(input: &Input, opts: &FilterOpts, reader: &ReaderOpts) -> anyhow::Result<ExitCode> {
    let between = match opts.between.as_deref().map(Pair::parse).transpose() {
        Ok(b) => b,
        Err(message) => {
            crate::text::say!("{message}");
            return Ok(ExitCode::from(EXIT_USAGE));
        }
    };
    let filter = Filter { between, year: opts.year };
    let corpus = corpus_arg::load(input)?;
    let mut shown: Vec<LetterIx> = reading_order(&corpus).filter(|&ix| filter.matches(&corpus.letters[ix])).collect();
    if opts.unread {
        // Letters opened in the reader, from the remembered state (read only; nothing with --no-state).
        let (read, message) = crate::state::read_ids(input, reader.no_state);
        if let Some(m) = message {
            crate::text::say!("{m}");
        }
        shown.retain(|&ix| !read.contains(&corpus.letters[ix].id));
    }
    if shown.is_empty() && !corpus.letters.is_empty() {
        let what = if filter.is_empty() { "--unread".to_string() } else { filter.describe() };
        crate::text::say!("no letter matches {what}");
    }
    let mut stdout = out::stdout();
    let written = write_list(&mut stdout, &corpus, &shown);
    out::leak_at_exit(corpus);
    out::finish(written, stdout, ExitCode::SUCCESS)
}

/// Letter indexes in reading order (file order while the loader has not computed one).
pub(crate) fn reading_order(corpus: &Corpus) -> Box<dyn Iterator<Item = LetterIx> + '_> {
    if corpus.reading_order.len() == corpus.letters.len() {
        Box::new(corpus.reading_order.iter().copied())
    } else {
        Box::new(0..corpus.letters.len())
    }
}

/// The letter's date for a list row: ISO (the month or year alone when only that is known), or `undated`.
fn date_cell(corpus: &Corpus, ix: LetterIx) -> Cow<'static, str> {
    let l = &corpus.letters[ix];
    match l.date {
        Some(d) => Cow::Owned(d.to_string()),
        None => l.date_range().and_then(|r| r.reduced_iso()).map_or(Cow::Borrowed("undated"), Cow::Owned),
    }
}

/// One row per letter: id, date, sender → recipient, heading, the first three padded to aligned columns.
fn write_list(out: &mut impl Write, corpus: &Corpus, shown: &[LetterIx]) -> io::Result<()> {
    let id_w = shown.iter().map(|&ix| sanitize(&corpus.letters[ix].id).width()).max().unwrap_or(0);
    let who = |ix: LetterIx| format!("{} → {}", corpus.letters[ix].sender, corpus.letters[ix].recipient);
    let who_w = shown.iter().map(|&ix| who(ix).width()).max().unwrap_or(0);
    for &ix in shown {
        let l = &corpus.letters[ix];
        let id = sanitize(&l.id);
        let w = who(ix);
        let pad_id = id_w - id.width();
        let pad_who = who_w - w.width();
        writeln!(out, "{id}{:pad_id$}  {:<10}  {w}{:pad_who$}  {}", "", date_cell(corpus, ix), "", l.heading)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, Letter};

    #[test]
    fn rows_are_aligned_and_in_reading_order() {
        let mut a = Letter::new("f.txt", 1, "MESSAGE FROM PREMIER STALIN".into(), "Stalin".into(), "Churchill".into());
        a.id = "f/1".into();
        let mut b =
            Letter::new("f.txt", 9, "Message from Premier J. V. Stalin".into(), "Stalin".into(), "Roosevelt".into());
        b.id = "long-name/12".into();
        b.date = Date::new(1941, 7, 18);
        let corpus = Corpus { letters: vec![a, b], reading_order: vec![1, 0], ..Corpus::default() };
        let mut out = Vec::new();
        write_list(&mut out, &corpus, &[1, 0]).expect("written");
        assert_eq!(
            String::from_utf8(out).expect("utf-8"),
            "long-name/12  1941-07-18  Stalin → Roosevelt  Message from Premier J. V. Stalin\n\
             f/1           undated     Stalin → Churchill  MESSAGE FROM PREMIER STALIN\n"
        );
    }
}
