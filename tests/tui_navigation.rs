//! Moving around: footnote jumps and the way back, reply chains, thread steps, the mouse.

mod tui_support;

use crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use letters::model::ReplyBasis;
use letters::reader::screen::Screen;
use letters::reader::state::Pane;
use tui_support::*;

const FOOT: [&str; 2] = ["Copy of telegram obtained", "Reference is to section I"];

fn shows_footnote(s: &str) -> bool {
    FOOT.iter().any(|f| s.contains(f))
}

#[test]
fn a_footnote_jump_and_the_way_back() {
    let keys = "/gave consideration<Enter><Esc>";
    let before = bundled_screen(120, 24, &format!("{keys}f"));
    assert!(!shows_footnote(&before), "footnotes out of view at first");
    let jumped = bundled_screen(120, 24, &format!("{keys}f<Enter>"));
    assert!(shows_footnote(&jumped), "Enter on a marker shows its footnote:\n{jumped}");
    let back = bundled_screen(120, 24, &format!("{keys}f<Enter><BS>"));
    assert_eq!(back, before, "Backspace returns to the same screen");
    let back2 = bundled_screen(120, 24, &format!("{keys}f<Enter><C-o>"));
    assert_eq!(back2, before, "Ctrl-o too");
    let fwd = bundled_screen(120, 24, &format!("{keys}f<Enter><BS><C-f>"));
    let body = |s: &str| s.lines().take(23).collect::<Vec<_>>().join("\n");
    assert_eq!(body(&fwd), body(&jumped), "Ctrl-f goes forward again");
    assert!(status(&jumped).contains("note 1 of 2; Backspace returns"), "{}", status(&jumped));
    assert!(!status(&jumped).contains("Enter shows its text"), "{}", status(&jumped));
    assert!(shows_footnote(&bundled_screen(120, 24, &format!("{keys}ff<Enter>"))), "the second marker");
}

#[test]
fn back_restores_letter_scroll_and_selected_link_over_several_steps() {
    let mut app = app_on(bundled());
    let start = more(&mut app, 120, 40, "j<Tab>jjj");
    let loc0 = app.location().expect("location");
    more(&mut app, 120, 40, "R");
    let loc1 = app.location().expect("location");
    assert_ne!(loc0.letter, loc1.letter);
    more(&mut app, 120, 40, "Rjj");
    more(&mut app, 120, 40, "<BS>");
    assert_eq!(app.location().map(|l| l.letter), Some(loc1.letter));
    let again = more(&mut app, 120, 40, "<BS>");
    assert_eq!(app.location(), Some(loc0));
    // The same screen, but for the letters opened on the way, now marked read (and the unread count).
    let unmarked =
        |s: &str| s.replace('•', " ").lines().filter(|l| !l.contains("unread")).collect::<Vec<_>>().join("\n");
    assert_eq!(unmarked(&again), unmarked(&start));
    let s = more(&mut app, 120, 40, "<BS>");
    assert!(s.contains("nothing to go back to"), "{s}");
}

#[test]
fn f_and_shift_f_walk_the_links_from_the_top_of_the_view() {
    let mut app = app_on(bundled());
    more(&mut app, 120, 24, "f");
    assert_eq!(app.focus, Pane::Reader, "f focuses the reading pane");
    let cur = app.current.expect("letter");
    assert_eq!(app.pos(cur).link, Some(0), "the heading's marker first");
    more(&mut app, 120, 24, "f");
    assert_eq!(app.pos(cur).link, Some(1));
    let s = more(&mut app, 120, 24, "");
    assert!(s.contains("Conference⁷⁶"), "the view scrolled to the second marker:\n{s}");
    more(&mut app, 120, 24, "F");
    assert_eq!(app.pos(cur).link, Some(0));
    let s = more(&mut app, 120, 24, "F");
    assert!(s.contains("no earlier link"), "{s}");
}

#[test]
fn a_marker_without_footnote_text_says_so() {
    let mut l = letter("Stalin", "Churchill", Some((1942, 3, 1)), &["A first paragraph with a marker here."]);
    footnote(&mut l, 0, 17, "9", None);
    let s = screen_of(corpus_of(vec![l], &[]), 100, 20, "f<Enter>");
    assert!(s.contains("paragraph⁹"), "{s}");
    assert!(s.contains("footnote ⁹: its text is not in the source"), "{s}");
}

#[test]
fn a_reference_to_a_letter_in_the_corpus_is_a_link() {
    let a = letter("Churchill", "Stalin", Some((1942, 3, 1)), &["About supplies."]);
    let mut b = letter("Stalin", "Churchill", Some((1942, 3, 5)), &["I received your message of March 1 and agree."]);
    let text = "your message of March 1";
    let start = b.paragraphs[0].find(text).expect("text");
    b.references.push(letters::model::Reference {
        text: text.into(),
        date: letters::model::Date::new(1942, 3, 1),
        target: letters::model::RefTarget::Addressee,
        paragraph: 0,
        start,
        end: start + text.len(),
        letter: Some(0),
        number: None,
    });
    let mut app = app_on(corpus_of(vec![a, b], &[(1, 0, ReplyBasis::Explicit)]));
    more(&mut app, 100, 20, "jf<Enter>");
    assert_eq!(app.current, Some(0), "Enter on the reference opens the letter");
    more(&mut app, 100, 20, "<BS>");
    assert_eq!(app.current, Some(1));
}

#[test]
fn following_the_reply_chain() {
    let c = bundled_screen(120, 40, "/sincerely welcome<Enter><Esc>r");
    assert!(c.contains("About Finland"), "r opens the letter answered");
    let b = bundled_screen(120, 40, "/sincerely welcome<Enter><Esc>rr");
    assert!(b.contains("Your messages have initiated"));
    let down = bundled_screen(120, 40, "/sincerely welcome<Enter><Esc>rrR");
    assert!(down.contains("About Finland"), "R goes to the first reply");
    let top = bundled_screen(120, 40, "/sincerely welcome<Enter><Esc>rrr");
    assert!(top.contains("replies to no letter in the corpus"), "{top}");
    let frus = bundled_screen(120, 40, "r");
    assert!(frus.contains("replies to Roosevelt, 24 Mar 1945, not in this corpus"), "{frus}");
}

#[test]
fn brackets_step_through_the_thread() {
    let mut app = app_on(bundled());
    more(&mut app, 120, 40, "j");
    let first = app.current;
    more(&mut app, 120, 40, "]");
    let second = app.current;
    assert_ne!(first, second);
    let s = more(&mut app, 120, 40, "]");
    assert!(s.contains("thread 3/3"), "{s}");
    let s = more(&mut app, 120, 40, "]");
    assert!(s.contains("last letter of the thread"));
    more(&mut app, 120, 40, "[[");
    assert_eq!(app.current, first);
}

#[test]
fn enter_in_the_chain_view_opens_the_letter_under_the_cursor() {
    let mut app = app_on(bundled());
    more(&mut app, 120, 40, "j<S-Tab>j");
    assert_eq!(app.focus, Pane::Chain);
    let s = more(&mut app, 120, 40, "<Enter>");
    assert_eq!(app.focus, Pane::Reader);
    assert!(s.contains("Many thanks for your message just received"), "{s}");
    assert!(s.contains(" 3/4  thread 2/3"), "the list follows: {s}");
}

#[test]
fn the_list_follows_and_drives_the_reading_pane() {
    let s = bundled_screen(120, 40, "jj");
    assert!(s.contains("Letters 3/4") && s.contains("W. CHURCHILL TO J. V. STALIN"), "{s}");
    let s = bundled_screen(120, 40, "G");
    assert!(s.contains("Letters 4/4"));
    let s = bundled_screen(120, 40, "Gg");
    assert!(s.contains("Letters 1/4"));
    let s = bundled_screen(120, 40, "jjjjjjjjjj");
    assert!(s.contains("Letters 4/4"), "selection stops at the end");
}

#[test]
fn scroll_position_is_kept_per_letter() {
    let mut app = app_on(bundled());
    let scrolled = more(&mut app, 120, 40, "<Tab><PgDn>");
    more(&mut app, 120, 40, "<Tab><Tab>j");
    let back = more(&mut app, 120, 40, "k<Tab>");
    let reader = |s: &str| s.lines().map(|r| r.chars().skip(48).collect::<String>()).collect::<Vec<_>>().join("\n");
    assert_eq!(reader(&back), reader(&scrolled));
}

fn mouse(kind: MouseEventKind, column: u16, row: u16) -> MouseEvent {
    MouseEvent { kind, column, row, modifiers: KeyModifiers::NONE }
}

#[test]
fn the_mouse_scrolls_the_pane_under_it_and_clicks_select() {
    let mut app = app_on(bundled());
    let before = more(&mut app, 120, 40, "");
    app.handle_mouse(mouse(MouseEventKind::ScrollDown, 80, 10));
    let after = more(&mut app, 120, 40, "");
    assert_ne!(before, after, "the wheel scrolled the reading pane");
    assert!(after.lines().nth(1).is_some_and(|r| r.contains("undated Stalin → Roo")), "the list did not move");
    app.handle_mouse(mouse(MouseEventKind::Down(MouseButton::Left), 10, 3));
    let s = more(&mut app, 120, 40, "");
    assert!(s.contains("Letters 3/4") && s.contains("W. CHURCHILL TO J. V. STALIN"), "{s}");
    assert_eq!(app.focus, Pane::List);
}

#[test]
fn a_click_on_a_marker_follows_it() {
    let mut app = app_on(bundled());
    let s = more(&mut app, 120, 40, "");
    let (y, row) = s.lines().enumerate().find(|(_, r)| r.contains("Roosevelt⁷⁵")).expect("marker row");
    let byte = row.find('⁷').expect("marker");
    let x = letters::text::width::str_width(&row[..byte]) as u16;
    app.handle_mouse(mouse(MouseEventKind::Down(MouseButton::Left), x, y as u16));
    let s = more(&mut app, 120, 40, "");
    assert!(s.contains("Copy of telegram obtained"), "{s}");
}

#[test]
fn esc_and_a_key_sent_together_act_as_both() {
    use crossterm::event::{KeyCode, KeyEvent};
    let mut app = app_on(bundled());
    more(&mut app, 120, 40, "/Finland<Enter>");
    assert!(app.search.is_some());
    // A terminal delivers Esc then q, typed quickly, as Alt-q.
    app.handle_key(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::ALT));
    assert!(app.should_quit(), "the q after the Esc quits");
}
