//! The reader's panes on a virtual screen: list, reading pane, chain view, help, narrow and tiny sizes.

mod tui_support;

use letters::keys::action::Action;
use letters::keys::map::{KeyMap, parse_key};
use letters::model::ReplyBasis;
use letters::reader::app::{App, AppConfig};
use letters::reader::screen::Screen;
use letters::reader::theme::Theme;
use letters::text::width::str_width;
use ratatui::style::Color;
use tui_support::*;

#[test]
fn first_screen_shows_three_panes_with_the_first_letter_selected() {
    let s = bundled_screen(120, 40, "");
    insta::assert_snapshot!("first_screen_120x40", s);
    let r = rows(&s);
    assert_eq!(r.len(), 40);
    assert!(r[0].contains("Letters 1/4"), "list title with position: {}", r[0]);
    // List rows: date, sender → recipient (cut where the first words would get less than a third of the row),
    // first words, reply mark.
    assert!(r[2].contains("● 18 Jul 1941 Stalin → Chu…") && r[2].contains("Allow me to th"), "{}", r[2]);
    assert!(r[3].contains("Churchill →"), "{}", r[3]);
    // Reading pane: header then body.
    assert!(s.contains("From: Stalin   To: Roosevelt"));
    assert!(s.contains("I gave consideration to the question"));
    // Chain view: the missing letter the FRUS letter answers, greyed, then the letter.
    assert!(s.contains("◌ Roosevelt, 24 Mar 1945, not in this corpus"));
    assert!(s.contains("└─● undated Stalin → Roosevelt"));
    assert!(r[39].starts_with(" 1/4  thread 1/1") && r[39].ends_with("? help  q quit"), "{}", r[39]);
}

#[test]
fn reading_pane_shows_header_markers_pages_and_footnotes() {
    let s = bundled_screen(120, 40, "<Tab>G");
    assert!(s.contains("── Notes ──"), "footnotes follow the body");
    assert!(s.contains("⁷⁵ Copy of telegram obtained"), "footnote with its marker");
    let top = bundled_screen(120, 40, "");
    assert!(top.contains("Roosevelt⁷⁵"), "the heading's marker as a superscript");
    let mid = bundled_screen(120, 60, "<Tab>jjjjjjjjjjjjjjjjjjjj");
    assert!(mid.contains("── page 740 ─"), "page break as a rule with its number:\n{mid}");
    assert!(mid.contains("Crimea Conference⁷⁶"));
}

#[test]
fn numbered_paragraphs_keep_a_hanging_indent() {
    let l = letter(
        "Stalin",
        "Churchill",
        Some((1942, 1, 1)),
        &["1. The first point is long enough to need at least two lines in a narrow pane.", "Plain."],
    );
    let s = screen_of(corpus_of(vec![l], &[]), 60, 20, "<Tab>");
    let body: Vec<&str> = s.lines().filter(|r| r.contains("first point") || r.contains("two lines")).collect();
    assert!(s.contains("1. The first point"), "{s}");
    let cont = s.lines().skip_while(|r| !r.contains("1. The first")).nth(1).expect("second line");
    let col_first = s.lines().find(|r| r.contains("1. The")).and_then(|r| r.find("1. The")).expect("first");
    let col_cont = cont.find(|c: char| c.is_alphabetic()).expect("text");
    assert_eq!(col_cont, col_first + 3, "continuation aligned after '1. ': {body:?}");
}

#[test]
fn chain_view_draws_the_thread_as_a_tree() {
    let s = bundled_screen(120, 40, "j");
    let tree: Vec<&str> = s.lines().filter(|r| r.contains("├") || r.contains("└")).collect();
    assert!(tree.len() >= 2, "{s}");
    assert!(s.contains("│● 18 Jul 1941 Stalin → Churchill"), "root in the first column");
    assert!(s.contains("│└┄○ 22 Nov 1941 Churchill → Stalin"), "an inferred reply is dashed and hollow:\n{s}");
}

#[test]
fn a_branch_indents_and_a_chain_stays_in_one_column() {
    // 0 ← 1 ← 2 (a chain), then 2 ← 3 and 2 ← 4 (a branch), 3 ← 5.
    let ls = (0..6).map(|i| letter("A", "B", Some((1942, 1, 1 + i as u8)), &[&format!("Letter number {i}")])).collect();
    let e = ReplyBasis::Explicit;
    let c = corpus_of(ls, &[(1, 0, e), (2, 1, e), (3, 2, e), (4, 2, ReplyBasis::Inferred), (5, 3, e)]);
    let s = screen_of(c, 120, 40, "");
    let tree_rows: Vec<String> = s
        .lines()
        .skip_while(|r| !r.contains("Thread 1/6"))
        .filter(|r| r.contains("Letter number"))
        .map(|r| r.chars().skip(1).collect())
        .collect();
    assert_eq!(tree_rows.len(), 6, "{s}");
    assert!(tree_rows[0].starts_with("●  1 Jan 1942"), "a one-digit day padded: {tree_rows:?}");
    assert!(tree_rows[1].starts_with("└─●  2 Jan 1942"), "{tree_rows:?}");
    assert!(tree_rows[2].starts_with("└─●  3 Jan 1942"), "chain in one column: {tree_rows:?}");
    assert!(tree_rows[3].starts_with("  ├─●  4 Jan 1942"), "a branch indents: {tree_rows:?}");
    assert!(tree_rows[4].starts_with("  │ └─●  6 Jan 1942"), "its chain hangs under it: {tree_rows:?}");
    assert!(tree_rows[5].starts_with("  └┄○  5 Jan 1942"), "last branch, inferred: {tree_rows:?}");
}

#[test]
fn help_overlay_lists_the_keys_as_configured() {
    let s = bundled_screen(120, 40, "?");
    insta::assert_snapshot!("help_120x40", s);
    for needle in ["next link (footnote marker or reference)", "back to where you were", "search all letters", "quit"] {
        assert!(s.contains(needle), "{needle} in help");
    }
    assert!(s.contains("<BS>, <C-o>"), "every key of an action");
    let closed = bundled_screen(120, 40, "?<Esc>");
    assert_eq!(closed, bundled_screen(120, 40, ""), "Esc closes the help");

    let mut keymap = KeyMap::default();
    keymap.bind(Action::NextLink, vec![parse_key("<C-n>").expect("key")]);
    let mut app = App::new(AppConfig { keymap, theme: Theme::colored(), ..AppConfig::default() });
    app.set_corpus(bundled());
    let s = more(&mut app, 120, 40, "?");
    let row = s.lines().find(|r| r.contains("next link (footnote")).expect("row");
    assert!(row.contains("<C-n>") && !row.contains(" f "), "{row}");
}

#[test]
fn narrow_screens_show_one_pane_with_a_tab_line() {
    let s = bundled_screen(80, 24, "");
    let r = rows(&s);
    assert!(r[0].contains("Letters") && r[0].contains("Letter") && r[0].contains("Thread"), "tab line: {}", r[0]);
    assert!(s.contains("Stalin → Churchill") && !s.contains("From: Stalin"), "only the list:\n{s}");
    let reader = bundled_screen(80, 24, "<Tab>");
    assert!(reader.contains("From: Stalin") && !reader.contains("18 Jul 1941 Stalin"), "{reader}");
    let chain = bundled_screen(80, 24, "<Tab><Tab>");
    assert!(chain.contains("not in this corpus"), "{chain}");
    insta::assert_snapshot!("narrow_reader_80x24", reader);
}

#[test]
fn nothing_panics_at_any_size_and_every_row_fits() {
    for (w, h) in [(1, 1), (2, 2), (3, 3), (10, 5), (40, 10), (79, 24), (99, 30), (100, 8), (300, 100), (120, 2)] {
        for keys in ["", "jjj<Tab>jj<Tab>f<Enter>?", "/Finland<Enter>nn<Tab>G", "<Tab><Tab>jk<Enter>rR[]", "?jjjG"] {
            let s = bundled_screen(w, h, keys);
            let r = rows(&s);
            assert_eq!(r.len(), h as usize, "{w}x{h} {keys}");
            assert!(r.iter().all(|row| str_width(row) <= w as usize), "{w}x{h} {keys}: a row too wide");
        }
    }
}

#[test]
fn resizing_rewraps_at_once() {
    let mut app = App::new(AppConfig { keymap: KeyMap::default(), theme: Theme::colored(), ..AppConfig::default() });
    app.set_corpus(bundled());
    let wide = more(&mut app, 200, 40, "<Tab>");
    let narrow = more(&mut app, 100, 40, "");
    let line_of = |s: &str| s.lines().find(|r| r.contains("I gave consideration")).map(str::to_string).expect("line");
    assert!(str_width(&line_of(&wide)) > str_width(&line_of(&narrow)) + 40);
}

#[test]
fn no_color_uses_bold_underline_and_reverse_only() {
    let mut app = App::new(AppConfig { keymap: KeyMap::default(), theme: Theme::monochrome(), ..AppConfig::default() });
    app.set_corpus(bundled());
    let buf = buffer_of(&mut app, 120, 40, "/Finland<Enter>f");
    assert!(buf.content.iter().all(|c| c.fg == Color::Reset && c.bg == Color::Reset), "no colour at all");
    assert!(buf.content.iter().any(|c| c.modifier.contains(ratatui::style::Modifier::REVERSED)));
}

#[test]
fn loading_screen_answers_quit_help_and_escape() {
    let mut app = App::new(AppConfig::default());
    app.set_progress(5_000_000, 20_000_000);
    let s = more(&mut app, 80, 24, "");
    assert!(s.contains("Loading letters… 25%"), "{s}");
    let help = more(&mut app, 80, 24, "?");
    assert!(help.contains("Keys"));
    let closed = more(&mut app, 80, 24, "<Esc>jj<Tab>");
    assert!(closed.contains("Loading letters…") && !closed.contains("Keys ·"));
    more(&mut app, 80, 24, "q");
    assert!(app.should_quit());
}
