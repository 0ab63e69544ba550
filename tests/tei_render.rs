//! The reader on a TEI edition (the Escher–Welti slice in ../shared/corpora/tei), through `letters render`: the
//! list, a letter with its notes, a note jump and back, and the thread the edition's links build.

mod cli_support;
use cli_support::letters;

const SLICE: &str = "../shared/corpora/tei/escher-welti";
const OPEN: &str = "/eben von einer Besprechung<Enter><Esc>";

fn screen(keys: &str) -> String {
    let run = letters(&["render", SLICE, "--size", "120x30", "--keys", keys]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.stdout
}

/// The screen without its status line.
fn above_status(s: &str) -> Vec<&str> {
    let rows: Vec<&str> = s.lines().collect();
    rows[..rows.len().saturating_sub(1)].to_vec()
}

#[test]
fn the_list_shows_the_edition_by_date() {
    let s = screen("");
    assert!(s.contains("Letters 1/295"), "{s}");
    let rows: Vec<&str> = s.lines().collect();
    assert!(rows[1].contains("10 Jun 1867 Emil Welti →"), "{s}");
    assert!(rows[3].contains("21 Jun 1867 Alfred Esche"), "{s}");
    // The first letter in the reading pane, with its place and source from the header.
    assert!(s.contains("Emil Welti an Alfred Escher, Bern, Montag, 10. Juni 1867"), "{s}");
    assert!(s.contains("Place: Bern"), "{s}");
}

#[test]
fn a_letter_with_its_note_markers_then_the_jump_and_back() {
    let s = screen(OPEN);
    // The lines of the original (`lb`) are rows of their own, wrapped where they are wider than the pane.
    assert!(s.contains("│ Ich komme eben von einer Besprechung mit Herrn Stämpfli ¹, dem       │"), "{s}");
    assert!(s.contains("│ ich auseinander setzte wie sehr                                      │"), "{s}");
    assert!(s.contains("── page 2 ──"), "{s}");
    assert!(!s.contains("10 Tage vor diesem Brief"), "the note is out of view at first:\n{s}");
    let jumped = screen(&format!("{OPEN}f<Enter>"));
    assert!(jumped.contains("── Notes ──"), "{jumped}");
    assert!(jumped.contains("¹ 10 Tage vor diesem Brief schreibt Welti an Escher"), "{jumped}");
    let before = screen(&format!("{OPEN}f"));
    let back = screen(&format!("{OPEN}f<Enter><BS>"));
    assert_eq!(above_status(&back), above_status(&before), "Backspace returns to where the reader was");
}

#[test]
fn a_link_in_the_text_opens_the_letter_it_names() {
    // Two note markers, then the edition's link to Escher's answer at the end of the text.
    let selected = screen(&format!("{OPEN}fff"));
    let status = selected.lines().last().unwrap_or("");
    assert!(status.contains("→ Alfred Escher to Emil Welti, 21 Jun 1867"), "{status}");
    let opened = screen(&format!("{OPEN}fff<Enter>"));
    assert!(opened.contains("Alfred Escher an Emil Welti, Zürich, Freitag, 21. Juni 1867"), "{opened}");
}

#[test]
fn the_thread_follows_the_editions_links() {
    let s = screen(OPEN);
    let rows: Vec<&str> = s.lines().collect();
    let at = rows.iter().position(|r| r.contains("┌ Thread")).expect("thread pane");
    let thread: Vec<&str> = rows[at + 1..].iter().take(4).copied().collect();
    // K_2201 continues K_2200 (both by Welti); Escher's K_2202 answers K_2201, and Welti's K_2204 answers it.
    assert!(thread[0].contains("● 10 Jun 1867 Emil Welti → Alfred Escher"), "{thread:?}");
    assert!(thread[1].contains("● 20 Jun 1867 Emil Welti → Alfred Escher"), "{thread:?}");
    assert!(thread[2].contains("└─● 21 Jun 1867 Alfred Escher → Emil Welti"), "{thread:?}");
    assert!(thread[3].contains("└─● 25 Jun 1867 Emil Welti → Alfred Escher"), "{thread:?}");
}

#[test]
fn search_finds_an_abbreviation_by_its_expansion() {
    // "u." is written, "und" its expansion (`choice`): the search for "und" stops at the "u." first.
    let run = letters(&["render", "tests/tei/corpus.xml", "--size", "100x24", "--keys", "/und<Enter>"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let status = run.stdout.lines().last().unwrap_or("");
    assert!(status.contains("/und 1/2"), "{status}");
    assert!(run.stdout.contains("Dein Brief kam u. ich schreibe gleich"), "{}", run.stdout);
    assert!(!run.stdout.contains("kam und ich"), "the expansion is not shown:\n{}", run.stdout);
}
