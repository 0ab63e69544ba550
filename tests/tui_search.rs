//! Search: incremental, smart case, over headings, bodies and footnotes; n / N across letters; the counter counts
//! matches.

mod tui_support;

use letters::reader::screen::Screen;
use ratatui::style::Color;
use tui_support::*;

fn status(s: &str) -> String {
    s.lines().last().unwrap_or("").to_string()
}

#[test]
fn the_counter_counts_matches_and_n_moves_through_them() {
    assert!(status(&bundled_screen(120, 40, "/Finland<Enter>")).contains("/Finland 1/5"));
    assert!(status(&bundled_screen(120, 40, "/Finland<Enter>n")).contains("/Finland 2/5"));
    assert!(status(&bundled_screen(120, 40, "/Finland<Enter>nn")).contains("/Finland 3/5"));
    assert!(status(&bundled_screen(120, 40, "/Finland<Enter>N")).contains("/Finland 5/5"), "N wraps backwards");
    assert!(status(&bundled_screen(120, 40, "/Finland<Enter>nnnnn")).contains("/Finland 1/5"), "n wraps");
    let third = bundled_screen(120, 40, "/Finland<Enter>nn");
    assert!(third.contains("As to Finland"), "the third match is in Stalin's reply:\n{third}");
}

#[test]
fn smart_case_and_footnotes_and_headings() {
    assert!(status(&bundled_screen(120, 40, "/finland<Enter>")).contains("1/5"), "lowercase finds Finland");
    assert!(status(&bundled_screen(120, 40, "/FINLAND<Enter>")).contains("no match"), "a capital makes it exact");
    let s = bundled_screen(120, 40, "/hyde park<Enter>");
    assert!(status(&s).contains("1/1") && s.contains("Hyde Park"), "footnote text is searched:\n{s}");
    assert!(status(&bundled_screen(120, 40, "/PREMIER STALIN<Enter>")).contains("1/1"), "headings are searched");
}

#[test]
fn enter_jumps_to_the_first_match_at_or_after_the_current_letter() {
    // From the last letter, "thanks" first matches in that same letter; from Churchill's it wraps past the end.
    let mut app = app_on(bundled());
    more(&mut app, 120, 40, "G/message<Enter>");
    let last = app.current;
    assert_eq!(app.list.row_of.get(last.expect("letter")).copied(), Some(3), "stays in the current letter");
    let mut app = app_on(bundled());
    more(&mut app, 120, 40, "G/gave consideration<Enter>");
    assert_eq!(app.list.row_of.get(app.current.expect("letter")).copied(), Some(0), "wraps to the first letter");
}

#[test]
fn typing_shows_matches_at_once_and_escape_returns() {
    let mut app = app_on(bundled());
    let start = more(&mut app, 120, 40, "");
    let typing = more(&mut app, 120, 40, "/About Fin");
    assert!(status(&typing).starts_with("/About Fin▏ 1/1"), "{}", status(&typing));
    assert!(typing.contains("About Finland"), "the match is shown while typing");
    let back = more(&mut app, 120, 40, "<Esc>");
    assert_eq!(back, start, "Esc in the prompt returns to where the search began");
    let s = more(&mut app, 120, 40, "n");
    assert!(status(&s).contains("no search"), "{s}");
}

#[test]
fn matches_are_highlighted_and_the_current_one_stands_out() {
    let mut app = app_on(bundled());
    let buf = buffer_of(&mut app, 120, 40, "/Finland<Enter>");
    let theme = letters::reader::theme::Theme::colored();
    let styled = |bg: Option<Color>| {
        let mut words = Vec::new();
        let mut cur = String::new();
        for c in buf.content.iter() {
            if Some(c.bg) == bg {
                cur.push_str(c.symbol());
            } else if !cur.is_empty() {
                words.push(std::mem::take(&mut cur));
            }
        }
        words
    };
    assert_eq!(styled(theme.match_current.bg), ["Finland"], "the current match");
    assert_eq!(styled(theme.matched.bg), ["Finland"], "the other match in view");
    let buf = buffer_of(&mut app, 120, 40, "<Esc>");
    assert!(!buf.content.iter().any(|c| Some(c.bg) == theme.match_current.bg), "Esc hides the highlights");
    assert!(status(&more(&mut app, 120, 40, "n")).contains("2/5"), "n brings them back and moves on");
}

#[test]
fn backspace_returns_from_a_search_jump() {
    let mut app = app_on(bundled());
    let start = more(&mut app, 120, 40, "");
    more(&mut app, 120, 40, "/sincerely welcome<Enter>");
    assert_ne!(app.current, Some(0));
    let back = more(&mut app, 120, 40, "<BS>");
    // The same panes, but for the letter found, now marked read.
    let panes = |s: &str| s.replace('•', " ").lines().take(39).map(str::to_string).collect::<Vec<_>>();
    assert_eq!(panes(&back), panes(&start));
    assert!(!app.should_quit());
}

#[test]
fn the_prompt_edits_where_the_cursor_stands() {
    let typing = bundled_screen(120, 40, "/Finlnd<Left><Left>a");
    assert!(status(&typing).starts_with("/Finla▏nd 1/5"), "the cursor after the inserted letter: {}", status(&typing));
    assert!(status(&bundled_screen(120, 40, "/Finlnd<Left><Left>a<Enter>")).contains("/Finland 1/5"));
    let cut = bundled_screen(120, 40, "/xx Finland<Home><Del><Del><Del><Enter>");
    assert!(status(&cut).contains("/Finland 1/5"), "Home and Delete: {}", status(&cut));
    let note = bundled_screen(120, 40, "Mfirst word<C-w>note<Enter>'");
    assert!(note.contains("first note"), "Ctrl-W deleted the last word of the note:\n{note}");
}

#[test]
fn search_finds_what_the_header_lines_show() {
    let mut app = app_on(bundled());
    let buf = buffer_of(&mut app, 120, 40, "/Vol. 17<Enter>");
    let s = letters::reader::headless::buffer_text(&buf);
    assert!(status(&s).contains("/Vol. 17 1/"), "the Source line is searched: {}", status(&s));
    let theme = letters::reader::theme::Theme::colored();
    let lit: String = buf.content.iter().filter(|c| Some(c.bg) == theme.match_current.bg).map(|c| c.symbol()).collect();
    assert_eq!(lit, "Vol. 17", "the match in the Source line is highlighted");
    let s = bundled_screen(120, 40, "/18 Jul 1941<Enter>");
    assert!(status(&s).contains("/18 Jul 1941 1/"), "the Date line as shown is searched: {}", status(&s));
}
