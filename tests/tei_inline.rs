//! TEI's inline markup as the reader shows it (tests/tei/inline.xml, written for these tests): the words a note
//! comments on (`anchor` + `note corresp`), `hi` emphasis and superscript, the lines of the original (`lb`),
//! `del`, `add`, `gap`, `unclear` and `supplied`, and a link to another letter inside a note.

mod cli_support;
mod tui_support;

use cli_support::letters;
use letters::model::Input;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use std::path::PathBuf;
use tui_support::{app_on, buffer_of, status};

const FILE: &str = "tests/tei/inline.xml";

fn show(id: &str) -> String {
    let run = letters(&["show", id, FILE, "--width", "60"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.stdout
}

fn render(keys: &str) -> String {
    let run = letters(&["render", FILE, "--size", "100x26", "--keys", keys]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.stdout
}

/// The first letter open in the reading pane, as a buffer with its styles.
fn reader_buffer() -> Buffer {
    let corpus = letters::loader::load(&Input::Paths(vec![PathBuf::from(FILE)])).expect("the file loads");
    buffer_of(&mut app_on(corpus), 100, 26, "<Enter>")
}

/// The row text of a buffer row.
fn row_text(buf: &Buffer, y: u16) -> String {
    (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
}

/// The cells showing `word` (its first occurrence, on one row).
fn cells_of(buf: &Buffer, word: &str) -> Vec<(u16, u16)> {
    for y in 0..buf.area.height {
        let cells: Vec<String> = (0..buf.area.width).map(|x| buf[(x, y)].symbol().to_string()).collect();
        let chars: Vec<&str> = word.split("").filter(|c| !c.is_empty()).collect();
        if let Some(x) = (0..cells.len()).find(|&x| cells[x..].iter().take(chars.len()).eq(chars.iter())) {
            return (x..x + chars.len()).map(|x| (x as u16, y)).collect();
        }
    }
    panic!("{word:?} is not on the screen");
}

fn all_have(buf: &Buffer, word: &str, m: Modifier) -> bool {
    cells_of(buf, word).iter().all(|&p| buf[p].modifier.contains(m))
}

fn none_has(buf: &Buffer, word: &str, m: Modifier) -> bool {
    cells_of(buf, word).iter().all(|&p| !buf[p].modifier.contains(m))
}

#[test]
fn the_words_a_note_comments_on_are_marked_and_highlighted() {
    let s = show("tests/tei/inline/1");
    assert!(s.contains("Ich las die ⌜Rezension im Dezemberheft¹ mit großem"), "{s}");
    let buf = reader_buffer();
    let marker = cells_of(&buf, "¹")[0];
    for p in cells_of(&buf, "Rezension im Dezemberheft") {
        assert_eq!(buf[p].fg, buf[marker].fg, "the note's words take its marker's colour");
        assert!(buf[p].modifier.contains(Modifier::UNDERLINED));
    }
    assert_ne!(buf[marker].fg, Color::Reset);
    assert!(none_has(&buf, "Ich las die", Modifier::UNDERLINED));
}

#[test]
fn the_anchored_note_is_reached_with_f_and_enter() {
    let selected = render("<Enter>f");
    assert!(status(&selected).contains("footnote ¹"), "{selected}");
    let jumped = render("<Enter>f<Enter>");
    assert!(jumped.contains("¹ (commentary) Sie erschien erst im"), "{jumped}");
}

#[test]
fn hi_keeps_emphasis_and_superscript() {
    let buf = reader_buffer();
    assert!(all_have(&buf, "großem", Modifier::ITALIC));
    assert!(all_have(&buf, "sehr", Modifier::UNDERLINED));
    assert!(all_have(&buf, "gern", Modifier::BOLD));
    assert!(none_has(&buf, "Vergnügen", Modifier::ITALIC));
    // `3<hi rend="superscript">ten</hi>`: the superscript set apart, the digit not.
    let cells = cells_of(&buf, "3ten April");
    let mods: Vec<Modifier> = cells.iter().map(|&p| buf[p].modifier).collect();
    assert!(!mods[0].contains(Modifier::DIM), "{mods:?}");
    assert!(mods[1..4].iter().all(|m| m.contains(Modifier::ITALIC | Modifier::DIM)), "{mods:?}");
    assert!(!mods[5].contains(Modifier::DIM), "{mods:?}");
}

#[test]
fn each_line_of_the_original_is_a_line_and_a_broken_word_is_one() {
    let s = show("tests/tei/inline/1");
    let lines: Vec<&str> = s.lines().collect();
    let at = lines.iter().position(|l| *l == "Erste Zeile des Originals").expect("the first line alone:\n{s}");
    assert_eq!(lines[at + 1], "zweite Zeile mit Worttrennung", "{s}");
    assert_eq!(lines[at + 2], "dritte Zeile.", "{s}");
    let buf = reader_buffer();
    let y = cells_of(&buf, "Erste Zeile des Originals")[0].1;
    assert!(row_text(&buf, y).contains("Erste Zeile des Originals   "), "the row ends with the line");
    assert!(row_text(&buf, y + 1).contains("zweite Zeile mit Worttrennung"));
    // Search still reads the paragraph as one text.
    let found = render("/Originals zweite<Enter>");
    assert!(status(&found).contains("/Originals zweite 1/1"), "{}", status(&found));
}

#[test]
fn deletions_additions_gaps_and_unclear_words_are_shown_as_such() {
    let s = show("tests/tei/inline/1");
    assert!(s.contains("Es war ⟦gestern⟧ ⸌heute⸍, […] und vielleicht[?] [so]."), "{s}");
    let buf = reader_buffer();
    assert!(all_have(&buf, "⟦gestern⟧", Modifier::CROSSED_OUT));
    assert!(all_have(&buf, "⸌heute⸍", Modifier::ITALIC));
    assert!(none_has(&buf, "heute⸍,", Modifier::CROSSED_OUT));
    assert!(all_have(&buf, "[…]", Modifier::DIM));
    assert!(all_have(&buf, "vielleicht[?]", Modifier::DIM));
    assert!(none_has(&buf, "Es war", Modifier::DIM));
}

#[test]
fn a_link_to_a_letter_in_a_note_is_selected_and_followed() {
    // The note's marker first, then the link in the note; the link to a letter not loaded is none.
    let selected = render("<Enter>ff");
    assert!(status(&selected).contains("→ Paul Roth to Olga Berg, 9 Apr 1901"), "{}", status(&selected));
    let opened = render("<Enter>ff<Enter>");
    assert!(opened.contains("Paul Roth an Olga Berg, 9. 4. 1901"), "{opened}");
    assert!(opened.contains("Besten Dank für Ihren Brief."), "{opened}");
}
