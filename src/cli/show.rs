//! `letters show`: one letter as wrapped plain text. A header (id, heading, sender → recipient, date, reply
//! links), then the letter as the reading pane lays it out at the same width (presentation): numbered paragraphs
//! hanging, footnote markers where they stood (`⁷⁵`, `[*]`), page breaks as rules, the source, then the notes.

use super::{corpus_arg, out};
use crate::model::Input;
use crate::presentation::plain_letter;
use std::io::IsTerminal;
use std::process::ExitCode;

/// The narrowest and widest widths `--width` is held to.
const MIN_WIDTH: usize = 20;
const MAX_WIDTH: usize = 1000;

pub(crate) fn run(input: &Input, id: &str, width: Option<usize>) -> anyhow::Result<ExitCode> {
    let width = width.unwrap_or_else(default_width).clamp(MIN_WIDTH, MAX_WIDTH);
    let corpus = corpus_arg::load(input)?;
    let ix = corpus_arg::find_letter(&corpus, id)?;
    let mut stdout = out::stdout();
    let written = plain_letter::write(&corpus, ix, width, &mut stdout);
    out::finish(written, stdout, ExitCode::SUCCESS)
}

/// The terminal's width when stdout is one, else 80.
fn default_width() -> usize {
    if std::io::stdout().is_terminal()
        && let Ok((w, _)) = crossterm::terminal::size()
        && w > 0
    {
        return w as usize;
    }
    80
}

#[cfg(test)]
mod tests {
    use crate::model::{Corpus, Date, DateKind, Footnote, FootnoteRef, Letter, PageBreak};
    use crate::presentation::plain_letter::render;

    fn letter() -> Letter {
        let mut l =
            Letter::new("f.txt", 1, "Stalin to President Roosevelt".into(), "Stalin".into(), "Roosevelt".into());
        l.id = "f/1".into();
        l.paragraphs = vec![
            "I gave consideration to the question.",
            "2. The task announced at the Crimea Conference is to bind the troops of the enemy.",
        ]
        .into();
        l.footnote_refs = thin_vec::thin_vec![
            FootnoteRef { marker: "75".into(), paragraph: -1, offset: 29, footnote: Some(0) },
            FootnoteRef { marker: "76".into(), paragraph: 1, offset: 46, footnote: None },
        ];
        l.footnotes = thin_vec::thin_vec![
            Footnote { label: "1".into(), text: "Copy of telegram obtained from the Library.".into(), line: 9 },
            Footnote { label: "2".into(), text: "Unlinked note.".into(), line: 10 },
        ];
        l.pages = thin_vec::thin_vec![PageBreak { page: "740".into(), paragraph: 1, offset: 47 }];
        l
    }

    #[test]
    fn header_body_page_rule_and_footnotes() {
        let mut l = letter();
        l.date = Date::new(1945, 4, 7);
        l.date_kind = Some(DateKind::Sent);
        let corpus = Corpus { letters: vec![l], ..Corpus::default() };
        let got = render(&corpus, 0, 30);
        let want = "\
f/1
Stalin to President
Roosevelt⁷⁵
From: Stalin   To: Roosevelt
Date: 7 Apr 1945 (sent)
──────────────────────────────
I gave consideration to the
question.

2. The task announced at the
   Crimea Conference⁷⁶
── page 740 ──────────────────
is to bind the troops of the
enemy.

── Notes ─────────────────────
⁷⁵ Copy of telegram obtained
   from the Library.

² Unlinked note.

⁷⁶ (no text for this footnote
in the source)
";
        assert_eq!(got, want);
    }

    #[test]
    fn undated_letters_say_so_and_offsets_inside_a_character_do_not_panic() {
        let mut l = letter();
        l.heading = "Сталин".into();
        l.footnote_refs[0].offset = 3;
        let corpus = Corpus { letters: vec![l], ..Corpus::default() };
        let got = render(&corpus, 0, 80);
        assert!(got.contains("С⁷⁵талин"), "{got}");
        assert!(got.contains("From: Stalin   To: Roosevelt\nDate: undated\n"), "{got}");
    }
}
